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

const HAN = '\u3400-\u9fff\u201c\u201d\u3001\u3002\uff08\uff09';
// Mirrors and some CMSs turn Chinese punctuation half-width (`(一)贯彻…,推进…`). Between Chinese
// characters it is put back, one character for one, so offsets still map onto the page 1:1.
const HALF_PUNCT: Array<[RegExp, string]> = [
  [new RegExp(`(?<=[${HAN}]),|,(?=[${HAN}])`, 'g'), '，'],
  [new RegExp(`(?<=[${HAN}]):(?!//)`, 'g'), '：'],
  [new RegExp(`(?<=[${HAN}]);|;(?=[${HAN}])`, 'g'), '；'],
  [new RegExp(`\\((?=[一二三四五六七八九十]+\\))|(?<=[${HAN}])\\((?=[${HAN}])`, 'g'), '（'],
  [new RegExp(`(?<=（[一二三四五六七八九十]+)\\)|(?<=[${HAN}])\\)`, 'g'), '）'],
  [new RegExp(`(?<=[${HAN}])!`, 'g'), '！'],
  [new RegExp(`(?<=[${HAN}])\\?`, 'g'), '？'],
];

const HALF_PUNCT_CHARS = /[,:;()!?]/;

export function normalisePunctuation(s: string): string {
  let out = s;
  for (const [re, to] of HALF_PUNCT) out = out.replace(re, to);
  return out;
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
