import { defineConfig } from 'wxt';

/**
 * KIZUKI_TEST_DESK=1 (set by `npm run test:e2e`, `demo` and `bench:page`) builds an extension
 * that reads the stand-in desk on localhost. The store build (`npm run build`, `npm run zip`)
 * leaves it out: it reads no local page. The content script's matches come from the adapters
 * (lib/page/adapters/registry.ts, allMatches), which read the same flag through `define`.
 */
const testDesk = process.env.KIZUKI_TEST_DESK === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  i18n: { localesDir: 'lib/i18n/locales' },
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No "tabs": the page's address is known from the agent's click on the icon (activeTab), the
    // sites the agent enabled, or the content script itself (see lib/panel/enable-site.ts).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'activeTab', 'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Test builds only: the stand-in desk on this machine (any port), so the console's "Test on
    // this tab" can find and read its tabs (tabs.query({ url }) needs host access without `tabs`)
    // where headless Chromium never answers a permission prompt. The store build asks per site.
    ...(testDesk ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    // Team leads' enterprise policy: pack URL or inline pack, locked rules (docs/managed-policy.md).
    storage: { managed_schema: 'managed_schema.json' },
    // Usable while the agent types in the tool; each can be changed on the browser's shortcuts
    // page. Dismiss is Alt+Shift+D, like the panel's D; Insert is Alt+Shift+Y ("yes"), since
    // Alt+Shift+I opens Chrome's feedback form on Windows. Chromium leaves some suggested keys
    // unassigned (Alt+Shift+X and N here), so the panel shows what the browser really set.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenPanel__',
      },
      'insert-top': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_commandInsertTop__' },
      'dismiss-top': { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_commandDismissTop__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the machine: Kizuki collects no data. Firefox reads that declaration
            // from 140 (140 ESR) and Firefox for Android from 142, so those are the minimums:
            // below them Mozilla's linter warns the key is not understood.
            gecko: { id: 'kizuki@kizuki.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ build: { target: 'es2022' }, define: { 'import.meta.env.KIZUKI_TEST_DESK': JSON.stringify(testDesk) } }),
  hooks: {
    // The background loads the engine as a script of its own (lib/engine/load.ts): a service
    // worker cannot import(), and every other build keeps the engine a chunk of its own.
    'vite:build:extendConfig': (entrypoints, config) => {
      const background = entrypoints.some((entry) => entry.type === 'background');
      config.define = { ...config.define, 'import.meta.env.KIZUKI_ENGINE_SCRIPT': JSON.stringify(background) };
    },
  },
  // The Firefox store's source package: the code, not what the tests and the demo leave behind.
  zip: { excludeSources: ['demo-output/**', 'test-results/**'] },
});
