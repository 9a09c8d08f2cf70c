import { findDates } from './dates';
import { textOf } from './detect';
import type { IsoDate } from './types';

/**
 * The page's own publication date, for notices without a signature date: meta tags, WeChat's
 * publish time, or the `发布时间：` line CMS templates print above the article.
 */
const META_NAMES = [
  'PubDate', 'pubdate', 'publishdate', 'PublishDate', 'article:published_time', 'og:release_date',
  'firstpublishedtime', 'lastmodifiedtime', 'dc.date', 'DC.Date', 'date',
];

const LABELLED = /(?:发布|发表|发稿|成文|公开|更新)?(?:时间|日期)\s*[：:]\s*((?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?)/;

export function pageDate(doc: Document): IsoDate | null {
  try {
    return pageDateUnsafe(doc);
  } catch {
    // A recursive DOM may overflow on a pathological page; the date is optional.
    return null;
  }
}

function pageDateUnsafe(doc: Document): IsoDate | null {
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
  const m = LABELLED.exec(text);
  if (m?.[1]) {
    const d = findDates(m[1])[0];
    if (d?.iso) return d.iso;
  }
  return null;
}
