import { browser } from 'wxt/browser';
import type { SearchFn } from '../../components/panel/types';
import type { PageRecord } from '../../utils/annotations/types';
import type { Notice } from '../../utils/notice/types';
import type { Result } from '../../utils/storage/result';
import { createClient, NO_ANNOTATOR, type AnnotatorRequests, type BackgroundRequests, type Client } from '../../utils/messaging';

/** Requests to the background, which owns the database. */
export const bg: Client<BackgroundRequests> = createClient<BackgroundRequests>((m) => browser.runtime.sendMessage(m));

/** Requests to the annotator of one tab; "no annotator" is a failure value, not an exception. */
export function annotatorOf(tabId: number): Client<AnnotatorRequests> {
  return createClient<AnnotatorRequests>((m) => browser.tabs.sendMessage(tabId, m), NO_ANNOTATOR);
}

/**
 * The notice of a tab, asked for as soon as the panel knows the tab (in parallel with the
 * annotator's state and the highlights list) rather than after they rendered: one round trip
 * fewer before the workspace shows (bench:ui). `takeNotice` consumes it once; a stale or failed
 * prefetch is simply asked again.
 */
let prefetched: { tabId: number; at: number; reply: Promise<Result<Notice | null>> } | null = null;
const PREFETCH_FRESH_MS = 5000;

export function prefetchNotice(tabId: number): void {
  prefetched = { tabId, at: Date.now(), reply: annotatorOf(tabId)('annotator-notice', {}) };
}

export function takeNotice(tabId: number): Promise<Result<Notice | null>> {
  const p = prefetched;
  prefetched = null;
  const ask = () => annotatorOf(tabId)('annotator-notice', {});
  if (!p || p.tabId !== tabId || Date.now() - p.at > PREFETCH_FRESH_MS) return ask();
  return p.reply.then((r) => (r.ok ? r : ask()));
}

/** After 'annotator-enable' the script needs a moment to start and anchor: wait up to ~3 s. */
export async function waitForAnnotator(tabId: number, tries = 15, everyMs = 200): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if ((await annotatorOf(tabId)('annotator-state', {})).ok) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

const SEARCH_LIMIT = 1000;

type PageBits = Pick<PageRecord, 'title' | 'text'>;

/**
 * Pages seen by searches, by URL: titles for the result headings, text for unique text-fragment
 * links. Only the pages among the hits are read, once each (pages-list would carry every text).
 */
const pages = new Map<string, PageBits>();

export const searchWithPages: SearchFn = async (query) => {
  // The service caps replies (200 by default); the list pages through them 50 at a time.
  const r = await bg('annotations-search', { query, limit: SEARCH_LIMIT });
  if (!r.ok) return r;
  const missing = [...new Set(r.value.annotations.map((a) => a.pageUrl))].filter((u) => !pages.has(u));
  await Promise.all(
    missing.map(async (url) => {
      const p = await bg('page-get', { url });
      // A failed read is not cached: the next search tries again.
      if (p.ok) pages.set(url, { title: p.value?.title ?? null, text: p.value?.text ?? null });
    }),
  );
  const wanted = new Set(r.value.annotations.map((a) => a.pageUrl));
  return { ok: true, value: { outcome: r.value, pages: Object.fromEntries([...pages].filter(([u]) => wanted.has(u))) } };
};

/** A page's title may change on a later visit. */
export function forgetPages(): void {
  pages.clear();
}
