import { localDate } from '../../utils/notice/dates';

/** The reader's local date `days` from now, YYYY-MM-DD (the panel's and the library's "today" is the local date). */
export function localDateIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return localDate(d);
}
