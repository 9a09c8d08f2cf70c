import { DEFAULT_CONTEXT_LENGTH, describeTextRange, type TextRangeSelectors } from './describe';
import { matchQuotes, matchQuotesInSlices, type QuoteSelectors, type SliceOptions } from './match-many';
import { matchQuote } from './match-quote';
import { buildTextIndex, offsetsToRange, rangeToOffsets, type TextIndex, type TextIndexOptions } from './text-index';
import type { AnchorResult } from './types';

/**
 * DOM ↔ selectors: describing a selection, and anchoring stored selectors back to Ranges, on a
 * text index (text-index.ts) with the matcher (match-quote.ts). Failures are values: a highlight
 * that cannot be placed comes back `orphaned` (or `ambiguous`) with a null range, never an
 * exception.
 */

export interface Anchored {
  result: AnchorResult;
  /** The chosen place, for `anchored` and `anchored-fuzzy`; null otherwise. */
  range: Range | null;
}

function isTextIndex(x: Node | TextIndex): x is TextIndex {
  return Array.isArray((x as TextIndex).nodes) && Array.isArray((x as TextIndex).starts);
}

const indexOf = (rootOrIndex: Node | TextIndex, opts?: TextIndexOptions): TextIndex => (isTextIndex(rootOrIndex) ? rootOrIndex : buildTextIndex(rootOrIndex, opts));

/**
 * The selectors of a Range (a user's selection): quote with context, and position over the page
 * text. Null when the range is outside the root. Pass an index to describe several ranges of
 * one page without re-reading it.
 */
export function describeRange(rootOrIndex: Node | TextIndex, range: Range, opts: TextIndexOptions & { contextLength?: number } = {}): TextRangeSelectors | null {
  const index = indexOf(rootOrIndex, opts);
  const offsets = rangeToOffsets(index, range);
  if (!offsets) return null;
  return describeTextRange(index.text, offsets.start, offsets.end, opts.contextLength ?? DEFAULT_CONTEXT_LENGTH);
}

function toAnchored(index: TextIndex, result: AnchorResult): Anchored {
  const m = result.match;
  if (!m || (result.status !== 'anchored' && result.status !== 'anchored-fuzzy')) return { result, range: null };
  return { result, range: offsetsToRange(index, m.start, m.end) };
}

/** Anchors one highlight's selectors. For many on one page, use `anchorMany` with one index. */
export function anchorSelectors(rootOrIndex: Node | TextIndex, selectors: QuoteSelectors, opts?: TextIndexOptions): Anchored {
  const index = indexOf(rootOrIndex, opts);
  return toAnchored(index, matchQuote(index.text, selectors.quote, { position: selectors.position }));
}

/**
 * Anchors many highlights on one index, in the order given. Highlights that do not anchor on
 * their own are retried with the shift their neighbours moved by (see match-many.ts).
 */
export function anchorMany(index: TextIndex, list: readonly QuoteSelectors[]): Anchored[] {
  return matchQuotes(index.text, list).map((r) => toAnchored(index, r));
}

/**
 * `anchorMany` in slices (see matchQuotesInSlices), for a long page with many highlights: no task
 * longer than about `sliceMs`. The Ranges are made at the end, from the index as it was built; a
 * page that changed meanwhile needs a new index and another call.
 */
export async function anchorManyInSlices(index: TextIndex, list: readonly QuoteSelectors[], opts?: SliceOptions): Promise<Anchored[]> {
  const results = await matchQuotesInSlices(index.text, list, opts);
  return results.map((r) => toAnchored(index, r));
}
