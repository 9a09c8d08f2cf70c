import { isIsoDate } from '../tracking/deadline';
import { isEvidenceUrl } from '../tracking/evidence';
import { TRACKED_STATUSES, type IsoDate, type TrackedCommitment, type TrackedStatus } from '../tracking/types';
import type { DubanDB } from './db';
import { attempt, fail, ok, type Result } from './result';
import { normaliseUrl } from './url';
import { Problem, type Checked } from './validate';

/**
 * Tracked commitments (the `tracked` table, schema v4): created from a commitment of a notice,
 * then edited (status, due date, note, evidence), soft-deleted with undo. Every function returns a
 * Result; payloads come from other contexts, so each field is checked before it is written.
 */

export interface TrackedInput {
  /** Any URL of the notice: it is normalised. */
  pageUrl: string;
  text: string;
  annotationId?: string | null;
  due?: IsoDate | null;
  dueAsWritten?: string | null;
}

export type TrackedPatch = Partial<Pick<TrackedCommitment, 'status' | 'due' | 'note' | 'evidence' | 'annotationId'>>;

const isStatus = (x: unknown): x is TrackedStatus => TRACKED_STATUSES.includes(x as TrackedStatus);
const nullableString = (x: unknown): x is string | null => x === null || typeof x === 'string';

/** Document order is not known here (no offsets): oldest first, then id. */
const byCreation = (a: TrackedCommitment, b: TrackedCommitment): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A new tracked item, status 待核实 to verify. Tracking the same sentence of the same page twice
 * returns the live item already there (so "Track all" can be pressed again safely).
 */
export function createTracked(db: DubanDB, input: TrackedInput): Promise<Result<TrackedCommitment>> {
  return attempt(() =>
    db.transaction('rw', db.tracked, async () => {
      if (typeof input !== 'object' || input === null) return fail('invalid', 'tracked item expected');
      const pageUrl = typeof input.pageUrl === 'string' ? normaliseUrl(input.pageUrl) : '';
      if (pageUrl === '') return fail('invalid', 'pageUrl must be a non-empty string');
      if (typeof input.text !== 'string' || input.text.trim() === '') return fail('invalid', 'text must be a non-empty string');
      const due = input.due ?? null;
      if (due !== null && !isIsoDate(due)) return fail('invalid', 'due must be a date YYYY-MM-DD or null');
      const annotationId = input.annotationId ?? null;
      if (!nullableString(annotationId)) return fail('invalid', 'annotationId must be a string or null');
      const dueAsWritten = input.dueAsWritten ?? null;
      if (!nullableString(dueAsWritten)) return fail('invalid', 'dueAsWritten must be a string or null');
      const same = (await db.tracked.where('pageUrl').equals(pageUrl).toArray()).find((t) => t.deletedAt === null && t.text === input.text);
      if (same) return ok(same);
      const now = Date.now();
      const item: TrackedCommitment = {
        id: crypto.randomUUID(),
        pageUrl,
        annotationId,
        text: input.text,
        status: 'to-verify',
        due,
        dueAsWritten,
        note: '',
        evidence: [],
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      await db.tracked.add(item);
      return ok(item);
    }),
  );
}

/** Changes status, due date, note, evidence and/or highlight; a patch that changes nothing writes nothing. */
export function updateTracked(db: DubanDB, id: string, patch: TrackedPatch): Promise<Result<TrackedCommitment>> {
  return attempt(() =>
    db.transaction('rw', db.tracked, async () => {
      const old = await db.tracked.get(id);
      if (!old) return fail('not-found', id);
      const next: TrackedCommitment = { ...old };
      if (patch.status !== undefined) {
        if (!isStatus(patch.status)) return fail('invalid', `status must be one of ${TRACKED_STATUSES.join(', ')}`);
        next.status = patch.status;
      }
      if (patch.due !== undefined) {
        if (patch.due !== null && !isIsoDate(patch.due)) return fail('invalid', 'due must be a date YYYY-MM-DD or null');
        next.due = patch.due;
      }
      if (patch.note !== undefined) {
        if (typeof patch.note !== 'string') return fail('invalid', 'note must be a string');
        next.note = patch.note;
      }
      if (patch.evidence !== undefined) {
        if (!Array.isArray(patch.evidence) || !patch.evidence.every(isEvidenceUrl)) return fail('invalid', 'evidence must be a list of http(s) URLs');
        next.evidence = [...new Set(patch.evidence)];
      }
      if (patch.annotationId !== undefined) {
        if (!nullableString(patch.annotationId)) return fail('invalid', 'annotationId must be a string or null');
        next.annotationId = patch.annotationId;
      }
      if (JSON.stringify(next) === JSON.stringify(old)) return ok(old);
      next.updatedAt = Math.max(Date.now(), old.updatedAt + 1);
      await db.tracked.put(next);
      return ok(next);
    }),
  );
}

/** Soft delete (undo with undoDeleteTracked); updatedAt moves so the deletion wins a later merge. */
export function deleteTracked(db: DubanDB, id: string): Promise<Result<TrackedCommitment>> {
  return setDeleted(db, id, true);
}

export function undoDeleteTracked(db: DubanDB, id: string): Promise<Result<TrackedCommitment>> {
  return setDeleted(db, id, false);
}

function setDeleted(db: DubanDB, id: string, deleted: boolean): Promise<Result<TrackedCommitment>> {
  return attempt(() =>
    db.transaction('rw', db.tracked, async () => {
      const row = await db.tracked.get(id);
      if (!row) return fail('not-found', id);
      if ((row.deletedAt !== null) === deleted) return ok(row);
      const now = Math.max(Date.now(), row.updatedAt + 1);
      const next: TrackedCommitment = { ...row, deletedAt: deleted ? now : null, updatedAt: now };
      await db.tracked.put(next);
      return ok(next);
    }),
  );
}

/** One notice's live tracked items, oldest first. */
export function listTracked(db: DubanDB, pageUrl: string): Promise<Result<TrackedCommitment[]>> {
  return attempt(async () => {
    const rows = await db.tracked.where('pageUrl').equals(normaliseUrl(pageUrl)).toArray();
    return ok(rows.filter((r) => r.deletedAt === null).sort(byCreation));
  });
}

/** Every live tracked item (the library), by page then oldest first; optionally only one status. */
export function listAllTracked(db: DubanDB, opts: { status?: TrackedStatus } = {}): Promise<Result<TrackedCommitment[]>> {
  return attempt(async () => {
    const rows = opts.status ? await db.tracked.where('status').equals(opts.status).toArray() : await db.tracked.toArray();
    return ok(rows.filter((r) => r.deletedAt === null).sort((a, b) => (a.pageUrl < b.pageUrl ? -1 : a.pageUrl > b.pageUrl ? 1 : byCreation(a, b))));
  });
}

/**
 * Live items due between `from` and `to` (both included), soonest first, through the `due` index:
 * the library's "overdue" is (any early date, yesterday) and "due within 30 days" (today,
 * today + 30) — both then leave out kept items (utils/tracking/deadline.ts).
 */
export function listTrackedDueBetween(db: DubanDB, from: IsoDate, to: IsoDate): Promise<Result<TrackedCommitment[]>> {
  return attempt(async () => {
    if (!isIsoDate(from) || !isIsoDate(to)) return fail('invalid', 'from and to must be dates YYYY-MM-DD');
    if (from > to) return ok([]);
    const rows = await db.tracked.where('due').between(from, to, true, true).toArray();
    return ok(rows.filter((r) => r.deletedAt === null).sort((a, b) => ((a.due ?? '') < (b.due ?? '') ? -1 : (a.due ?? '') > (b.due ?? '') ? 1 : byCreation(a, b))));
  });
}

/** Every tracked item, deleted ones too (a backup carries deletions); one page's when `pageUrl` is given. */
export function allTracked(db: DubanDB, pageUrl?: string): Promise<Result<TrackedCommitment[]>> {
  return attempt(async () => {
    const rows = pageUrl === undefined ? await db.tracked.toArray() : await db.tracked.where('pageUrl').equals(normaliseUrl(pageUrl)).toArray();
    return ok(rows.sort((a, b) => (a.pageUrl < b.pageUrl ? -1 : a.pageUrl > b.pageUrl ? 1 : byCreation(a, b))));
  });
}

/** A whole tracked record from outside (a backup): a clean copy with only the known fields, or what is wrong. */
export function readTracked(x: unknown): Checked<TrackedCommitment> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return new Problem('tracked item is not an object');
  const o = x as Record<string, unknown>;
  const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (typeof o.id !== 'string' || o.id === '') return new Problem('id must be a non-empty string');
  if (typeof o.pageUrl !== 'string' || o.pageUrl === '') return new Problem('pageUrl must be a non-empty string');
  if (typeof o.text !== 'string' || o.text === '') return new Problem('text must be a non-empty string');
  if (!isStatus(o.status)) return new Problem(`status must be one of ${TRACKED_STATUSES.join(', ')}`);
  const due = o.due ?? null;
  if (due !== null && !isIsoDate(due)) return new Problem('due must be a date YYYY-MM-DD or null');
  const annotationId = o.annotationId ?? null;
  const dueAsWritten = o.dueAsWritten ?? null;
  if (!nullableString(annotationId) || !nullableString(dueAsWritten)) return new Problem('annotationId and dueAsWritten must be strings or null');
  const note = o.note ?? '';
  if (typeof note !== 'string') return new Problem('note must be a string');
  const evidence = o.evidence ?? [];
  if (!Array.isArray(evidence) || !evidence.every(isEvidenceUrl)) return new Problem('evidence must be a list of http(s) URLs');
  const deletedAt = o.deletedAt ?? null;
  if (!isTime(o.createdAt) || !isTime(o.updatedAt) || (deletedAt !== null && !isTime(deletedAt))) return new Problem('createdAt/updatedAt/deletedAt must be timestamps');
  return { id: o.id, pageUrl: o.pageUrl, annotationId, text: o.text, status: o.status, due, dueAsWritten, note, evidence: [...evidence], createdAt: o.createdAt, updatedAt: o.updatedAt, deletedAt };
}
