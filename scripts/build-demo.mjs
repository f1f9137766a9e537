#!/usr/bin/env node
// Builds the bundled demo pages (tests/fixtures/demo) into .output/demo as a multi-page app, and the editor test
// pages (tests/fixtures/editors: one page per real editor library) into .output/demo/editors.
//   node scripts/build-demo.mjs
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const demoSourceDir = path.join(repoRoot, 'tests', 'fixtures', 'demo');
export const demoOutDir = path.join(repoRoot, '.output', 'demo');

export const demoPages = ['webmail', 'social', 'chat', 'plain'];

// Editor test pages, served at http://chat.demo.localhost:PORT/editors/<name>.html (tests/e2e/editors.spec.ts).
export const editorSourceDir = path.join(repoRoot, 'tests', 'fixtures', 'editors');
export const editorPages = [
  'lexical',
  'draftjs',
  'prosemirror',
  'ckeditor5',
  'quill2',
  'quill1',
  'slate',
  'react-textarea',
  'plain-contenteditable',
  'iframe-contenteditable',
  'shadow-root',
  'strict-csp',
  'trusted-types',
];

export async function buildDemo({ outDir = demoOutDir, logLevel = 'warn' } = {}) {
  const started = Date.now();
  await build({
    configFile: false,
    envDir: false,
    root: demoSourceDir,
    base: './',
    publicDir: false,
    logLevel,
    clearScreen: false,
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1024,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: Object.fromEntries(demoPages.map((name) => [name, path.join(demoSourceDir, `${name}.html`)])),
      },
    },
  });
  // After the demo build, which empties outDir.
  await build({
    configFile: false,
    envDir: false,
    root: editorSourceDir,
    base: './',
    publicDir: false,
    logLevel,
    clearScreen: false,
    mode: 'production',
    // Draft.js (through fbjs' setImmediate) reads Node's `global`, as its docs for bundlers say.
    define: { global: 'globalThis' },
    build: {
      outDir: path.join(outDir, 'editors'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      // CKEditor 5 alone is a few MB: expected for a test page.
      chunkSizeWarningLimit: 8192,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: Object.fromEntries(editorPages.map((name) => [name, path.join(editorSourceDir, `${name}.html`)])),
      },
    },
  });
  return { outDir, ms: Date.now() - started };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const { outDir, ms } = await buildDemo();
    console.log(`Demo pages built in ${ms} ms -> ${path.relative(process.cwd(), outDir) || outDir}`);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
