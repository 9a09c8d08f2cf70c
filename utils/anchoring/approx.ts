import approxSearch from 'approx-string-match';
import { isAcceptable } from './acceptance';
import { boundedDistance, distanceAfter, distanceBefore, significant, startsEndingAt } from './edit-distance';
import { isStrong, maxErrors, rawMaxErrors, scoreCandidate, type Candidate, type Query } from './query';

/** Approximate matches of a quote near its old place: Myers' search, then boundaries refined. */

/** Approximate match clusters looked at per search, nearest to the stored position first. */
const MAX_FUZZY_CLUSTERS = 32;
/** Searches of one window, peeling off what earlier searches found (see searchApprox). */
const MAX_APPROX_SEARCHES = 4;
/** Match ends refined per cluster. */
const MAX_ENDS_PER_CLUSTER = 8;

/**
 * Approximate matches of the quote in `text[from, to)`, their boundaries refined and scored.
 * `approx-string-match` returns only the lowest-error matches of a search, so a copy with fewer
 * errors would hide the edited original (a notice often repeats a phrase a line later): until a
 * candidate with strong context is found, the parts of the window left and right of what was
 * found are searched again, up to MAX_APPROX_SEARCHES searches.
 */
export function searchApprox(q: Query, from: number, to: number): Candidate[] {
  const { text, exact } = q;
  const k = rawMaxErrors(q);
  const out: Candidate[] = [];
  const todo: Array<[number, number]> = [[Math.max(0, from), Math.min(text.length, to)]];
  for (let n = 0; n < MAX_APPROX_SEARCHES && todo.length; n++) {
    const [a, b] = todo.shift() as [number, number];
    if (b - a < exact.length - k) continue;
    const found = approxSearch(a === 0 && b === text.length ? text : text.slice(a, b), exact, k);
    let last = a;
    for (const cluster of clusters(found, a, q.hint)) {
      const c = refine(q, cluster);
      if (c) out.push(c);
      const cs = Math.min(...cluster.map((m) => m.start));
      const ce = Math.max(...cluster.map((m) => m.end));
      if (cs > last) todo.push([last, cs]);
      last = Math.max(last, ce);
    }
    if (found.length && last < b) todo.push([last, b]);
    // Only a strong candidate ends the search: an exact copy with weak context (a title repeated
    // in the page's metadata table) must not hide the edited original next to it.
    if (out.some((c) => isStrong(c) && isAcceptable(q, c))) break;
  }
  return out;
}

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

/** Overlapping matches are one place; in text order (at most MAX_FUZZY_CLUSTERS, the nearest). */
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
  if (out.length <= MAX_FUZZY_CLUSTERS) return out;
  const first = (c: RawMatch[]) => (c[0] as RawMatch).start;
  const dist = (c: RawMatch[]) => (hint === null ? 0 : Math.abs(first(c) - hint));
  // Keep the nearest, in text order.
  return out
    .sort((x, y) => dist(x) - dist(y))
    .slice(0, MAX_FUZZY_CLUSTERS)
    .sort((x, y) => first(x) - first(y));
}

/**
 * The boundaries of an approximate match: among the ends the search found and every start
 * within reach of each, the pair with the fewest errors in prefix + quote + suffix together — so
 * an edit at the edge of the quote is put where the stored context says the edge is.
 */
function refine(q: Query, cluster: RawMatch[]): Candidate | null {
  const { text, exact, prefixSig, suffixSig } = q;
  const ends = [...new Set(cluster.map((m) => m.end))].slice(0, MAX_ENDS_PER_CLUSTER);
  const minErrors = Math.min(...cluster.map((m) => m.errors));
  const preCache = new Map<number, number>();
  let pick: { start: number; end: number; errors: number; pre: number; suf: number; total: number } | null = null;
  for (const end of ends) {
    const suf = suffixSig ? distanceAfter(text, end, suffixSig) : 0;
    const starts = startsEndingAt(text, end, exact, minErrors + 2);
    let least = Infinity;
    for (const s of starts) if (s.errors < least) least = s.errors;
    for (const s of starts) {
      if (s.errors > least + 1 || s.start >= end) continue;
      let pre = preCache.get(s.start);
      if (pre === undefined) {
        pre = prefixSig ? distanceBefore(text, s.start, prefixSig) : 0;
        preCache.set(s.start, pre);
      }
      const total = s.errors + pre + suf;
      // Ties: fewer errors in the quote itself, then the length closest to the quote's.
      const better =
        !pick ||
        total < pick.total ||
        (total === pick.total && (s.errors < pick.errors || (s.errors === pick.errors && Math.abs(end - s.start - exact.length) < Math.abs(pick.end - pick.start - exact.length))));
      if (better) pick = { start: s.start, end, errors: s.errors, pre, suf, total };
    }
  }
  if (!pick) return null;
  const matched = text.slice(pick.start, pick.end);
  const isExact = matched === exact;
  // Scored on visible characters: a changed indentation inside the quote is no error.
  const errors = isExact ? 0 : boundedDistance(q.exactSig, significant(matched), maxErrors(q));
  return scoreCandidate(q, pick.start, pick.end, isExact, errors, [pick.pre, pick.suf]);
}
