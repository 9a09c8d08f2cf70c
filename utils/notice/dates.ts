import { parseNumeral, toAsciiDigits } from './numerals';
import type { IsoDate } from './types';

/**
 * Dates in notice text: `2024年3月28日`, `6月28日` (year implicit), `2025-10-16`, `2025.10.16`.
 * A redacted part (`****年*月*日`) makes the date unknown, never a date.
 */
export interface DateMatch {
  /** ISO date, or null when redacted or impossible. */
  iso: IsoDate | null;
  year: number | null;
  month: number | null;
  day: number | null;
  redacted: boolean;
  /** The year was not written: carried from an earlier date (`2024年11月4日至12月5日。1月9日…`). */
  implicitYear?: boolean;
  start: number;
  end: number;
}

// One pattern for all the shapes; `*` and `＊` stand for redacted digits. Official prose also
// writes dates in Chinese numerals (`二〇二四年四月十日至五月三十日`, `六月二十日向局党组反馈`).
const DATE_RE =
  /(?:([0-9０-９*＊]{2,4})\s*年\s*)?([0-9０-９*＊]{1,2})\s*月\s*([0-9０-９*＊]{1,2})\s*[日号]|([12][0-9]{3})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?![0-9])|(?:([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*)?(十[一二]?|[一二三四五六七八九])\s*月\s*(三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]/g;

/** `二〇二五` → 2025: a year is written digit by digit. */
export function cnYear(s: string): number {
  return Number([...s].map((c) => (/[〇零○Ｏ]/.test(c) ? '0' : String(parseNumeral(c) ?? ''))).join(''));
}

/**
 * A year as notices write it, for building patterns: `2026`, or digit by digit in Chinese numerals,
 * `二〇二六` (`〇` also typed as `零`, `○`, `Ｏ`), as in signatures and formal deadlines.
 */
export const YEAR = '(?:19|20)\\d{2}|(?:一九|二[〇零○Ｏ])[〇零○Ｏ一二三四五六七八九]{2}';

/** The value of a year matched by YEAR: `2026` or `二〇二六` → 2026. */
export function yearValue(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : cnYear(s);
}

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const a = toAsciiDigits(s);
  return /^\d+$/.test(a) ? Number(a) : null;
}

/** The local calendar date of `now` (the reader's time zone), `YYYY-MM-DD`. */
export function localDate(now: Date = new Date()): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function isoDate(y: number, m: number, d: number): IsoDate | null {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function lastDayOfMonth(y: number, m: number): IsoDate | null {
  return isoDate(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
}

// A year said relative to the notice's (`去年11月4日`, `今年1月9号`), and how far from it.
const RELATIVE_YEAR = /(今年|本年|去年|上年|前年|明年)\s*$/;
const RELATIVE_OFFSET: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 };

/**
 * All dates in `text` from `from` to `to`. A date without a year takes the year of the nearest
 * full date before it (`contextYear` when there is none yet).
 * With `anchorYear` given (the notice's year, or null when unknown), a date after a relative year
 * (`去年11月4日`, `今年1月9号`) is dated against it — and dates the yearless ones after it — or, with no
 * anchor, is no date: its year is not guessed, and the dates after it take none from before it.
 */
export function findDates(text: string, from = 0, to = text.length, contextYear: number | null = null, anchorYear?: number | null): DateMatch[] {
  const out: DateMatch[] = [];
  const slice = text.slice(from, to);
  let year = contextYear;
  // The end of a range written without its year (`2024年12月4日至1月5日`) that would fall before its
  // start crosses into the next year: a range never runs backwards. Its date then, or null.
  const rangeEndRolled = (prev: DateMatch | undefined, iso: IsoDate, y: number, mo: number, d: number, start: number): IsoDate | null => {
    if (!prev?.iso || iso >= prev.iso || !RANGE_BETWEEN.test(text.slice(prev.end, start))) return null;
    const next = isoDate(y + 1, mo, d);
    return next !== null && withinHalfYear(prev.iso, next) ? next : null;
  };
  for (const m of slice.matchAll(DATE_RE)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    let relative = false;
    if (anchorYear !== undefined && m[1] === undefined && m[4] === undefined && m[7] === undefined) {
      const rel = RELATIVE_YEAR.exec(text.slice(Math.max(0, start - 3), start));
      if (rel?.[1] !== undefined) {
        relative = true;
        if (anchorYear === null) {
          year = null;
          continue;
        }
        year = anchorYear + (RELATIVE_OFFSET[rel[1]] ?? 0);
      }
    }
    if (m[4] !== undefined) {
      const y = Number(m[4]);
      const mo = Number(m[5]);
      const d = Number(m[6]);
      const iso = isoDate(y, mo, d);
      if (iso === null) continue;
      year = y;
      out.push({ iso, year: y, month: mo, day: d, redacted: false, start, end });
      continue;
    }
    if (m[8] !== undefined) {
      if (m[7] !== undefined) year = cnYear(m[7]);
      const mo = parseNumeral(m[8]);
      const d = parseNumeral(m[9] ?? '');
      let y = year;
      let iso = y !== null && mo !== null && d !== null ? isoDate(y, mo, d) : null;
      if (iso === null || y === null || mo === null || d === null) continue;
      const rolled = m[7] === undefined ? rangeEndRolled(out[out.length - 1], iso, y, mo, d, start) : null;
      if (rolled) [y, iso, year] = [y + 1, rolled, y + 1];
      out.push({ iso, year: y, month: mo, day: d, redacted: false, start, end, ...(m[7] === undefined && !relative ? { implicitYear: true } : {}) });
      continue;
    }
    const redacted = /[*＊]/.test(m[0]);
    const ys = m[1];
    let y = num(ys);
    if (y !== null && ys !== undefined && toAsciiDigits(ys).length === 2) y += 2000;
    const mo = num(m[2]);
    const d = num(m[3]);
    if (ys !== undefined) {
      // A redacted year also hides the year of the dates that follow it.
      year = y;
    } else {
      // No full date before it: the year of a period written to the month (`2024年3月中旬至5月中旬…
      // 7月3日反馈`) is the year meant.
      y = year ?? monthYearBefore(text, start, from);
    }
    let iso = !redacted && y !== null && mo !== null && d !== null ? isoDate(y, mo, d) : null;
    if (!redacted && iso === null) continue;
    const rolled = ys === undefined && iso !== null && y !== null && mo !== null && d !== null ? rangeEndRolled(out[out.length - 1], iso, y, mo, d, start) : null;
    if (rolled && y !== null) [y, iso, year] = [y + 1, rolled, y + 1];
    out.push({ iso, year: y, month: mo, day: d, redacted, start, end, ...(ys === undefined && !relative ? { implicitYear: true } : {}) });
    // The end of a range within one month names its day only: `6月1日至15日`, `6月1日—15日`.
    const tail = redacted || y === null || mo === null ? null : SAME_MONTH_END.exec(text.slice(end, Math.min(to, end + 12)));
    const endDay = tail ? num(tail[2]) : null;
    const endIso = tail && endDay !== null && y !== null && mo !== null ? isoDate(y, mo, endDay) : null;
    if (tail && endIso) out.push({ iso: endIso, year: y, month: mo, day: endDay, redacted: false, start: end + (tail[1] ?? '').length, end: end + tail[0].length });
  }
  return out;
}

/** Between the two dates of a range (`至`, `到`, `—`). */
export const RANGE_BETWEEN = /^\s*(?:起?至|起?到|—|－|-|~|～)\s*$/;

/** Whether `later` falls after `earlier` by half a year at most: a year carried over, not a year skipped. */
export function withinHalfYear(earlier: IsoDate, later: IsoDate): boolean {
  const days = (Date.parse(later) - Date.parse(earlier)) / 86_400_000;
  return days >= 0 && days <= 184;
}

/** Right after a date: a range separator and a day alone (`至15日`), the same month's. */
const SAME_MONTH_END = /^(\s*(?:起?至|起?到|—|－|-|~|～)\s*)([0-9０-９]{1,2})\s*[日号]/;

/** The year of the last `2024年3月` written in `text` between `from` and `pos`, or null. */
function monthYearBefore(text: string, pos: number, from: number): number | null {
  let found: number | null = null;
  for (const m of text.slice(from, pos).matchAll(/((?:19|20)\d{2})\s*年\s*[0-9]{1,2}\s*月/g)) found = Number(m[1]);
  return found;
}

/** The last full year written before `pos` (`2025年`, `2025-`), or null. */
export function yearBefore(text: string, pos: number): number | null {
  const re = /((?:19|20)\d{2})\s*(?:年|[-/.]\d)/g;
  let found: number | null = null;
  const head = text.slice(0, pos);
  for (const m of head.matchAll(re)) found = Number(m[1]);
  return found;
}
