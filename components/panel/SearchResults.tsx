import { useState } from 'preact/hooks';
import type { Annotation, Category } from '../../utils/annotations/types';
import { textFragmentUrl } from '../../utils/export/text-fragment';
import { truncate } from './arrange';
import { CategoryBadge } from './CategoryBadge';
import { formatDate } from '../../utils/i18n/format-date';
import { useLang, useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';
import type { SearchView } from './types';

export const PAGE_SIZE = 50;

interface Props {
  /** Newest change first, as the search returns them. */
  hits: readonly Annotation[];
  pages: SearchView['pages'];
  categories: readonly Category[];
}

/**
 * Hits grouped by page (pages in the order of their newest hit), PAGE_SIZE at a time. Links open
 * the page in a new tab; a hit's own link carries a text fragment, so the browser scrolls to it.
 */
export function SearchResults({ hits, pages, categories }: Props) {
  const PANEL = useStrings(CATALOG);
  const lang = useLang();
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = hits.slice(0, shown);
  const byPage = new Map<string, Annotation[]>();
  for (const a of visible) {
    const list = byPage.get(a.pageUrl);
    if (list) list.push(a);
    else byPage.set(a.pageUrl, [a]);
  }
  const left = hits.length - visible.length;

  return (
    <div class="search-results">
      {[...byPage].map(([url, list]) => {
        const page = pages[url];
        return (
          <section key={url} class="result-page">
            <h3 class="result-title">
              <a href={url} target="_blank" rel="noopener noreferrer" title={PANEL.openPage}>
                {page?.title || url}
              </a>
            </h3>
            <ul class="items">
              {list.map((a) => {
                const category = categories.find((c) => c.id === a.category);
                return (
                  <li key={a.id} class="item result" style={{ borderInlineStartColor: category?.color ?? 'transparent' }}>
                    <CategoryBadge category={category} fallback={PANEL.unknownCategory(a.category)} />
                    <a class="quote-link" href={textFragmentUrl(url, a.target.quote, page?.text)} target="_blank" rel="noopener noreferrer" title={PANEL.openAtQuote}>
                      {truncate(a.target.quote.exact, 100)}
                    </a>
                    {a.note && <p class="note">{truncate(a.note, 200)}</p>}
                    <p class="hint">
                      <time dateTime={new Date(a.updatedAt).toISOString()}>{PANEL.lastChanged(formatDate(a.updatedAt, lang))}</time>
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {left > 0 && (
        <button type="button" class="more" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {PANEL.more(left)}
        </button>
      )}
    </div>
  );
}
