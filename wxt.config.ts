import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Auto-imports off: every module says where its names come from, and the core in utils/ runs
// unchanged in Node (CLI, vitest) and in the browser.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '督办 Duban',
    description: '整改通报阅读与督办助手 · Read, structure and follow up rectification notices',
    default_locale: undefined,
    permissions: [],
    browser_specific_settings: {
      gecko: {
        id: 'duban@duban.invalid',
        // Duban sends nothing anywhere: all data stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
