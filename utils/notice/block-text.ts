/**
 * DOM → text, one line per block. Paragraphs, headings, table cells, list items and `<br>` each
 * start a new line, so a notice's numbered headings begin their own line whatever the CMS did
 * (`<p>`s, `<br>`-split paragraphs, WeChat's nested `<section>`/`<span>`).
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

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
const HALF_PUNCT_G = /[,:;()!?]/g;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

function isHan(c: number): boolean {
  // CJK ideographs, “ ” 、 。 （ ）: the characters around which punctuation is Chinese.
  return (c >= 0x3400 && c <= 0x9fff) || c === 0x201c || c === 0x201d || c === 0x3001 || c === 0x3002 || c === 0xff08 || c === 0xff09;
}

function isCnNumeral(ch: string | undefined): boolean {
  return ch !== undefined && '一二三四五六七八九十'.includes(ch);
}

/** One pass: each half-width mark decided by its neighbours. */
export function normalisePunctuation(s: string): string {
  return s.replace(HALF_PUNCT_G, (ch, i: number) => {
    const prev = s.charCodeAt(i - 1);
    const next = s.charCodeAt(i + 1);
    const before = isHan(prev);
    const after = isHan(next);
    switch (ch) {
      case ',':
      case ';':
        return before || after ? FULL[ch] ?? ch : ch;
      case ':':
        // Not the colon of `http://`.
        return before && s[i + 1] !== '/' ? '：' : ch;
      case '!':
      case '?':
        return before ? FULL[ch] ?? ch : ch;
      case '(': {
        // `(一)` headings, or a bracket inside Chinese text.
        const close = s.indexOf(')', i);
        const inner = close > i ? s.slice(i + 1, close) : '';
        if (inner && [...inner].every(isCnNumeral)) return '（';
        return before && after ? '（' : ch;
      }
      case ')': {
        const open = s.lastIndexOf('(', i);
        const inner = open !== -1 && open < i ? s.slice(open + 1, i) : '';
        if (inner && [...inner].every(isCnNumeral)) return '）';
        return before ? '）' : ch;
      }
      default:
        return ch;
    }
  });
}

/**
 * Cleans one line: whitespace runs (incl. U+3000 and nbsp) collapsed, Word leftovers removed,
 * half-width punctuation between Chinese characters made full-width.
 */
export function cleanLine(raw: string): string {
  // Each pass only when its characters are there: this runs on every line of every page.
  let s = raw.indexOf('[bookmark') === -1 ? raw : raw.replace(WORD_LEFTOVER, '');
  s = s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ');
  if (s.indexOf(' ') !== -1) s = s.replace(SPACE_BETWEEN_CJK, '').trim();
  return HALF_PUNCT_CHARS.test(s) ? normalisePunctuation(s) : s;
}

/**
 * The text lines of `root`. Iterative, so a pathologically deep page cannot overflow the stack.
 */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let buf = '';
  const flush = (): void => {
    const line = cleanLine(buf);
    if (line) lines.push(line);
    buf = '';
  };
  // Stack of nodes to visit; `null` marks the end of a block element (flush after its children).
  const stack: Array<Node | null> = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      buf += node.nodeValue ?? '';
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
      if (BLOCK.has(tag)) {
        flush();
        stack.push(null);
      }
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  flush();
  return lines;
}
