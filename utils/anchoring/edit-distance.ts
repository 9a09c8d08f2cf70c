/**
 * Small edit distances (Levenshtein: insert, delete, replace = 1) for scoring candidates: a
 * stored prefix/suffix against the text next to a candidate, a quote against the text matched,
 * and every start of a match that ends at a given offset. No DOM.
 *
 * Context distances are anchored, not free on both sides (as `approx-string-match` is): the
 * prefix must END where the candidate starts and the suffix must START where it ends, so a place
 * a few characters off pays for the shift instead of finding its context slid over by one word.
 *
 * Whitespace does not count where it says nothing: page text is the raw DOM text, so a highlight
 * or a context that crosses block elements carries the page source's indentation, which is the
 * same on every page of a site (it would make unrelated places look alike) and changes with a
 * template (it would make the same place look different). Context and quote similarity are
 * measured on the visible characters (`significant`).
 */

// Reused rows and buffer: these run thousands of times per page, allocation would dominate.
let rowA = new Int32Array(128);
let rowB = new Int32Array(128);
let buf = new Uint16Array(128);

function ensure(n: number): void {
  if (rowA.length >= n) return;
  const size = Math.max(n, rowA.length * 2);
  rowA = new Int32Array(size);
  rowB = new Int32Array(size);
  buf = new Uint16Array(size);
}

const INF = 0x3fffffff;

/** The characters JavaScript's `\s` matches (ASCII whitespace, NBSP, the ideographic space U+3000…). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
}

/** The string without whitespace. */
export function significant(s: string): string {
  return s.replace(/\s+/g, '');
}

/** A quarter more text than pattern: room for insertions into the stored context. */
function slackFor(m: number): number {
  return (m >> 2) + 1;
}

/**
 * Edit distance between `pattern` (without whitespace: see `significant`) and the visible
 * characters just before `at`, read backwards; how far the text part reaches is free (up to
 * `pattern.length + slack` characters), so an insertion or deletion costs one, not a shift of
 * everything behind it.
 */
export function distanceBefore(text: string, at: number, pattern: string): number {
  return contextDistance(text, at, pattern, -1);
}

/** Edit distance between `pattern` (without whitespace) and the visible characters just after `at`. */
export function distanceAfter(text: string, at: number, pattern: string): number {
  return contextDistance(text, at, pattern, 1);
}

function contextDistance(text: string, at: number, pattern: string, dir: 1 | -1): number {
  const m = pattern.length;
  if (m === 0) return 0;
  const want = m + slackFor(m);
  ensure(want + 1);
  // The visible characters next to `at`, nearest first.
  let n = 0;
  let same = true;
  for (let i = dir === 1 ? at : at - 1; n < want && i >= 0 && i < text.length; i += dir) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (n < m && c !== pattern.charCodeAt(dir === 1 ? n : m - 1 - n)) same = false;
    buf[n++] = c;
  }
  if (same && n >= m) return 0;
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(dir === 1 ? i - 1 : m - i);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const diag = (prev[j - 1] as number) + (buf[j - 1] === pc ? 0 : 1);
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

/** Levenshtein distance between a and b when it is at most `max`, else `max + 1` (a banded DP). */
export function boundedDistance(a: string, b: string, max: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  if (a === b) return 0;
  ensure(n + 2);
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= Math.min(n, max); j++) prev[j] = j;
  if (max + 1 <= n) prev[max + 1] = INF;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(0, i - max);
    const hi = Math.min(n, i + max);
    const ac = a.charCodeAt(i - 1);
    let rowMin = INF;
    if (lo === 0) cur[0] = i;
    else cur[lo - 1] = INF;
    if (lo === 0) rowMin = i;
    for (let j = lo === 0 ? 1 : lo; j <= hi; j++) {
      const diag = (prev[j - 1] as number) + (b.charCodeAt(j - 1) === ac ? 0 : 1);
      const up = (prev[j] as number) + 1;
      const left = (cur[j - 1] as number) + 1;
      const v = diag < up ? (diag < left ? diag : left) : up < left ? up : left;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    if (hi + 1 <= n) cur[hi + 1] = INF;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[n] as number;
  return d > max ? max + 1 : d;
}

/** One possible start of a match that ends at a given offset, with its edit distance. */
export interface StartOption {
  start: number;
  errors: number;
}

/**
 * For a match of `pattern` that ends at `end`: the edit distance for every start within `band`
 * characters of `end - pattern.length` (a banded DP over the reversed strings; distances up to
 * `band` are exact). `approx-string-match` gives one start per end; this gives them all, so the
 * caller can choose the one that also agrees with the stored prefix.
 */
export function startsEndingAt(text: string, end: number, pattern: string, band: number): StartOption[] {
  const m = pattern.length;
  const J = Math.min(end, m + band);
  ensure(J + 2);
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
