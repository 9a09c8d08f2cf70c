import { findDates } from './dates';
import { textOf } from './detect';
import type { IsoDate } from './types';

/**
 * The page's own publication date, for notices without a signature date: meta tags, WeChat's
 * publish time, the `发布时间：` line CMS templates print above the article, or that line unlabelled.
 */
const META_NAMES = [
  'PubDate', 'pubdate', 'publishdate', 'PublishDate', 'article:published_time', 'og:release_date',
  'firstpublishedtime', 'lastmodifiedtime', 'dc.date', 'DC.Date', 'date',
];

// `发布时间：2024-08-01`, `日期：2024/8/1`, `来源：XX县纪委监委 2024年08月01日`. Not a `公开时间：` or
// `公示时间：` (the publicity period's label in the article) and never the start of a range.
const LABELLED = /(?:(?<![公开示])(?:发布|发表|发稿|成文|更新)?(?:时间|日期)\s*[：:]|(?:发布|发表)于)\s*((?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?)|来源\s*[：:][^\n：:]{0,30}?((?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?)/g;
// The meta line under the title without a label: `2024-12-20 | 总院党委办公室 | 阅读 2210`, `作者：… 2025-03-05
// 浏览次数：…` — a full date beside the line's separators or its reading count. Tried last.
const DATE = '((?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?)(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?';
const META_MARK = '[|｜丨]|阅读|浏览|点击|访问量|作者|编辑|字号|分享';
const META_LINE = new RegExp(`${DATE}\\s*(?:${META_MARK})|(?:${META_MARK})[^\\n|｜丨]{0,24}?[|｜丨\\s]\\s*${DATE}`, 'g');
/** How far under the heading its meta line may stand (a sharing bar, a font-size switch between). */
const META_WINDOW = 200;
const RANGE_AFTER = /^\s*(?:起?至|起?到|—|－|~|～|-\s*(?:19|20)?\d)/;

/** `title`: the notice's title as extraction read it, under which its meta line stands. */
export function pageDate(doc: Document, title: string | null = null): IsoDate | null {
  try {
    return pageDateUnsafe(doc, title);
  } catch {
    // A recursive DOM may overflow on a pathological page; the date is optional.
    return null;
  }
}

function pageDateUnsafe(doc: Document, title: string | null): IsoDate | null {
  for (const name of META_NAMES) {
    const el = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
    const d = el ? findDates(el.getAttribute('content') ?? '')[0] : undefined;
    if (d?.iso) return d.iso;
  }
  for (const sel of ['#publish_time', '.publish_time', '#pubtime', '.pubtime', 'time[datetime]']) {
    const el = doc.querySelector(sel);
    const raw = el ? (el.getAttribute('datetime') ?? el.textContent ?? '') : '';
    const d = findDates(raw)[0];
    if (d?.iso) return d.iso;
  }
  const text = doc.body ? textOf(doc.body) : '';
  for (const m of text.matchAll(LABELLED)) {
    const raw = m[1] ?? m[2] ?? '';
    if (RANGE_AFTER.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8))) continue;
    const d = findDates(raw)[0];
    if (d?.iso) return d.iso;
  }
  // The meta line stands right under the notice's heading: read there only, never in a top bar
  // (`今天是：2025年11月24日 | 设为首页`) nor in a list of links (`2024-11-02 | 县委召开常委会`).
  let headingText = title ?? '';
  if (headingText.length < 8) {
    for (const h of Array.from(doc.querySelectorAll('h1, h2, h3'))) {
      const t = textOf(h).trim();
      if (t.length >= 8 && /整改|巡[察视]/.test(t)) {
        headingText = t;
        break;
      }
    }
  }
  // Found by its opening words: the page may space or break the title where the title read has none.
  const at = headingText.length >= 8 ? text.indexOf(headingText.slice(0, 12)) : -1;
  if (at === -1) return null;
  const under = text.slice(at + 12, at + headingText.length + META_WINDOW);
  for (const m of under.matchAll(META_LINE)) {
    const raw = m[1] ?? m[2] ?? '';
    // Never a period's date (`公示期：2025-01-01 | …`), nor today's.
    if (/公示|公开|期限|期[：:]|今天|今日/.test(under.slice(Math.max(0, (m.index ?? 0) - 10), m.index))) continue;
    if (RANGE_AFTER.test(under.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8))) continue;
    const d = findDates(raw)[0];
    if (d?.iso) return d.iso;
  }
  return null;
}
