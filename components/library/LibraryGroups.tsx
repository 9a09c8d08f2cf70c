import type { ComponentChildren } from 'preact';
import { useLang, useStrings } from '../shared/i18n';
import { formatDate } from '../../utils/i18n/format-date';
import type { LibraryRow } from '../../utils/storage/library';
import { WORKSPACE } from '../workspace/strings';
import { changeFromEarlier, compareFigures, groupByIssuer, type FigureLine } from './library-view';
import { DueCell, hrefOf, TrackedCounts } from './LibraryTable';
import { LIBRARY as CATALOG } from './strings';

const DASH = '—';

/**
 * Issuers with several notices (a report, then its progress notice): their notices side by side,
 * one column each, earliest published first, so the figures read left to right as the follow-up
 * went — each with its change from the notice before ("17 → 20, +3"). The counts' labels are the
 * workspace's, so both views name a figure alike.
 */
export function LibraryGroups({ rows, onDelete }: { rows: LibraryRow[]; onDelete: (row: LibraryRow) => void }) {
  const L = useStrings(CATALOG);
  const groups = groupByIssuer(rows);
  if (groups.length === 0) return <p class="lib-muted">{L.noGroups}</p>;
  return (
    <div class="lib-groups">
      {groups.map((g) => (
        <section key={g.issuer} class="lib-group" aria-label={g.issuer}>
          <h2>{L.groupHeading(g.issuer, g.rows.length)}</h2>
          <GroupComparison issuer={g.issuer} rows={g.rows} onDelete={onDelete} />
        </section>
      ))}
    </div>
  );
}

function GroupComparison({ issuer, rows, onDelete }: { issuer: string; rows: LibraryRow[]; onDelete: (row: LibraryRow) => void }) {
  const L = useStrings(CATALOG);
  const W = useStrings(WORKSPACE);
  const lang = useLang();
  const figures = compareFigures(rows);
  const line = (label: ComponentChildren, cell: (r: LibraryRow, column: number) => ComponentChildren, numeric = false) => (
    <tr>
      <th scope="row">{label}</th>
      {rows.map((r, i) => (
        <td key={r.url} class={numeric ? 'lib-num' : undefined}>
          {cell(r, i)}
        </td>
      ))}
    </tr>
  );
  const figureLabel = (f: FigureLine) => (f.kind === 'count' ? W[f.key] : f.unit ? L.figureWithUnit(f.label, f.unit) : f.label);
  return (
    // Scrolls sideways when the notices do not fit; focusable so the keyboard can scroll it.
    <div class="lib-compare-wrap" tabIndex={0} role="group" aria-label={L.compareCaption(issuer)}>
      <table class="lib-compare">
        <caption class="visually-hidden">{L.compareCaption(issuer)}</caption>
        <thead>
          <tr>
            <th scope="col">{L.figure}</th>
            {rows.map((r) => {
              const title = r.title ?? L.untitled;
              return (
                <th key={r.url} scope="col">
                  <a href={hrefOf(r)} target="_blank" rel="noopener noreferrer" aria-label={L.open(title)}>
                    {title}
                  </a>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {line(L.published, (r) => (r.publishedDate ? formatDate(r.publishedDate, lang) : DASH))}
          {line(L.inspector, (r) => r.inspector ?? DASH)}
          {figures.map((f) => (
            <tr key={f.kind === 'count' ? f.key : `${f.label}|${f.unit}`} data-figure={f.kind === 'count' ? f.key : undefined}>
              <th scope="row">{figureLabel(f)}</th>
              {rows.map((r, i) => (
                <td key={r.url} class="lib-num">
                  <FigureValue values={f.values} column={i} />
                </td>
              ))}
            </tr>
          ))}
          {figures.length === 0 && (
            <tr>
              <th scope="row">{W.statsLabel}</th>
              <td colSpan={rows.length} class="lib-muted">
                {L.noFigures}
              </td>
            </tr>
          )}
          {line(L.warnings, (r) => (r.stats ? r.stats.warnings : DASH), true)}
          {line(L.highlights, (r) => r.highlights, true)}
          {line(L.trackedHead, (r) => <TrackedCounts row={r} />)}
          {line(L.nextDue, (r) => <DueCell row={r} />)}
          {line(<span class="visually-hidden">{L.actions}</span>, (r) => (
            <button type="button" class="danger" aria-label={L.remove(r.title ?? L.untitled)} onClick={() => onDelete(r)}>
              {L.removeShort}
            </button>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A figure with its change from the notice before, the sign written out ("+3", "−2", "±0"). */
function FigureValue({ values, column }: { values: ReadonlyArray<number | null>; column: number }) {
  const L = useStrings(CATALOG);
  const lang = useLang();
  const v = values[column];
  if (v === null || v === undefined) return <span class="lib-muted">{DASH}</span>;
  const change = changeFromEarlier(values, column);
  const number = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const signed = change === null ? null : change > 0 ? `+${number(change)}` : change < 0 ? `−${number(-change)}` : '±0';
  return (
    <span>
      {number(v)}
      {signed !== null && <span class="lib-change" data-sign={change === 0 ? 'zero' : change! > 0 ? 'up' : 'down'}> {L.change(signed)}</span>}
    </span>
  );
}
