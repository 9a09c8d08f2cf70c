import { useLang, useStrings } from '../shared/i18n';
import { formatDate } from '../../utils/i18n/format-date';
import type { LibraryRow } from '../../utils/storage/library';
import { groupByIssuer } from './library-view';
import { DueCell, hrefOf, TrackedCounts } from './LibraryTable';
import { LIBRARY as CATALOG } from './strings';

/** Issuers with several notices (a report, then its progress notice): their notices side by side. */
export function LibraryGroups({ rows, onDelete }: { rows: LibraryRow[]; onDelete: (row: LibraryRow) => void }) {
  const L = useStrings(CATALOG);
  const lang = useLang();
  const groups = groupByIssuer(rows);
  if (groups.length === 0) return <p class="lib-muted">{L.noGroups}</p>;
  return (
    <div class="lib-groups">
      {groups.map((g) => (
        <section key={g.issuer} class="lib-group" aria-label={g.issuer}>
          <h2>{L.groupHeading(g.issuer, g.rows.length)}</h2>
          <ul class="lib-cards">
            {g.rows.map((r) => {
              const title = r.title ?? L.untitled;
              return (
                <li key={r.url} class="lib-card">
                  <a href={hrefOf(r)} target="_blank" rel="noopener noreferrer" aria-label={L.open(title)}>
                    {title}
                  </a>
                  <dl>
                    <dt>{L.published}</dt>
                    <dd>{r.publishedDate ? formatDate(r.publishedDate, lang) : '—'}</dd>
                    <dt>{L.inspector}</dt>
                    <dd>{r.inspector ?? '—'}</dd>
                    <dt>{L.highlights}</dt>
                    <dd>{r.highlights}</dd>
                    <dt>{L.trackedHead}</dt>
                    <dd>
                      <TrackedCounts row={r} />
                    </dd>
                    <dt>{L.nextDue}</dt>
                    <dd>
                      <DueCell row={r} />
                    </dd>
                  </dl>
                  <button type="button" class="danger" aria-label={L.remove(title)} onClick={() => onDelete(r)}>
                    {L.removeShort}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
