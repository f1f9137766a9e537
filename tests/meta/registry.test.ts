import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '@/utils/sites';

const SITES_DIR = join(__dirname, '../../utils/sites');

describe('meta: site adapters', () => {
  it('every adapter file is registered, and every registered adapter has a file named by its id', () => {
    const files = readdirSync(SITES_DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'define-site.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(SITES.map((s) => s.id).sort()).toEqual(files);
  });
});
