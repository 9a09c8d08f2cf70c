/**
 * Text laid out line by line — a PDF converted to HTML (one positioned `<div>` per printed line),
 * or a document pasted from one with a break at every line's end — breaks sentences at the page's
 * width: `…市委第七` / `巡察组对…开展了常规巡察`. The parser reads lines as paragraphs, so such a
 * text loses its dates, its counts and its sentences. This puts the printed lines back together.
 *
 * The sign of it is the documents' own: prose lines that stop mid-sentence, all (nearly) the same
 * width, many of them. A line of that width that does not end a sentence continues on the next
 * one — unless the next starts an item (`1.`, `（二）`, `一、`) or the line is a heading.
 */

/** Printed width: a CJK character or full-width sign is 1, an ASCII character ½ (digits, Latin). */
function measured(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) < 0x2000 ? 0.5 : 1;
  return w;
}

// A line that ends a sentence, a clause list or a quotation: the next line starts afresh.
const ENDS = /[。！？；：:;!?”」』）)…]$/;
// A line that starts an item or a part of the text.
const STARTS_ITEM = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]{1,2}[.．、](?![0-9])|[①-⑳]|附件|联系电话|联系方式|电子邮箱|邮政信箱)/;
// A heading: an item marker and no sentence in it (`（一）聚焦主责主业、服务全市发展大局方面`).
const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])[^，,。；;]*$/;
/** A page's number printed between its pages: `— 1 —`, `- 2 -`, `第 3 页`. */
const PAGE_NUMBER = /^(?:[—–\-－]\s*[0-9]{1,3}\s*[—–\-－]|第\s*[0-9]{1,3}\s*页(?:\s*共\s*[0-9]{1,3}\s*页)?)$/;

/** Lines this wide or wider are prose (the measure of the page's width). */
const PROSE_MIN = 14;
/** How many full lines stopping mid-sentence show a text laid out by width. */
const WRAPPED_MIN = 5;
/** A full line is within this much of the page's width (a paragraph's first line is indented 2). */
const SLACK = 3;

// A lead-in line (`整改情况：开展…`) starts a part of its own.
const LABELLED_LINE = /^[\u4e00-\u9fff]{2,8}[：:]/;

/** `isCell`: whether a line is a table's cell (never joined to another line). */
export function unwrapHardBreaks(lines: string[], isCell: (line: string) => boolean = () => false): string[] {
  // Most texts end their lines where sentences end: without enough lines stopping mid-sentence
  // nothing is wrapped, and no width need be measured.
  let stops = 0;
  for (const l of lines) if (!ENDS.test(l) && ++stops >= WRAPPED_MIN) break;
  if (stops < WRAPPED_MIN) return lines;
  const widths = new Map<string, number>();
  const width = (l: string): number => {
    let w = widths.get(l);
    if (w === undefined) widths.set(l, (w = measured(l)));
    return w;
  };
  const prose = lines.filter((l) => width(l) >= PROSE_MIN).map(width).sort((a, b) => a - b);
  if (prose.length < WRAPPED_MIN * 2) return lines;
  // The page's width: the widest lines that are common (the 80th percentile of prose lines, so a
  // few overlong ones — a title, a table row — do not set it).
  const full = prose[Math.floor(prose.length * 0.8)] ?? 0;
  const isFull = (l: string): boolean => {
    const w = width(l);
    return w >= full - SLACK && w <= full + 1;
  };
  const open = lines.filter((l) => isFull(l) && !ENDS.test(l));
  // Mostly lines that stop mid-sentence at one width: a text broken by width, not by paragraph.
  // Prose, too — its lines hold the pauses of sentences (a menu of same-width titles holds none).
  if (open.length < WRAPPED_MIN || open.length < prose.length * 0.4) return lines;
  if (open.filter((l) => /[，,。、；]/.test(l)).length < open.length * 0.5) return lines;
  const out: string[] = [];
  let carry: string | null = null;
  for (const line of lines) {
    if (PAGE_NUMBER.test(line.trim())) continue;
    const cell = isCell(line);
    if (carry !== null && !cell && !STARTS_ITEM.test(line) && !LABELLED_LINE.test(line)) {
      carry += line;
    } else {
      if (carry !== null) out.push(carry);
      carry = line;
    }
    // The line just added decides whether the next one continues it.
    if (cell || !(isFull(line) && !ENDS.test(line) && !HEADING.test(line))) {
      out.push(carry);
      carry = null;
    }
  }
  if (carry !== null) out.push(carry);
  return out;
}
