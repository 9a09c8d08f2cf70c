import type { LibraryRow } from '../../utils/storage/library';
import { TRACKED_STATUSES, type TrackedStatus } from '../../utils/tracking/types';

/** The library's views, filters and sort, pure: the page keeps the state, tests call these. */

export type LibraryView = 'all' | 'overdue' | 'due-soon';

export type SortKey = 'title' | 'issuer' | 'inspector' | 'published' | 'highlights' | 'tracked' | 'nextDue';

export interface SortState {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export interface LibraryFilter {
  view: LibraryView;
  /** Matched, case-insensitively, in title, issuer and inspector. */
  text: string;
  /** '' for any. */
  issuer: string;
  inspector: string;
  /** Published on or after / on or before (YYYY-MM-DD, '' for open); a notice with no date is left out once either is set. */
  publishedFrom?: string;
  publishedTo?: string;
  /** Only notices with at least one tracked item in this status ('' for any). */
  status?: TrackedStatus | '';
}

export const trackedTotal = (r: LibraryRow): number => TRACKED_STATUSES.reduce((n, s) => n + r.tracked[s], 0);

export function filterRows(rows: readonly LibraryRow[], f: LibraryFilter): LibraryRow[] {
  const needle = f.text.trim().toLowerCase();
  return rows.filter((r) => {
    if (f.view === 'overdue' && r.overdue === 0) return false;
    if (f.view === 'due-soon' && r.dueSoon === 0) return false;
    if (f.issuer !== '' && r.issuer !== f.issuer) return false;
    if (f.inspector !== '' && r.inspector !== f.inspector) return false;
    if (f.status && r.tracked[f.status] === 0) return false;
    if (f.publishedFrom || f.publishedTo) {
      // ISO dates compare as strings; a reversed range is read the way round the reader meant.
      const [from, to] = f.publishedFrom && f.publishedTo && f.publishedFrom > f.publishedTo ? [f.publishedTo, f.publishedFrom] : [f.publishedFrom, f.publishedTo];
      if (r.publishedDate === null) return false;
      if (from && r.publishedDate < from) return false;
      if (to && r.publishedDate > to) return false;
    }
    if (needle === '') return true;
    return [r.title, r.issuer, r.inspector].some((v) => v !== null && v.toLowerCase().includes(needle));
  });
}

type Value = string | number | null;

function sortValue(r: LibraryRow, key: SortKey): Value {
  switch (key) {
    case 'title':
      return r.title;
    case 'issuer':
      return r.issuer;
    case 'inspector':
      return r.inspector;
    case 'published':
      return r.publishedDate;
    case 'highlights':
      return r.highlights;
    case 'tracked':
      return trackedTotal(r);
    case 'nextDue':
      return r.nextDue;
  }
}

/** Sorted copy; rows without a value go last in either direction; ties keep the given order. */
export function sortRows(rows: readonly LibraryRow[], sort: SortState): LibraryRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: sortValue(row, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || a.v === '') return b.v === null || b.v === '' ? a.i - b.i : 1;
      if (b.v === null || b.v === '') return -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'zh-CN');
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}

/** The distinct non-empty values of a column, sorted (the issuer and inspector selects). */
export function distinct(rows: readonly LibraryRow[], key: 'issuer' | 'inspector'): string[] {
  return [...new Set(rows.map((r) => r[key]).filter((v): v is string => v !== null && v !== ''))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** Issuers with more than one notice, each with its notices oldest published first (a report, then its progress notice). */
export function groupByIssuer(rows: readonly LibraryRow[]): Array<{ issuer: string; rows: LibraryRow[] }> {
  const groups = new Map<string, LibraryRow[]>();
  for (const r of rows) if (r.issuer) groups.set(r.issuer, [...(groups.get(r.issuer) ?? []), r]);
  return [...groups]
    .filter(([, g]) => g.length > 1)
    .map(([issuer, g]) => ({ issuer, rows: sortRows(g, { key: 'published', dir: 'asc' }) }))
    .sort((a, b) => a.issuer.localeCompare(b.issuer, 'zh-CN'));
}

/** The counts a notice states, in the order a comparison lists them. */
export const COUNT_FIGURES = ['problems', 'rectified', 'staged', 'unrectified', 'measures', 'measuresDone'] as const;
export type CountFigure = (typeof COUNT_FIGURES)[number];

/** One line of an issuer's comparison: a figure and its value in each notice (null: not stated). */
export type FigureLine = { kind: 'count'; key: CountFigure; values: Array<number | null> } | { kind: 'other'; label: string; unit: string; values: Array<number | null> };

/**
 * The figures of several notices side by side (`rows` in column order): the counts any of them
 * states, then the other figures matched by their label and unit as written ("完善和新建制度 项"),
 * in order of first appearance. A notice read before figures were kept has nulls throughout.
 */
export function compareFigures(rows: readonly LibraryRow[]): FigureLine[] {
  const lines: FigureLine[] = [];
  for (const key of COUNT_FIGURES) {
    const values = rows.map((r) => r.stats?.[key] ?? null);
    if (values.some((v) => v !== null)) lines.push({ kind: 'count', key, values });
  }
  const others = new Map<string, Extract<FigureLine, { kind: 'other' }>>();
  rows.forEach((r, column) => {
    for (const o of r.stats?.other ?? []) {
      const id = `${o.label}\u0000${o.unit}`;
      let line = others.get(id);
      if (!line) others.set(id, (line = { kind: 'other', label: o.label, unit: o.unit, values: rows.map(() => null) }));
      // The first value a notice gives for a label is the one it leads with.
      line.values[column] ??= o.value;
    }
  });
  return [...lines, ...others.values()];
}

/** The change from the nearest earlier notice that states the figure (null: nothing to compare). */
export function changeFromEarlier(values: ReadonlyArray<number | null>, column: number): number | null {
  const v = values[column];
  if (v === null || v === undefined) return null;
  for (let i = column - 1; i >= 0; i--) {
    const earlier = values[i];
    if (earlier !== null && earlier !== undefined) return Math.round((v - earlier) * 1000) / 1000;
  }
  return null;
}
