import { LOCALE, type Lang } from './lang';

/**
 * Dates as each language writes them: `2024年9月13日` / `13 Sept 2024`. Input is an ISO date
 * (`2024-09-13`) — read as a calendar date, never shifted by the time zone — or epoch ms.
 * Chinese is assembled from parts: ICU builds differ (Node's small-icu gives `2024/9/13`).
 */
export function formatDate(value: string | number, lang: Lang): string {
  const date = typeof value === 'number' ? new Date(value) : isoDate(value);
  if (!date || Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  const timeZone = typeof value === 'number' ? undefined : 'UTC';
  if (lang === 'zh') {
    const p = parts(date, timeZone);
    return `${p.year}年${p.month}月${p.day}日`;
  }
  return new Intl.DateTimeFormat(LOCALE.en, { year: 'numeric', month: 'short', day: 'numeric', timeZone }).format(date);
}

/** Date and time for timestamps (epoch ms), in the reader's time zone. */
export function formatDateTime(ms: number, lang: Lang): string {
  const date = new Date(ms);
  if (lang === 'zh') {
    const p = parts(date, undefined);
    return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
  }
  return new Intl.DateTimeFormat(LOCALE.en, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

function parts(date: Date, timeZone: string | undefined): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const out = { year: '', month: '', day: '', hour: '', minute: '' };
  const fmt = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  for (const p of fmt.formatToParts(date)) if (p.type in out) out[p.type as keyof typeof out] = p.value;
  return out;
}

function isoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}
