/** The article text as lines with their offsets: the unit the structure parser works on. */
export interface Line {
  text: string;
  start: number;
  end: number;
  index: number;
}

export function joinLines(lines: string[]): { text: string; lines: Line[] } {
  const out: Line[] = [];
  let pos = 0;
  lines.forEach((t, index) => {
    out.push({ text: t, start: pos, end: pos + t.length, index });
    pos += t.length + 1;
  });
  return { text: lines.join('\n'), lines: out };
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

let cachedText: string | null = null;
let cachedSentences: Sentence[] = [];

/**
 * The sentences of `text[from, to)`, from one split of the whole text kept for the last text seen:
 * statistics, commitments and dates all read sentences of the same article.
 */
export function sentencesIn(text: string, from: number, to: number): Sentence[] {
  if (cachedText !== text) {
    cachedSentences = splitSentences(text, 0, text.length);
    cachedText = text;
  }
  const all = cachedSentences;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Sentence[] = [];
  for (let i = lo; i < all.length; i++) {
    const s = all[i];
    if (!s || s.start >= to) break;
    if (s.end <= to) out.push(s);
  }
  return out;
}

/**
 * Splits `text[from, to)` into sentences at `。；;！!？?` and line breaks, never inside quotes
 * (a quoted feedback problem holds whole sentences of its own). Leading/trailing spaces trimmed.
 */
export function splitSentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let depth = 0;
  let s = from;
  const push = (e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“' || c === '「' || c === '《') depth++;
    else if ((c === '”' || c === '」' || c === '》') && depth > 0) depth--;
    else if (c === '\n') {
      depth = 0;
      push(i);
      s = i + 1;
    } else if (depth === 0 && (c === '。' || c === '；' || c === ';' || c === '！' || c === '!' || c === '？' || c === '?')) {
      push(i + 1);
      s = i + 1;
    }
  }
  push(to);
  return out;
}

/** Index of the first `。` in `s` outside quotes, or -1. */
export function firstStop(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“' || c === '「' || c === '《') depth++;
    else if ((c === '”' || c === '」' || c === '》') && depth > 0) depth--;
    else if (depth === 0 && c === '。') return i;
  }
  return -1;
}

/** Ranges of `text` inside “…” quotes and 《…》 titles: cue words there are not the body's own. */
export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Document titles too: `《关于推进党纪学习教育常态化长效化的意见》` promises nothing.
  const re = /[“「《][^”」》\n]*[”」》]/g;
  for (const m of text.matchAll(re)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}
