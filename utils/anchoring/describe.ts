import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept on each side: enough to tell repeated phrases apart in a notice. */
export const DEFAULT_CONTEXT_LENGTH = 32;

export interface TextRangeSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The W3C selectors for `text[start, end)`: the quote with up to `contextLength` characters of
 * prefix and suffix, and the position. Offsets are clamped to the text and put in order; an empty
 * prefix or suffix (at the start or end of the text) is left out, as the model allows.
 */
export function describeTextRange(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): TextRangeSelectors {
  let s = Math.max(0, Math.min(text.length, Math.floor(Math.min(start, end))));
  let e = Math.max(0, Math.min(text.length, Math.floor(Math.max(start, end))));
  if (e < s) [s, e] = [e, s];
  let p = Math.max(0, s - contextLength);
  let f = Math.min(text.length, e + contextLength);
  // Context never ends in half a surrogate pair (an emoji, a rare ideograph outside the BMP).
  if (p > 0 && isLowSurrogate(text.charCodeAt(p))) p++;
  if (f < text.length && isHighSurrogate(text.charCodeAt(f - 1))) f--;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(s, e) };
  if (p < s) quote.prefix = text.slice(p, s);
  if (f > e) quote.suffix = text.slice(e, f);
  return { quote, position: { type: 'TextPositionSelector', start: s, end: e } };
}
