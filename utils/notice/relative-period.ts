import { parseNumeral } from './numerals';
import type { DateRange, IsoDate, Span } from './types';

/**
 * A publicity period written as a length from publication: `公开期限为10个工作日`,
 * `公示时间自发布之日起10日`, `公示期7天`, `公示期为1个月`. It starts on the publication date and
 * counts that day: 10 days from 2024-12-26 end on 2025-01-04. Working days skip Saturdays and
 * Sundays; public holidays and swapped working days (调休) are not known here, so a period spanning
 * them ends a little early — the reader sees the rule in docs/notice-contract.md.
 */

const LENGTH = /(?:自(?:发布|公布|公开|印发|发文)之日起)?[^0-9一二三四五六七八九十两。；\n]{0,6}?([0-9]{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个)?(工作日|自然日|日|天|个月|月|周)/;

export interface RelativePeriod {
  range: DateRange;
  span: Span;
}

function addDays(iso: IsoDate, days: number): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

const toIso = (d: Date): IsoDate => d.toISOString().slice(0, 10);

/** The last day of `n` days (or working days, months, weeks) counted from `start` inclusive. */
export function periodEnd(start: IsoDate, n: number, unit: string): IsoDate | null {
  if (!Number.isFinite(n) || n < 1 || n > 366) return null;
  if (unit === '工作日') {
    let d = addDays(start, 0);
    let counted = 0;
    for (let guard = 0; guard < 1000; guard++) {
      const wd = d.getUTCDay();
      if (wd !== 0 && wd !== 6) counted++;
      if (counted === n) return toIso(d);
      d = addDays(toIso(d), 1);
    }
    return null;
  }
  if (unit === '个月' || unit === '月') {
    const d = new Date(`${start}T00:00:00Z`);
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + n);
    // Same day of the month n months later, less one (clamped to the month's length).
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
    return toIso(addDays(toIso(d), -1));
  }
  const days = unit === '周' ? n * 7 : n;
  return toIso(addDays(start, days - 1));
}

/** The period in `text[from, to)` (a publicity sentence) when it is a length, from `published`. */
export function relativePeriod(text: string, from: number, to: number, published: IsoDate | null): RelativePeriod | null {
  if (!published) return null;
  const m = LENGTH.exec(text.slice(from, to));
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const n = parseNumeral(m[1]);
  if (n === null) return null;
  const end = periodEnd(published, n, m[2]);
  if (!end) return null;
  const start = from + (m.index ?? 0);
  return { range: { start: published, end }, span: { start, end: start + m[0].length } };
}
