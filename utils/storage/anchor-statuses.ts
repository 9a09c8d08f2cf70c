import type { AnchorStatus } from '../anchoring/types';
import type { Annotation } from '../annotations/types';
import type { DubanDB } from './db';
import { patchPageAnnotations } from './page-annotations';
import { fromStored, toStored } from './records';
import { attempt, fail, ok, type Result } from './result';
import { normaliseUrl } from './url';
import { Problem, readAnchorStatus } from './validate';

export interface StatusUpdate {
  id: string;
  status: AnchorStatus;
}

/**
 * Writes the re-anchoring outcomes of one visit in ONE transaction with one patch of the page's
 * record: a first visit after an import can change a thousand statuses, and a transaction each
 * (each rewriting the page record) would take seconds and queue the reader's own edits behind it.
 * Only rows of `pageUrl` are touched; unchanged statuses write nothing; updatedAt is kept (a
 * status is bookkeeping, not an edit — see updateAnnotation). Returns how many changed.
 */
export function setAnchorStatuses(db: DubanDB, pageUrl: string, updates: readonly unknown[]): Promise<Result<number>> {
  return attempt(() =>
    db.transaction('rw', [db.annotations, db.pageAnnotations], async () => {
      const url = normaliseUrl(pageUrl);
      const wanted = new Map<string, AnchorStatus | null>();
      for (const u of updates) {
        const id = typeof u === 'object' && u !== null ? (u as { id?: unknown }).id : undefined;
        const status = readAnchorStatus(typeof u === 'object' && u !== null ? (u as { status?: unknown }).status : undefined);
        if (typeof id !== 'string' || status instanceof Problem) return fail('invalid', 'statuses must be {id, status} with a known status');
        wanted.set(id, status);
      }
      const rows = await db.annotations.bulkGet([...wanted.keys()]);
      const changed: Annotation[] = [];
      for (const row of rows) {
        if (!row || row.pageUrl !== url) continue;
        const status = wanted.get(row.id) ?? null;
        if (row.anchorStatus === status) continue;
        changed.push({ ...fromStored(row), anchorStatus: status });
      }
      if (changed.length === 0) return ok(0);
      await db.annotations.bulkPut(changed.map(toStored));
      await patchPageAnnotations(db, [], changed);
      return ok(changed.length);
    }),
  );
}
