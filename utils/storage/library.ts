import { bareRecord } from '../annotations/page-record';
import type { PageRecord } from '../annotations/types';
import { isDueWithin, isIsoDate, isOverdue } from '../tracking/deadline';
import { TRACKED_STATUSES, type IsoDate, type TrackedStatus } from '../tracking/types';
import type { DubanDB } from './db';
import { patchPageAnnotations } from './page-annotations';
import { fromStored } from './records';
import { attempt, fail, ok, type Result } from './result';
import { normaliseUrl } from './url';

/**
 * The library page's data: one row per notice seen or annotated, with its counts. Three reads,
 * whatever the number of notices: the pages, the `pageUrl` index keys of `annotations` (a
 * key-only walk, no record deserialised) less the few soft-deleted rows, and the live tracked
 * items.
 */

/** "Due within 30 days" of the library. */
export const DUE_SOON_DAYS = 30;

export type LibraryRow = Omit<PageRecord, 'text'> & {
  /** Live highlights of the page. */
  highlights: number;
  /** Live tracked commitments by status. */
  tracked: Record<TrackedStatus, number>;
  /** Not kept and due before `today`. */
  overdue: number;
  /** Not kept and due from `today` to `today` + 30 days. */
  dueSoon: number;
  /** Earliest due date of the items not kept, null when none has a date. */
  nextDue: IsoDate | null;
};

const emptyTracked = (): Record<TrackedStatus, number> => Object.fromEntries(TRACKED_STATUSES.map((s) => [s, 0])) as Record<TrackedStatus, number>;

/** A page known only by its annotations or tracked items (its record was never saved). */
function bareRow(url: string): LibraryRow {
  const { text: _text, ...page } = bareRecord(url, [url]);
  return { ...page, highlights: 0, tracked: emptyTracked(), overdue: 0, dueSoon: 0, nextDue: null };
}

/** Every notice with its counts, most recently seen first. `today` is the reader's local date. */
export function listLibrary(db: DubanDB, today: IsoDate): Promise<Result<LibraryRow[]>> {
  return attempt(() =>
    db.transaction('r', [db.pages, db.annotations, db.tracked], async () => {
      if (!isIsoDate(today)) return fail('invalid', 'today must be a date YYYY-MM-DD');
      const [pages, annotationUrls, deleted, tracked] = await Promise.all([
        db.pages.toArray(),
        db.annotations.orderBy('pageUrl').keys(),
        // Only soft-deleted rows are in the deletedAt index (null is no key): a few rows.
        db.annotations.where('deletedAt').aboveOrEqual(0).toArray(),
        db.tracked.toArray(),
      ]);
      const rows = new Map<string, LibraryRow>();
      for (const { text: _text, ...page } of pages) rows.set(page.url, { ...page, highlights: 0, tracked: emptyTracked(), overdue: 0, dueSoon: 0, nextDue: null });
      const row = (url: string): LibraryRow => {
        let r = rows.get(url);
        if (!r) rows.set(url, (r = bareRow(url)));
        return r;
      };
      const live = new Map<string, number>();
      for (const key of annotationUrls) if (typeof key === 'string') live.set(key, (live.get(key) ?? 0) + 1);
      for (const d of deleted) live.set(d.pageUrl, (live.get(d.pageUrl) ?? 0) - 1);
      for (const [url, n] of live) if (n > 0) row(url).highlights = n;
      for (const t of tracked) {
        if (t.deletedAt !== null) continue;
        const r = row(t.pageUrl);
        r.tracked[t.status]++;
        if (isOverdue(t, today)) r.overdue++;
        if (isDueWithin(t, today, DUE_SOON_DAYS)) r.dueSoon++;
        if (t.status !== 'kept' && t.due !== null && (r.nextDue === null || t.due < r.nextDue)) r.nextDue = t.due;
      }
      return ok([...rows.values()].sort((a, b) => b.lastSeenAt - a.lastSeenAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)));
    }),
  );
}

export interface PageDeletion {
  url: string;
  /** Whether a page record was removed. */
  page: boolean;
  annotations: number;
  tracked: number;
}

/**
 * Deletes a notice from the library, in one transaction: its page record (for good), its live
 * highlights and tracked items (soft, as their own deletes are: a later merge keeps the deletion,
 * `purgeDeleted` removes the highlights). The library offers the undo BEFORE calling this (it
 * hides the row for 10 s, then asks), so no page-level undo exists here.
 */
export function deletePage(db: DubanDB, url: string): Promise<Result<PageDeletion>> {
  return attempt(() =>
    db.transaction('rw', [db.pages, db.annotations, db.pageAnnotations, db.tracked], async () => {
      if (typeof url !== 'string' || url === '') return fail('invalid', 'url must be a non-empty string');
      const key = normaliseUrl(url);
      const page = (await db.pages.get(key)) !== undefined;
      if (page) await db.pages.delete(key);
      const now = Date.now();
      const annotations = (await db.annotations.where('pageUrl').equals(key).toArray()).filter((a) => a.deletedAt === null);
      const gone = annotations.map((a) => ({ ...a, deletedAt: Math.max(now, a.updatedAt + 1), updatedAt: Math.max(now, a.updatedAt + 1) }));
      await db.annotations.bulkPut(gone);
      await patchPageAnnotations(db, [], gone.map(fromStored));
      const tracked = (await db.tracked.where('pageUrl').equals(key).toArray()).filter((t) => t.deletedAt === null);
      await db.tracked.bulkPut(tracked.map((t) => ({ ...t, deletedAt: Math.max(now, t.updatedAt + 1), updatedAt: Math.max(now, t.updatedAt + 1) })));
      return ok({ url: key, page, annotations: gone.length, tracked: tracked.length });
    }),
  );
}
