import { useRef, useState } from 'preact/hooks';
import type { ImportSummary } from '../../utils/storage/import';
import type { Result } from '../../utils/storage/result';
import { exportFileName } from './download';
import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';
import type { ExportedText, ExportScope } from './types';

export interface ExportImportProps {
  /** The page "this page" means; null disables the page buttons (no page in the tab). */
  pageUrl: string | null;
  /** False where "this page" means nothing (the options page). */
  pageScope?: boolean;
  exportMarkdown: (scope: ExportScope) => Promise<Result<ExportedText>>;
  exportBackup: (scope: ExportScope) => Promise<Result<ExportedText>>;
  importBackup: (text: string) => Promise<Result<ImportSummary>>;
  download: (filename: string, text: string, mime: string) => void;
  onError: (message: string) => void;
  now?: () => Date;
}

type Job = 'md-page' | 'md-all' | 'json-page' | 'json-all' | 'import';

/**
 * Export and import, shared by the side panel and the options page. One job at a time: every
 * button is disabled while one runs, so a double click cannot import a file twice.
 */
export function ExportImport({ pageUrl, pageScope = true, exportMarkdown, exportBackup, importBackup, download, onError, now = () => new Date() }: ExportImportProps) {
  const PANEL = useStrings(CATALOG);
  const [job, setJob] = useState<Job | null>(null);
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const runExport = async (which: Job, kind: 'md' | 'json', scope: ExportScope) => {
    setJob(which);
    setStatus(PANEL.exporting);
    const r = kind === 'md' ? await exportMarkdown(scope) : await exportBackup(scope);
    setJob(null);
    if (!r.ok) {
      setStatus('');
      onError(r.message);
      return;
    }
    const file = exportFileName(kind, scope, now());
    download(file, r.value.text, kind === 'md' ? 'text/markdown' : 'application/json');
    setStatus(PANEL.exported(file, r.value.annotations));
  };

  const runImport = async (file: File) => {
    setJob('import');
    setStatus(PANEL.importing);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setJob(null);
      setStatus('');
      onError(PANEL.importReadFailed);
      return;
    }
    const r = await importBackup(text);
    setJob(null);
    // Cleared so choosing the same file again imports it again (change fires only on a new value).
    if (fileInput.current) fileInput.current.value = '';
    if (!r.ok) {
      setStatus('');
      onError(r.message);
      return;
    }
    const { annotations: a, pages: p, categories: c, tracked: t } = r.value;
    setStatus(PANEL.imported(a, p, c, t));
  };

  const busy = job !== null;
  const noPage = pageUrl === null;
  const button = (which: Job, kind: 'md' | 'json', scope: ExportScope, label: string) => (
    <button type="button" disabled={busy || (scope === 'page' && noPage)} aria-busy={job === which} onClick={() => void runExport(which, kind, scope)}>
      {label}
    </button>
  );

  return (
    <section class="export-import" aria-labelledby="export-import-title">
      <h2 id="export-import-title">{PANEL.exportTitle}</h2>
      <div class="row wrap">
        {pageScope && button('md-page', 'md', 'page', PANEL.exportPageMd)}
        {button('md-all', 'md', 'all', PANEL.exportAllMd)}
        {pageScope && button('json-page', 'json', 'page', PANEL.backupPage)}
        {button('json-all', 'json', 'all', PANEL.backupAll)}
      </div>
      {pageScope && noPage && <p class="hint">{PANEL.noPageForExport}</p>}
      <label class="file-label">
        <span>{PANEL.importJson}</span>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void runImport(file);
          }}
        />
      </label>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
