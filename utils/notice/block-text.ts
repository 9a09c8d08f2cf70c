import { imageHeading } from './image-headings';
import { listNumbering, nextMarker, type ListNumbering } from './list-markers';
import { matchHeading, type HeadingMatch } from './sections';

/**
 * DOM → text, one line per block. Paragraphs, headings, table cells, list items and `<br>` each
 * start a new line, so a notice's numbered headings begin their own line whatever the CMS did
 * (`<p>`s, `<br>`-split paragraphs, WeChat's nested `<section>`/`<span>`). An ordered list's items
 * begin with the numeral the browser draws for them (list-markers.ts); a heading set as a banner
 * image is read from its alt (image-headings.ts).
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const isBlock = (el: Element): boolean => BLOCK.has(el.tagName.toUpperCase());

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'HEAD', 'SELECT', 'OPTION',
  'TEXTAREA', 'INPUT', 'BUTTON', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'MAP', 'TITLE', 'META', 'LINK',
]);

const CJK = '\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026';
// Whitespace between two CJK characters is layout (source line breaks between spans, indentation),
// never content: Chinese does not separate words with spaces.
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, 'g');
const WORD_LEFTOVER = /\[bookmark:[^\]]*\]/g;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  // Only display:none: WeChat serves its article as visibility:hidden and reveals it by script.
  return style !== null && /display\s*:\s*none/i.test(style);
}

// Mirrors and some CMSs turn Chinese punctuation half-width (`(一)贯彻…,推进…`). Between Chinese
// characters it is put back, one character for one, so offsets still map onto the page 1:1.
const HALF_PUNCT_CHARS = /[,:;()!?]/;

function isHan(c: number): boolean {
  // CJK ideographs, “ ” 、 。 （ ）: the characters around which punctuation is Chinese.
  return (c >= 0x3400 && c <= 0x9fff) || c === 0x201c || c === 0x201d || c === 0x3001 || c === 0x3002 || c === 0xff08 || c === 0xff09;
}

function cnNumeralsOnly(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if ('一二三四五六七八九十'.indexOf(s[i] ?? '') === -1) return false;
  return true;
}

/** One pass: each half-width mark decided by its neighbours (a loop: this runs on every line). */
export function normalisePunctuation(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // , : ; ( ) ! ?
    if (c !== 44 && c !== 58 && c !== 59 && c !== 40 && c !== 41 && c !== 33 && c !== 63) continue;
    const before = isHan(s.charCodeAt(i - 1));
    const after = isHan(s.charCodeAt(i + 1));
    let full: string | null = null;
    switch (c) {
      case 44: // ,
      case 59: // ;
        if (before || after) full = c === 44 ? '，' : '；';
        break;
      case 58: // : — not the colon of `http://`.
        if (before && s[i + 1] !== '/') full = '：';
        break;
      case 33:
      case 63:
        if (before) full = c === 33 ? '！' : '？';
        break;
      case 40: {
        // `(一)` headings, or a bracket inside Chinese text.
        const close = s.indexOf(')', i);
        if ((close > i && cnNumeralsOnly(s, i + 1, close)) || (before && after)) full = '（';
        break;
      }
      case 41: {
        const open = s.lastIndexOf('(', i);
        if ((open !== -1 && open < i && cnNumeralsOnly(s, open + 1, i)) || before) full = '）';
        break;
      }
    }
    if (full !== null) {
      out += s.slice(from, i) + full;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Cleans one line: whitespace runs (incl. U+3000 and nbsp) collapsed, Word leftovers removed,
 * half-width punctuation between Chinese characters made full-width.
 */
export function cleanLine(raw: string): string {
  // Each pass only when its characters are there: this runs on every line of every page.
  let s = raw.indexOf('[bookmark') === -1 ? raw : raw.replace(WORD_LEFTOVER, '');
  // Invisible format characters (soft hyphen, zero-width space and joiners, word joiner, BOM) are no
  // text: removed, so `2&shy;5条` reads 25 and `巡&#8203;察` 巡察.
  if (INVISIBLE.test(s)) s = s.replace(INVISIBLE_ALL, '');
  s = s.replace(/[\s\u00a0\u3000]+/g, ' ');
  if (s.indexOf(' ') !== -1) s = s.replace(SPACE_BETWEEN_CJK, '').trim();
  return HALF_PUNCT_CHARS.test(s) ? normalisePunctuation(s) : s;
}

const PRE_END = Symbol('pre-end');
const LIST_END = Symbol('list-end');
// How many lines back a list looks for the numbered paragraph it may belong to: an item's own text
// is a few lines, and the bound keeps a page of many lists linear.
const LOOK_BACK = 50;
const ITEM_END = Symbol('item-end');

/**
 * The text lines of `root`. Iterative, so a pathologically deep page cannot overflow the stack.
 */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  // Which lines were written inside a list.
  const listLine: boolean[] = [];
  let buf = '';
  // A list item's drawn numeral, waiting for the item's first line (its text may sit in a `<p>`).
  let marker = '';
  // The lists around the node being read, innermost last.
  const lists: ListNumbering[] = [];
  const flush = (): void => {
    const line = cleanLine(buf);
    if (line) {
      lines.push(marker + line);
      listLine.push(lists.length > 0);
      marker = '';
    }
    buf = '';
  };
  // The last numbered line written outside lists, not far back: the item a list may belong to.
  const numberedBefore = (): HeadingMatch | null => {
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - LOOK_BACK); i--) {
      if (listLine[i]) continue;
      const h = matchHeading(lines[i] ?? '');
      if (h) return h;
    }
    return null;
  };
  // Stack of nodes to visit; `null` marks the end of a block element (flush after its children),
  // PRE_END the end of a `<pre>`, inside which line breaks are lines; LIST_END and ITEM_END the
  // end of a list and of its item.
  const stack: Array<Node | null | symbol> = [root];
  let pre = 0;
  const pushChildren = (node: Node): void => {
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  };
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === PRE_END) {
      pre--;
      flush();
      continue;
    }
    if (node === LIST_END) {
      flush();
      lists.pop();
      continue;
    }
    if (node === ITEM_END) {
      flush();
      // An item without text leaves no numeral behind for the next line.
      marker = '';
      continue;
    }
    if (typeof node === 'symbol') continue;
    if (node === undefined) break;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      if (pre > 0 && v.indexOf('\n') !== -1) {
        const parts = v.split('\n');
        parts.forEach((part, i) => {
          buf += part;
          if (i < parts.length - 1) flush();
        });
      } else buf += v;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el)) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (tag === 'IMG') {
        const heading = imageHeading(el, isBlock, root);
        if (heading !== null) {
          flush();
          buf = heading;
          flush();
        }
        continue;
      }
      // Preformatted text keeps its line breaks (a notice pasted as plain text): each is a line,
      // put back into sentences later where they cut sentences at a width (unwrap.ts).
      if (tag === 'PRE') {
        flush();
        pre++;
        stack.push(PRE_END);
        pushChildren(node);
        continue;
      }
      if (tag === 'OL' || tag === 'UL') {
        flush();
        const outer = lists[lists.length - 1];
        lists.push(outer ? listNumbering(el, outer.rank) : listNumbering(el, 0, tag === 'OL' ? numberedBefore() : null));
        stack.push(LIST_END);
        pushChildren(node);
        continue;
      }
      if (tag === 'LI') {
        flush();
        const list = lists[lists.length - 1];
        marker = list && list.list === el.parentElement ? (nextMarker(list, el) ?? '') : '';
        stack.push(ITEM_END);
        pushChildren(node);
        continue;
      }
      if (BLOCK.has(tag)) {
        flush();
        stack.push(null);
      }
    }
    pushChildren(node);
  }
  flush();
  return lines;
}
