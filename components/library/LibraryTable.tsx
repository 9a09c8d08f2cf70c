import { useLang, useStrings } from '../shared/i18n';
import { formatDate } from '../../utils/i18n/format-date';
import type { LibraryRow } from '../../utils/storage/library';
import { TRACKED_STATUSES } from '../../utils/tracking/types';
import type { SortKey, SortState } from './library-view';
import { LIBRARY as CATALOG } from './strings';

const DASH = '—';

/** The link of a notice: the URL it was last reached by (the normalised key may drop a needed query). */
export const hrefOf = (r: LibraryRow): string => r.seenAs[0] ?? r.url;

/** Where a notice lives, short: host and path (one notice is often reposted under the same title on several sites). */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname;
    const s = `${u.host}${path}`;
    return s.length > 60 ? `${s.slice(0, 59)}…` : s;
  } catch {
    return url;
  }
}

/** Tracked items by status in words, only the statuses present; a dash when none. */
export function TrackedCounts({ row }: { row: LibraryRow }) {
  const L = useStrings(CATALOG);
  const present = TRACKED_STATUSES.filter((s) => row.tracked[s] > 0);
  if (present.length === 0) return <span class="lib-muted">{DASH}</span>;
  return (
    <ul class="lib-statuses">
      {present.map((s) => (
        <li key={s} data-status={s}>
          {L.statuses[s]} {row.tracked[s]}
        </li>
      ))}
    </ul>
  );
}

/** The next due date, with the overdue and due-soon counts said in words. */
export function DueCell({ row }: { row: LibraryRow }) {
  const L = useStrings(CATALOG);
  const lang = useLang();
  if (row.nextDue === null) return <span class="lib-muted">{DASH}</span>;
  return (
    <span>
      {formatDate(row.nextDue, lang)}
      {row.overdue > 0 && <span class="lib-flag lib-overdue"> {L.overdueCount(row.overdue)}</span>}
      {row.dueSoon > 0 && <span class="lib-flag lib-soon"> {L.dueSoonCount(row.dueSoon)}</span>}
    </span>
  );
}

interface Props {
  rows: LibraryRow[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  onDelete: (row: LibraryRow) => void;
}

/** The notices as a table; each column header is a button that sorts by it (aria-sort says how). */
export function LibraryTable({ rows, sort, onSort, onDelete }: Props) {
  const L = useStrings(CATALOG);
  const lang = useLang();
  const columns: Array<[SortKey, string]> = [
    ['title', L.title],
    ['issuer', L.issuer],
    ['inspector', L.inspector],
    ['published', L.published],
    ['highlights', L.highlights],
    ['tracked', L.trackedHead],
    ['nextDue', L.nextDue],
  ];
  return (
    <table class="lib-table">
      <thead>
        <tr>
          {columns.map(([key, label]) => (
            <th key={key} scope="col" aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button type="button" class="lib-sort" onClick={() => onSort(key)}>
                {label}
                <span aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
          <th scope="col">{L.actions}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const title = r.title ?? L.untitled;
          return (
            <tr key={r.url}>
              <td>
                <a href={hrefOf(r)} target="_blank" rel="noopener noreferrer" aria-label={L.open(title)}>
                  {title}
                </a>
                <span class="lib-url">{shortUrl(r.url)}</span>
              </td>
              <td>{r.issuer ?? DASH}</td>
              <td>{r.inspector ?? DASH}</td>
              <td>{r.publishedDate ? formatDate(r.publishedDate, lang) : DASH}</td>
              <td class="lib-num">{r.highlights}</td>
              <td>
                <TrackedCounts row={r} />
              </td>
              <td>
                <DueCell row={r} />
              </td>
              <td>
                <button type="button" class="danger" aria-label={L.remove(title)} onClick={() => onDelete(r)}>
                  {L.removeShort}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
