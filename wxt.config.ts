import { defineConfig } from 'wxt';
import { HOST_PERMISSIONS } from './lib/sites/hosts';
import { zodWithoutEval } from './scripts/build/zod-without-eval';

// Riposte's manifest. WXT adds `side_panel` (Chrome) / `sidebar_action` (Firefox) from
// entrypoints/sidepanel, the content scripts from entrypoints/*.content, and the background.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [zodWithoutEval()] }),
  // The sources zip for addons.mozilla.org: what `npm ci && npm run build:firefox` needs, nothing
  // else (no tests, fixtures, demo output or local data).
  zip: {
    includeSources: ['entrypoints/**', 'components/**', 'lib/**', 'public/**', 'scripts/build/**', 'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `sidePanel` is added by WXT for Chrome builds only (Firefox uses sidebar_action).
    permissions: ['storage', 'contextMenus'],
    host_permissions: [...HOST_PERMISSIONS],
    // The toolbar button opens the panel (Chrome: setPanelBehavior; Firefox: sidebarAction.toggle).
    action: { default_title: '__MSG_actionTitle__' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+R' },
              description: '__MSG_commandOpenPanel__',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+R' },
              description: '__MSG_commandOpenPanel__',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'riposte@riposte-extension.org',
              // 140 is the first ESR with built-in data-collection consent (we collect none).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android has no sidebar; this only silences the lint for the data key.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
