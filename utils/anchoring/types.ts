/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), names verbatim,
 * and the outcomes of re-anchoring them on a page that may have changed.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Offsets into the page text (see text-index.ts): UTF-16 code units, half-open [start, end). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/**
 * - `anchored`: the exact quote, at one place (disambiguated by position and context if it recurs);
 * - `anchored-fuzzy`: a close match after small edits, above the minimum score;
 * - `ambiguous`: several places match equally well — shown apart, never guessed;
 * - `orphaned`: no acceptable match — kept with its quote and context, never moved.
 */
export type AnchorStatus = 'anchored' | 'anchored-fuzzy' | 'ambiguous' | 'orphaned';

export interface TextMatch {
  start: number;
  end: number;
  /** 0–1: how well quote, context and position agree. */
  score: number;
}

export interface AnchorResult {
  status: AnchorStatus;
  /** The chosen match, for `anchored` and `anchored-fuzzy`. */
  match: TextMatch | null;
  /** The competing matches, for `ambiguous`. */
  candidates: TextMatch[];
}
