import { isSpace } from './edit-distance';
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Visible characters of context kept on each side: enough to tell repeated phrases apart in a notice. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/** A context never spans more than this many raw characters per visible one (indentation runs). */
const MAX_RAW_PER_VISIBLE = 8;

export interface TextRangeSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The W3C selectors for `text[start, end)`: the quote with a prefix and a suffix of up to
 * `contextLength` visible characters each, and the position. The page text is raw DOM text, so
 * between two blocks there may be a long run of the page source's indentation: the context
 * reaches over whitespace (up to 8 raw characters per visible one) so that it still says
 * something about the place. Offsets are clamped to the text and put in order; an empty prefix
 * or suffix (at the start or end of the text) is left out, as the model allows.
 */
export function describeTextRange(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): TextRangeSelectors {
  let s = Math.max(0, Math.min(text.length, Math.floor(Math.min(start, end))));
  let e = Math.max(0, Math.min(text.length, Math.floor(Math.max(start, end))));
  if (e < s) [s, e] = [e, s];
  const maxRaw = contextLength * MAX_RAW_PER_VISIBLE;
  let p = s;
  for (let seen = 0; p > 0 && seen < contextLength && s - p < maxRaw; p--) if (!isSpace(text.charCodeAt(p - 1))) seen++;
  let f = e;
  for (let seen = 0; f < text.length && seen < contextLength && f - e < maxRaw; f++) if (!isSpace(text.charCodeAt(f))) seen++;
  // Context never ends in half a surrogate pair (an emoji, a rare ideograph outside the BMP).
  if (p > 0 && p < s && isLowSurrogate(text.charCodeAt(p))) p++;
  if (f < text.length && f > e && isHighSurrogate(text.charCodeAt(f - 1))) f--;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(s, e) };
  if (p < s) quote.prefix = text.slice(p, s);
  if (f > e) quote.suffix = text.slice(e, f);
  return { quote, position: { type: 'TextPositionSelector', start: s, end: e } };
}
