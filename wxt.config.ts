import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentScriptMatches } from './utils/sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Cordial',
    description: 'Protocolo, respuestas empáticas, ortografía y tono para agentes de atención al cliente.',
    // storage: the sidebar's layout; sidePanel: the same sidebar beside any tab (Chrome).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: 'Cordial' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Cordial collects nothing: no telemetry, and no draft or customer text ever leaves the machine.
        gecko: { id: 'cordial@cordial.invalid', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
    web_accessible_resources: [
      // Only the sidebar page, only on supported sites, so other pages cannot even probe for Cordial.
      // (web_accessible_resources patterns must have the path `/*`.)
      { resources: ['sidepanel.html'], matches: [...new Set(contentScriptMatches().map((m) => m.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))] },
    ],
  }),
  vite: () => ({
    plugins: [preact()],
    // Chromium refuses a content script that is not valid UTF-8; Rolldown writes Dexie's U+FFFF raw (TOOLCHAIN.md).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
