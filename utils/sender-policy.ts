import { normaliseUrl } from './storage/url';

/**
 * What the background accepts from whom. Extension pages (side panel, options, the note editor
 * iframe) may ask anything. A content script speaks for one page, so it may only read and write
 * that page's highlights, and only the requests the annotator and the detectors need: a
 * compromised renderer of one site must not be able to export, search, import or edit the notes
 * of other pages by putting another URL in a payload. The page is the one the browser says sent
 * the message (`sender.url`), never the payload's claim.
 */

export interface SenderInfo {
  /** `sender.url`: the page (content script) or extension page that sent the message. */
  url: string | undefined;
  /** `sender.id === runtime.id`. */
  ownExtension: boolean;
}

/** Requests a content script may send, and the payload field naming the page it is about. */
const CONTENT_SCRIPT_REQUESTS: Readonly<Record<string, string | null>> = {
  'page-visit': 'url',
  'notice-detected': 'url',
  'page-save': 'url',
  'annotations-list': 'url',
  'annotation-create': 'pageUrl',
  'anchor-statuses': 'url',
  // Re-attaching a highlight on the page; the background checks the row is this page's (see
  // checkContentUpdate) and that only the target and status change.
  'annotation-update': null,
  'categories-list': null,
};

export function isExtensionPage(sender: SenderInfo): boolean {
  if (!sender.ownExtension || !sender.url) return false;
  try {
    const protocol = new URL(sender.url).protocol;
    return protocol === 'chrome-extension:' || protocol === 'moz-extension:';
  } catch {
    return false;
  }
}

export const REFUSED =
  '此请求只能由督办的扩展页面发出，已拒绝。 / This request may only come from Duban’s own pages; refused.';

/**
 * Null when the request may go ahead, else the reason it is refused. `payload` is unchecked
 * input; only the field naming the page is read here.
 */
export function refusal(type: string, payload: unknown, sender: SenderInfo): string | null {
  if (!sender.ownExtension) return REFUSED;
  if (isExtensionPage(sender)) return null;
  if (!(type in CONTENT_SCRIPT_REQUESTS)) return REFUSED;
  const field = CONTENT_SCRIPT_REQUESTS[type];
  if (field === null || field === undefined) return null;
  const claimed = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[field] : undefined;
  if (typeof claimed !== 'string' || !sender.url) return REFUSED;
  return samePage(claimed, sender.url) ? null : REFUSED;
}

/** Whether two URLs are the same page for Duban (normalised: fragment, tracking parameters). */
export function samePage(a: string, b: string): boolean {
  return normaliseUrl(a) === normaliseUrl(b);
}

/** A content script's 'annotation-update': only on its own page, and only target and status. */
export function checkContentUpdate(rowPageUrl: string, patch: unknown, sender: SenderInfo): string | null {
  if (!sender.url || !samePage(rowPageUrl, sender.url)) return REFUSED;
  if (typeof patch !== 'object' || patch === null) return REFUSED;
  const keys = Object.keys(patch);
  return keys.every((k) => k === 'target' || k === 'anchorStatus') ? null : REFUSED;
}
