import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EnableBanner } from '../../components/panel/EnableBanner';
import { ErrorAlert } from '../../components/panel/ErrorAlert';
import { ExportImport } from '../../components/panel/ExportImport';
import { PageAnnotations } from '../../components/panel/PageAnnotations';
import { SearchPanel } from '../../components/panel/SearchPanel';
import { UndoBar } from '../../components/panel/UndoBar';
import { downloadText } from '../../components/panel/download';
import { exportActions } from '../../components/panel/export-actions';
import { PANEL as CATALOG } from '../../components/panel/strings';
import { useLang, useStrings } from '../../components/shared/i18n';
import type { ItemActions } from '../../components/panel/types';
import { useDrafts } from '../../components/panel/use-drafts';
import type { Annotation, Category } from '../../utils/annotations/types';
import { isDubanEvent, type AnnotatorState } from '../../utils/messaging';
import { normaliseUrl } from '../../utils/storage/url';
import { annotatorOf, bg, forgetPages, prefetchNotice, searchWithPages, waitForAnnotator } from './clients';
import type { PanelStartup } from './startup';
import { useTab, type TabInfo } from './use-tab';
import { Workspace } from './Workspace';

/**
 * The side panel: wires the background and the tab's annotator to the presentational components.
 * Everything shown is re-read after each DubanEvent, so the panel follows edits made on the page,
 * in another tab or by an import. It starts from what startup.ts read before the first render.
 */
export function App({ startup }: { startup: PanelStartup }) {
  const PANEL = useStrings(CATALOG);
  const lang = useLang();
  const tab = useTab(startup);
  const initialList = startup.annotations;
  const [state, setState] = useState<AnnotatorState | null>(startup.state);
  const [annotations, setAnnotations] = useState<Annotation[]>(initialList?.ok ? initialList.value : []);
  const [categories, setCategories] = useState<Category[]>(startup.categories.ok ? startup.categories.value : []);
  // Loaded at startup when an annotator answered; otherwise the first refresh waits for one.
  const [loaded, setLoaded] = useState(startup.state !== null || startup.tab === null);
  const [error, setError] = useState<string | null>((initialList && !initialList.ok ? initialList.message : null) ?? (startup.categories.ok ? null : startup.categories.message));
  const [undo, setUndo] = useState<{ id: string; n: number } | null>(null);
  const [status, setStatus] = useState('');
  // Notes being edited, for the panel's whole life: they survive regrouping, refreshes and tab switches.
  const drafts = useDrafts();

  const pageUrl = state?.pageUrl ?? (tab?.url ? normaliseUrl(tab.url) : null);
  // The listeners below are registered once; they read the latest values through refs.
  const tabRef = useRef<TabInfo | null | undefined>(tab);
  tabRef.current = tab;
  const pageUrlRef = useRef(pageUrl);
  pageUrlRef.current = pageUrl;
  const seq = useRef(0);
  // The tab load startup.ts already read (its notice included): the first refresh is skipped.
  const prefetchedFor = useRef(startup.tab && startup.state ? `${startup.tab.id}#${startup.tab.loads}` : '');
  const startedFor = useRef(prefetchedFor.current);
  const undoCount = useRef(0);

  /** Re-reads the annotator's state and the stored annotations; true when an annotator answered. */
  const refresh = useCallback(async (): Promise<boolean> => {
    const t = tabRef.current;
    if (t === undefined) return false;
    const mine = ++seq.current;
    if (t === null) {
      setState(null);
      setAnnotations([]);
      setLoaded(true);
      return false;
    }
    // Once per page load: the workspace's notice travels alongside the state and the list.
    const loadKey = `${t.id}#${t.loads}`;
    if (prefetchedFor.current !== loadKey) {
      prefetchedFor.current = loadKey;
      prefetchNotice(t.id);
    }
    const s = await annotatorOf(t.id)('annotator-state', {});
    const live = s.ok ? s.value : null;
    const url = live?.pageUrl ?? t.url;
    const list = url ? await bg('annotations-list', { url }) : null;
    // A newer refresh started meanwhile (tab switch, event): its answer wins.
    if (mine !== seq.current) return live !== null;
    setState(live);
    if (list && !list.ok) setError(list.message);
    setAnnotations(list?.ok ? list.value : []);
    setLoaded(true);
    return live !== null;
  }, []);

  const loadCategories = useCallback(async () => {
    const r = await bg('categories-list', {});
    if (r.ok) setCategories(r.value);
    else setError(r.message);
  }, []);

  useEffect(() => {
    if (!startup.categories.ok) void loadCategories();
    const onMessage = (m: unknown) => {
      if (!isDubanEvent(m)) return undefined;
      if (m.type === 'categories-changed') void loadCategories();
      else if ((m.type === 'annotations-changed' || m.type === 'statuses-changed') && (m.pageUrl === null || m.pageUrl === pageUrlRef.current)) void refresh();
      else if (m.type === 'pages-changed') forgetPages();
      // Never answers: the background's own listener replies to requests.
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [loadCategories, refresh]);

  useEffect(() => {
    setUndo(null);
    const id = tab?.id;
    let current = true;
    void (async () => {
      const loadKey = tab ? `${tab.id}#${tab.loads}` : '';
      if (loadKey !== '' && loadKey === startedFor.current) {
        startedFor.current = '';
        return;
      }
      if ((await refresh()) || id === undefined) return;
      // On a notice the background injects the annotator just after the page loads, so it may
      // not answer yet: look again for a few seconds before leaving the "turn on" button alone.
      if ((await waitForAnnotator(id, 10, 300)) && current) await refresh();
    })();
    return () => {
      current = false;
    };
  }, [tab?.id, tab?.loads, refresh]);

  // A change that worked also clears an earlier failure: the alert shows only what is still wrong.
  const replace = (a: Annotation) => {
    setError(null);
    setAnnotations((list) => list.map((x) => (x.id === a.id ? a : x)));
  };
  const fail = (message: string) => {
    setError(message);
    return false;
  };

  const tabId = tab?.id ?? null;
  const annotator = tabId !== null && state !== null ? annotatorOf(tabId) : null;

  const actions: ItemActions = {
    categories,
    saveNote: async (id, note) => {
      const r = await bg('annotation-update', { id, patch: { note } });
      if (!r.ok) return fail(r.message);
      replace(r.value);
      return true;
    },
    changeCategory: async (id, category) => {
      const r = await bg('annotation-update', { id, patch: { category } });
      if (!r.ok) return fail(r.message);
      replace(r.value);
      return true;
    },
    remove: async (a) => {
      const r = await bg('annotation-delete', { id: a.id });
      if (!r.ok) return fail(r.message);
      setError(null);
      setAnnotations((list) => list.filter((x) => x.id !== a.id));
      setUndo({ id: a.id, n: ++undoCount.current });
      return true;
    },
    jump: annotator
      ? async (id) => {
          const r = await annotator('annotator-jump', { id });
          if (!r.ok) return fail(r.message);
          return r.value ? true : fail(PANEL.jumpFailed);
        }
      : null,
  };

  const reattach = annotator
    ? async (id: string) => {
        const r = await annotator('annotator-reattach', { id });
        if (!r.ok) return fail(r.message);
        setStatus(PANEL.reattached);
        await refresh();
        return true;
      }
    : null;

  const onUndo = async () => {
    if (!undo) return;
    const r = await bg('annotation-undo', { id: undo.id });
    if (!r.ok) return void fail(r.message);
    setUndo(null);
    setStatus(PANEL.undone);
    await refresh();
  };

  const enable = async () => {
    if (tabId === null) return false;
    const r = await bg('annotator-enable', { tabId });
    if (!r.ok) return fail(r.message);
    if (!r.value) return fail(PANEL.enableFailed);
    await waitForAnnotator(tabId);
    await refresh();
    return true;
  };

  const title = state?.title || tab?.title || PANEL.appName;
  return (
    <main class="panel">
      <header class="panel-header">
        <h1 class="page-title">{title}</h1>
        {pageUrl && <p class="page-url">{pageUrl}</p>}
        <a href="library.html" target="_blank" rel="noopener">{PANEL.openLibrary}</a>
      </header>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {tab === null && <p class="empty-state">{PANEL.noTab}</p>}
      {!loaded && tab !== null && <p class="hint">{PANEL.loading}</p>}
      {loaded && tab && state === null && <EnableBanner onEnable={enable} />}
      {loaded && tab && state?.isNotice && (
        <Workspace tabId={tab.id} pageUrl={state.pageUrl} pageKey={`${state.href}#${tab.loads}`} initialNotice={startup.tab?.id === tab.id && tab.loads === startup.tab.loads ? startup.notice : null} />
      )}
      {loaded && tab && <PageAnnotations annotations={annotations} state={state} actions={actions} onReattach={reattach} drafts={drafts} pageUrl={pageUrl} />}
      {undo && <UndoBar id={`${undo.id}:${undo.n}`} onUndo={() => void onUndo()} onExpire={() => setUndo(null)} />}
      <SearchPanel onSearch={searchWithPages} categories={categories} onError={setError} />
      <ExportImport {...exportActions(bg, pageUrl, lang)} pageUrl={pageUrl} download={downloadText} onError={setError} />
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
