import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentScriptMatches } from './utils/sites';
import { LAZY_CONTENT_PARTS } from './utils/content/lazy-parts';
import { SPELL_FILES } from './utils/spelling/files';
import { packagePath } from './utils/spelling/node-files';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Cordial',
    description: 'Protocolo, respuestas empáticas, ortografía y tono para agentes de atención al cliente.',
    // storage: the sidebar's layout; sidePanel: the same sidebar beside any tab (Chrome).
    // scripting: run Cordial on sites the agent turns it on for; activeTab: the side panel may read the address of the
    // tab the agent opened it on, to offer that.
    // alarms: subscribed protocol packs refresh hourly.
    // offscreen (Chrome): a hidden document that starts the spelling worker, which a service worker cannot do.
    permissions: browser === 'firefox' ? ['storage', 'scripting', 'activeTab', 'alarms'] : ['storage', 'sidePanel', 'scripting', 'activeTab', 'alarms', 'offscreen'],
    // An organisation can subscribe every agent to its packs by policy (storage.managed).
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
    // Asked for one site at a time, when the agent turns Cordial on there; revocable.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Cordial' },
    // Changeable by the agent in chrome://extensions/shortcuts (about:addons in Firefox); utils/background/commands.ts.
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Abrir Cordial y buscar una respuesta',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Cordial collects nothing: no telemetry, and no draft or customer text ever leaves the machine.
        // MV3 needs Firefox 128 for optional_host_permissions (turning Cordial on for a site); MV2 asks the same with
        // optional_permissions, which Firefox 115 ESR has.
        gecko: { id: 'cordial@cordial.invalid', strict_min_version: manifestVersion === 3 ? '128.0' : '115.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
    web_accessible_resources: [
      // Only the sidebar, the shortcut picker and the content script's lazily loaded parts, only on supported sites, so
      // other pages cannot even probe for Cordial. (web_accessible_resources patterns must have the path `/*`.)
      // field-marks.js: the text-field highlight overlay, imported on first use; spelling-marks.js: the spelling
      // underlines, on the first misspelling; shortcut-keys.js: reply shortcuts and the picker, once a page is Cordial's;
      // insert-chain.js: the insertion chain, on the first insert. (On sites the agent turns Cordial on for, these are
      // registered with the content script instead: utils/custom-sites/registration.ts.)
      { resources: ['sidepanel.html', 'picker.html', ...LAZY_CONTENT_PARTS],  matches: [...new Set(contentScriptMatches().map((m) => m.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))] },
    ],
  }),
  hooks: {
    // The spelling dictionaries ship as separate files, unmodified, each with its licence (utils/spelling/files.ts).
    'build:publicAssets': (_wxt, files) => {
      for (const lang of Object.values(SPELL_FILES)) {
        for (const file of [lang.trie, lang.frequency]) {
          files.push({ absoluteSrc: packagePath(file), relativeDest: file.shipped });
          if (file.licenceFile) files.push({ absoluteSrc: packagePath(file, file.licenceFile.file), relativeDest: file.licenceFile.shipped });
        }
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    // Chromium refuses a content script that is not valid UTF-8; Rolldown writes Dexie's U+FFFF raw (TOOLCHAIN.md).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
