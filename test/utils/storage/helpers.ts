import { afterEach } from 'vitest';
import type { AnchorStatus } from '../../../utils/anchoring/types';
import type { Annotation, AnnotationTarget, PageRecord } from '../../../utils/annotations/types';
import { DubanDB } from '../../../utils/storage/db';
import type { Result } from '../../../utils/storage/result';

/** Databases opened by a test, deleted after it: every test starts from an empty origin. */
const opened: DubanDB[] = [];
let serial = 0;

export function uniqueDbName(): string {
  return `duban-test-${process.pid}-${++serial}`;
}

export async function freshDb(name = uniqueDbName()): Promise<DubanDB> {
  const db = new DubanDB(name);
  await db.open();
  opened.push(db);
  return db;
}

/** Registers a database opened elsewhere (e.g. after an upgrade) for deletion. */
export function track(db: DubanDB): DubanDB {
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}: ${r.message}`);
  return r.value;
}

export function target(exact: string, start: number, extra: Partial<AnnotationTarget> = {}): AnnotationTarget {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '前文', suffix: '后文' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    sectionId: null,
    sectionHeading: null,
    ...extra,
  };
}

export const PAGE_URL = 'https://www.example.gov.cn/xcgz/202409/t20240913_123.html';

/** A complete annotation record, as a JSON backup or a v1 database would hold it. */
export function annotationRecord(id: string, exact: string, note: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id,
    pageUrl: PAGE_URL,
    category: 'commitment',
    note,
    target: target(exact, 100),
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    deletedAt: null,
    anchorStatus: 'anchored' as AnchorStatus,
    ...over,
  };
}

export function pageRecord(url: string, over: Partial<PageRecord> = {}): PageRecord {
  return {
    url,
    seenAs: [url],
    title: '关于巡察整改进展情况的通报',
    noticeKind: 'progress-notice',
    issuer: '中共某某委员会',
    inspector: '市委第五巡察组',
    publishedDate: '2024-09-13',
    text: '根据市委统一部署，市委第五巡察组对我台党委开展了巡察。',
    stats: { problems: 23, rectified: 17, staged: 5, unrectified: null, measures: null, measuresDone: null, other: [], warnings: 1 },
    firstSeenAt: 1_700_000_000_000,
    lastSeenAt: 1_700_000_000_000,
    ...over,
  };
}

/** Everything in the database, for "nothing changed" assertions. */
export async function snapshot(db: DubanDB): Promise<unknown> {
  return {
    pages: await db.pages.toArray(),
    annotations: await db.annotations.toArray(),
    categories: await db.categories.toArray(),
    pageAnnotations: await db.pageAnnotations.toArray(),
    tracked: await db.tracked.toArray(),
  };
}
