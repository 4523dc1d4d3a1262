import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  i18n: { localesDir: 'lib/i18n/locales' },
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'tabs', 'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The stand-in desk on this machine (any port): the console's "Test on this tab" finds and
    // reads its tabs with it (tabs.query({ url }) needs host access once `tabs` is gone). It
    // belongs with the desk's content-script match, in whichever builds carry the desk.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // Team leads' enterprise policy: pack URL or inline pack, locked rules (docs/managed-policy.md).
    storage: { managed_schema: 'managed_schema.json' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the machine: Kizuki collects no data.
            gecko: { id: 'kizuki@kizuki.app', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  vite: () => ({ build: { target: 'es2022' } }),
  // The Firefox store's source package: the code, not what the tests and the demo leave behind.
  zip: { excludeSources: ['demo-output/**', 'test-results/**'] },
});
