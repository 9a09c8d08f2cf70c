import { parseNumeral } from './numerals';
import { matchHeading, type HeadingMatch } from './sections';

/**
 * The numerals a browser draws for an ordered list. Notices pasted from Word into UEditor or
 * KindEditor number their problems as `<ol><li>` and their measures as lists inside the items: the
 * reader sees `1.`, `2.`, the DOM holds no numeral. Each item's line is given the numeral the
 * notice's own grammar writes at that depth (`1.` › `（1）` › `①`, or `一、` › `（一）` for a list
 * drawn in Chinese numerals), so an item reads as the numbered item it shows — a list inside an
 * item is that item's sub-items, as its indentation shows the reader.
 */

/** Heading styles by rank, as sections.ts ranks them: 一、 › （一） › 1. › （1） › ①. */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN_DIGITS = '一二三四五六七八九';

/** 1–99 in Chinese numerals (`十一`, `二十`), as headings write them; null beyond. */
function chineseNumeral(n: number): string | null {
  if (n < 1 || n > 99) return null;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const t = tens === 0 ? '' : `${tens === 1 ? '' : (CN_DIGITS[tens - 1] ?? '')}十`;
  return t + (ones === 0 ? '' : (CN_DIGITS[ones - 1] ?? ''));
}

/** The numeral of item `n` at heading rank `rank`; null where that style cannot write it. */
export function markerFor(rank: number, n: number): string | null {
  if (!Number.isInteger(n) || n < 1) return null;
  switch (rank) {
    case 1: {
      const cn = chineseNumeral(n);
      return cn === null ? null : `${cn}、`;
    }
    case 2: {
      const cn = chineseNumeral(n);
      return cn === null ? null : `（${cn}）`;
    }
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
    case 5:
      return CIRCLED[n - 1] ?? null;
    default:
      return null;
  }
}

// The rank each list-style draws at. Letters and roman numerals (`a.`, `iv.`) are not how notices
// number their items: such a list is left as it is, as is a list drawing bullets or nothing.
const CHINESE_STYLES = new Set(['cjk-ideographic', 'simp-chinese-informal', 'trad-chinese-informal']);
const DECIMAL_STYLES = new Set(['decimal', 'decimal-leading-zero']);

/** The list-style named in an inline style (`list-style-type: x` or the `list-style` shorthand). */
function styleType(el: Element): string | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  const m = /list-style(?:-type)?\s*:\s*([^;]+)/i.exec(style);
  if (!m?.[1]) return null;
  // The shorthand may name a position or a picture too: those are no type.
  for (const token of m[1].trim().toLowerCase().split(/\s+/)) {
    if (token !== 'inside' && token !== 'outside' && !token.startsWith('url(')) return token;
  }
  return null;
}

/** The rank an `<ol>` draws its numerals at by itself (before nesting), or null for no numerals. */
function naturalRank(ol: Element): number | null {
  // An inline style wins over the `type` attribute, as in the browser.
  const css = styleType(ol);
  if (css !== null) return CHINESE_STYLES.has(css) ? 1 : DECIMAL_STYLES.has(css) ? 3 : null;
  const type = ol.getAttribute('type');
  return type === null || type === '1' ? 3 : null;
}

const NESTED_LIST = new Set(['OL', 'UL']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const LEAD_CHARS = 12;

/**
 * The first characters an item writes itself, before any list inside it, and whether all of its
 * text lies inside links.
 */
function itemLead(li: Element): { lead: string; linksOnly: boolean } {
  let lead = '';
  let outsideLinks = false;
  let any = false;
  const walk: Array<{ node: Node; inLink: boolean }> = [{ node: li, inLink: false }];
  while (walk.length) {
    const top = walk.pop();
    if (!top) break;
    const { node, inLink } = top;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      if (/\S/.test(v)) {
        any = true;
        if (!inLink) outsideLinks = true;
        if (lead.replace(/\s/g, '').length < LEAD_CHARS) lead += v;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag) || (el !== li && NESTED_LIST.has(tag))) continue;
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) walk.push({ node: k, inLink: inLink || tag === 'A' });
    }
  }
  return { lead: lead.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim(), linksOnly: any && !outsideLinks };
}

// An item enumerated in words (`一是…`, `第一，…`) carries its own ordinal as much as `1.` does.
const OWN_ORDINAL_WORDS = /^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]+[，、,：:]|第[一二三四五六七八九十]+[，、,：:])/;

export interface ListNumbering {
  /** The list element. */
  list: Element;
  /** Rank its items' numerals have (drawn or written), for the lists inside them; 0 for none. */
  rank: number;
  /** Whether the items are given numerals (the browser draws them, the text has none). */
  numbered: boolean;
  /** The next item's number, and the step (−1 for `reversed`). */
  next: number;
  step: number;
}

/** The rank of `（1）` sub-items (sections.ts): an item's measures. */
const SUB_ITEM_RANK = 4;
const ACTION_LEAD = /^(?:已|确保|将|计划|拟|正在|目前|制定|建立|修订|开展|完善|加强|强化|落实|推进|组织|召开|出台|印发|实施|对)/;

/**
 * How the items of `list` (an `<ol>` or `<ul>`) are numbered, inside a list whose items rank
 * `enclosingRank` (0 outside lists), `before` being the last numbered line written before it outside
 * lists. A list whose items carry their own numerals keeps them, and its rank is theirs; a list of
 * links (a breadcrumb, related articles) is navigation, however the browser draws it. An ordered
 * list ranks below the items it sits in, so a list in a list is sub-items. A list drawing the style
 * of the numbered paragraph before it and counting afresh (`<p>1.…</p><ol><li>…`) is that item's
 * sub-items too: two series of one style cannot both be the items, and the browser indents the
 * list; one going on with the count (`<p>2.…</p><ol start="3">`) is the paragraphs' next items.
 */
export function listNumbering(list: Element, enclosingRank: number, before: HeadingMatch | null = null): ListNumbering {
  const items = Array.from(list.children).filter((c) => c.tagName.toUpperCase() === 'LI');
  const plain: ListNumbering = { list, rank: enclosingRank, numbered: false, next: 1, step: 1 };
  let own = false;
  let ownRank = 0;
  let links = false;
  for (const li of items) {
    const { lead, linksOnly } = itemLead(li);
    if (linksOnly) links = true;
    const h = matchHeading(lead);
    if (h && h.number !== null) {
      own = true;
      ownRank ||= h.rank;
    } else if (OWN_ORDINAL_WORDS.test(lead)) own = true;
  }
  if (own) return { ...plain, rank: ownRank || enclosingRank };
  if (list.tagName.toUpperCase() !== 'OL' || links) return plain;
  const natural = naturalRank(list);
  if (natural === null) return plain;
  let rank = Math.max(natural, enclosingRank + 1);
  const reversed = list.hasAttribute('reversed');
  const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
  const first = Number.isNaN(start) ? (reversed ? items.length : 1) : start;
  const last = before?.number != null ? parseNumeral(before.number) : null;
  if (before && before.rank === rank && last !== null && first !== last + 1) rank++;
  // Items that report or promise work (`已修订学习制度`, `确保年底前完成`) under a numbered line are
  // its measures, drawn as sub-items, not the next problems.
  if (before && rank < SUB_ITEM_RANK && items.length > 0 && items.every((li) => ACTION_LEAD.test(itemLead(li).lead))) rank = SUB_ITEM_RANK;
  return { list, rank, numbered: true, next: first, step: reversed ? -1 : 1 };
}

/** The numeral of `li`, the next item of `n` (advancing it); null when none is drawn. */
export function nextMarker(n: ListNumbering, li: Element): string | null {
  const value = Number.parseInt(li.getAttribute('value') ?? '', 10);
  const num = Number.isNaN(value) ? n.next : value;
  n.next = num + n.step;
  if (!n.numbered) return null;
  if (styleType(li) === 'none') return null;
  return markerFor(n.rank, num);
}
