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
    // Narrowest permissions that work: none yet. Content scripts run only on the hosts notices
    // live on; nothing is sent anywhere.
    permissions: [],
    action: { default_title: '督办 Duban' },
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
