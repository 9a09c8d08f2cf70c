import type { TextQuoteSelector } from '../anchoring/types';
import type { Section } from '../notice/types';

/**
 * Which notice section a highlight sits in. The highlight's quote is taken from the raw page
 * text (text-index.ts: every Text node as is, with the source's indentation between blocks),
 * while `Notice.text` is the article's lines joined by '\n'. Both are compared on their visible
 * characters only, so a quote that crosses paragraphs, `<br>` or table cells still finds its
 * place. No DOM.
 */

export interface SectionRef {
  sectionId: string;
  sectionHeading: string;
}

/** What of a Notice this needs (so a stored page or a test can pass just these). */
export interface SectionedText {
  text: string;
  sections: readonly Section[];
}

const SPACE = /\s/;

/** The visible characters of `s`, and where each sits in `s`. */
function visible(s: string): { chars: string; at: number[] } {
  const at: number[] = [];
  let chars = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (SPACE.test(c)) continue;
    chars += c;
    at.push(i);
  }
  return { chars, at };
}

/** How many characters before `pos` in `hay` agree with the end of `prefix` (read backwards). */
function agreeBefore(hay: string, pos: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && pos - n - 1 >= 0 && hay[pos - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

function agreeAfter(hay: string, pos: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && pos + n < hay.length && hay[pos + n] === suffix[n]) n++;
  return n;
}

/**
 * Where `quote.exact` sits in `text` as offsets into `text`, or null when it is not there. When
 * the quote recurs, the place whose surroundings agree longest with the quote's prefix (then
 * suffix) wins; a tie keeps the first.
 */
export function locateQuote(text: string, quote: TextQuoteSelector): { start: number; end: number } | null {
  const hay = visible(text);
  const exact = visible(quote.exact).chars;
  if (exact === '') return null;
  const prefix = visible(quote.prefix ?? '').chars;
  const suffix = visible(quote.suffix ?? '').chars;
  let best = -1;
  let bestScore = -1;
  for (let i = hay.chars.indexOf(exact); i !== -1; i = hay.chars.indexOf(exact, i + 1)) {
    // Prefix agreement weighs more: it is what tells two identical measures apart in a notice.
    const score = agreeBefore(hay.chars, i, prefix) * 1000 + agreeAfter(hay.chars, i + exact.length, suffix);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best === -1) return null;
  const start = hay.at[best] as number;
  const end = (hay.at[best + exact.length - 1] as number) + 1;
  return { start, end };
}

/** The deepest section among `sections` (and their children) for which `contains` holds. */
function deepest(sections: readonly Section[], contains: (s: Section) => boolean): Section | null {
  for (const s of sections) {
    if (!contains(s)) continue;
    return deepest(s.children, contains) ?? s;
  }
  return null;
}

/**
 * The section a quote belongs to: the deepest whose [start, end) holds the whole quote; a quote
 * that straddles two sections belongs to the deepest one holding its start (where the reader
 * began selecting). Null when the quote is not in the notice text (page chrome, a sidebar) or
 * lies outside every section (the preamble).
 */
export function sectionOf(notice: SectionedText, quote: TextQuoteSelector): SectionRef | null {
  const at = locateQuote(notice.text, quote);
  if (!at) return null;
  const section =
    deepest(notice.sections, (s) => s.start <= at.start && at.end <= s.end) ?? deepest(notice.sections, (s) => s.start <= at.start && at.start < s.end);
  return section ? { sectionId: section.id, sectionHeading: section.heading } : null;
}

/** The sections in document order, parents before their children. */
export function flattenSections(sections: readonly Section[]): Array<{ id: string; heading: string; level: number }> {
  const out: Array<{ id: string; heading: string; level: number }> = [];
  const walk = (list: readonly Section[]): void => {
    for (const s of list) {
      out.push({ id: s.id, heading: s.heading, level: s.level });
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}
