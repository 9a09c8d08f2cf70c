import { classifyNotice } from './classify';
import type { Detection } from './types';

/**
 * Cheap page-level detection, safe to run on every matched page: one `textContent` read and a few
 * string scans. No Readability here — it is the expensive part, and it rejects most government
 * article pages anyway. The host is never needed: notices live on *.gov.cn, *.edu.cn, discipline
 * sites, state enterprises and WeChat alike.
 */
const LINKED_NOTICE_TITLE = /(巡[察视]|整改).{0,40}(情况|通报|报告)/;
const LINKED_TITLE_MIN = 12;
// A list page has next to nothing of its own beside its titles (a date each, a pager).
const OWN_TEXT_PER_LINKED_TITLE = 400;
/** Above this share of link text, a page without a paragraph of its own is a page of links. */
const LINK_HEAVY = 0.5;
/** A run of text this long outside links is a paragraph: the page has an article of its own. */
const PARAGRAPH_MIN = 80;
const NOT_OWN_TEXT = new Set(['A', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const NOT_OWN_SELECTOR = 'a, script, style, noscript, template';
/** `NodeFilter.SHOW_TEXT`, written out: the global is not there in every DOM this runs on. */
const SHOW_TEXT = 4;

/**
 * Whether some text node outside links is a paragraph. A notice with a `相关阅读` box of notice
 * titles has one (its article, however short); a list of notice titles has none. Walked only for
 * pages that link four notice titles or more.
 */
function hasOwnParagraph(root: Node): boolean {
  // The DOM's own walker over text nodes (native in browsers); a long one outside links decides.
  const doc = root.ownerDocument ?? (root as Document);
  if (typeof doc.createTreeWalker === 'function') {
    try {
      const walker = doc.createTreeWalker(root, SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n.nodeValue ?? '').length < PARAGRAPH_MIN || (n.nodeValue ?? '').trim().length < PARAGRAPH_MIN) continue;
        const parent = n.parentElement;
        if (parent && !parent.closest(NOT_OWN_SELECTOR)) return true;
      }
      return false;
    } catch {
      // A DOM whose walker recurses (a page nested thousands deep): the explicit walk below.
    }
  }
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n) continue;
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim().length >= PARAGRAPH_MIN) return true;
      continue;
    }
    if (n.nodeType === 1 && NOT_OWN_TEXT.has((n as Element).tagName.toUpperCase())) continue;
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
  }
  return false;
}

export interface LinkStats {
  /**
   * Share of the page's text inside links (0–1), capped at 0.5 when the page has a paragraph of
   * its own (a notice under a huge menu is not a page of links).
   */
  linkRatio: number;
  /** Links to attachments (.pdf, .doc…). */
  attachmentLinks: number;
  /** Many linked notice titles and little text of the page's own: a list or search page. */
  listPage: boolean;
}

export interface PageDetection {
  detection: Detection;
  /** The page text read for it (`body.textContent`). */
  text: string;
  /** The cheap title candidates it used. */
  titles: string[];
  /** Computed only for a page that could be a notice. */
  links: LinkStats | null;
}

/** 巡察/巡视 (traditional 巡視 too): a notice names its inspection. */
export const INSPECTION_WORD = /巡[察视視]/;
const INSPECTION_WORDS = /巡[察视視]/g;

/** True when every 巡察/巡视 of the page's text stands in a link. */
function inspectionOnlyInLinks(doc: Document, text: string): boolean {
  const all = text.match(INSPECTION_WORDS)?.length ?? 0;
  let inLinks = 0;
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    const t = a.textContent ?? '';
    if (t.length > 1 && INSPECTION_WORD.test(t)) inLinks += t.match(INSPECTION_WORDS)?.length ?? 0;
    if (inLinks >= all) return true;
  }
  return inLinks >= all;
}

/** Detection with what it read, so extraction need not read the page twice. */
export function detectPage(doc: Document): PageDetection {
  const body = doc.body;
  const text = body ? textOf(body) : '';
  if (text.indexOf('整改') === -1 || !INSPECTION_WORD.test(text)) {
    return { detection: { isNotice: false, kind: 'not-notice', confidence: 0.01, reasons: ['no-inspection-words'] }, text, titles: [], links: null };
  }
  const docTitle = safeTitle(doc);
  const titles = docTitle ? [docTitle] : [];
  let first = classifyNotice({ titles, text, scope: 'page' });
  // The first heading matters only when `<title>` does not name the notice (a site name).
  if (!first.isNotice && first.reasons.includes('neg:no-own-voice') && !/巡[察视]|整改/.test(docTitle)) {
    titles.push(...cheapTitles(doc).slice(docTitle ? 1 : 0));
    first = classifyNotice({ titles, text, scope: 'page' });
  }
  // Only a page that could be a notice pays for the link scan (list pages, attachment pages).
  if (!first.isNotice) return { detection: first, text, titles, links: null };
  // A page naming 巡察/巡视 only in its links (a `巡察工作` menu, a sidebar headline) and not in its
  // titles is another procedure's (`…大药房整改情况的公示` on a regulator's site).
  if (!titles.some((x) => INSPECTION_WORD.test(x)) && inspectionOnlyInLinks(doc, text)) {
    return { detection: { isNotice: false, kind: 'not-notice', confidence: 0.05, reasons: [...first.reasons, 'neg:no-inspection-in-article'] }, text, titles, links: null };
  }
  const links = linkStats(doc, text);
  // Links change the verdict only on a page mostly of links, a list, or one with attachments: on
  // any other the first verdict stands (and the text is not read a second time).
  if (links.linkRatio <= 0.5 && !links.listPage && links.attachmentLinks === 0) return { detection: first, text, titles, links };
  return { detection: classifyNotice({ titles, text, scope: 'page', ...links }), text, titles, links };
}

export function detectNotice(doc: Document): Detection {
  return detectPage(doc).detection;
}

/** `document.title`, or '' where a recursive DOM overflows on a pathological page. */
function safeTitle(doc: Document): string {
  try {
    return doc.title ?? '';
  } catch {
    return '';
  }
}

/**
 * `<title>` and the first headings: enough for the page-level verdict, three cheap lookups. A
 * platform's page may name itself in `<h1>` and the notice in `<h2>` (`村务公开详情`).
 */
function cheapTitles(doc: Document): string[] {
  const out: string[] = [];
  try {
    if (doc.title) out.push(doc.title);
    for (const tag of ['h1', 'h2']) {
      const h = doc.querySelector(tag);
      const t = h ? textOf(h).trim() : '';
      if (t) out.push(t);
    }
  } catch {
    // A recursive DOM on a pathological page (see textOf).
  }
  return out;
}

export function linkStats(doc: Document, text: string): LinkStats {
  let linkChars = 0;
  let attachmentLinks = 0;
  let linkedTitles = 0;
  try {
    const links = doc.links;
    for (let i = 0; i < links.length; i++) {
      const a = links[i];
      if (!a) continue;
      const t = textOf(a);
      linkChars += t.length;
      // A notice's title is a sentence (`中共…党组关于…整改进展情况的通报`); a breadcrumb or menu
      // entry (`整改通报`, `巡察整改情况`) names a column of the site, not a notice.
      if (t.length >= LINKED_TITLE_MIN && LINKED_NOTICE_TITLE.test(t)) linkedTitles++;
      const href = a.getAttribute('href') ?? '';
      if (/\.(pdf|docx?|wps|ofd|xlsx?)(\?|#|$)/i.test(href)) attachmentLinks++;
    }
  } catch {
    // See textOf: a recursive DOM on a pathological page. Links are only a hint.
  }
  const visible = text.replace(/\s+/g, '').length || 1;
  // A list or search page links many notices and has little text of its own; a notice page may
  // link a few related notices beside its long article.
  let linkRatio = Math.min(1, linkChars / visible);
  const crowded = linkedTitles >= 4 && visible - linkChars < OWN_TEXT_PER_LINKED_TITLE * linkedTitles;
  // A short notice under a 300-link menu is mostly links by count of characters, yet it has its
  // paragraphs: only a page without one is a page of links.
  const ownParagraph = crowded || linkRatio > LINK_HEAVY ? hasOwnParagraph(doc.body ?? doc) : true;
  if (ownParagraph) linkRatio = Math.min(linkRatio, LINK_HEAVY);
  return { linkRatio, attachmentLinks, listPage: crowded && !ownParagraph };
}

/**
 * `textContent`, or — where a DOM implements it recursively and a pathological page nests
 * thousands deep (happy-dom in the CLI) — the same text by an explicit walk.
 */
export function textOf(node: Node): string {
  try {
    return node.textContent ?? '';
  } catch {
    let out = '';
    const stack: Node[] = [node];
    while (stack.length) {
      const n = stack.pop();
      if (!n) continue;
      if (n.nodeType === 3) out += n.nodeValue ?? '';
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) {
        const k = kids[i];
        if (k) stack.push(k);
      }
    }
    return out;
  }
}

/** Title candidates a page offers: `<title>`, the first headings and title-like elements, meta. */
export function pageTitles(doc: Document): string[] {
  try {
    return pageTitlesUnsafe(doc);
  } catch {
    // A DOM that recurses (see textOf) may overflow on a pathological page; even `doc.title`
    // searches the tree there, so there is no title to offer.
    return [];
  }
}

// A candidate that already reads as a notice title ends the search: the rest are lookups for
// pages whose title sits in an unusual box.
const NOTICE_TITLE = /(巡[察视]|整改|反馈).{0,50}(情况|通报|报告)(的通报)?$/;

const BOLD_TITLES_TRIED = 30;
const META_CELLS_TRIED = 60;
const META_NAME_LABEL = /^(?:信息|文件|文档)?(?:名称|标题)[：:]?$/;

function pageTitlesUnsafe(doc: Document): string[] {
  const out: string[] = [];
  const add = (raw: string): boolean => {
    const t = raw.trim();
    if (!t || t.length > 160) return false;
    out.push(t);
    return NOTICE_TITLE.test(t.replace(/\s+/g, ''));
  };
  if (doc.title && add(doc.title.replace(/[_|｜].*$|\s[-—–]\s.*$/, '')) && add(doc.title)) return out;
  const selectors = [
    'h1', '#activity-name', '.rich_media_title', '.title', '.article-title', '.article_title', '.news_title',
    '#title', '.tit', '.biaoti', '.bt', '.detail-title', '.content-title', '.xxgk_title', '.art_title',
    'meta[name="ArticleTitle"]', 'meta[name="title"]', 'meta[property="og:title"]', 'meta[name="twitter:title"]',
    'h2', 'h3',
  ];
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    if (!el) continue;
    const t = el.tagName === 'META' ? el.getAttribute('content') ?? '' : textOf(el);
    if (add(t)) return out;
  }
  // Templates name their title box freely (`m-article-title`, `detail_tit`…): try a few more.
  for (const el of Array.from(doc.querySelectorAll('[class*="title"], [id*="title"], [class*="tit"]')).slice(0, 12)) {
    if (add(textOf(el))) return out;
  }
  // A 政务公开 page's metadata table names the document (`名 称：` | `…的通报`) where no title box does.
  for (const cell of Array.from(doc.querySelectorAll('th, td')).slice(0, META_CELLS_TRIED)) {
    if (!META_NAME_LABEL.test(textOf(cell).replace(/[\s\u3000]+/g, ''))) continue;
    const value = cell.nextElementSibling ? textOf(cell.nextElementSibling).trim() : '';
    if (value.length <= 90 && NOTICE_TITLE.test(value.replace(/\s+/g, ''))) {
      add(value);
      return out;
    }
  }
  // Old table layouts set the title in bold type in a cell of their own (`<td><b>…</b></td>`):
  // the first bold run that reads as a notice title, and only such a one.
  for (const el of Array.from(doc.querySelectorAll('b, strong')).slice(0, BOLD_TITLES_TRIED)) {
    const t = textOf(el).trim();
    if (t.length <= 90 && NOTICE_TITLE.test(t.replace(/\s+/g, ''))) {
      add(t);
      return out;
    }
  }
  return out;
}
