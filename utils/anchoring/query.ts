import { distanceAfter, distanceBefore, significant } from './edit-distance';
import { MAX_ERROR_RATE, POSITION_HALF_DISTANCE, STRONG_CONTEXT, WEIGHT_CONTEXT, WEIGHT_POSITION, WEIGHT_QUOTE } from './thresholds';
import type { TextQuoteSelector } from './types';

/** What re-anchoring one quote works with (match-quote.ts), and its candidate places, scored. */

export interface Query {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** The quote's and the context's visible characters (whitespace is layout: edit-distance.ts). */
  exactSig: string;
  prefixSig: string;
  suffixSig: string;
  /** Length of the quote in visible characters: what MIN_FUZZY_LENGTH and the error budget count. */
  len: number;
  /** The stored start, or null without a position. */
  hint: number | null;
  /** Every exact occurrence in the text, computed on demand (see occurrencesOf). */
  occurrences: number[] | null;
  /** Errors at the stored position, computed on demand (see errorsAtHint). */
  hintErrors: number | null;
}

export interface Candidate {
  start: number;
  end: number;
  /** The quote verbatim (→ `anchored`), else an approximate match (→ `anchored-fuzzy`). */
  exact: boolean;
  /** Edit distance between the quote's visible characters and the matched text's. */
  errors: number;
  quoteSim: number;
  /** null when the selector stores no context at all. */
  contextSim: number | null;
  /** Edit distance of the stored prefix and suffix at this place (visible characters). */
  contextErrors: number;
  score: number;
}

/** The query for `quote` in `text`, `hint` being the stored start (or null). */
export function makeQuery(text: string, quote: TextQuoteSelector, hint: number | null): Query {
  const exact = quote.exact;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const exactSig = significant(exact);
  return { text, exact, prefix, suffix, exactSig, prefixSig: significant(prefix), suffixSig: significant(suffix), len: exactSig.length, hint, occurrences: null, hintErrors: null };
}

/** Starts of the exact quote in [from, to] (all of them by default). */
export function findAll(text: string, exact: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  // indexOf on a window (a slice is a view in V8, not a copy): a miss must not scan the whole page.
  const windowed = from > 0 || to + exact.length < text.length;
  const hay = windowed ? text.slice(from, to + exact.length) : text;
  const base = windowed ? from : 0;
  for (let i = hay.indexOf(exact); i !== -1; i = hay.indexOf(exact, i + 1)) out.push(base + i);
  return out;
}

/** All exact occurrences, found once per query (only when the whole text is needed). */
export function occurrencesOf(q: Query): number[] {
  q.occurrences ??= findAll(q.text, q.exact);
  return q.occurrences;
}

/** Context errors at a place (visible characters): [prefix distance, suffix distance]. */
export function contextDistance(q: Query, start: number, end: number): [number, number] {
  return [q.prefixSig ? distanceBefore(q.text, start, q.prefixSig) : 0, q.suffixSig ? distanceAfter(q.text, end, q.suffixSig) : 0];
}

/** A place scored: quote, context and position similarity, weighted (thresholds.ts). */
export function scoreCandidate(q: Query, start: number, end: number, exact: boolean, errors: number, [pre, suf]: [number, number]): Candidate {
  const quoteSim = q.len ? Math.max(0, 1 - errors / q.len) : exact ? 1 : 0;
  const ctxLen = q.prefixSig.length + q.suffixSig.length;
  const contextSim = ctxLen ? 1 - Math.min(ctxLen, pre + suf) / ctxLen : null;
  const positionSim = q.hint === null ? 1 : 1 / (1 + Math.abs(start - q.hint) / POSITION_HALF_DISTANCE);
  const score = WEIGHT_QUOTE * quoteSim + WEIGHT_CONTEXT * (contextSim ?? quoteSim) + WEIGHT_POSITION * positionSim;
  return { start, end, exact, errors, quoteSim, contextSim, contextErrors: Math.min(ctxLen, pre + suf), score };
}

/** Errors allowed in the quote's visible characters. */
export function maxErrors(q: Query): number {
  return Math.floor(q.len * MAX_ERROR_RATE);
}

/**
 * Errors allowed to the raw search, which sees whitespace: the visible budget plus every
 * whitespace character of the quote, so that a re-indented page (a highlight across blocks
 * carries the source's indentation) is still found. The visible budget is checked after.
 */
export function rawMaxErrors(q: Query): number {
  return maxErrors(q) + (q.exact.length - q.len);
}

/** Context strong enough to stop looking further. */
export const isStrong = (c: Candidate) => c.contextSim === null || c.contextSim >= STRONG_CONTEXT;
