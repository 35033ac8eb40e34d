import { defineConfig } from 'wxt';

/**
 * Kept's build. Permissions are the least Kept needs; README "Permissions" lists each and why.
 * Sites beyond the built-in ones are optional host permissions, one origin per request, never `<all_urls>`.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Kept',
    description: 'Promise only what you can keep, date every promise, keep every promise.',
    // `sidePanel` is added by WXT for Chrome because of entrypoints/sidepanel.
    // `scripting` registers Kept on the sites the user turns it on for; `activeTab` lets the popup
    // read the open tab's address to offer that (README "Permissions").
    permissions: ['alarms', 'notifications', 'storage', 'scripting', 'activeTab'],
    // Asked one origin at a time, only when the user turns Kept on for a site (lib/site-access).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Kept' },
    // The screens' text lives in locales/ (built into _locales by @wxt-dev/i18n).
    default_locale: 'en',
    // Opens the popup to log a commitment; users can change the keys in the browser's shortcuts page.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+K' } } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kept@kept.example',
              strict_min_version: '128.0',
              // Kept collects nothing: no text and no client data leave the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
