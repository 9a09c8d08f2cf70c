import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Helpers of the anchoring property tests: a seeded PRNG, the seed texts, and edits with their offset map. */

export const SEEDS_DIR = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));

export function seedTexts(): Array<{ name: string; text: string }> {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));
}

/** mulberry32: the same trials on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randInt = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** One character-level edit at an offset of the ORIGINAL text (an insert goes before that character). */
export interface Edit {
  at: number;
  kind: 'insert' | 'delete' | 'replace';
  /** The inserted or replacing character. */
  char: string;
}

export interface Edited {
  text: string;
  /** For an old boundary offset o: its new offset when text inserted at o goes after it (lo) or before it (hi). */
  lo: Int32Array;
  hi: Int32Array;
  /** New-text characters that were inserted or replaced. */
  changed: Uint8Array;
  /** Where each edit is in the new text (a deletion: the point where the character was). */
  points: number[];
}

/** Applies edits (at distinct offsets) and keeps the map from old boundaries to new ones. */
export function applyEdits(text: string, edits: Edit[]): Edited {
  const sorted = [...edits].sort((x, y) => x.at - y.at);
  const parts: string[] = [];
  const changedList: number[] = [];
  const points: number[] = [];
  const lo = new Int32Array(text.length + 1);
  const hi = new Int32Array(text.length + 1);
  let n = 0; // new length so far
  let o = 0; // old offset copied up to
  const copyTo = (to: number) => {
    // Unedited stretch: boundaries map with a constant shift.
    for (let k = o; k < to; k++) lo[k] = hi[k] = n + (k - o);
    if (to > o) parts.push(text.slice(o, to));
    n += to - o;
    o = to;
  };
  for (const e of sorted) {
    copyTo(e.at);
    lo[o] = n;
    if (e.kind === 'insert') {
      parts.push(e.char);
      changedList.push(n);
      points.push(n);
      n++;
      hi[o] = n;
      // The old character at o follows the insertion, unchanged.
      if (o < text.length) {
        parts.push(text[o] as string);
        n++;
        o++;
      }
      continue;
    }
    hi[o] = n;
    if (o === text.length) continue;
    if (e.kind === 'delete') {
      points.push(n);
    } else {
      parts.push(e.char);
      changedList.push(n);
      points.push(n);
      n++;
    }
    o++;
  }
  copyTo(text.length);
  lo[text.length] = hi[text.length] = n;
  const changed = new Uint8Array(n + 1);
  for (const i of changedList) changed[i] = 1;
  return { text: parts.join(''), lo, hi, changed, points };
}

/**
 * Where an old range may land in the edited text, "within the edited span bounds": each boundary
 * between its lo and hi map, widened
 *  - over changed characters touching it (an edited first character may or may not belong to
 *    the quote any more),
 *  - over a run of one repeated character that an edit touched (deleting one of four spaces is
 *    deleting any of them: no text tells which),
 *  - by one character when an edit is next to it (two alignments of equal cost, e.g. 文章 → 章子
 *    read as "子 inserted" or as "章 replaced").
 * Everything else must be exact.
 */
export function expectedBounds(ed: Edited, start: number, end: number): { start: [number, number]; end: [number, number] } {
  const t = ed.text;
  const touched = (a: number, b: number) => ed.points.some((p) => p >= a && p <= b);
  // The run of one repeated character that contains index i: [runStart, runEnd).
  const runStart = (i: number) => {
    let k = i;
    while (k > 0 && t[k - 1] === t[i]) k--;
    return k;
  };
  const runEnd = (i: number) => {
    let k = i + 1;
    while (k < t.length && t[k] === t[i]) k++;
    return k;
  };
  const widen = (a: number, b: number): [number, number] => {
    let x = a;
    let y = b;
    for (let again = true; again; ) {
      again = false;
      while (x > 0 && ed.changed[x - 1]) {
        x--;
        again = true;
      }
      while (y < t.length && ed.changed[y]) {
        y++;
        again = true;
      }
      const rs = x > 0 ? runStart(x - 1) : x;
      if (rs < x - 1 && touched(rs - 1, x + 1)) {
        x = rs;
        again = true;
      }
      const re = y < t.length ? runEnd(y) : y;
      if (re > y + 1 && touched(y - 1, re + 1)) {
        y = re;
        again = true;
      }
    }
    if (touched(x - 1, y + 1)) return [Math.max(0, x - 1), Math.min(t.length, y + 1)];
    return [x, y];
  };
  return { start: widen(ed.lo[start] as number, ed.hi[start] as number), end: widen(ed.lo[end] as number, ed.hi[end] as number) };
}

export const within = (x: number, [a, b]: [number, number]) => x >= a && x <= b;

/** `count` distinct random picks from `pool`. */
function pick(r: () => number, pool: number[], count: number): number[] {
  const rest = [...pool];
  const out: number[] = [];
  while (out.length < count && rest.length) out.push(rest.splice(Math.floor(r() * rest.length), 1)[0] as number);
  return out;
}

const VISIBLE = /\S/;

/** Offsets of the visible characters in [from, to). */
function visibleIn(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) if (VISIBLE.test(text[i] as string)) out.push(i);
  return out;
}

/** A random edit at `at`, with a visible character taken from the text (so CJK stays CJK). */
export function randomEdit(r: () => number, text: string, at: number): Edit {
  const kinds = ['insert', 'delete', 'replace'] as const;
  const kind = kinds[Math.floor(r() * 3)] ?? 'replace';
  let char = text[at] ?? '的';
  for (let i = 0; i < 50 && (char === text[at] || !VISIBLE.test(char)); i++) char = text[Math.floor(r() * text.length)] ?? '的';
  return { at, kind, char };
}

/**
 * Small edits around `text[start, end)`: fewer than 10 % of the quote's visible characters, and
 * fewer than 10 % of the 64 visible characters on each side, at random visible characters
 * (inserting before one, deleting or replacing it); at least one edit in all. Whitespace is the
 * page source's layout, not text a user reads or edits (see utils/anchoring/edit-distance.ts).
 * `quoteEdits` overrides the count inside the quote (short quotes get one, to check they never
 * land elsewhere).
 */
export function smallEdits(r: () => number, text: string, start: number, end: number, quoteEdits?: number): Edit[] {
  const below = (n: number) => Math.max(0, Math.ceil(n * 0.1) - 1);
  const inQuote = visibleIn(text, start, end);
  const before = visibleIn(text, Math.max(0, start - 512), start).slice(-64);
  const after = visibleIn(text, end, end + 512).slice(0, 64);
  for (;;) {
    const at = [
      ...pick(r, inQuote, quoteEdits ?? randInt(r, 0, below(inQuote.length))),
      ...pick(r, before, randInt(r, 0, below(before.length))),
      ...pick(r, after, randInt(r, 0, below(after.length))),
    ];
    if (at.length) return at.map((o) => randomEdit(r, text, o));
  }
}
