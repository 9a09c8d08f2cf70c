import { anchorSelectors } from '../anchoring/anchor';
import { describeTextRange } from '../anchoring/describe';
import { offsetsToRange, type TextIndex } from '../anchoring/text-index';

/**
 * Where a passage of the extracted notice (`text[start, end)`, offsets into `Notice.text`) sits on
 * the live page. The notice text is not the page text: spaces are collapsed or dropped between
 * Chinese characters, and half-width punctuation is put back full-width. So the passage is first
 * anchored as a quote with its context (fuzzy matching absorbs small differences); a short
 * passage that differs only by spacing or punctuation width is then found by comparing folded
 * text (no whitespace, NFKC per character) with the context breaking ties. Null when neither
 * finds it: the caller reports it, it never throws.
 */
export function findPassage(index: TextIndex, text: string, start: number, end: number): Range | null {
  const { quote } = describeTextRange(text, start, end);
  const { range } = anchorSelectors(index, { quote });
  if (range) return range;
  return findFolded(index, text, start, end);
}

const CONTEXT = 32;

function foldChar(c: string): string {
  const n = c.normalize('NFKC');
  return n.length === 1 ? n : c;
}

/** The non-space characters of `s`, folded, with the offset in `s` of each. */
function fold(s: string, from = 0, to = s.length): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const c = s.charAt(i);
    if (/\s/.test(c)) continue;
    chars += foldChar(c);
    at.push(i);
  }
  return { chars, at };
}

/** How many characters `a` and `b` share, read backwards from their ends (or forwards). */
function common(a: string, b: string, backwards: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (backwards ? a.charAt(a.length - 1 - n) === b.charAt(b.length - 1 - n) : a.charAt(n) === b.charAt(n))) n++;
  return n;
}

function findFolded(index: TextIndex, text: string, start: number, end: number): Range | null {
  const exact = fold(text, start, end).chars;
  if (!exact) return null;
  const prefix = fold(text, Math.max(0, start - CONTEXT * 2), start).chars.slice(-CONTEXT);
  const suffix = fold(text, end, Math.min(text.length, end + CONTEXT * 2)).chars.slice(0, CONTEXT);
  const page = fold(index.text);
  let best = -1;
  let bestScore = -1;
  for (let i = page.chars.indexOf(exact); i >= 0; i = page.chars.indexOf(exact, i + 1)) {
    const score = common(page.chars.slice(Math.max(0, i - CONTEXT), i), prefix, true) + common(page.chars.slice(i + exact.length, i + exact.length + CONTEXT), suffix, false);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  const first = page.at[best];
  const last = page.at[best + exact.length - 1];
  if (best < 0 || first === undefined || last === undefined) return null;
  return offsetsToRange(index, first, last + 1);
}
