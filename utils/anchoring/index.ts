/** The anchoring core: describe a selection as W3C selectors, anchor selectors back on a page. */
export type { AnchorResult, AnchorStatus, Selector, TextMatch, TextPositionSelector, TextQuoteSelector } from './types';
export { DEFAULT_CONTEXT_LENGTH, describeTextRange, type TextRangeSelectors } from './describe';
export { matchQuote, type MatchHint } from './match-quote';
export {
  AMBIGUITY_MARGIN,
  FUZZY_REACH,
  LOCAL_REACH,
  MAX_ERROR_RATE,
  MAX_PASSAGE_ERROR_RATE,
  MIN_CONTEXT,
  MIN_CONTEXT_SHORT,
  MIN_FUZZY_LENGTH,
  MIN_FUZZY_SCORE,
  QUOTE_ALONE_MIN_LENGTH,
  QUOTE_ALONE_REACH,
  QUOTE_ALONE_SIMILARITY,
} from './thresholds';
export { matchQuotes, matchQuotesInSlices, type QuoteSelectors, type SliceOptions } from './match-many';
export { buildTextIndex, offsetsToRange, rangeToOffsets, type TextIndex, type TextIndexOptions } from './text-index';
export { anchorMany, anchorManyInSlices, anchorSelectors, describeRange, type Anchored } from './anchor';
