import { serveSpellEngine } from '@/utils/spelling/host';

serveSpellEngine();
