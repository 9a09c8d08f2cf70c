/**
 * Block edges for text fragment terms. A term must lie inside one block (a paragraph, a cell,
 * a line ended by `<br>`), but the page text that selectors are written against joins Text nodes
 * as they are: two paragraphs of minified HTML, or two lines split by `<br>`, run together with
 * nothing between them. A saved page text with one line per block (`Notice.text`, as
 * `PageRecord.text` keeps it) says where those edges are: `withBlockBreaks` puts them back into a
 * quote. Without it, `withLikelyBlockBreaks` guesses: blocks of these notices end with a sentence
 * or before a numbered heading.
 */

interface Folded {
  /** The text without whitespace, each character folded (case, full-/half-width). */
  chars: string;
  /** For each character of `chars`, its index in the original text. */
  index: number[];
  /** For each character of `chars`, whether a line break came before it. */
  breakBefore: boolean[];
}

const foldedChars = new Map<string, string>();

/** One character folded as the browser compares (case, width), kept one for one. */
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  // Fast paths: ASCII, and the CJK ideographs that make up most of a notice, fold to themselves or a lower case.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
  if (code >= 0x4e00 && code <= 0x9fff) return c;
  let folded = foldedChars.get(c);
  if (folded === undefined) {
    const f = c.normalize('NFKC').toLowerCase();
    folded = f.length === 1 ? f : c;
    foldedChars.set(c, folded);
  }
  return folded;
}

function foldText(text: string): Folded {
  const out: Folded = { chars: '', index: [], breakBefore: [] };
  const chars: string[] = [];
  let sawBreak = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (/\s/u.test(c)) {
      if (c === '\n' || c === '\r') sawBreak = true;
      continue;
    }
    chars.push(foldChar(c));
    out.index.push(i);
    out.breakBefore.push(sawBreak);
    sawBreak = false;
  }
  out.chars = chars.join('');
  return out;
}

// Every highlight of a page is exported against the same page text: fold it once.
let lastPage: { raw: string; folded: Folded } | null = null;
function foldedPage(pageText: string): Folded {
  if (lastPage?.raw !== pageText) lastPage = { raw: pageText, folded: foldText(pageText) };
  return lastPage.folded;
}

/**
 * `text` (a quote with its context, the quote at [a, b)) with a line break inserted wherever
 * `pageText` breaks a line between the same two characters, and the quote's new offsets. The
 * whole of `text` is looked for in `pageText`, whitespace and width ignored, else the quote
 * alone; null when neither is found exactly once (the caller then guesses).
 */
export function withBlockBreaks(text: string, a: number, b: number, pageText: string): Broken | null {
  const page = foldedPage(pageText);
  const whole = foldText(text);
  let found = uniqueIndexOf(page.chars, whole.chars);
  let from = 0;
  let to = whole.chars.length;
  if (found === -1) {
    // The context may reach past what the notice text kept (a site header, a footer).
    from = whole.index.findIndex((i) => i >= a);
    to = whole.index.findIndex((i) => i >= b);
    if (from === -1) return null;
    if (to === -1) to = whole.chars.length;
    found = uniqueIndexOf(page.chars, whole.chars.slice(from, to));
    if (found === -1) return null;
    found -= from;
  }

  const breaks: number[] = [];
  for (let k = from + 1; k < to; k++) {
    const at = whole.index[k] ?? 0;
    // Already separated by a line break in the quote: nothing to add.
    if (page.breakBefore[found + k] && !/[\n\r]/.test(text.slice((whole.index[k - 1] ?? 0) + 1, at))) breaks.push(at);
  }
  return insertBreaks(text, a, b, breaks);
}

/**
 * Where a block may end when nothing says: after a sentence (`。！？`, with a closing quote or
 * bracket) and before a numbered heading (`（一）`, `一、`, `1.`, `（1）`, `①`) that follows text
 * directly. A guess too many costs little (a term stops early, a range replaces an exact match);
 * a term across a real edge matches nothing.
 */
const LIKELY_EDGE = /(?<=[。！？][”’」』）)]*)(?=[^\s”’」』）)。！？])|(?<=[^\s\d])(?=[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|[①-⑳])/gu;

export function withLikelyBlockBreaks(text: string, a: number, b: number): Broken {
  return insertBreaks(text, a, b, [...text.matchAll(LIKELY_EDGE)].map((m) => m.index));
}

interface Broken {
  text: string;
  /** The quote's offsets in the new text. */
  a: number;
  b: number;
}

/** `text` with a `\n` inserted before each offset of `breaks` (ascending), and `a`, `b` moved along. */
function insertBreaks(text: string, a: number, b: number, breaks: readonly number[]): Broken {
  let out = '';
  let last = 0;
  let newA = a;
  let newB = b;
  for (const at of breaks) {
    out += `${text.slice(last, at)}\n`;
    last = at;
    if (at <= a) newA++;
    if (at < b) newB++;
  }
  return { text: out + text.slice(last), a: newA, b: newB };
}

function uniqueIndexOf(haystack: string, needle: string): number {
  if (needle === '') return -1;
  const first = haystack.indexOf(needle);
  return first !== -1 && haystack.indexOf(needle, first + 1) === -1 ? first : -1;
}
