import type { AnchorStatus } from '../anchoring/types';
import type { Annotation, AnnotationTarget, PageRecord } from '../annotations/types';
import type { DubanDB, StoredAnnotation } from './db';
import { patchPageAnnotations } from './page-annotations';
import { compareDocumentOrder, fromStored, SEEN_AS_LIMIT, toStored } from './records';
import { attempt, fail, ok, type Result } from './result';
import { normaliseUrl } from './url';
import { Problem, readAnchorStatus, readPage, readTarget } from './validate';

/**
 * Typed functions over the `duban` database: the only way the rest of Duban reads or writes it.
 * Every function returns a `Result` (result.ts): a full disk becomes `{ ok: false, error: 'quota' }`
 * with a message to show, and — each write being one IndexedDB transaction — loses nothing that
 * was saved before. Every write to `annotations` also patches its page's `pageAnnotations` record
 * in the same transaction (page-annotations.ts), so the two cannot disagree. URLs given to these
 * functions are normalised here (normaliseUrl is idempotent).
 */

export { searchAnnotations, type SearchOptions, type SearchOutcome } from './search';
export { importRecords, type ImportInput, type ImportSummary } from './import';
export { listCategories, saveCategories } from './categories';
export { persistStorage, storageEstimate, type StorageEstimateInfo } from './estimate';
export type { Result, StorageErrorKind } from './result';
export { compareDocumentOrder, SEEN_AS_LIMIT } from './records';
export { deletePage, listLibrary, DUE_SOON_DAYS, type LibraryRow, type PageDeletion } from './library';
export {
  createTracked,
  deleteTracked,
  listAllTracked,
  listTracked,
  listTrackedDueBetween,
  undoDeleteTracked,
  updateTracked,
  type TrackedInput,
  type TrackedPatch,
} from './tracked';

export type PageFields = Partial<Pick<PageRecord, 'title' | 'noticeKind' | 'issuer' | 'inspector' | 'publishedDate' | 'text' | 'stats'>>;

export interface AnnotationInput {
  /** Any URL of the page: it is normalised. */
  pageUrl: string;
  category: string;
  note?: string;
  target: AnnotationTarget;
  anchorStatus?: AnchorStatus | null;
}

export type AnnotationPatch = Partial<Pick<Annotation, 'note' | 'category' | 'target' | 'anchorStatus'>>;

// ───────────────────────────── pages ─────────────────────────────

/** Saves a whole page record (its url normalised), replacing any record under that url. */
export function putPage(db: DubanDB, page: PageRecord): Promise<Result<PageRecord>> {
  return attempt(async () => {
    const checked = readPage(page);
    if (checked instanceof Problem) return fail('invalid', checked.text);
    const record = { ...checked, url: normaliseUrl(checked.url) };
    await db.pages.put(record);
    return ok(record);
  });
}

/**
 * Records a visit: creates the page on first sight, else bumps lastSeenAt and puts `seenAs` (the
 * URL as reached) first in the page's list. `fields` given overwrite the stored ones; fields left
 * out (or `undefined`) are kept, so a visit that did not extract the notice keeps its saved text.
 */
export function touchPage(db: DubanDB, url: string, seenAs: string, fields: PageFields = {}): Promise<Result<PageRecord>> {
  return attempt(() =>
    db.transaction('rw', db.pages, async () => {
      const key = normaliseUrl(url);
      const now = Date.now();
      const old = await db.pages.get(key);
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as PageFields;
      const record: PageRecord = {
        url: key,
        title: null,
        noticeKind: null,
        issuer: null,
        inspector: null,
        publishedDate: null,
        text: null,
        stats: null,
        firstSeenAt: now,
        ...old,
        ...defined,
        seenAs: [seenAs, ...(old?.seenAs ?? []).filter((s) => s !== seenAs)].slice(0, SEEN_AS_LIMIT),
        lastSeenAt: now,
      };
      const checked = readPage(record);
      if (checked instanceof Problem) return fail('invalid', checked.text);
      await db.pages.put(checked);
      return ok(checked);
    }),
  );
}

/** The page stored under `url` (normalised), or null when there is none. */
export function getPage(db: DubanDB, url: string): Promise<Result<PageRecord | null>> {
  return attempt(async () => ok((await db.pages.get(normaliseUrl(url))) ?? null));
}

/** All pages, most recently seen first. */
export function listPages(db: DubanDB): Promise<Result<PageRecord[]>> {
  return attempt(async () => ok(await db.pages.orderBy('lastSeenAt').reverse().toArray()));
}

// ───────────────────────────── annotations ─────────────────────────────

/** A new annotation with a random UUID and both timestamps now. */
export function createAnnotation(db: DubanDB, input: AnnotationInput): Promise<Result<Annotation>> {
  return attempt(async () => {
    const target = readTarget(input.target);
    if (target instanceof Problem) return fail('invalid', target.text);
    const anchorStatus = readAnchorStatus(input.anchorStatus);
    if (anchorStatus instanceof Problem) return fail('invalid', anchorStatus.text);
    if (typeof input.category !== 'string' || input.category === '') return fail('invalid', 'category must be a non-empty string');
    if (input.note !== undefined && typeof input.note !== 'string') return fail('invalid', 'note must be a string');
    const pageUrl = normaliseUrl(input.pageUrl);
    if (pageUrl === '') return fail('invalid', 'pageUrl must be a non-empty string');
    const now = Date.now();
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      pageUrl,
      category: input.category,
      note: input.note ?? '',
      target,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      anchorStatus,
    };
    await db.transaction('rw', [db.annotations, db.pageAnnotations], async () => {
      await db.annotations.add(toStored(annotation));
      await patchPageAnnotations(db, [], [annotation]);
    });
    return ok(annotation);
  });
}

/** The annotation with `id` (deleted or not), or null. */
export function getAnnotation(db: DubanDB, id: string): Promise<Result<Annotation | null>> {
  return attempt(async () => {
    const row = await db.annotations.get(id);
    return ok(row ? fromStored(row) : null);
  });
}

/**
 * Changes note, category, target and/or anchorStatus; bumps updatedAt and recomputes the bigrams.
 * A patch that changes nothing writes nothing (re-anchoring reports the same status on every
 * visit; that must not look like an edit to imports or to other tabs).
 */
export function updateAnnotation(db: DubanDB, id: string, patch: AnnotationPatch): Promise<Result<Annotation>> {
  return attempt(() =>
    db.transaction('rw', [db.annotations, db.pageAnnotations], async () => {
      const row = await db.annotations.get(id);
      if (!row) return fail('not-found', id);
      const old = fromStored(row);
      // A deleted highlight is not edited behind the reader's back (an editor left open elsewhere
      // would report a save nobody can see); undo it first. Statuses are still recorded.
      const editsContent = patch.note !== undefined || patch.category !== undefined || patch.target !== undefined;
      if (old.deletedAt !== null && editsContent) return fail('not-found', `${id} (已删除 deleted)`);
      const next: Annotation = { ...old };
      if (patch.note !== undefined) {
        if (typeof patch.note !== 'string') return fail('invalid', 'note must be a string');
        next.note = patch.note;
      }
      if (patch.category !== undefined) {
        if (typeof patch.category !== 'string' || patch.category === '') return fail('invalid', 'category must be a non-empty string');
        next.category = patch.category;
      }
      if (patch.target !== undefined) {
        const target = readTarget(patch.target);
        if (target instanceof Problem) return fail('invalid', target.text);
        next.target = target;
      }
      if (patch.anchorStatus !== undefined) {
        const status = readAnchorStatus(patch.anchorStatus);
        if (status instanceof Problem) return fail('invalid', status.text);
        next.anchorStatus = status;
      }
      if (JSON.stringify(next) === JSON.stringify(old)) return ok(old);
      // A re-anchoring outcome is bookkeeping, not an edit: it keeps updatedAt, so a visit on one
      // machine cannot make an older copy win over a newer note edit in a backup merge.
      const statusOnly = JSON.stringify({ ...next, anchorStatus: old.anchorStatus }) === JSON.stringify(old);
      if (!statusOnly) next.updatedAt = Math.max(Date.now(), old.updatedAt + 1);
      await db.annotations.put(toStored(next));
      await patchPageAnnotations(db, [], [next]);
      return ok(next);
    }),
  );
}

/** Soft delete: sets deletedAt (and updatedAt, so the deletion wins in a later import). */
export function deleteAnnotation(db: DubanDB, id: string): Promise<Result<Annotation>> {
  return setDeleted(db, id, true);
}

/** Undoes a soft delete. */
export function undoDelete(db: DubanDB, id: string): Promise<Result<Annotation>> {
  return setDeleted(db, id, false);
}

function setDeleted(db: DubanDB, id: string, deleted: boolean): Promise<Result<Annotation>> {
  return attempt(() =>
    db.transaction('rw', [db.annotations, db.pageAnnotations], async () => {
      const row = await db.annotations.get(id);
      if (!row) return fail('not-found', id);
      if ((row.deletedAt !== null) === deleted) return ok(fromStored(row));
      const now = Math.max(Date.now(), row.updatedAt + 1);
      const next: StoredAnnotation = { ...row, deletedAt: deleted ? now : null, updatedAt: now };
      await db.annotations.put(next);
      await patchPageAnnotations(db, [], [fromStored(next)]);
      return ok(fromStored(next));
    }),
  );
}

/** Removes for good the annotations soft-deleted before `olderThan` (epoch ms); returns how many. */
export function purgeDeleted(db: DubanDB, olderThan: number): Promise<Result<number>> {
  return attempt(() =>
    db.transaction('rw', [db.annotations, db.pageAnnotations], async () => {
      const gone = await db.annotations.where('deletedAt').below(olderThan).toArray();
      await db.annotations.bulkDelete(gone.map((r) => r.id));
      await patchPageAnnotations(db, gone, []);
      return ok(gone.length);
    }),
  );
}

/**
 * One page's annotations in document order; deleted ones only when asked. Read from the page's
 * one `pageAnnotations` record (the query of every visit: one `get`, see page-annotations.ts).
 */
export function listAnnotations(db: DubanDB, pageUrl: string, opts: { includeDeleted?: boolean } = {}): Promise<Result<Annotation[]>> {
  return attempt(async () => {
    const rows = (await db.pageAnnotations.get(normaliseUrl(pageUrl)))?.annotations ?? [];
    const kept = opts.includeDeleted ? rows : rows.filter((r) => r.deletedAt === null);
    return ok(kept.sort(compareDocumentOrder));
  });
}

/** Every annotation (for export), grouped by page and in document order within a page. */
export function allAnnotations(db: DubanDB, opts: { includeDeleted?: boolean } = {}): Promise<Result<Annotation[]>> {
  return attempt(async () => {
    const rows = await db.annotations.orderBy('pageUrl').toArray();
    const kept = opts.includeDeleted ? rows : rows.filter((r) => r.deletedAt === null);
    return ok(kept.map(fromStored).sort((a, b) => (a.pageUrl < b.pageUrl ? -1 : a.pageUrl > b.pageUrl ? 1 : compareDocumentOrder(a, b))));
  });
}

