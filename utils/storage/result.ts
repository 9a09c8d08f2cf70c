/**
 * Every repository function returns a `Result`: storage failures are values the UI shows, never
 * exceptions it forgets to catch. Messages are Chinese first, English second.
 */

export type StorageErrorKind = 'quota' | 'not-found' | 'invalid' | 'unknown';

export type Result<T> = { ok: true; value: T } | { ok: false; error: StorageErrorKind; message: string };

export type Failure = Extract<Result<never>, { ok: false }>;

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export const MESSAGES = {
  quota:
    '存储空间已满，本次更改未保存，此前保存的标注和笔记都完好无损。请清理磁盘空间后重试。 / ' +
    'Storage is full: this change was not saved; everything saved before is intact. Free some disk space and try again.',
  'not-found': '找不到这条记录，它可能已被永久删除。 / Record not found: it may have been deleted for good.',
  invalid: '数据格式不正确，未做任何更改。 / The data is malformed; nothing was changed.',
  unknown: '存储出错，未做任何更改。 / Storage error; nothing was changed.',
} as const satisfies Record<StorageErrorKind, string>;

/** A failure of `kind`; `detail` (e.g. which record is malformed) is appended to the message. */
export function fail(kind: StorageErrorKind, detail?: string): Failure {
  return { ok: false, error: kind, message: detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind] };
}

/** A failure with its own message (Chinese first, English second), for cases the stock ones misdescribe. */
export function failWith(kind: StorageErrorKind, message: string): Failure {
  return { ok: false, error: kind, message };
}

/**
 * Whether `e` is, or wraps, a QuotaExceededError: a DOMException or `Dexie.QuotaExceededError`
 * (both named 'QuotaExceededError'), or such an error inside a Dexie wrapper (`inner`, e.g. an
 * AbortError from the aborted transaction), an Error `cause`, or a Dexie BulkError's `failures`.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (depth > 8 || typeof e !== 'object' || e === null) return false;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError') return true;
  if (isQuotaError(err.inner, depth + 1) || isQuotaError(err.cause, depth + 1)) return true;
  const failures = err.failures;
  if (Array.isArray(failures)) return failures.some((f) => isQuotaError(f, depth + 1));
  if (typeof failures === 'object' && failures !== null) return Object.values(failures).some((f) => isQuotaError(f, depth + 1));
  return false;
}

/** Maps a thrown storage error to a Failure; the original error's text is kept for diagnosis. */
export function toFailure(e: unknown): Failure {
  if (isQuotaError(e)) return fail('quota');
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return fail('unknown', text);
}

/** Runs a storage operation and turns anything it throws into a Failure. */
export async function attempt<T>(op: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await op();
  } catch (e) {
    if (e instanceof Abort) return e.failure;
    return toFailure(e);
  }
}

/**
 * Thrown inside a transaction to roll it back with a specific Failure (e.g. `not-found` found
 * half-way): Dexie aborts the transaction on any throw, and `attempt` returns the Failure.
 */
export class Abort extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'Abort';
  }
}
