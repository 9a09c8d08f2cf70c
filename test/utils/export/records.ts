import type { Annotation, PageRecord } from '../../../utils/annotations/types';

/** Small records shared by the export tests: one notice page and its highlights. */

export const NOTICE_URL = 'https://www.example.gov.cn/xxgk/2025/notice.html';

export const NOTICE_TEXT = [
  '中共某某局党组关于巡察整改进展情况的通报',
  '一、整改落实情况',
  '反馈的23个问题中，已整改完成17个，阶段性整改完成5个。',
  '二、下一步工作打算',
  '我们将于2025年12月底前完成剩余整改任务，并适时公布新制度。',
].join('\n');

export function page(overrides: Partial<PageRecord> = {}): PageRecord {
  return {
    url: NOTICE_URL,
    seenAs: [`${NOTICE_URL}?utm_source=wechat`],
    title: '中共某某局党组关于巡察整改进展情况的通报',
    noticeKind: 'progress-notice',
    issuer: '中共某某局党组',
    inspector: '市委第五巡察组',
    publishedDate: '2025-06-01',
    text: NOTICE_TEXT,
    stats: { problems: 23, rectified: 17, staged: 5, unrectified: null, measures: null, measuresDone: null, other: [], warnings: 1 },
    firstSeenAt: 1_748_736_000_000,
    lastSeenAt: 1_748_736_000_000,
    ...overrides,
  };
}

/** A highlight of `exact` in NOTICE_TEXT (its first occurrence), with its saved context. */
export function annotation(id: string, exact: string, overrides: Partial<Annotation> = {}): Annotation {
  const start = NOTICE_TEXT.indexOf(exact);
  if (start === -1) throw new Error(`not in the notice: ${exact}`);
  const end = start + exact.length;
  return {
    id,
    pageUrl: NOTICE_URL,
    category: 'commitment',
    note: '',
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: NOTICE_TEXT.slice(Math.max(0, start - 32), start),
        suffix: NOTICE_TEXT.slice(end, end + 32),
      },
      position: { type: 'TextPositionSelector', start, end },
      sectionId: null,
      sectionHeading: null,
    },
    createdAt: 1_748_736_000_000,
    updatedAt: 1_748_736_000_000,
    deletedAt: null,
    anchorStatus: 'anchored',
    ...overrides,
  };
}
