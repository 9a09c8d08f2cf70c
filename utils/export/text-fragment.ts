import type { TextQuoteSelector } from '../anchoring/types';
import { withBlockBreaks, withLikelyBlockBreaks } from './block-breaks';
import { SegmentedText, trimBack, trimForward, type Span } from './segmented-text';

/**
 * Text fragment links (https://wicg.github.io/scroll-to-text-fragment/): a URL ending in
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]` opens the page scrolled to the passage.
 *
 * What the browser does with such a link, and what this file does about it:
 * - Each term matches inside one block only (a `<br>` ends one too); the range between textStart
 *   and textEnd may cross blocks. Block edges are put into the quote as line breaks (see
 *   block-breaks.ts), and a quote over several lines becomes textStart (from its first line) …
 *   textEnd (from its last line); a long one-line quote too, which keeps the URL short and
 *   survives edits in the middle of the passage. Context terms stay on their line.
 * - A match must begin and end on a word boundary, found with the locale's word segmentation —
 *   for Chinese, a dictionary: `究部署整改工作` (cut from `研究`) matches nothing. Terms are cut at
 *   word boundaries, preferring ones next to punctuation or spaces (dictionaries differ: see
 *   `SegmentedText`), and a quote whose edge falls between two Chinese characters gets context
 *   terms, which move the boundary check out to the context's outer edge.
 * - The first match in the page wins, compared case-insensitively (and full-/half-width alike).
 *   A short quote is likely to recur (a six-character Chinese phrase recurs everywhere in these
 *   notices), so it always gets context; a longer one gets context when the page text, if given,
 *   holds it more than once, growing the context until it is unique.
 * Checked in Chromium on random ranges of the sample notice, rendered one `<p>` per line with
 * nothing between them: given the notice text, every link landed on its passage; without it, all
 * but ~2 % (a phrase the notice repeats, a heading and paragraph with nothing between them).
 */

/** The decoded terms of a text directive. */
export interface TextDirectiveTerms {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

// Weights: see `segmentWeight` (one per Chinese character, two per other word).

/** textStart / textEnd of a long quote: ~10 Chinese characters or ~5 words, to the end of the word. */
const TERM_WEIGHT = 10;
/** Context terms: ~8 Chinese characters or ~4 words, doubled while the page still holds it twice. */
const CONTEXT_WEIGHTS = [8, 16, 32] as const;
/** Quotes lighter than this always get context. */
const SHORT_WEIGHT = 16;
/** Quotes heavier than this use textStart,textEnd. */
const LONG_WEIGHT = 32;
/**
 * Context is saved at a fixed length (32 characters in anchoring/describe.ts), so it may begin or
 * end mid-word; one shorter than this reached the start or end of the page.
 */
const CUT_CONTEXT_LENGTH = 16;

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
  let full = before + quote.exact + (quote.suffix ?? '');
  let a = before.length;
  let b = a + quote.exact.length;
  ({ text: full, a, b } = (pageText ? withBlockBreaks(full, a, b, pageText) : null) ?? withLikelyBlockBreaks(full, a, b));
  const t = new SegmentedText(full, {
    headCut: before.length >= CUT_CONTEXT_LENGTH,
    tailCut: (quote.suffix ?? '').length >= CUT_CONTEXT_LENGTH,
  });
  // A separator at an edge (a quote that begins with the `。` ending the previous sentence) makes a
  // poor term: the directive starts and ends at words. A quote of separators only is kept whole.
  const wordStart = t.skipSeparatorsForward(a, b);
  if (wordStart < b) {
    a = wordStart;
    b = t.skipSeparatorsBackward(b, a);
  } else {
    a = trimForward(t.text, a, b);
    b = trimBack(t.text, b, a);
  }
  if (a === b) return null;
  return directiveFor(t, a, b, pageText ? foldedPage(pageText) : null).terms;
}

/** The directive for `t.text[a, b)` and how many places of the folded page it matches (Infinity: unknown). */
function directiveFor(t: SegmentedText, a: number, b: number, page: string | null): { terms: TextDirectiveTerms; matches: number } {
  const newline = t.text.indexOf('\n', a);
  const multiLine = newline !== -1 && newline < b;
  const firstLineEnd = multiLine ? trimBack(t.text, newline, a) : b;
  const lastLineStart = multiLine ? trimForward(t.text, t.text.lastIndexOf('\n', b - 1) + 1, b) : a;
  const weight = t.forward(a, b, LONG_WEIGHT + 1).weight;

  let terms: Terms = { start: [a, b], end: null };
  // A range whose ends are weak (a line of a few characters) or whose end recurs needs context.
  let weakRange = false;
  if (multiLine || weight > LONG_WEIGHT) {
    const start = t.forward(a, firstLineEnd, TERM_WEIGHT, true);
    let end = t.backward(b, lastLineStart, TERM_WEIGHT, true);
    // The browser ends the range at the first textEnd after textStart: that must be the quote's end.
    const endRecurs = () => occurrences(t.text.slice(start.pos, b), t.text.slice(end.pos, b)) > 1;
    for (let w = TERM_WEIGHT * 2; end.pos > lastLineStart && endRecurs(); w *= 2) end = t.backward(b, lastLineStart, w, true);
    if (multiLine || (start.pos < end.pos && !endRecurs())) {
      terms = { start: [a, start.pos], end: [end.pos, b] };
      weakRange = start.weight < TERM_WEIGHT || end.weight < TERM_WEIGHT || endRecurs();
    }
  }

  let matches = page === null ? Infinity : countMatches(page, t, terms, null);
  const softEdge = !t.isFirm(a) || !t.isFirm(b);
  const needsContext = weight < SHORT_WEIGHT || weakRange || softEdge || (page !== null && matches > 1);
  const result: TextDirectiveTerms = { textStart: collapse(t.slice(terms.start)) };
  if (terms.end) result.textEnd = collapse(t.slice(terms.end));
  if (!needsContext) return { terms: result, matches };

  let context: Context = { prefix: null, suffix: null };
  for (const w of CONTEXT_WEIGHTS) {
    context = { prefix: t.prefixBefore(a, w), suffix: t.suffixAfter(b, w) };
    if (page === null) break;
    matches = countMatches(page, t, terms, context);
    if (matches <= 1) break;
  }
  if (context.prefix) result.prefix = collapse(t.slice(context.prefix));
  if (context.suffix) result.suffix = collapse(t.slice(context.suffix));

  // A first line found earlier in the page even with its context (a signature repeating the
  // title) would start the range there: start at the next line instead, a little short of the
  // quote but at the right place.
  if (page !== null && matches > 1 && multiLine) {
    const next = t.skipSeparatorsForward(newline + 1, b);
    const shorter = next < b ? directiveFor(t, next, b, page) : null;
    if (shorter && shorter.matches === 1) return shorter;
  }
  return { terms: result, matches };
}

interface Terms {
  start: Span;
  end: Span | null;
}
interface Context {
  prefix: Span | null;
  suffix: Span | null;
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

/**
 * How many places in the folded page would start the match: textStart (the whole exact term, or
 * the start of a range) with its prefix before it and, for an exact term, its suffix after it.
 */
function countMatches(page: string, t: SegmentedText, terms: Terms, context: Context | null): number {
  const folded = (span: Span | null | undefined) => (span ? fold(t.slice(span)).trim() : '');
  const start = folded(terms.start);
  const prefix = folded(context?.prefix);
  const suffix = terms.end === null ? folded(context?.suffix) : '';
  if (start === '') return 0;
  let count = 0;
  // The folded page has single spaces: a term and its context are at most one space apart.
  for (let i = page.indexOf(start); i !== -1; i = page.indexOf(start, i + 1)) {
    if (prefix && !page.slice(Math.max(0, i - prefix.length - 1), i).trimEnd().endsWith(prefix)) continue;
    const end = i + start.length;
    if (suffix && !page.slice(end, end + suffix.length + 1).trimStart().startsWith(suffix)) continue;
    count++;
  }
  return count;
}
