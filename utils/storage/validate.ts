import type { AnchorStatus } from '../anchoring/types';
import { OTHER_STATS_LIMIT, type PageStats } from '../annotations/page-stats';
import type { Annotation, AnnotationTarget, PageRecord } from '../annotations/types';
import type { NoticeKind } from '../notice/types';
import type { StoredCategory } from './db';

/**
 * Guards for records that come from outside the type system (a JSON backup, a message): each
 * `read*` returns a clean copy with only the known fields, or a Problem saying what is wrong.
 * Missing optional fields are accepted as their empty value (null, []), wrong types are not.
 */

/** What is wrong with a record (a class, not a string: some valid values are strings). */
export class Problem {
  constructor(readonly text: string) {}
}

export type Checked<T> = T | Problem;

const ANCHOR_STATUSES: readonly AnchorStatus[] = ['anchored', 'anchored-fuzzy', 'ambiguous', 'orphaned'];
const NOTICE_KINDS: readonly NoticeKind[] = ['progress-notice', 'rectification-report', 'summary', 'not-notice'];

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isNonEmptyString(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0;
}

function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function isOffset(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

/** `undefined` → null; a string or null as is; anything else → the sentinel `false`. */
function optString(x: unknown): string | null | false {
  if (x === undefined || x === null) return null;
  return typeof x === 'string' ? x : false;
}

export function readTarget(x: unknown): Checked<AnnotationTarget> {
  if (!isObj(x)) return new Problem('target is not an object');
  const q = x.quote;
  if (!isObj(q) || q.type !== 'TextQuoteSelector' || !isNonEmptyString(q.exact)) return new Problem('target.quote is not a TextQuoteSelector with a non-empty exact');
  if ((q.prefix !== undefined && typeof q.prefix !== 'string') || (q.suffix !== undefined && typeof q.suffix !== 'string')) return new Problem('target.quote prefix/suffix must be strings');
  const p = x.position;
  if (!isObj(p) || p.type !== 'TextPositionSelector' || !isOffset(p.start) || !isOffset(p.end) || p.end < p.start) return new Problem('target.position is not a TextPositionSelector with 0 ≤ start ≤ end');
  const sectionId = optString(x.sectionId);
  const sectionHeading = optString(x.sectionHeading);
  if (sectionId === false || sectionHeading === false) return new Problem('target.sectionId/sectionHeading must be strings or null');
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: q.exact,
      ...(typeof q.prefix === 'string' ? { prefix: q.prefix } : {}),
      ...(typeof q.suffix === 'string' ? { suffix: q.suffix } : {}),
    },
    position: { type: 'TextPositionSelector', start: p.start, end: p.end },
    sectionId,
    sectionHeading,
  };
}

export function readAnchorStatus(x: unknown): Checked<AnchorStatus | null> {
  if (x === undefined || x === null) return null;
  return ANCHOR_STATUSES.find((s) => s === x) ?? new Problem(`anchorStatus must be one of ${ANCHOR_STATUSES.join(', ')} or null`);
}

export function readAnnotation(x: unknown): Checked<Annotation> {
  if (!isObj(x)) return new Problem('not an object');
  if (!isNonEmptyString(x.id)) return new Problem('id must be a non-empty string');
  if (!isNonEmptyString(x.pageUrl)) return new Problem('pageUrl must be a non-empty string');
  if (!isNonEmptyString(x.category)) return new Problem('category must be a non-empty string');
  if (typeof x.note !== 'string') return new Problem('note must be a string');
  if (!isTime(x.createdAt) || !isTime(x.updatedAt)) return new Problem('createdAt/updatedAt must be epoch milliseconds');
  if (x.deletedAt !== undefined && x.deletedAt !== null && !isTime(x.deletedAt)) return new Problem('deletedAt must be epoch milliseconds or null');
  const target = readTarget(x.target);
  if (target instanceof Problem) return target;
  const anchorStatus = readAnchorStatus(x.anchorStatus);
  if (anchorStatus instanceof Problem) return anchorStatus;
  return {
    id: x.id,
    pageUrl: x.pageUrl,
    category: x.category,
    note: x.note,
    target,
    createdAt: x.createdAt,
    updatedAt: x.updatedAt,
    deletedAt: typeof x.deletedAt === 'number' ? x.deletedAt : null,
    anchorStatus,
  };
}

const COUNT_FIELDS = ['problems', 'rectified', 'staged', 'unrectified', 'measures', 'measuresDone'] as const;

/** A page's headline figures; missing (an older record or backup) → null. */
export function readPageStats(x: unknown): Checked<PageStats | null> {
  if (x === undefined || x === null) return null;
  if (!isObj(x)) return new Problem('stats must be an object or null');
  const counts = {} as Record<(typeof COUNT_FIELDS)[number], number | null>;
  for (const k of COUNT_FIELDS) {
    const v = x[k] ?? null;
    if (v !== null && !isOffset(v)) return new Problem(`stats.${k} must be a whole number or null`);
    counts[k] = v;
  }
  const other = x.other ?? [];
  if (!Array.isArray(other)) return new Problem('stats.other must be an array');
  const figures: PageStats['other'] = [];
  for (const o of other.slice(0, OTHER_STATS_LIMIT)) {
    if (!isObj(o) || typeof o.label !== 'string' || typeof o.unit !== 'string' || typeof o.value !== 'number' || !Number.isFinite(o.value)) {
      return new Problem('stats.other items must be { label, value, unit }');
    }
    figures.push({ label: o.label, value: o.value, unit: o.unit });
  }
  const warnings = x.warnings ?? 0;
  if (!isOffset(warnings)) return new Problem('stats.warnings must be a whole number');
  return { ...counts, other: figures, warnings };
}

export function readPage(x: unknown): Checked<PageRecord> {
  if (!isObj(x)) return new Problem('not an object');
  if (!isNonEmptyString(x.url)) return new Problem('url must be a non-empty string');
  const seenAs = x.seenAs ?? [];
  if (!Array.isArray(seenAs) || !seenAs.every((s) => typeof s === 'string')) return new Problem('seenAs must be an array of strings');
  if (!isTime(x.firstSeenAt) || !isTime(x.lastSeenAt)) return new Problem('firstSeenAt/lastSeenAt must be epoch milliseconds');
  const fields = { title: optString(x.title), issuer: optString(x.issuer), inspector: optString(x.inspector), publishedDate: optString(x.publishedDate), text: optString(x.text) };
  for (const [name, v] of Object.entries(fields)) if (v === false) return new Problem(`${name} must be a string or null`);
  const kind = x.noticeKind ?? null;
  const noticeKind = kind === null ? null : NOTICE_KINDS.find((k) => k === kind);
  if (noticeKind === undefined) return new Problem(`noticeKind must be one of ${NOTICE_KINDS.join(', ')} or null`);
  const stats = readPageStats(x.stats);
  if (stats instanceof Problem) return stats;
  const s = (v: string | null | false): string | null => (v === false ? null : v);
  return {
    url: x.url,
    seenAs: [...(seenAs as string[])],
    title: s(fields.title),
    noticeKind,
    issuer: s(fields.issuer),
    inspector: s(fields.inspector),
    publishedDate: s(fields.publishedDate),
    text: s(fields.text),
    stats,
    firstSeenAt: x.firstSeenAt,
    lastSeenAt: x.lastSeenAt,
  };
}

/** A category; `order` defaults to `index` (its place in the list it came in). */
export function readCategory(x: unknown, index: number): Checked<StoredCategory> {
  if (!isObj(x)) return new Problem('not an object');
  if (!isNonEmptyString(x.id)) return new Problem('id must be a non-empty string');
  const label = x.label;
  if (!isObj(label) || typeof label.zh !== 'string' || typeof label.en !== 'string') return new Problem('label must be { zh, en } strings');
  if (!isNonEmptyString(x.color)) return new Problem('color must be a non-empty string');
  const order = x.order === undefined ? index : x.order;
  if (typeof order !== 'number' || !Number.isFinite(order)) return new Problem('order must be a number');
  return { id: x.id, label: { zh: label.zh, en: label.en }, color: x.color, order };
}
