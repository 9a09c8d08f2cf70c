import { localDate } from '../../utils/notice/dates';
import type { DateRange, IsoDate } from '../../utils/notice/types';

const DAY_MS = 86_400_000;

function utcDay(iso: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
}

/** Calendar days from `from` to `to` (ISO dates, no time zone involved); null if either is not one. */
export function daysBetween(from: IsoDate, to: IsoDate): number | null {
  const a = utcDay(from);
  const b = utcDay(to);
  return a === null || b === null ? null : b - a;
}

export type PublicityState = { kind: 'left'; days: number } | { kind: 'last-day' } | { kind: 'ended' } | { kind: 'not-started' } | null;

/**
 * Where `today` stands in a publicity period. Its end day counts as open (a period "to 11月16日"
 * includes the 16th); null when the end is not stated.
 */
export function publicityState(period: DateRange | null, today: IsoDate): PublicityState {
  if (!period?.end) return null;
  const left = daysBetween(today, period.end);
  if (left === null) return null;
  if (left < 0) return { kind: 'ended' };
  const sinceStart = period.start ? daysBetween(period.start, today) : null;
  if (sinceStart !== null && sinceStart < 0) return { kind: 'not-started' };
  return left === 0 ? { kind: 'last-day' } : { kind: 'left', days: left };
}

/** Today as an ISO date in the reader's time zone. */
export const todayIso = (now: Date = new Date()): IsoDate => localDate(now);
