import { useEffect, useRef, useState } from 'preact/hooks';
import type { Category } from '../../utils/annotations/types';
import { SearchResults } from './SearchResults';
import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';
import type { SearchFn, SearchView } from './types';

export const SEARCH_DEBOUNCE_MS = 150;

interface Props {
  onSearch: SearchFn;
  categories: readonly Category[];
  onError: (message: string) => void;
  debounceMs?: number;
}

/**
 * Search over every note and quote of every page. Debounced, and only the answer to the latest
 * query is shown: a slow answer to "整" must not replace the answer to "整改".
 */
export function SearchPanel({ onSearch, categories, onError, debounceMs = SEARCH_DEBOUNCE_MS }: Props) {
  const PANEL = useStrings(CATALOG);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<SearchView | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setView(null);
      setBusy(false);
      return;
    }
    setBusy(true);
    const timer = setTimeout(() => {
      void onSearch(query).then((r) => {
        if (ticket !== latest.current) return;
        setBusy(false);
        if (r.ok) setView(r.value);
        else {
          setView(null);
          onError(r.message);
        }
      });
    }, debounceMs);
    return () => clearTimeout(timer);
    // The query alone drives a new search (onSearch and onError may be new functions each render).
  }, [query]);

  const outcome = view?.outcome;
  return (
    <section class="search" aria-label={PANEL.searchLabel}>
      <input
        type="search"
        class="search-input"
        aria-label={PANEL.searchLabel}
        placeholder={PANEL.searchPlaceholder}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <div aria-live="polite" class="search-status">
        {busy && <p class="hint">{PANEL.searching}</p>}
        {!busy && outcome?.status === 'too-short' && <p class="hint">{PANEL.searchTooShort}</p>}
        {!busy && outcome?.status === 'ok' && outcome.annotations.length === 0 && <p class="hint">{PANEL.noResults}</p>}
        {!busy && outcome?.status === 'ok' && outcome.annotations.length > 0 && <p class="hint">{PANEL.resultCount(outcome.annotations.length)}</p>}
      </div>
      {view && outcome?.status === 'ok' && outcome.annotations.length > 0 && (
        <SearchResults key={outcome.query} hits={outcome.annotations} pages={view.pages} categories={categories} />
      )}
    </section>
  );
}
