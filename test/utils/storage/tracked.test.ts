import { describe, expect, it } from 'vitest';
import { createTracked, deleteTracked, listAllTracked, listTracked, listTrackedDueBetween, undoDeleteTracked, updateTracked } from '../../../utils/storage/tracked';
import { freshDb, PAGE_URL, snapshot, unwrap } from './helpers';

const OTHER = 'https://www.example.gov.cn/xcgz/other.html';

describe('tracked commitments in storage', () => {
  it('creates an item to verify, under the normalised page URL, with the due date given', async () => {
    const db = await freshDb();
    const item = unwrap(await createTracked(db, { pageUrl: `${PAGE_URL}#:~:text=x`, text: '年底前出台管理办法', annotationId: 'a1', due: '2026-12-31', dueAsWritten: '年底前' }));
    expect(item).toMatchObject({ pageUrl: PAGE_URL, annotationId: 'a1', text: '年底前出台管理办法', status: 'to-verify', due: '2026-12-31', dueAsWritten: '年底前', note: '', evidence: [], deletedAt: null });
    expect(item.createdAt).toBe(item.updatedAt);
    expect(unwrap(await listTracked(db, PAGE_URL))).toEqual([item]);
  });

  it('returns the existing live item when the same sentence of the same page is tracked again', async () => {
    const db = await freshDb();
    const a = unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '建立长效机制' }));
    expect(unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '建立长效机制' })).id).toBe(a.id);
    expect(unwrap(await createTracked(db, { pageUrl: OTHER, text: '建立长效机制' })).id).not.toBe(a.id);
    expect(await db.tracked.count()).toBe(2);
  });

  it('edits status, due, note and evidence; an unchanged patch writes nothing', async () => {
    const db = await freshDb();
    const a = unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '建立长效机制' }));
    const b = unwrap(await updateTracked(db, a.id, { status: 'kept', due: '2027-01-15', note: '已见文件', evidence: ['https://a.gov.cn/1.html', 'https://a.gov.cn/1.html', 'http://b.cn/'] }));
    expect(b).toMatchObject({ status: 'kept', due: '2027-01-15', note: '已见文件', evidence: ['https://a.gov.cn/1.html', 'http://b.cn/'] });
    expect(b.updatedAt).toBeGreaterThan(a.updatedAt);
    expect(unwrap(await updateTracked(db, a.id, { status: 'kept' }))).toEqual(b);
    expect(unwrap(await updateTracked(db, a.id, { due: null })).due).toBeNull();
  });

  it.each([
    ['a bad status', { status: 'done' }],
    ['an impossible date', { due: '2026-02-30' }],
    ['a javascript: link', { evidence: ['javascript:alert(1)'] }],
    ['evidence that is not a list', { evidence: 'https://a.gov.cn' }],
    ['a note that is not text', { note: 3 }],
  ])('refuses %s and changes nothing', async (_name, patch) => {
    const db = await freshDb();
    const a = unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '建立长效机制' }));
    const before = await snapshot(db);
    const r = await updateTracked(db, a.id, patch as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('invalid');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a malformed item and an unknown id', async () => {
    const db = await freshDb();
    expect((await createTracked(db, { pageUrl: PAGE_URL, text: ' ' })).ok).toBe(false);
    expect((await createTracked(db, { pageUrl: PAGE_URL, text: 'x', due: '年底前' })).ok).toBe(false);
    const missing = await updateTracked(db, 'nope', { note: 'x' });
    expect(missing.ok ? null : missing.error).toBe('not-found');
    expect(await db.tracked.count()).toBe(0);
  });

  it('deletes with undo', async () => {
    const db = await freshDb();
    const a = unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '建立长效机制', due: '2026-12-01' }));
    const gone = unwrap(await deleteTracked(db, a.id));
    expect(gone.deletedAt).not.toBeNull();
    expect(unwrap(await listTracked(db, PAGE_URL))).toEqual([]);
    expect(unwrap(await listAllTracked(db))).toEqual([]);
    expect(unwrap(await listTrackedDueBetween(db, '2026-01-01', '2026-12-31'))).toEqual([]);
    const back = unwrap(await undoDeleteTracked(db, a.id));
    expect(back.deletedAt).toBeNull();
    expect(back.updatedAt).toBeGreaterThan(gone.updatedAt);
    expect(unwrap(await listTracked(db, PAGE_URL)).map((t) => t.id)).toEqual([a.id]);
  });

  it('lists by page, by status and by due date range (soonest first, items without a date left out)', async () => {
    const db = await freshDb();
    // One creation per millisecond at least: the lists order by creation time.
    const tick = () => new Promise((r) => setTimeout(r, 2));
    const late = unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '一', due: '2026-12-20' }));
    await tick();
    const soon = unwrap(await createTracked(db, { pageUrl: OTHER, text: '二', due: '2026-11-30' }));
    await tick();
    const past = unwrap(await createTracked(db, { pageUrl: OTHER, text: '三', due: '2026-10-01' }));
    await tick();
    const undated = unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '四' }));
    unwrap(await updateTracked(db, soon.id, { status: 'broken' }));
    expect(unwrap(await listTracked(db, OTHER)).map((t) => t.text)).toEqual(['二', '三']);
    expect(unwrap(await listAllTracked(db)).map((t) => t.text)).toEqual(['一', '四', '二', '三']);
    expect(unwrap(await listAllTracked(db, { status: 'broken' })).map((t) => t.id)).toEqual([soon.id]);
    expect(unwrap(await listTrackedDueBetween(db, '2026-11-24', '2026-12-24')).map((t) => t.id)).toEqual([soon.id, late.id]);
    expect(unwrap(await listTrackedDueBetween(db, '1970-01-01', '2026-11-23')).map((t) => t.id)).toEqual([past.id]);
    expect(unwrap(await listTrackedDueBetween(db, '2027-01-01', '2026-01-01'))).toEqual([]);
    expect((await listTrackedDueBetween(db, 'soon', '2026-01-01')).ok).toBe(false);
    expect(undated.due).toBeNull();
  });
});
