import { Readability } from '@mozilla/readability';
import { blockLines } from './block-text';

/**
 * Finding the article on a page. A CMS's own article container when the page has one; else
 * Readability, and our own finder when Readability returns nothing or loses paragraphs, which it
 * does on WeChat articles, short pages, table layouts and `<br>`-split paragraphs.
 */

export interface Article {
  lines: string[];
  /** Readability's title, when it ran and found one. */
  readabilityTitle: string | null;
  /** Which finder produced `lines`. */
  via: 'readability' | 'selector' | 'density' | 'body';
}

// Containers real CMSs put the article in: WeChat, TRS 拓尔思, WebPlus and 博达 (edu.cn), common themes.
const INLINE_OR_PARAGRAPH = new Set(['P', 'SPAN', 'FONT', 'STRONG', 'B', 'EM', 'I', 'A', 'LI', 'TD', 'H1', 'H2', 'H3', 'H4']);

// The article containers of the CMSs notices are published with: WeChat, TRS 拓尔思, 开普云 UCAP,
// WebPlus and 博达 VSB (edu.cn), and the common ones. A page that has one says where its article is.
const CMS_CONTAINERS = [
  '#js_content', '.rich_media_content', '.TRS_Editor', '.trs_editor_view', '#zoom', '.article-content',
  '.article_content', '.wp_articlecontent', '.v_news_content', '#vsb_content', '.pages_content',
  '.Custom_UnionStyle', '.news_content', '.content-text', '#UCAP-CONTENT', '.art_con',
];
// Generic names a template may give any box: tried only when no CMS container is there.
const GENERIC_CONTAINERS = ['article', '#article', '.article', '#content', '.content', '.detail-content', '.zw', '#zw', '.text'];
const CMS_LIST = CMS_CONTAINERS.join(',');
const GENERIC_LIST = GENERIC_CONTAINERS.join(',');
const CONTENT_SELECTOR_LIST = `${CMS_LIST},${GENERIC_LIST}`;

/** Counts CJK ideographs: the measure of how much article a block holds. */
export function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}


const HIDDEN_COPY = 'noscript, template, [hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';

function bySelector(doc: Document): { el: Element; cms: boolean; len: number } | null {
  const found: Array<{ el: Element; len: number }> = [];
  // One query for the CMS containers (a single walk of the document); the generic names only
  // when there is none.
  let cms = true;
  let list = Array.from(doc.querySelectorAll(CMS_LIST));
  if (!list.some((el) => cjkCount(el.textContent ?? '') >= 50)) {
    cms = false;
    list = Array.from(doc.querySelectorAll(GENERIC_LIST));
  }
  // A copy of the article for another screen or language, hidden (`display:none`, `hidden`,
  // `<noscript>`), is not what the reader sees.
  for (const el of list) if (!el.closest(HIDDEN_COPY)) found.push({ el, len: cjkCount(el.textContent ?? '') });
  found.sort((a, b) => b.len - a.len);
  let best = found[0];
  if (!best || best.len < 50) return null;
  // A generic class (`.content`, `article`) may sit on a wrapper: prefer the innermost match
  // that still holds nearly all of the text.
  for (const f of found) {
    if (f.el !== best.el && best.el.contains(f.el) && f.len >= best.len * 0.85) best = f;
  }
  return { el: best.el, cms, len: best.len };
}

/**
 * Walks down from `<body>` into the child that holds most of the non-link text, and stops where no
 * single child holds ≥ 60 % of it: that node is the article container. Nav menus, sidebars and
 * footers hold little text outside links, so they never win.
 */
function byDensity(doc: Document): { el: Element; share: number } | null {
  const body = doc.body;
  if (!body) return null;
  const score = new Map<Element, number>();
  // Post-order accumulation over all elements in one pass: text outside links, per element.
  const all = Array.from(body.querySelectorAll('*'));
  // Sibling pointers rather than `Array.from(childNodes)`: no array per element of the page.
  for (let i = all.length - 1; i >= -1; i--) {
    const el = i === -1 ? body : all[i];
    if (!el) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'A') {
      score.set(el, 0);
      continue;
    }
    let n = 0;
    for (let k = el.firstChild; k; k = k.nextSibling) {
      if (k.nodeType === 3) n += cjkCount(k.nodeValue ?? '');
      else if (k.nodeType === 1) n += score.get(k as Element) ?? 0;
    }
    score.set(el, n);
  }
  let node: Element = body;
  for (;;) {
    const total = score.get(node) ?? 0;
    let next: Element | null = null;
    for (let k = node.firstElementChild; k; k = k.nextElementSibling) {
      // Descend only into a container that holds nearly everything; never into one paragraph
      // of several (a `<br>`-split article is a few big `<p>`s side by side).
      if ((score.get(k) ?? 0) >= total * 0.8 && !INLINE_OR_PARAGRAPH.has(k.tagName.toUpperCase())) next = k;
    }
    if (!next || (score.get(next) ?? 0) < 100) break;
    node = next;
  }
  const total = score.get(body) ?? 0;
  const mine = score.get(node) ?? 0;
  return mine >= 50 ? { el: node, share: total ? mine / total : 0 } : null;
}

/**
 * Readability on a copy (it mutates what it is given). When the page has a CMS article container,
 * Readability reads just that container in a document of its own: it cleans the article without
 * wandering into sidebars, at a fraction of the cost of copying and scoring the whole page.
 */
function runReadability(doc: Document, container: Element | null): { content: Node; title: string | null } | null {
  try {
    let clone: Document;
    if (container) {
      clone = doc.implementation.createHTMLDocument(doc.title);
      clone.body.appendChild(clone.importNode(container, true));
    } else {
      clone = doc.cloneNode(true) as Document;
    }
    const reader = new Readability(clone, {
      charThreshold: 200,
      // Only the text is read from Readability's article: stripping its classes is wasted work.
      keepClasses: true,
      // Keep the element: serialising to HTML and parsing again would cost more than Readability.
      serializer: (el: Node) => el,
    });
    const parsed = reader.parse();
    if (!parsed || !parsed.content) return null;
    return { content: parsed.content as unknown as Node, title: parsed.title ?? null };
  } catch {
    return null;
  }
}

/**
 * When our container holds (nearly) every line Readability kept, Readability has found the same
 * article and may only have dropped some of it (a short heading between `<br>`s, a table cell):
 * take our lines from its first kept line to its last, which restores what it dropped without
 * taking the chrome around. Null when the two disagree about where the article is.
 */
function mergeWithOwn(rdLines: string[], ownLines: string[]): string[] | null {
  const rdSet = new Set(rdLines);
  const firstIndex = new Map<string, number>();
  ownLines.forEach((l, i) => {
    if (!firstIndex.has(l)) firstIndex.set(l, i);
  });
  let matched = 0;
  let first = Infinity;
  let last = -1;
  for (const l of rdLines) {
    const i = firstIndex.get(l);
    if (i === undefined) continue;
    matched++;
    first = Math.min(first, i);
    last = Math.max(last, i);
  }
  if (matched < rdLines.length * 0.85 || last < 0) return null;
  // What we have and Readability dropped: article prose (restore it all) or page chrome?
  let extra = 0;
  let prose = 0;
  for (const l of ownLines) {
    if (rdSet.has(l)) continue;
    const n = cjkCount(l);
    extra += n;
    if (isArticleLine(l)) prose += n;
  }
  if (extra === 0 || prose >= extra * 0.7) return ownLines;
  // Chrome around the article: keep our lines from Readability's first kept line to its last,
  // widened over article-like lines just outside (an opening paragraph, a title, a signature).
  let top = first;
  while (top > 0 && isArticleLine(ownLines[top - 1] ?? '')) top--;
  let bottom = last;
  while (bottom + 1 < ownLines.length && isArticleLine(ownLines[bottom + 1] ?? '')) bottom++;
  return ownLines.slice(top, bottom + 1);
}

/** Prose, a numbered heading, a title or a signature line — not a menu entry or a footer. */
function isArticleLine(l: string): boolean {
  if (cjkCount(l) >= 15 || l.includes('。')) return !/版权|备案|ICP|网站标识码|主办单位|技术支持|当前位置/.test(l);
  return /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])|关于.*(通报|报告|情况)|(19|20)\d{2}年\d{1,2}月\d{1,2}日$|(委员会|党组|党委)$/.test(l);
}

/** The article's lines: a CMS container's; else Readability's when they hold the article, ours otherwise. */
export function findArticle(doc: Document, useReadability = true, pageText?: string): Article {
  let own: Element | null = null;
  let ownCjk: number | null = null;
  let cms = false;
  // A CMS's own article container (`.TRS_Editor`, `#js_content`, `#UCAP-CONTENT`…) holding the
  // article says where it is: our lines are read from it, and Readability — run on that container
  // alone, as below — never changed them (every fixture, ~715 probe pages), so it is not run at
  // all. It costs as much as the rest of the extraction. Readability still runs where our finder
  // is less sure: a generic box (`.content`, `article`), a dense block, or nothing found.
  let certain = false;
  try {
    const sel = bySelector(doc);
    if (sel) {
      own = sel.el;
      const mine = sel.len;
      ownCjk = mine;
      // A generic box (`.article`) counts when it holds most of the page's text, links included.
      cms = mine >= 300 && (sel.cms || mine >= 0.7 * cjkCount(pageText ?? doc.body?.textContent ?? ''));
      certain = mine >= 300 && sel.cms;
    } else {
      // A block holding nearly all the page's own (non-link) text is the article as surely as a
      // CMS container is: Readability may read just that block too.
      const dense = byDensity(doc);
      own = dense?.el ?? null;
      cms = !!dense && dense.share >= 0.8 && dense.el !== doc.body;
    }
  } catch {
    // A DOM that recurses may overflow on a pathological page; the body walk below is iterative.
  }
  const ownLines = own ? blockLines(own) : [];
  const ownVia = own ? (own.matches(CONTENT_SELECTOR_LIST) ? 'selector' : 'density') : 'body';
  const rd = useReadability && !certain ? runReadability(doc, cms ? own : null) : null;
  if (rd) {
    // Usually both found the same article: then our lines (from the page itself, title lines
    // included) are the answer, and Readability's output need not be walked at all.
    const rdCjk = cjkCount(rd.content.textContent ?? '');
    ownCjk ??= own ? cjkCount(own.textContent ?? '') : 0;
    if (own && ownLines.length && Math.abs(ownCjk - rdCjk) <= ownCjk * 0.02) {
      return { lines: ownLines, readabilityTitle: rd.title, via: ownVia };
    }
    const rdLines = blockLines(rd.content);
    if (rdLines.length) {
      const merged = ownLines.length ? mergeWithOwn(rdLines, ownLines) : null;
      if (merged) return { lines: merged, readabilityTitle: rd.title, via: ownVia };
      // Readability drops paragraphs it finds too short or too link-like; when our container holds
      // clearly more text, trust it (it was chosen for its text, so its chrome is little).
      if (rdCjk >= ownCjk * 0.9) return { lines: rdLines, readabilityTitle: rd.title, via: 'readability' };
      return { lines: ownLines, readabilityTitle: rd.title, via: ownVia };
    }
  }
  if (ownLines.length) return { lines: ownLines, readabilityTitle: rd?.title ?? null, via: ownVia };
  const body = doc.body ?? doc.documentElement;
  return { lines: body ? blockLines(body) : [], readabilityTitle: rd?.title ?? null, via: 'body' };
}

