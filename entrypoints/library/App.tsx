import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Library } from '../../components/library/Library';
import { LIBRARY as CATALOG } from '../../components/library/strings';
import { ErrorAlert } from '../../components/panel/ErrorAlert';
import { useStrings } from '../../components/shared/i18n';
import { todayIso } from '../../components/workspace/publicity';
import { createClient, isDubanEvent, type BackgroundRequests } from '../../utils/messaging';
import type { LibraryRow } from '../../utils/storage/library';

const bg = createClient<BackgroundRequests>((m) => browser.runtime.sendMessage(m));

/** The library page: every notice with its counts, refreshed on every change from elsewhere. */
export function App() {
  const L = useStrings(CATALOG);
  const [rows, setRows] = useState<LibraryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    const r = await bg('library-list', { today: todayIso() });
    if (r.ok) setRows(r.value);
    else setError(r.message);
  }, []);

  useEffect(() => {
    document.title = L.pageTitle;
  }, [L]);

  useEffect(() => {
    void load();
    const onMessage = (m: unknown) => {
      if (!isDubanEvent(m) || m.type === 'categories-changed') return undefined;
      // Changes come in bursts while someone annotates in another tab: reload once they settle.
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void load(), 150);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [load]);

  const remove = useCallback(async (url: string) => {
    const r = await bg('page-delete', { url });
    if (!r.ok) setError(r.message);
  }, []);

  return (
    <main class="library-page">
      <h1>{L.heading}</h1>
      <p class="lib-muted">{L.intro}</p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <Library rows={rows} onDelete={(url) => void remove(url)} />
    </main>
  );
}
