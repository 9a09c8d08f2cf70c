import { firstStop, type Line } from './lines';
import type { Section } from './types';

/**
 * Numbered headings and the section tree. Styles rank 一、 › （一） › 1. › （1） › ①; a heading
 * nests under the nearest open heading of a higher style, so `level` is its depth, whatever
 * styles a notice skips. Half-width forms (`(一)`, `1,`) are accepted: mirrors normalise them.
 */

export interface HeadingMatch {
  /** 1 (`一、`) to 5 (`①`); an aspect without numeral ranks half a step above the items it heads. */
  rank: number;
  number: string | null;
  /** Length of the numeral prefix (with its punctuation and spaces). */
  prefix: number;
}

const H_RANK1 = /^([一二三四五六七八九十]{1,3})\s*[、，,.．]\s*/;
const H_RANK2 = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*[、，,.．]?\s*/;
// A digit right after `N.` makes a decimal (`3.5亿元`, `1、2月`) — unless it opens a year (`2.2024年以来村级财务
// 管理不规范`): items often start with the year their fault dates from, and no figure reads `N.20xx年` —
// or a number of four digits or more that names something (`2.12345热线诉求办理质效不高`, `3.12388举报…`):
// no figure at a line's start has four decimals before a word that is no unit.
const H_RANK3 = /^([0-9０-９]{1,2})\s*(?:[.．、，,](?:(?=(?:19|20|１９|２０)[0-9０-９]{2}\s*年|[0-9０-９]{4,}(?![0-9０-９.．])[“"（(]?[\u4e00-\u9fff](?<![万亿元千百个项条件人名户亩米吨次余多]))|(?![0-9０-９]))|\s+(?=[\u4e00-\u9fff]))\s*/;
const H_RANK4 = /^[（(]\s*([0-9０-９]{1,2})\s*[）)]\s*[、，,.．]?\s*/;
const H_RANK5 = /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/;
// The un-numbered next-steps heading (seed 001: `下一步工作打算`): a short line on its own.
const H_NEXT = /^(?:[^。，,]{0,16})?(?:下一步|下步|今后)(?:的)?(?:巡[察视])?(?:整改)?(?:工作)?(?:打算|安排|计划|措施|思路|努力方向)[。：:]?$/;

// Tried on every line, often several times: built once.
const HEADING_RANKS: ReadonlyArray<readonly [RegExp, number]> = [
  [H_RANK1, 1], [H_RANK2, 2], [H_RANK3, 3], [H_RANK4, 4], [H_RANK5, 5],
];

export function matchHeading(line: string): HeadingMatch | null {
  for (const [re, rank] of HEADING_RANKS) {
    const m = re.exec(line);
    if (!m || m[1] === undefined) continue;
    // A bare numeral line, or a number that is a quantity (`1、2月`) is not a heading.
    if (m[0].length >= line.length) return null;
    const num = m[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    return { rank, number: num, prefix: m[0].length };
  }
  if (line.length <= 24 && H_NEXT.test(line)) return { rank: 1, number: null, prefix: 0 };
  return null;
}

// WeChat layouts set a top-level number in a badge of its own (`01`, `PART 02`, `第三部分`) with the
// heading on the next line. A lone `1` may be anything (a table cell, a page number); a run of them
// counting up from one is the outline.
const BADGE = /^(?:PART\s*)?0?([1-9])$|^第([一二三四五六七八九])部分$/i;
const BADGE_HEADING_MAX = 30;

/**
 * Headings set in WeChat badges: line index of each heading line → its match (rank 1, numbered as
 * the badge). Two badges or more, numbered 1, 2, 3… in order, each followed by a short line that is
 * no sentence and no heading of its own.
 */
export function badgeHeadings(lines: Line[], from: number, to: number, skip: (i: number) => boolean = () => false): Map<number, HeadingMatch> {
  const found = new Map<number, HeadingMatch>();
  let expect = 1;
  for (let i = from; i < to - 1; i++) {
    if (skip(i)) continue;
    const m = BADGE.exec(lines[i]?.text.trim() ?? '');
    if (!m) continue;
    const n = m[1] !== undefined ? Number(m[1]) : '一二三四五六七八九'.indexOf(m[2] ?? '') + 1;
    const next = lines[i + 1]?.text ?? '';
    // A heading is words: under `1` a figure (`0`, `12`) is the next cell of a table.
    if (n !== expect || !next || next.length > BADGE_HEADING_MAX || /[。；;！!？?]./.test(next) || !/[\u3400-\u9fff]/.test(next) || matchHeading(next)) continue;
    found.set(i + 1, { rank: 1, number: String(n), prefix: 0 });
    expect++;
  }
  return found.size >= 2 ? found : new Map();
}

/** The heading text: after the numeral, to the first `。` outside quotes, no trailing punctuation. */
export function headingText(rest: string): string {
  const stop = firstStop(rest);
  const h = stop === -1 ? rest : rest.slice(0, stop);
  return h.replace(/[\s。：:，,；;、.．！!？?]+$/u, '').trim();
}

// An aspect named without its numeral (`党的组织建设方面`, `全面从严治党方面(存在的)问题`, a bold line or an
// `<h4>` between two lists): a short line of words ending in 方面, no sentence. Not a lead-in counting
// aspects (`主要表现在以下三个方面`, `…等方面`), which opens the items it stands over as their body.
const BARE_ASPECT = /^[^。；;，,：:！!？?\n]{2,38}方面(?:存在)?(?:的?问题)?$/;
const NOT_ASPECT_NAME = /以下|如下|下列|个方面|等方面|各方面|多方面|几方面|集中在|表现在|体现在/;

/**
 * `line` as the heading of an aspect written without its numeral, when the line after it is a numbered
 * heading (`next`): a category over those items, ranked just above them so that it closes the list
 * before it and holds the items after it (`1.…` `2.…` / `党的组织建设方面` / `1.…`). The feedback's
 * problems are `（一）` or `1.` items; a group of `（1）` steps inside an item stays the item's body.
 */
function bareAspect(line: string, next: HeadingMatch | null): HeadingMatch | null {
  if (!next || next.number === null || next.rank < 2 || next.rank > 3 || line.length > 40 || !BARE_ASPECT.test(line) || NOT_ASPECT_NAME.test(line)) return null;
  return { rank: next.rank - 0.5, number: null, prefix: 0 };
}

export interface SectionIndex {
  roots: Section[];
  /** Every section in document order. */
  all: Section[];
  rank: Map<string, number>;
  /** Line index of each section's heading. */
  headingLine: Map<string, number>;
  parent: Map<string, Section | null>;
}

/**
 * Builds the tree over `lines[from, to)` (the body between the opening and the closing).
 * `notHeading(i)` marks lines that are never headings whatever they start with (the cells of a
 * ledger table: `1.制定…` there is a measure, not an item).
 */
export function buildSections(
  lines: Line[],
  from: number,
  to: number,
  bodyEnd: number,
  notHeading: (i: number) => boolean = () => false,
  badges: ReadonlyMap<number, HeadingMatch> = new Map(),
): SectionIndex {
  const roots: Section[] = [];
  const all: Section[] = [];
  const rank = new Map<string, number>();
  const headingLine = new Map<string, number>();
  const parent = new Map<string, Section | null>();
  const stack: Section[] = [];
  let n = 0;
  const close = (s: Section, end: number): void => {
    s.end = Math.max(s.headingEnd, end);
  };
  let lastEnd = 0;
  const headingAt = (i: number): HeadingMatch | null => (i >= to || notHeading(i) ? null : (badges.get(i) ?? matchHeading(lines[i]?.text ?? '')));
  // Each line's match, tried once: the next line's is the one an aspect without numeral needs.
  let nextMatch = from < to ? headingAt(from) : null;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const own = nextMatch;
    nextMatch = headingAt(i + 1);
    if (!line) continue;
    // An aspect without its numeral stands between items: after a heading, before a numbered one.
    const h = own ?? (stack.length && !notHeading(i) ? bareAspect(line.text.trim(), nextMatch) : null);
    if (h) {
      while (stack.length && (rank.get(stack[stack.length - 1]?.id ?? '') ?? 0) >= h.rank) {
        const s = stack.pop();
        if (s) close(s, lastEnd);
      }
      const rest = line.text.slice(h.prefix);
      const heading = h.number === null ? headingText(line.text) : headingText(rest);
      // Keep the heading span on the heading words, not on spaces after the numeral.
      const hs = line.start + h.prefix + (rest.length - rest.trimStart().length);
      const sec: Section = {
        id: `s${++n}`,
        level: stack.length + 1,
        number: h.number,
        heading,
        start: line.start,
        end: line.end,
        headingStart: hs,
        headingEnd: Math.min(line.end, hs + heading.length),
        children: [],
      };
      const top = stack[stack.length - 1];
      if (top) top.children.push(sec);
      else roots.push(sec);
      parent.set(sec.id, top ?? null);
      rank.set(sec.id, h.rank);
      headingLine.set(sec.id, i);
      all.push(sec);
      stack.push(sec);
    }
    lastEnd = line.end;
  }
  while (stack.length) {
    const s = stack.pop();
    if (s) close(s, Math.min(lastEnd, bodyEnd));
  }
  return { roots, all, rank, headingLine, parent };
}

/** The innermost section containing offset `pos`, or null. */
export function sectionAt(all: Section[], pos: number): Section | null {
  let found: Section | null = null;
  for (const s of all) if (s.start <= pos && pos < s.end + 1) found = s;
  return found;
}
