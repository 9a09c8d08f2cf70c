import approxSearch from 'approx-string-match';
import { isAcceptable } from './acceptance';
import { searchApprox } from './approx';
import { DEFAULT_CONTEXT_LENGTH } from './describe';
import { significant } from './edit-distance';
import { contextDistance, findAll, isStrong, makeQuery, occurrencesOf, rawMaxErrors, scoreCandidate, type Candidate, type Query } from './query';
import { AMBIGUITY_MARGIN, FUZZY_REACH, LOCAL_REACH, MIN_FUZZY_LENGTH } from './thresholds';
import type { AnchorResult, TextMatch, TextPositionSelector, TextQuoteSelector } from './types';

/**
 * Finding a stored quote in the text of a page that may have changed. No DOM: the text is the
 * page text of text-index.ts (or any string). Outcomes, never exceptions: `anchored` (the exact
 * quote), `anchored-fuzzy` (a close match after small edits), `ambiguous`, `orphaned`.
 *
 * Order of work, cheapest first:
 *  1. the stored position still holds the quote and its context → done (an unchanged page);
 *  2. near the stored position (LOCAL_REACH): exact occurrences, scored by context and distance;
 *     then, for quotes of at least MIN_FUZZY_LENGTH visible characters, approximate matches
 *     (Myers' algorithm, `approx-string-match`) starting within FUZZY_REACH of it;
 *  3. nothing acceptable there: if the old place is still recognisable, orphaned; else exact
 *     occurrences elsewhere (a moved or re-templated passage). Approximate matches are never
 *     taken far from the stored position.
 *  Without a stored position: exact occurrences, then approximate matches over the whole text
 *  (slow on a long page; Duban always stores the position).
 *
 * Scores (0–1) combine how well the quote (1 − errors/length), the context (prefix and suffix,
 * 1 − errors/length, anchored at the match: see edit-distance.ts) and the position agree, weighted
 * (query.ts). Acceptance is decided per candidate by the rules of acceptance.ts, then among the
 * acceptable ones: the best wins unless another place scores within AMBIGUITY_MARGIN.
 *
 * The thresholds, and why they are what they are, are in thresholds.ts.
 */

/** Exact occurrences scored in full; beyond this the nearest and the best-looking are kept. */
const MAX_EXACT_SCORED = 64;

export interface MatchHint {
  /** Where the quote was when it was described (offsets into the old text). */
  position?: TextPositionSelector | null;
}

function orphaned(): AnchorResult {
  return { status: 'orphaned', match: null, candidates: [] };
}

/**
 * Finds `quote` in `text`. `hint.position` is where it was (a TextPositionSelector into the text
 * as it was then): it makes the unchanged case a string comparison, breaks ties between equal
 * quotes, and bounds approximate matching to the neighbourhood of the old place.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hint: MatchHint = {}): AnchorResult {
  const exact = quote.exact;
  if (!exact || !text) return orphaned();
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const pos = hint.position;
  const hintStart = pos && Number.isFinite(pos.start) ? Math.max(0, Math.min(text.length, Math.floor(pos.start))) : null;

  // 1. Unchanged page: the quote and its whole context are still where they were.
  if (hintStart !== null && text.startsWith(exact, hintStart) && hintStart >= prefix.length && text.startsWith(prefix, hintStart - prefix.length) && text.startsWith(suffix, hintStart + exact.length)) {
    return { status: 'anchored', match: { start: hintStart, end: hintStart + exact.length, score: 1 }, candidates: [] };
  }

  const q = makeQuery(text, quote, hintStart);
  const exactAt = (starts: number[]) => shortlist(q, starts).map((s) => scoreCandidate(q, s, s + exact.length, true, 0, contextDistance(q, s, s + exact.length)));
  if (hintStart === null) return matchWithoutPosition(q, exactAt(occurrencesOf(q)));

  // 2. Near the old place: exact occurrences, else (long quotes) approximate matches. Only this
  //    neighbourhood is read, so an edited page costs no whole-text scan per highlight.
  const from = Math.max(0, hintStart - LOCAL_REACH);
  const to = hintStart + LOCAL_REACH;
  const local = exactAt(findAll(text, exact, from, to));
  const bestLocal = best(local.filter((c) => isAcceptable(q, c)));
  if (q.len >= MIN_FUZZY_LENGTH && !(bestLocal && isStrong(bestLocal))) {
    const reach = FUZZY_REACH + rawMaxErrors(q);
    const near = searchApprox(q, hintStart - reach, hintStart + exact.length + 2 * reach);
    local.push(...near.filter((c) => Math.abs(c.start - hintStart) <= reach));
  }
  if (local.some((c) => isAcceptable(q, c))) return decide(q, local);

  // 3. Nothing acceptable near the old place. If that place is still there (its context is), the
  //    quote in it was changed beyond recognition or removed: a copy elsewhere is not it.
  if (oldPlaceRemains(q)) return orphaned();
  // The old place is gone (moved, re-templated, or deleted with its context): the quote may be
  // taken elsewhere only where it occurs EXACTLY (and, if short, with its context). Approximate
  // matches far away are never taken: a near-identical copy (a notice restating each problem in
  // its rectification part) is exactly what a deleted passage leaves behind.
  return decide(q, exactAt(occurrencesOf(q).filter((s) => s < from || s > to)));
}

/** Without a stored position: exact matches, then (long quotes) approximate ones anywhere. */
function matchWithoutPosition(q: Query, exactCandidates: Candidate[]): AnchorResult {
  if (q.len < MIN_FUZZY_LENGTH) return decide(q, exactCandidates);
  const bestExact = best(exactCandidates.filter((c) => isAcceptable(q, c)));
  if (bestExact && isStrong(bestExact)) return decide(q, exactCandidates);
  return decide(q, [...exactCandidates, ...searchApprox(q, 0, q.text.length)]);
}

/**
 * Whether the old place is still recognisable near the stored position: the visible characters
 * of its stored prefix or suffix (at least 8 of them) found there with at most a quarter changed.
 */
function oldPlaceRemains(q: Query): boolean {
  const { text, prefixSig, suffixSig } = q;
  const at = q.hint as number;
  const end = at + q.exact.length;
  const near = (pattern: string, from: number, to: number) => {
    if (pattern.length < 8) return false;
    const around = significant(text.slice(Math.max(0, from), Math.min(text.length, to)));
    return around.length >= pattern.length >> 1 && approxSearch(around, pattern, pattern.length >> 2).length > 0;
  };
  const span = LOCAL_REACH + 4 * DEFAULT_CONTEXT_LENGTH;
  return near(prefixSig, at - span, at + LOCAL_REACH) || near(suffixSig, end - LOCAL_REACH, end + span);
}

/**
 * A phrase of 2–4 characters can occur hundreds of times on a long page: score in full only the
 * occurrences nearest the stored position and those whose neighbouring characters agree most.
 */
function shortlist(q: Query, occurrences: number[]): number[] {
  if (occurrences.length <= MAX_EXACT_SCORED) return occurrences;
  const half = MAX_EXACT_SCORED >> 1;
  const { text, prefix, suffix } = q;
  const len = q.exact.length;
  const near = (s: number) => (q.hint === null ? 0 : Math.abs(s - q.hint));
  const agreeing = (s: number) => {
    let n = 0;
    while (n < prefix.length && s - n - 1 >= 0 && text.charCodeAt(s - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
    let m = 0;
    while (m < suffix.length && text.charCodeAt(s + len + m) === suffix.charCodeAt(m)) m++;
    return n + m;
  };
  const keep = new Set<number>();
  for (const s of [...occurrences].sort((a, b) => near(a) - near(b)).slice(0, half)) keep.add(s);
  const scored = occurrences.map((s) => ({ s, a: agreeing(s) })).sort((x, y) => y.a - x.a);
  for (const { s } of scored) {
    if (keep.size >= MAX_EXACT_SCORED) break;
    keep.add(s);
  }
  return [...keep].sort((a, b) => a - b);
}

function best(cands: Candidate[]): Candidate | null {
  let b: Candidate | null = null;
  for (const c of cands) if (!b || c.score > b.score) b = c;
  return b;
}

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
const toMatch = (c: Candidate): TextMatch => ({ start: c.start, end: c.end, score: Math.round(c.score * 1e4) / 1e4 });

/** The best acceptable candidate, unless another place is as good. */
function decide(q: Query, cands: Candidate[]): AnchorResult {
  const ok = cands.filter((c) => isAcceptable(q, c)).sort((a, b) => b.score - a.score || a.start - b.start);
  const top = ok[0];
  if (!top) return orphaned();
  const rivals: Candidate[] = [];
  for (const c of ok) {
    if (c === top || top.score - c.score >= AMBIGUITY_MARGIN) continue;
    // The same place found twice (exact and approximate, or two windows) is not a rival.
    if (overlaps(c, top) || rivals.some((r) => overlaps(r, c))) continue;
    rivals.push(c);
  }
  if (rivals.length) return { status: 'ambiguous', match: null, candidates: [top, ...rivals].map(toMatch) };
  return { status: top.exact ? 'anchored' : 'anchored-fuzzy', match: toMatch(top), candidates: [] };
}

