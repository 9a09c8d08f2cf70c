import { describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, listAnnotations, putPage } from '../../../utils/storage/repository';
import { deletePage, listLibrary } from '../../../utils/storage/library';
import { createTracked, listTracked, updateTracked } from '../../../utils/storage/tracked';
import { createClient, dispatch, type BackgroundRequests, type DubanEvent, type Envelope } from '../../../utils/messaging';
import { createStorageHandlers } from '../../../utils/storage/service';
import { freshDb, PAGE_URL, pageRecord, target, unwrap } from './helpers';

const OTHER = 'https://www.example.gov.cn/xcgz/other.html';
const TODAY = '2026-11-23';

describe('the library rows', () => {
  it('counts live highlights, tracked items by status, overdue, due within 30 days and the next due date', async () => {
    const db = await freshDb();
    unwrap(await putPage(db, pageRecord(PAGE_URL, { lastSeenAt: 2 })));
    unwrap(await putPage(db, pageRecord(OTHER, { title: '另一份通报', lastSeenAt: 5 })));
    const a = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', target: target('建立长效机制', 10) }));
    unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', target: target('年底前完成', 40) }));
    unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', target: target('已经整改', 80) }));
    unwrap(await deleteAnnotation(db, a.id));
    const late = unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '逾期事项', due: '2026-11-01' }));
    unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '十天后到期', due: '2026-12-03' }));
    unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '远期事项', due: '2027-06-30' }));
    const kept = unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '已兑现但逾期', due: '2026-10-01' }));
    unwrap(await updateTracked(db, kept.id, { status: 'kept' }));
    unwrap(await updateTracked(db, late.id, { status: 'broken' }));

    const rows = unwrap(await listLibrary(db, TODAY));
    expect(rows.map((r) => r.url)).toEqual([OTHER, PAGE_URL]);
    const row = rows[1];
    expect(row).toMatchObject({ title: '关于巡察整改进展情况的通报', issuer: '中共某某委员会', highlights: 2, overdue: 1, dueSoon: 1, nextDue: '2026-11-01' });
    expect(row?.tracked).toEqual({ 'to-verify': 2, kept: 1, broken: 1, doubtful: 0 });
    expect(row).not.toHaveProperty('text');
    expect(rows[0]).toMatchObject({ highlights: 0, overdue: 0, dueSoon: 0, nextDue: null });
  });

  it('lists a page known only by its tracked items, and refuses a bad date', async () => {
    const db = await freshDb();
    unwrap(await createTracked(db, { pageUrl: OTHER, text: '建立长效机制' }));
    expect(unwrap(await listLibrary(db, TODAY))).toEqual([expect.objectContaining({ url: OTHER, title: null, tracked: { 'to-verify': 1, kept: 0, broken: 0, doubtful: 0 } })]);
    expect((await listLibrary(db, '2026-02-30')).ok).toBe(false);
  });

  it('deletes a notice: its record, its highlights and tracked items, in one go', async () => {
    const db = await freshDb();
    unwrap(await putPage(db, pageRecord(PAGE_URL)));
    unwrap(await putPage(db, pageRecord(OTHER)));
    unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', target: target('建立长效机制', 10) }));
    unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '建立长效机制' }));
    unwrap(await createTracked(db, { pageUrl: OTHER, text: '建立长效机制' }));
    expect(unwrap(await deletePage(db, `${PAGE_URL}#top`))).toEqual({ url: PAGE_URL, page: true, annotations: 1, tracked: 1 });
    expect(unwrap(await listLibrary(db, TODAY)).map((r) => r.url)).toEqual([OTHER]);
    expect(unwrap(await listAnnotations(db, PAGE_URL))).toEqual([]);
    expect(unwrap(await listAnnotations(db, PAGE_URL, { includeDeleted: true }))).toHaveLength(1);
    expect(unwrap(await listTracked(db, PAGE_URL))).toEqual([]);
    expect(unwrap(await listTracked(db, OTHER))).toHaveLength(1);
  });
});

describe('the library over the message protocol', () => {
  it('lists rows for the given today, deletes a notice and announces the three changes', async () => {
    const db = await freshDb();
    const events: DubanEvent[] = [];
    const send = createClient<BackgroundRequests>(async (m: Envelope) => dispatch<BackgroundRequests, null>(createStorageHandlers(db, (e) => events.push(e)), structuredClone(m), null));
    unwrap(await putPage(db, pageRecord(PAGE_URL)));
    unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', target: target('建立长效机制', 10) }));
    unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '建立长效机制', due: '2026-12-01' }));
    expect(unwrap(await send('library-list', { today: TODAY }))).toEqual([expect.objectContaining({ url: PAGE_URL, highlights: 1, dueSoon: 1, nextDue: '2026-12-01' })]);
    expect(unwrap(await send('library-list', {}))).toHaveLength(1);
    expect((await send('library-list', { today: 'tomorrow' })).ok).toBe(false);
    expect((await send('page-delete', { url: '' })).ok).toBe(false);
    unwrap(await send('page-delete', { url: PAGE_URL }));
    expect(unwrap(await send('library-list', { today: TODAY }))).toEqual([]);
    expect(events).toEqual([
      { type: 'pages-changed', pageUrl: PAGE_URL },
      { type: 'annotations-changed', pageUrl: PAGE_URL },
      { type: 'tracked-changed', pageUrl: PAGE_URL },
    ]);
  });
});
