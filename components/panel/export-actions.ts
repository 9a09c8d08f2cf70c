import type { Lang } from '../../utils/i18n/lang';
import type { BackgroundRequests, Client } from '../../utils/messaging';
import type { ExportImportProps } from './ExportImport';

/**
 * The export block's requests over a background client, the same for the side panel and the
 * options page. The background builds the text (utils/export) in the reader's language; the page only downloads it.
 */
export function exportActions(bg: Client<BackgroundRequests>, pageUrl: string | null, lang: Lang): Pick<ExportImportProps, 'exportMarkdown' | 'exportBackup' | 'importBackup'> {
  const url = (scope: 'page' | 'all') => (scope === 'page' && pageUrl !== null ? { url: pageUrl } : {});
  return {
    exportMarkdown: async (scope) => {
      const r = await bg('export-markdown', { ...url(scope), lang });
      return r.ok ? { ok: true, value: { text: r.value.markdown, annotations: r.value.annotations } } : r;
    },
    exportBackup: async (scope) => {
      const r = await bg('export-backup', url(scope));
      return r.ok ? { ok: true, value: { text: r.value.json, annotations: r.value.annotations } } : r;
    },
    importBackup: (text) => bg('import-backup', { text }),
  };
}
