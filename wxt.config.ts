import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Auto-imports off: every module says where its names come from, and the core in utils/ runs
// unchanged in Node (CLI, vitest) and in the browser.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '督办 Duban',
    description: '整改通报阅读与督办助手 · Read, structure and follow up rectification notices',
    // Narrowest permissions that work (docs/highlights.md): host access only to the sites notices
    // live on (the runtime content scripts' matches, added by WXT), `scripting` to load the
    // detector and annotator there on demand, `activeTab` for any other page the user turns Duban
    // on for (a gesture: toolbar button, menu, shortcut), the context menu and the side panel.
    // `storage` for the reader's settings (language, theme: storage.local, no install warning).
    // No `tabs`, no `<all_urls>`; nothing is ever sent anywhere.
    permissions: ['scripting', 'activeTab', 'contextMenus', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Only when the reader turns on due-date reminders in the options page (asked for then, given
    // back when turned off): an alarm to wake the background, a notification to show.
    optional_permissions: ['alarms', 'notifications'],
    action: { default_title: '督办 Duban' },
    // The note editor page, which the annotator shows in an iframe on the reader's page (keys typed
    // in an extension frame never reach the page's scripts). Only the page itself: the scripts and
    // styles it loads are requested by the extension's own origin and need no exposure. On Chrome
    // the URL is per session (use_dynamic_url), so a page cannot probe it to learn Duban is there;
    // Firefox's moz-extension:// host is already a random per-install id.
    web_accessible_resources:
      browser === 'firefox' ? ['note-editor.html'] : [{ resources: ['note-editor.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '将所选文字高亮为第一个分类 · Highlight the selection (first category)',
      },
      'highlight-with-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '高亮所选文字并写笔记 · Highlight the selection and write a note',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '打开督办侧边栏 · Open the Duban side panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'duban@duban.invalid',
              // Duban collects nothing: all data stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
