import type { DeadlineLight, IsoDate, TrackedCommitment } from './types';

/**
 * The deadline warnings of a tracked commitment, as 整改台账 use them. Dates are calendar dates
 * (`YYYY-MM-DD`) compared as strings; `today` is the reader's local date, given by the caller.
 *
 * - green: kept (已兑现) — whatever the date: nothing is left to watch; or due more than
 *   YELLOW_DAYS days after today;
 * - red: overdue — the due date is before today and the item is not kept (broken, doubtful and
 *   to-verify all stay red: past the date, someone should look);
 * - yellow: due today or within YELLOW_DAYS days;
 * - none: no due date (and not kept).
 */
export const YELLOW_DAYS = 14;

type Dated = Pick<TrackedCommitment, 'status' | 'due'>;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar date `YYYY-MM-DD` (2025-02-30 is not). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** `date` plus `days` (negative: minus), as `YYYY-MM-DD`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const m = ISO.exec(date);
  if (!m) return date;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const ms = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** Past its due date and not kept. */
export function isOverdue(item: Dated, today: IsoDate): boolean {
  return item.status !== 'kept' && item.due !== null && item.due < today;
}

/** Not kept and due between today and today + `days`, both included (the library's "due within 30 days"). */
export function isDueWithin(item: Dated, today: IsoDate, days: number): boolean {
  return item.status !== 'kept' && item.due !== null && item.due >= today && item.due <= addDays(today, days);
}

export function deadlineLight(item: Dated, today: IsoDate): DeadlineLight {
  if (item.status === 'kept') return 'green';
  if (item.due === null) return 'none';
  if (isOverdue(item, today)) return 'red';
  return isDueWithin(item, today, YELLOW_DAYS) ? 'yellow' : 'green';
}
