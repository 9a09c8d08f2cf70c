import { LOCALE, type Lang } from './lang';

/**
 * Dates as each language writes them: `2024年9月13日` / `13 Sept 2024`. Input is an ISO date
 * (`2024-09-13`) — read as a calendar date, never shifted by the time zone — or epoch ms.
 */
export function formatDate(value: string | number, lang: Lang): string {
  const date = typeof value === 'number' ? new Date(value) : isoDate(value);
  if (!date || Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  const timeZone = typeof value === 'number' ? undefined : 'UTC';
  return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: lang === 'zh' ? 'numeric' : 'short', day: 'numeric', timeZone }).format(date);
}

/** Date and time for timestamps (epoch ms), in the reader's time zone. */
export function formatDateTime(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: lang === 'zh' ? 'numeric' : 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}

function isoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}
