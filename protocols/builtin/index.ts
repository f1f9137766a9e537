import en from './en.json';
import es from './es.json';

/** The packs shipped with Cordial, Spanish first. Validated on seeding and by the unit tests. */
export const BUILTIN_PACKS: readonly unknown[] = [es, en];

export const DEFAULT_PACK_ID = { es: 'cordial-es', en: 'cordial-en' } as const;
