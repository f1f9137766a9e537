#!/usr/bin/env node
// Builds the bundled demo pages (tests/fixtures/demo) into .output/demo as a multi-page app.
//   node scripts/build-demo.mjs
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const demoSourceDir = path.join(repoRoot, 'tests', 'fixtures', 'demo');
export const demoOutDir = path.join(repoRoot, '.output', 'demo');

export const demoPages = ['webmail', 'social', 'chat', 'plain'];

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
