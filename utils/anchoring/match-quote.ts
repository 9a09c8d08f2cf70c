import approxSearch from 'approx-string-match';
import { distanceAfter, distanceBefore, startsEndingAt } from './edit-distance';
import type { AnchorResult, TextMatch, TextPositionSelector, TextQuoteSelector } from './types';

/**
 * Finding a stored quote in the text of a page that may have changed. No DOM: the text is the
 * page text of text-index.ts (or any string). Outcomes, never exceptions: `anchored` (the exact
 * quote), `anchored-fuzzy` (a close match after small edits), `ambiguous`, `orphaned`.
 *
 * Order of work, cheapest first:
 *  1. the stored position still holds the quote and its context → done (an unchanged page);
 *  2. exact occurrences of the quote, scored by context and distance to the stored position;
 *  3. approximate matches (Myers' algorithm, `approx-string-match`), only for quotes of at least
 *     MIN_FUZZY_LENGTH characters: first near the stored position, then wider, then everywhere.
 *
 * Scores (0–1) combine how well the quote (1 − errors/length), the context (prefix and suffix,
 * 1 − errors/length, anchored at the match: see edit-distance.ts) and the position agree, with the
 * weights below. Acceptance is decided per candidate by the rules in `isAcceptable` and then
 * among the acceptable ones: the best wins unless another place scores within AMBIGUITY_MARGIN.
 *
 * The thresholds were chosen on the seed notices (test/fixtures/seeds) with the property tests in
 * test/utils/anchoring: they hold ≥ 99 % re-anchoring after small edits and 0 false landings when
 * the passage is deleted (those texts repeat their stock phrases and parallel sentences a lot).
 */

/**
 * Shorter quotes are only ever matched exactly. A 6-character Chinese phrase (整改工作, 压实责任…)
 * recurs all over these texts; 15 % errors of a short quote is one or two characters, and one
 * character is what tells 第一 from 第二 or 已完成 from 未完成. At 16 characters a quote is a
 * clause; its lookalikes differ in more than 2 characters or in their context.
 */
export const MIN_FUZZY_LENGTH = 16;

/** Errors allowed in an approximate match, per quote character (Hypothesis allows 50 %). */
export const MAX_ERROR_RATE = 0.15;

/**
 * Context agreement needed by an exact occurrence of a SHORT quote. The same short phrase a few
 * characters away (整改…整改 in one sentence) sees its own context shifted, which costs about
 * the shift: at 0.8 a place 7 or more characters off cannot pass, while the real place after
 * small edits (< 10 % of its context changed) still does.
 */
export const MIN_CONTEXT_SHORT = 0.8;

/**
 * Context agreement for an approximate match (and for an exact long quote found several times).
 * Unrelated text around a lookalike sentence elsewhere scores about 0.1–0.4 even in these
 * formulaic notices (the same characters recur); the real place after small edits, 0.8–1.
 */
export const MIN_CONTEXT = 0.6;

/** At or above this, the first good candidate is taken without searching any further. */
export const STRONG_CONTEXT = 0.8;

/**
 * A quote this similar (at most 1 error in 20) may stand without its context — a re-templated
 * page changes the text around a quote, not the quote — but only if it is long enough for one
 * error in 20 to be a typo fix rather than the one character that differs between two
 * parallel sentences.
 */
export const QUOTE_ALONE_SIMILARITY = 0.95;
export const QUOTE_ALONE_MIN_LENGTH = 32;

/** Minimum total score of an approximate match (the rules above mostly decide first). */
export const MIN_FUZZY_SCORE = 0.7;

/**
 * Two acceptable places scoring closer than this are `ambiguous`. Smaller than what one
 * character of context is worth (0.4 / 64 ≈ 0.006), so one differing character still decides;
 * equal quotes with equal context are told apart only by a clearly nearer position.
 */
export const AMBIGUITY_MARGIN = 0.005;

const WEIGHT_QUOTE = 0.5;
const WEIGHT_CONTEXT = 0.4;
const WEIGHT_POSITION = 0.1;
/** Position agreement is 1/(1 + distance/this): 0.5 at 500 characters from the stored start. */
const POSITION_HALF_DISTANCE = 500;

/**
 * How far from the stored position (characters) a match counts as "at the old place". Small
 * edits shift a passage by a few characters; a notice that restates its problems before each
 * rectification has near-identical copies of a passage 240–1000 characters away (seed 002).
 * Bigger moves are followed through the shift of neighbouring highlights (match-many.ts).
 */
export const LOCAL_REACH = 128;

/** Exact occurrences scored in full; beyond this the nearest and the best-looking are kept. */
const MAX_EXACT_SCORED = 64;
/** Approximate match clusters looked at per search, nearest to the stored position first. */
const MAX_FUZZY_CLUSTERS = 32;
/** Match ends refined per cluster. */
const MAX_ENDS_PER_CLUSTER = 8;

export interface MatchHint {
  /** Where the quote was when it was described (offsets into the old text). */
  position?: TextPositionSelector | null;
}

interface Query {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  len: number;
  /** The stored start, or null without a position. */
  hint: number | null;
  exactCount: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  quoteSim: number;
  /** null when the selector stores no context at all. */
  contextSim: number | null;
  score: number;
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
  const len = exact.length;
  const pos = hint.position;
  const hintStart = pos && Number.isFinite(pos.start) ? Math.max(0, Math.min(text.length, Math.floor(pos.start))) : null;

  // 1. Unchanged page: the quote and its whole context are still where they were.
  if (hintStart !== null && text.startsWith(exact, hintStart) && hintStart >= prefix.length && text.startsWith(prefix, hintStart - prefix.length) && text.startsWith(suffix, hintStart + len)) {
    return { status: 'anchored', match: { start: hintStart, end: hintStart + len, score: 1 }, candidates: [] };
  }

  // 2. Exact occurrences anywhere.
  const occurrences = findAll(text, exact);
  const q: Query = { text, exact, prefix, suffix, len, hint: hintStart, exactCount: occurrences.length };
  const exactCandidates = shortlist(q, occurrences).map((s) => scoreCandidate(q, s, s + len, 0, contextDistance(q, s, s + len)));
  if (hintStart === null) return matchWithoutPosition(q, exactCandidates);

  // 3. Near the old place: its exact occurrences, else (long quotes) approximate matches there.
  const isLocal = (c: Candidate) => Math.abs(c.start - hintStart) <= LOCAL_REACH;
  const local = exactCandidates.filter(isLocal);
  const bestLocal = best(local.filter((c) => isAcceptable(q, c)));
  if (len >= MIN_FUZZY_LENGTH && !(bestLocal && isStrong(bestLocal))) {
    const k = maxErrors(len);
    local.push(...searchApprox(q, hintStart - LOCAL_REACH - k, hintStart + len + LOCAL_REACH + k));
  }
  if (local.some((c) => isAcceptable(q, c))) return decide(q, local);

  // 4. Nothing acceptable near the old place. If that place is still there (its context is), the
  //    quote in it was changed beyond recognition or removed: a copy elsewhere is not it.
  if (oldPlaceRemains(q)) return orphaned();
  // The old place is gone (moved, re-templated, or deleted with its context): the quote may be
  // taken elsewhere only where it occurs EXACTLY (and, if short, with its context). Approximate
  // matches far away are never taken: a near-identical copy (a notice restating each problem
  // before its rectification) is exactly what a deleted passage leaves behind.
  return decide(q, exactCandidates.filter((c) => !isLocal(c)));
}

/** Without a stored position: exact matches, then (long quotes) approximate ones anywhere. */
function matchWithoutPosition(q: Query, exactCandidates: Candidate[]): AnchorResult {
  if (q.len < MIN_FUZZY_LENGTH) return decide(q, exactCandidates);
  const bestExact = best(exactCandidates.filter((c) => isAcceptable(q, c)));
  if (bestExact && isStrong(bestExact)) return decide(q, exactCandidates);
  return decide(q, [...exactCandidates, ...searchApprox(q, 0, q.text.length)]);
}

const isStrong = (c: Candidate) => c.contextSim === null || c.contextSim >= STRONG_CONTEXT;

/**
 * Whether the old place is still recognisable near the stored position: its stored prefix or
 * suffix (at least 8 characters) found there with at most a quarter of it changed.
 */
function oldPlaceRemains(q: Query): boolean {
  const { text, prefix, suffix, len } = q;
  const at = q.hint as number;
  const near = (pattern: string, from: number, to: number) => {
    if (pattern.length < 8) return false;
    const a = Math.max(0, from);
    const b = Math.min(text.length, to);
    return b - a >= pattern.length >> 1 && approxSearch(text.slice(a, b), pattern, pattern.length >> 2).length > 0;
  };
  return near(prefix, at - prefix.length - LOCAL_REACH, at + LOCAL_REACH) || near(suffix, at + len - LOCAL_REACH, at + len + suffix.length + LOCAL_REACH);
}

function findAll(text: string, exact: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) out.push(i);
  return out;
}

/**
 * A phrase of 2–4 characters can occur hundreds of times on a long page: score in full only the
 * occurrences nearest the stored position and those whose neighbouring characters agree most.
 */
function shortlist(q: Query, occurrences: number[]): number[] {
  if (occurrences.length <= MAX_EXACT_SCORED) return occurrences;
  const half = MAX_EXACT_SCORED >> 1;
  const { text, prefix, suffix, len } = q;
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

/** Context errors at a place: [prefix distance, suffix distance]. */
function contextDistance(q: Query, start: number, end: number): [number, number] {
  return [q.prefix ? distanceBefore(q.text, start, q.prefix) : 0, q.suffix ? distanceAfter(q.text, end, q.suffix) : 0];
}

function scoreCandidate(q: Query, start: number, end: number, errors: number, [pre, suf]: [number, number]): Candidate {
  const quoteSim = Math.max(0, 1 - errors / q.len);
  const ctxLen = q.prefix.length + q.suffix.length;
  const contextSim = ctxLen ? 1 - Math.min(ctxLen, pre + suf) / ctxLen : null;
  const positionSim = q.hint === null ? 1 : 1 / (1 + Math.abs(start - q.hint) / POSITION_HALF_DISTANCE);
  const score = WEIGHT_QUOTE * quoteSim + WEIGHT_CONTEXT * (contextSim ?? quoteSim) + WEIGHT_POSITION * positionSim;
  return { start, end, errors, quoteSim, contextSim, score };
}

/**
 * Whether a candidate may be chosen at all, before comparing it with the others:
 *  - the exact quote with no stored context (the quote was the whole text): yes;
 *  - the exact quote, short: only with its context (MIN_CONTEXT_SHORT);
 *  - the exact quote, long: with its context (MIN_CONTEXT), or when it is the only occurrence —
 *    16+ identical characters found once on the page are that passage, whatever happened
 *    around it (re-templating). Found several times without context, it is not guessed;
 *  - an approximate match: long quotes only, at most MAX_ERROR_RATE errors, a minimum score,
 *    and the context agrees (MIN_CONTEXT) or the quote alone is near-identical and long.
 */
function isAcceptable(q: Query, c: Candidate): boolean {
  if (c.errors === 0) {
    if (c.contextSim === null) return true;
    if (q.len < MIN_FUZZY_LENGTH) return c.contextSim >= MIN_CONTEXT_SHORT;
    return c.contextSim >= MIN_CONTEXT || q.exactCount === 1;
  }
  if (q.len < MIN_FUZZY_LENGTH || c.errors > maxErrors(q.len) || c.score < MIN_FUZZY_SCORE) return false;
  if (c.contextSim !== null && c.contextSim >= MIN_CONTEXT) return true;
  return q.len >= QUOTE_ALONE_MIN_LENGTH && c.quoteSim >= QUOTE_ALONE_SIMILARITY;
}

function maxErrors(len: number): number {
  return Math.floor(len * MAX_ERROR_RATE);
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
  return { status: top.errors === 0 ? 'anchored' : 'anchored-fuzzy', match: toMatch(top), candidates: [] };
}

/**
 * Approximate matches of the quote in `text[from, to)`, their boundaries refined and scored.
 * `approx-string-match` returns only the lowest-error matches of a search, which is one more
 * reason to search near the old place rather than everywhere: a lookalike elsewhere with fewer
 * errors would hide the edited original.
 */
function searchApprox(q: Query, from: number, to: number): Candidate[] {
  const { text, exact, len } = q;
  const k = maxErrors(len);
  const a = Math.max(0, from);
  const b = Math.min(text.length, to);
  if (b - a < len - k) return [];
  const found = approxSearch(a === 0 && b === text.length ? text : text.slice(a, b), exact, k);
  const out: Candidate[] = [];
  for (const cluster of clusters(found, a, q.hint)) {
    const c = refine(q, cluster);
    if (c) out.push(c);
  }
  return out;
}

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

/** Overlapping matches are one place; the clusters nearest the stored position first. */
function clusters(found: RawMatch[], offset: number, hint: number | null): RawMatch[][] {
  const out: RawMatch[][] = [];
  let cur: RawMatch[] = [];
  let curEnd = -1;
  for (const f of found) {
    const m = { start: f.start + offset, end: f.end + offset, errors: f.errors };
    if (cur.length && m.start < curEnd) {
      cur.push(m);
      curEnd = Math.max(curEnd, m.end);
    } else {
      if (cur.length) out.push(cur);
      cur = [m];
      curEnd = m.end;
    }
  }
  if (cur.length) out.push(cur);
  if (out.length > MAX_FUZZY_CLUSTERS && hint !== null) {
    const dist = (c: RawMatch[]) => Math.abs((c[0] as RawMatch).start - hint);
    out.sort((x, y) => dist(x) - dist(y));
  }
  return out.slice(0, MAX_FUZZY_CLUSTERS);
}

/**
 * The boundaries of an approximate match: among the ends the search found and every start
 * within reach of each, the pair with the fewest errors in prefix + quote + suffix together — so
 * an edit at the edge of the quote is put where the stored context says the edge is.
 */
function refine(q: Query, cluster: RawMatch[]): Candidate | null {
  const { text, exact, prefix, suffix } = q;
  const ends = [...new Set(cluster.map((m) => m.end))].slice(0, MAX_ENDS_PER_CLUSTER);
  const minErrors = Math.min(...cluster.map((m) => m.errors));
  const preCache = new Map<number, number>();
  let bestPick: { start: number; end: number; errors: number; pre: number; suf: number; total: number } | null = null;
  for (const end of ends) {
    const suf = suffix ? distanceAfter(text, end, suffix) : 0;
    const starts = startsEndingAt(text, end, exact, minErrors + 2);
    let least = Infinity;
    for (const s of starts) if (s.errors < least) least = s.errors;
    for (const s of starts) {
      if (s.errors > least + 1 || s.start >= end) continue;
      let pre = preCache.get(s.start);
      if (pre === undefined) {
        pre = prefix ? distanceBefore(text, s.start, prefix) : 0;
        preCache.set(s.start, pre);
      }
      const total = s.errors + pre + suf;
      if (!bestPick || total < bestPick.total || (total === bestPick.total && s.errors < bestPick.errors)) {
        bestPick = { start: s.start, end, errors: s.errors, pre, suf, total };
      }
    }
  }
  if (!bestPick) return null;
  return scoreCandidate(q, bestPick.start, bestPick.end, bestPick.errors, [bestPick.pre, bestPick.suf]);
}
