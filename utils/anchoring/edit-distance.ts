/**
 * Small edit distances (Levenshtein: insert, delete, replace = 1) anchored at one end, for
 * comparing a stored prefix/suffix with the text next to a candidate and for placing the start
 * of an approximate match. No DOM.
 *
 * Anchored, not free on both sides (as `approx-string-match` is): the prefix must END where the
 * candidate starts and the suffix must START where it ends, so a candidate a few characters away
 * from the real place pays for the shift instead of finding its context slid over by one word.
 */

// Reused rows: these run thousands of times per page, allocation would dominate.
let rowA = new Int32Array(128);
let rowB = new Int32Array(128);

function ensureRows(n: number): void {
  if (rowA.length >= n) return;
  const size = Math.max(n, rowA.length * 2);
  rowA = new Int32Array(size);
  rowB = new Int32Array(size);
}

const INF = 0x3fffffff;

/**
 * Edit distance between `pattern` and the text just before `at`, read backwards from `at`; how
 * far the text part reaches is free (up to `pattern.length + slack` characters), so an insertion
 * or deletion in the context costs one, not a shift of everything behind it.
 */
export function distanceBefore(text: string, at: number, pattern: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  if (at >= m && text.startsWith(pattern, at - m)) return 0;
  const n = Math.min(at, m + slackFor(m));
  return anchoredDistance(text, at, pattern, n, -1);
}

/** Edit distance between `pattern` and the text just after `at`, its far end free. */
export function distanceAfter(text: string, at: number, pattern: string): number {
  const m = pattern.length;
  if (m === 0) return 0;
  if (text.startsWith(pattern, at)) return 0;
  const n = Math.min(text.length - at, m + slackFor(m));
  return anchoredDistance(text, at, pattern, n, 1);
}

/** A quarter more text than pattern: room for insertions into the stored context. */
function slackFor(m: number): number {
  return (m >> 2) + 1;
}

/**
 * Rows i over the pattern, columns j over the text, both walked away from `at` (backwards when
 * `dir` is -1: pattern from its end, text from at-1). Row 0 is j (text characters before the
 * pattern starts count), and the answer is the minimum of the last row (the far end is free).
 */
function anchoredDistance(text: string, at: number, pattern: string, n: number, dir: 1 | -1): number {
  const m = pattern.length;
  ensureRows(n + 1);
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(dir === 1 ? i - 1 : m - i);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const tc = text.charCodeAt(dir === 1 ? at + j - 1 : at - j);
      const diag = (prev[j - 1] as number) + (tc === pc ? 0 : 1);
      const up = (prev[j] as number) + 1;
      const left = (cur[j - 1] as number) + 1;
      const v = diag < up ? (diag < left ? diag : left) : up < left ? up : left;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every later row is ≥ this row's minimum; once it reaches m the answer is m (all wrong).
    if (rowMin >= m) return m;
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = m;
  for (let j = 0; j <= n; j++) if ((prev[j] as number) < best) best = prev[j] as number;
  return best;
}

/** One possible start of a match that ends at a given offset, with its edit distance. */
export interface StartOption {
  start: number;
  errors: number;
}

/**
 * For a match of `pattern` that ends at `end`: the edit distance for every start within `band`
 * characters of `end - pattern.length` (a banded DP over the reversed strings, `band` ≥ the
 * errors of the match). `approx-string-match` gives one start per end; this gives them all, so
 * the caller can choose the one that also agrees with the stored prefix.
 */
export function startsEndingAt(text: string, end: number, pattern: string, band: number): StartOption[] {
  const m = pattern.length;
  const J = Math.min(end, m + band);
  ensureRows(J + 2);
  let prev = rowA;
  let cur = rowB;
  // Row 0: the empty pattern against j text characters costs j.
  const hi0 = Math.min(J, band);
  for (let j = 0; j <= hi0; j++) prev[j] = j;
  if (hi0 + 1 <= J) prev[hi0 + 1] = INF;
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(m - i);
    const lo = Math.max(0, i - band);
    const hi = Math.min(J, i + band);
    if (lo > hi) return [];
    if (lo === 0) cur[0] = i;
    else cur[lo - 1] = INF;
    for (let j = lo === 0 ? 1 : lo; j <= hi; j++) {
      const tc = text.charCodeAt(end - j);
      const diag = (prev[j - 1] as number) + (tc === pc ? 0 : 1);
      const up = (prev[j] as number) + 1;
      const left = (cur[j - 1] as number) + 1;
      cur[j] = diag < up ? (diag < left ? diag : left) : up < left ? up : left;
    }
    if (hi + 1 <= J) cur[hi + 1] = INF;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const out: StartOption[] = [];
  for (let j = Math.max(0, m - band); j <= Math.min(J, m + band); j++) {
    const e = prev[j] as number;
    if (e < INF) out.push({ start: end - j, errors: e });
  }
  return out;
}
