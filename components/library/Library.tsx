import { useEffect, useRef, useState } from 'preact/hooks';
import { useStrings } from '../shared/i18n';
import type { LibraryRow } from '../../utils/storage/library';
import { distinct, filterRows, sortRows, type LibraryView, type SortKey, type SortState } from './library-view';
import { LibraryGroups } from './LibraryGroups';
import { LibraryTable } from './LibraryTable';
import { LIBRARY as CATALOG } from './strings';
import { TRACKED_STATUSES, type TrackedStatus } from '../../utils/tracking/types';

export const LIBRARY_UNDO_MS = 10_000;

interface Props {
  /** null while loading. Counts are computed by the background for the reader's today. */
  rows: LibraryRow[] | null;
  /** Called once the undo window has passed (or another delete ends it early). */
  onDelete: (url: string) => void;
  undoMs?: number;
}

/**
 * The library: views (all / overdue / due within 30 days), a text filter and issuer and inspector
 * selects, a sortable table or the notices grouped by issuer, and delete with undo. A delete only
 * hides the row for `undoMs`: storage is asked once the time is up, so Undo has nothing to restore.
 */
export function Library({ rows, onDelete, undoMs = LIBRARY_UNDO_MS }: Props) {
  const L = useStrings(CATALOG);
  const [view, setView] = useState<LibraryView>('all');
  const [text, setText] = useState('');
  const [issuer, setIssuer] = useState('');
  const [inspector, setInspector] = useState('');
  const [publishedFrom, setPublishedFrom] = useState('');
  const [publishedTo, setPublishedTo] = useState('');
  const [status, setStatus] = useState<TrackedStatus | ''>('');
  const [grouped, setGrouped] = useState(false);
  const [sort, setSort] = useState<SortState>({ key: 'published', dir: 'desc' });
  const [pending, setPending] = useState<LibraryRow | null>(null);
  /** Deletes sent but not yet seen in `rows` (the reload follows the background's event): kept hidden. */
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const undoButton = useRef<HTMLButtonElement>(null);
  /** Set by Undo, so the effect's cleanup does not send the delete. */
  const undone = useRef(false);
  const deleteRef = useRef(onDelete);
  deleteRef.current = onDelete;

  // The undo window; closing the page ends it too (the delete is sent, best effort).
  useEffect(() => {
    if (!pending) return;
    undoButton.current?.focus();
    let done = false;
    const commit = () => {
      if (done) return;
      done = true;
      setGone((g) => new Set(g).add(pending.url));
      deleteRef.current(pending.url);
    };
    const timer = setTimeout(() => {
      commit();
      setPending(null);
    }, undoMs);
    // A page being closed unmounts nothing: send the delete as it goes.
    addEventListener('pagehide', commit);
    return () => {
      clearTimeout(timer);
      removeEventListener('pagehide', commit);
      if (!undone.current) commit();
      undone.current = false;
    };
  }, [pending, undoMs]);

  // Forget a sent delete once the reloaded rows no longer hold it (the notice may come back later).
  useEffect(() => {
    setGone((g) => (rows && [...g].some((url) => !rows.some((r) => r.url === url)) ? new Set([...g].filter((url) => rows.some((r) => r.url === url))) : g));
  }, [rows]);

  const remove = (row: LibraryRow) => setPending(row);
  const undo = () => {
    undone.current = true;
    setPending(null);
  };
  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'highlights' || key === 'tracked' ? 'desc' : 'asc' }));

  if (rows === null) return <p role="status">{L.loading}</p>;
  const all = rows.filter((r) => r.url !== pending?.url && !gone.has(r.url));
  const shown = sortRows(filterRows(all, { view, text, issuer, inspector, publishedFrom, publishedTo, status }), sort);
  const views: Array<[LibraryView, string]> = [
    ['all', L.viewAll],
    ['overdue', L.viewOverdue],
    ['due-soon', L.viewDueSoon],
  ];

  return (
    <div class="library">
      <div class="lib-toolbar">
        <div role="group" aria-label={L.views} class="lib-buttons">
          {views.map(([v, label]) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {label}
            </button>
          ))}
        </div>
        <div role="group" aria-label={L.layout} class="lib-buttons">
          <button type="button" aria-pressed={!grouped} onClick={() => setGrouped(false)}>
            {L.layoutTable}
          </button>
          <button type="button" aria-pressed={grouped} onClick={() => setGrouped(true)}>
            {L.layoutGroups}
          </button>
        </div>
      </div>
      <div class="lib-filters">
        <label>
          {L.filter}
          <input type="search" value={text} placeholder={L.filterPlaceholder} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <ValueSelect label={L.issuer} any={L.anyIssuer} values={distinct(all, 'issuer')} value={issuer} onChange={setIssuer} />
        <ValueSelect label={L.inspector} any={L.anyInspector} values={distinct(all, 'inspector')} value={inspector} onChange={setInspector} />
        <label>
          {L.trackedStatus}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as TrackedStatus | '')}>
            <option value="">{L.anyStatus}</option>
            {TRACKED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {L.withStatus(L.statuses[s])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {L.publishedFrom}
          <input type="date" value={publishedFrom} onInput={(e) => setPublishedFrom(e.currentTarget.value)} />
        </label>
        <label>
          {L.publishedTo}
          <input type="date" value={publishedTo} onInput={(e) => setPublishedTo(e.currentTarget.value)} />
        </label>
      </div>
      <p class="lib-muted" role="status">
        {L.shown(shown.length, all.length)}
      </p>
      {all.length === 0 ? (
        <p>{L.empty}</p>
      ) : grouped ? (
        <LibraryGroups rows={shown} onDelete={remove} />
      ) : shown.length === 0 ? (
        <p>{L.noMatch}</p>
      ) : (
        <LibraryTable rows={shown} sort={sort} onSort={onSort} onDelete={remove} />
      )}
      {pending && (
        <div class="undo-bar" role="status">
          <span>{L.removed(pending.title ?? L.untitled)}</span>
          <span aria-hidden="true"> · </span>
          <button ref={undoButton} type="button" class="primary" onClick={undo}>
            {L.undo}
          </button>
        </div>
      )}
    </div>
  );
}

/** A labelled select of the values a column holds, '' for any. */
function ValueSelect({ label, any, values, value, onChange }: { label: string; any: string; values: string[]; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{any}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}
