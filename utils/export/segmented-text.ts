/**
 * Word boundaries for text fragment terms (see text-fragment.ts), from `Intl.Segmenter` — the ICU
 * word segmentation browsers use to check that a text fragment match starts and ends on words.
 */

/** Half-open [start, end) offsets into `SegmentedText.text`. */
export type Span = [number, number];

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK = new RegExp(CJK_CHAR.source, 'gu');
const SPACE = /\s/u;
const SEPARATOR = /[\s,.;:!?，。、；：！？…·]/u;

let segmenter: Intl.Segmenter | null = null;
function segment(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter.segment(text);
}

/**
 * The quote with its saved context, and word boundaries found on demand.
 *
 * A boundary between two Chinese characters comes from a dictionary, and the browser's may not be
 * ours (`Intl.Segmenter` in Node and in Chromium can disagree on `账号`, `声量`). A boundary next
 * to punctuation, a space or a line end is one in every dictionary: "firm". Cuts prefer firm
 * boundaries; a quote edge that is not firm gets context, which moves the check outward.
 */
export class SegmentedText {
  private readonly segments: Intl.Segments;

  /**
   * `headCut` / `tailCut`: the saved context was cut there at a fixed length, maybe mid-word
   * (rather than reaching the start or end of the page).
   */
  constructor(
    readonly text: string,
    private readonly edges: { headCut: boolean; tailCut: boolean },
  ) {
    this.segments = segment(text);
  }

  slice([from, to]: Span): string {
    return this.text.slice(from, to);
  }

  /** A word boundary whatever the dictionary (the ends of the text: unless the context was cut there). */
  isFirm(i: number): boolean {
    if (i <= 0) return !this.edges.headCut;
    if (i >= this.text.length) return !this.edges.tailCut;
    if (isCjk(this.text, i - 1) && isCjk(this.text, i)) return false;
    return isSpace(this.text, i - 1) || isSpace(this.text, i) || this.segments.containing(i)?.index === i;
  }

  /**
   * Walks words from `from` until `target` weight or `limit`; with `firm`, on to the next firm
   * boundary if one comes before twice the weight. The position reached and its weight.
   */
  forward(from: number, limit: number, target: number, firm = false): { pos: number; weight: number } {
    let pos = from;
    let weight = 0;
    let soft: { pos: number; weight: number } | null = null;
    while (pos < limit) {
      if (weight >= target) {
        if (!firm || this.isFirm(pos)) return { pos, weight };
        soft ??= { pos, weight };
        if (weight >= 2 * target) return soft;
      }
      const seg = this.segments.containing(pos);
      const end = seg ? Math.min(seg.index + seg.segment.length, limit) : limit;
      weight += segmentWeight(this.text.slice(pos, end), seg?.isWordLike ?? false);
      pos = end;
    }
    return soft && !this.isFirm(pos) ? soft : { pos, weight };
  }

  /** `forward`, walking back from `to`. */
  backward(to: number, limit: number, target: number, firm = false): { pos: number; weight: number } {
    let pos = to;
    let weight = 0;
    let soft: { pos: number; weight: number } | null = null;
    while (pos > limit) {
      if (weight >= target) {
        if (!firm || this.isFirm(pos)) return { pos, weight };
        soft ??= { pos, weight };
        if (weight >= 2 * target) return soft;
      }
      const seg = this.segments.containing(pos - 1);
      const start = seg ? Math.max(seg.index, limit) : limit;
      weight += segmentWeight(this.text.slice(start, pos), seg?.isWordLike ?? false);
      pos = start;
    }
    return soft && !this.isFirm(pos) ? soft : { pos, weight };
  }

  /** Context before position `a`: on the nearest non-blank line, starting at a word. */
  prefixBefore(a: number, weight: number): Span | null {
    const end = trimBack(this.text, a, 0);
    if (end === 0) return null;
    const lineStart = this.text.lastIndexOf('\n', end - 1) + 1;
    let start = this.backward(end, lineStart, weight, true).pos;
    // Context cut mid-word: never start a prefix at its first character.
    if (start === 0 && this.edges.headCut) start = this.forward(0, end, 1).pos;
    start = this.skipSeparatorsForward(start, end);
    return start < end ? [start, end] : null;
  }

  /** Context after position `b`: on the nearest non-blank line, ending at a word. */
  suffixAfter(b: number, weight: number): Span | null {
    const length = this.text.length;
    const start = trimForward(this.text, b, length);
    if (start === length) return null;
    const newline = this.text.indexOf('\n', start);
    const lineEnd = newline === -1 ? length : newline;
    let end = this.forward(start, lineEnd, weight, true).pos;
    if (end === length && this.edges.tailCut) end = this.backward(length, start, 1).pos;
    end = this.skipSeparatorsBackward(end, start);
    return start < end ? [start, end] : null;
  }

  /**
   * Past the separators (spaces, `，。、；：！？` and their ASCII forms) from `from`, up to `limit`.
   * Quotation marks, brackets and `%` stay: they belong to the words they enclose or follow.
   */
  skipSeparatorsForward(from: number, limit: number): number {
    let pos = from;
    while (pos < limit && SEPARATOR.test(this.text.charAt(pos))) pos++;
    return pos;
  }

  /** Back over the separators before `to`, down to `limit`. */
  skipSeparatorsBackward(to: number, limit: number): number {
    let pos = to;
    while (pos > limit && SEPARATOR.test(this.text.charAt(pos - 1))) pos--;
    return pos;
  }
}

/**
 * "Chinese-character equivalents": one per CJK character, two per other word (digits included),
 * nothing for punctuation and spaces — so "~10" means ten Chinese characters or five words.
 */
function segmentWeight(text: string, wordLike: boolean): number {
  if (!wordLike) return 0;
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk > 0 ? cjk : 2;
}

function isCjk(text: string, i: number): boolean {
  return CJK_CHAR.test(text.charAt(i));
}

function isSpace(text: string, i: number): boolean {
  return SPACE.test(text.charAt(i));
}

export function trimBack(text: string, end: number, limit: number): number {
  while (end > limit && isSpace(text, end - 1)) end--;
  return end;
}

export function trimForward(text: string, start: number, limit: number): number {
  while (start < limit && isSpace(text, start)) start++;
  return start;
}

