import { extractNotice, isExtractError } from '../notice/extract';
import type { Notice } from '../notice/types';
import { pageStatsOf } from '../annotations/page-stats';
import type { PageFields } from '../storage/repository';

/**
 * What the annotator reads of its page once per visit: the extracted notice (for sections and the
 * library's record) and the fields saved with the page. Extraction never throws (extract.ts); a
 * page it cannot read is saved with its title only.
 */
export interface PageNotice {
  /** The extraction, notice or not (its `text` is the article text either way); null if it failed. */
  notice: Notice | null;
  isNotice: boolean;
  fields: PageFields;
}

export function readPageNotice(doc: Document, url: string): PageNotice {
  const r = extractNotice(doc, { source: url, url });
  const title = doc.title.trim() || null;
  if (isExtractError(r)) return { notice: null, isNotice: false, fields: { title } };
  if (!r.isNotice) return { notice: r, isNotice: false, fields: { title: r.title ?? title, text: r.text } };
  return {
    notice: r,
    isNotice: true,
    fields: {
      title: r.title ?? title,
      noticeKind: r.kind,
      issuer: r.issuer,
      inspector: r.inspector,
      publishedDate: r.publishedDate,
      text: r.text,
      stats: pageStatsOf(r),
    },
  };
}
