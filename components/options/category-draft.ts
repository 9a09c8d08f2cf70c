import type { Category } from '../../utils/annotations/types';
import type { DraftStrings } from './strings';

/**
 * The category editor's working copy and its rules, apart from the DOM so they are tested alone.
 * Ids never change once made (annotations refer to them); labels and colours are free to edit.
 */

export interface DraftRow {
  id: string;
  zh: string;
  en: string;
  color: string;
  /** Not saved yet: removable whatever the usage counts say. */
  isNew: boolean;
}

export const LABEL_MAX = 20;
const HEX = /^#[0-9a-f]{6}$/i;
const PALETTE = ['#a5d6a7', '#ffcc80', '#80cbc4', '#f48fb1', '#b0bec5', '#fff59d', '#bcaaa4'];

export function toDraft(categories: readonly Category[]): DraftRow[] {
  return categories.map((c) => ({ id: c.id, zh: c.label.zh, en: c.label.en, color: c.color, isNew: false }));
}

export function fromDraft(rows: readonly DraftRow[]): Category[] {
  return rows.map((r) => ({ id: r.id, label: { zh: r.zh.trim(), en: r.en.trim() }, color: r.color.toLowerCase() }));
}

/** A fresh row with an id no other row has and the next colour of a palette distinct from the defaults. */
export function newRow(rows: readonly DraftRow[], makeId: () => string, label: string): DraftRow {
  const ids = new Set(rows.map((r) => r.id));
  let id = makeId();
  while (ids.has(id)) id = makeId();
  const color = PALETTE.find((p) => !rows.some((r) => r.color.toLowerCase() === p)) ?? PALETTE[rows.length % PALETTE.length] ?? '#cccccc';
  return { id, zh: label, en: '', color, isNew: true };
}

export function move<T>(rows: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(index, 1);
  if (row !== undefined) next.splice(to, 0, row);
  return next;
}

export interface DraftProblems {
  /** Problems of each row, by id. */
  byId: Record<string, string[]>;
  /** A problem of the list as a whole. */
  list: string | null;
}

/** Problems in the reader's language (`s`): they are shown as they are. */
export function validateDraft(rows: readonly DraftRow[], s: DraftStrings): DraftProblems {
  const byId: Record<string, string[]> = {};
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.zh.trim(), (seen.get(r.zh.trim()) ?? 0) + 1);
  for (const r of rows) {
    const problems: string[] = [];
    const zh = r.zh.trim();
    if (zh === '') problems.push(s.errZhEmpty);
    else if ((seen.get(zh) ?? 0) > 1) problems.push(s.errDuplicate);
    if (Array.from(zh).length > LABEL_MAX || Array.from(r.en.trim()).length > LABEL_MAX) problems.push(s.errTooLong(LABEL_MAX));
    if (!HEX.test(r.color)) problems.push(s.errColor);
    if (problems.length > 0) byId[r.id] = problems;
  }
  return { byId, list: rows.length === 0 ? s.errNone : null };
}

export function hasProblems(p: DraftProblems): boolean {
  return p.list !== null || Object.keys(p.byId).length > 0;
}

export function sameCategories(a: readonly Category[], b: readonly Category[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
