export * from './schema';
export * from './packs';
export * from './usage';
export * from './settings';
export * from './send-checks';
export { seedBuiltinPacks } from './seed';
export { loadLibrary, type LibrarySnapshot } from './library';
export * from './personal';
export { listShortcuts } from './shortcuts';
