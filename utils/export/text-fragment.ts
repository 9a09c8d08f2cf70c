import type { TextQuoteSelector } from '../anchoring/types';

/**
 * Text fragment links (https://wicg.github.io/scroll-to-text-fragment/): a URL ending in
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]` opens the page scrolled to the passage.
 *
 * What the browser does with such a link, and what this file does about it:
 * - Each term matches inside one block only; the range between textStart and textEnd may cross
 *   blocks. A quote over several lines (our page text has one line per block) therefore becomes
 *   textStart (from its first line) … textEnd (from its last line).
 * - A match must begin and end on a word boundary, found with the locale's word segmentation —
 *   for Chinese, a dictionary (ICU, as in `Intl.Segmenter`): `整改完成` matches at `已整改完成`, but
 *   a term cut at `整改完` does not. So terms are cut at `Intl.Segmenter` word boundaries, and a
 *   quote that starts or ends mid-word gets context terms, which lift the boundary requirement
 *   from the quote's edge to the context's outer edge.
 * - The first match in the page wins, compared case-insensitively (and full-/half-width alike).
 *   A short quote is likely to recur (a six-character Chinese phrase recurs everywhere in these
 *   notices), so it always gets context; a longer one gets context when the page text, if given,
 *   holds its terms more than once.
 */

/** The decoded terms of a text directive. */
export interface TextDirectiveTerms {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

// Weights count "Chinese-character equivalents": one per CJK character, two per other word
// (digits included); punctuation and spaces count nothing.

/** textStart / textEnd of a long quote: ~10 Chinese characters or ~5 words, to the end of the word. */
const TERM_WEIGHT = 10;
/** Context terms: ~8 Chinese characters or ~4 words, doubled while the page still holds it twice. */
const CONTEXT_WEIGHTS = [8, 16, 32] as const;
/** Quotes lighter than this always get context. */
const SHORT_WEIGHT = 16;
/** Quotes heavier than this use textStart,textEnd. */
const LONG_WEIGHT = 32;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const SPACE = /\s/u;

let segmenter: Intl.Segmenter | null = null;
function segment(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter.segment(text);
}

/** `url` without its fragment, followed by the text directive for `quote` (when it has text). */
export function textFragmentUrl(url: string, quote: TextQuoteSelector, pageText?: string | null): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const terms = textDirectiveTerms(quote, pageText);
  return terms === null ? base : `${base}#:~:text=${formatTextDirective(terms)}`;
}

/** `[prefix-,]textStart[,textEnd][,-suffix]`, each term percent-encoded. */
export function formatTextDirective(terms: TextDirectiveTerms): string {
  const parts: string[] = [];
  if (terms.prefix) parts.push(`${encodeTerm(terms.prefix)}-`);
  parts.push(encodeTerm(terms.textStart));
  if (terms.textEnd) parts.push(encodeTerm(terms.textEnd));
  if (terms.suffix) parts.push(`-${encodeTerm(terms.suffix)}`);
  return parts.join(',');
}

/**
 * Percent-encodes a term: everything `encodeURIComponent` does, plus `-` (the directive's own
 * syntax, with `&` and `,`, which it already encodes) and `!'()*`, so the link also survives
 * Markdown and other text formats that end a URL at a parenthesis.
 */
export function encodeTerm(term: string): string {
  // A quote cut inside a surrogate pair would make encodeURIComponent throw.
  return encodeURIComponent(term.toWellFormed()).replace(
    /[-!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The terms that lead a browser to `quote`, or null for a quote with no text. */
export function textDirectiveTerms(quote: TextQuoteSelector, pageText?: string | null): TextDirectiveTerms | null {
  const before = quote.prefix ?? '';
  const t = new SegmentedText(before + quote.exact + (quote.suffix ?? ''));
  let a = before.length;
  let b = a + quote.exact.length;
  while (a < b && isSpace(t.text, a)) a++;
  while (b > a && isSpace(t.text, b - 1)) b--;
  if (a === b) return null;

  const newline = t.text.indexOf('\n', a);
  const multiLine = newline !== -1 && newline < b;
  const firstLineEnd = multiLine ? trimBack(t.text, newline, a) : b;
  const lastLineStart = multiLine ? trimForward(t.text, t.text.lastIndexOf('\n', b - 1) + 1, b) : a;
  const weight = t.forward(a, b, LONG_WEIGHT + 1).weight;

  let terms: Terms = { start: [a, b], end: null };
  let endRecursInQuote = false;
  if (multiLine || weight > LONG_WEIGHT) {
    const startCut = t.forward(a, firstLineEnd, TERM_WEIGHT).pos;
    let endCut = t.backward(b, lastLineStart, TERM_WEIGHT).pos;
    // The browser ends the range at the first textEnd after textStart: that must be the quote's end.
    for (let w = TERM_WEIGHT * 2; occurrences(t.text.slice(startCut, b), t.text.slice(endCut, b)) > 1; w *= 2) {
      if (endCut === lastLineStart) break;
      endCut = t.backward(b, lastLineStart, w).pos;
    }
    endRecursInQuote = occurrences(t.text.slice(startCut, b), t.text.slice(endCut, b)) > 1;
    if (multiLine || (startCut < endCut && !endRecursInQuote)) {
      terms = { start: [a, startCut], end: [endCut, b] };
    } else {
      endRecursInQuote = false;
    }
  }

  const page = pageText ? foldedPage(pageText) : null;
  const needsContext =
    weight < SHORT_WEIGHT ||
    endRecursInQuote ||
    !t.isBoundary(a) ||
    !t.isBoundary(b) ||
    (page !== null && countMatches(page, t, terms, null) > 1);

  const result: TextDirectiveTerms = { textStart: collapse(t.slice(terms.start)) };
  if (terms.end) result.textEnd = collapse(t.slice(terms.end));
  if (!needsContext) return result;

  let context: Context = { prefix: null, suffix: null };
  for (const w of CONTEXT_WEIGHTS) {
    context = { prefix: t.prefixBefore(a, w), suffix: t.suffixAfter(b, w) };
    if (page === null || countMatches(page, t, terms, context) <= 1) break;
  }
  if (context.prefix) result.prefix = collapse(t.slice(context.prefix));
  if (context.suffix) result.suffix = collapse(t.slice(context.suffix));
  return result;
}

type Span = [number, number];
interface Terms {
  start: Span;
  end: Span | null;
}
interface Context {
  prefix: Span | null;
  suffix: Span | null;
}

/** The quote with its saved context, and word boundaries found on demand. */
class SegmentedText {
  private readonly segments: Intl.Segments;

  constructor(readonly text: string) {
    this.segments = segment(text);
  }

  slice([from, to]: Span): string {
    return this.text.slice(from, to);
  }

  isBoundary(i: number): boolean {
    if (i <= 0 || i >= this.text.length) return true;
    if (isSpace(this.text, i - 1) || isSpace(this.text, i)) return true;
    return this.segments.containing(i)?.index === i;
  }

  /** Walks words from `from` until `target` weight or `limit`: the position reached and its weight. */
  forward(from: number, limit: number, target: number): { pos: number; weight: number } {
    let pos = from;
    let weight = 0;
    while (pos < limit && weight < target) {
      const seg = this.segments.containing(pos);
      const end = seg ? Math.min(seg.index + seg.segment.length, limit) : limit;
      weight += segmentWeight(this.text.slice(pos, end), seg?.isWordLike ?? false);
      pos = end;
    }
    return { pos, weight };
  }

  /** Walks words back from `to` until `target` weight or `limit`. */
  backward(to: number, limit: number, target: number): { pos: number; weight: number } {
    let pos = to;
    let weight = 0;
    while (pos > limit && weight < target) {
      const seg = this.segments.containing(pos - 1);
      const start = seg ? Math.max(seg.index, limit) : limit;
      weight += segmentWeight(this.text.slice(start, pos), seg?.isWordLike ?? false);
      pos = start;
    }
    return { pos, weight };
  }

  /** Context before position `a`: on the nearest non-blank line, starting at a word boundary. */
  prefixBefore(a: number, weight: number): Span | null {
    const end = trimBack(this.text, a, 0);
    if (end === 0) return null;
    const lineStart = this.text.lastIndexOf('\n', end - 1) + 1;
    let start = this.backward(end, lineStart, weight).pos;
    // The saved context may itself begin mid-word: never start a prefix at its first character.
    if (start === 0) start = this.forward(0, end, 1).pos;
    // Nor with punctuation: a context term reads better, and matches as well, from a word.
    while (start < end) {
      const seg = this.segments.containing(start);
      if (!seg || seg.isWordLike) break;
      start = Math.min(seg.index + seg.segment.length, end);
    }
    return start < end ? [start, end] : null;
  }

  /** Context after position `b`: on the nearest non-blank line, ending at a word boundary. */
  suffixAfter(b: number, weight: number): Span | null {
    const length = this.text.length;
    const start = trimForward(this.text, b, length);
    if (start === length) return null;
    const newline = this.text.indexOf('\n', start);
    const lineEnd = newline === -1 ? length : newline;
    let end = this.forward(start, lineEnd, weight).pos;
    if (end === length) end = this.backward(length, start, 1).pos;
    while (end > start) {
      const seg = this.segments.containing(end - 1);
      if (!seg || seg.isWordLike) break;
      end = Math.max(seg.index, start);
    }
    return start < end ? [start, end] : null;
  }
}

function segmentWeight(text: string, wordLike: boolean): number {
  if (!wordLike) return 0;
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk > 0 ? cjk : 2;
}

function isSpace(text: string, i: number): boolean {
  return SPACE.test(text.charAt(i));
}

function trimBack(text: string, end: number, limit: number): number {
  while (end > limit && isSpace(text, end - 1)) end--;
  return end;
}

function trimForward(text: string, start: number, limit: number): number {
  while (start < limit && isSpace(text, start)) start++;
  return start;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** What the browser treats as equal: case and full-/half-width forms ignored, spaces collapsed. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
}

// Exporting every highlight of a page folds the same page text once, not once per highlight.
let lastPage: { raw: string; folded: string } | null = null;
function foldedPage(pageText: string): string {
  if (lastPage?.raw !== pageText) lastPage = { raw: pageText, folded: fold(pageText) };
  return lastPage.folded;
}

/** Overlapping occurrences of `needle` in `haystack`, both folded. */
function occurrences(haystack: string, needle: string): number {
  const h = fold(haystack);
  const n = fold(needle).trim();
  if (n === '') return 0;
  let count = 0;
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) count++;
  return count;
}

/** How many places in the page would start the match (textStart with its prefix, or the whole exact term). */
function countMatches(page: string, t: SegmentedText, terms: Terms, context: Context | null): number {
  const pieces: string[] = [];
  if (context?.prefix) pieces.push(t.slice(context.prefix));
  pieces.push(t.slice(terms.start));
  if (terms.end === null && context?.suffix) pieces.push(t.slice(context.suffix));
  const pattern = new RegExp(pieces.map((p) => escapeRegExp(fold(p).trim())).join('\\s*'), 'gu');
  let count = 0;
  for (let m = pattern.exec(page); m !== null; m = pattern.exec(page)) {
    count++;
    pattern.lastIndex = m.index + 1;
  }
  return count;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
