import type { PageRecord } from './types';

/**
 * The record of a page known only by its annotations or tracked items (its record was never
 * saved, or an export names a page it has no record for): every field empty.
 */
export function bareRecord(url: string, seenAs: string[] = []): PageRecord {
  return { url, seenAs, title: null, noticeKind: null, issuer: null, inspector: null, publishedDate: null, text: null, stats: null, firstSeenAt: 0, lastSeenAt: 0 };
}
