import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import { annotationGrams } from '../../../utils/storage/grams';
import {
  allAnnotations,
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  importRecords,
  getPage,
  listAnnotations,
  listCategories,
  listPages,
  persistStorage,
  purgeDeleted,
  putPage,
  saveCategories,
  searchAnnotations,
  storageEstimate,
  touchPage,
  undoDelete,
  updateAnnotation,
} from '../../../utils/storage/repository';
import type { DubanDB } from '../../../utils/storage/db';
import { fromStored } from '../../../utils/storage/records';
import { freshDb, PAGE_URL, pageRecord, target, unwrap } from './helpers';

const T0 = Date.UTC(2026, 10, 23, 8, 0, 0);

function at(ms: number): void {
  vi.setSystemTime(ms);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('annotations: create, read, update', () => {
  it('creates with a UUID, both timestamps, the normalised page URL and stored bigrams', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(T0);
    const db = await freshDb();
    const a = unwrap(await createAnnotation(db, { pageUrl: `${PAGE_URL}?utm_source=wechat#p2`, category: 'commitment', note: '三月份要新规定', target: target('压实整改主体责任', 120) }));
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).toMatchObject({ pageUrl: PAGE_URL, createdAt: T0, updatedAt: T0, deletedAt: null, anchorStatus: null, note: '三月份要新规定' });
    expect(a).not.toHaveProperty('grams');
    expect((await db.annotations.get(a.id))?.grams).toEqual(annotationGrams('压实整改主体责任', '三月份要新规定'));
    expect(unwrap(await getAnnotation(db, a.id))).toEqual(a);
    expect(unwrap(await getAnnotation(db, 'nope'))).toBeNull();
  });

  it('refuses a malformed input and writes nothing', async () => {
    const db = await freshDb();
    const bad = await createAnnotation(db, { pageUrl: PAGE_URL, category: 'doubt', target: target('', 5) });
    expect(bad).toMatchObject({ ok: false, error: 'invalid' });
    expect(!bad.ok && bad.message).toMatch(/^数据格式不正确.* \/ The data is malformed.*exact/);
    const noCategory = await createAnnotation(db, { pageUrl: PAGE_URL, category: '', target: target('整改', 5) });
    expect(noCategory).toMatchObject({ ok: false, error: 'invalid' });
    const backwards = await createAnnotation(db, { pageUrl: PAGE_URL, category: 'doubt', target: { ...target('整改', 5), position: { type: 'TextPositionSelector', start: 9, end: 3 } } });
    expect(backwards).toMatchObject({ ok: false, error: 'invalid' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('updates note, category, target and status; bumps updatedAt; recomputes bigrams', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(T0);
    const db = await freshDb();
    const a = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', note: '旧的笔记', target: target('建立长效机制', 10) }));
    at(T0 + 5_000);
    const b = unwrap(await updateAnnotation(db, a.id, { note: '要求提供新制度文本', category: 'follow-up', anchorStatus: 'anchored-fuzzy', target: target('建立健全长效机制', 12) }));
    expect(b).toMatchObject({ id: a.id, createdAt: T0, updatedAt: T0 + 5_000, note: '要求提供新制度文本', category: 'follow-up', anchorStatus: 'anchored-fuzzy' });
    expect(b.target.quote.exact).toBe('建立健全长效机制');
    expect(unwrap(await getAnnotation(db, a.id))).toEqual(b);
    // The index follows the edit: the new note is found, the old one is not.
    expect(unwrap(await searchAnnotations(db, '新制度')).annotations.map((x) => x.id)).toEqual([a.id]);
    expect(unwrap(await searchAnnotations(db, '旧的')).annotations).toEqual([]);
    expect(unwrap(await searchAnnotations(db, '健全')).annotations.map((x) => x.id)).toEqual([a.id]);
  });

  it('writes nothing for a patch that changes nothing (same status on every visit)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(T0);
    const db = await freshDb();
    const a = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', target: target('整改到位', 0), anchorStatus: 'anchored' }));
    at(T0 + 60_000);
    expect(unwrap(await updateAnnotation(db, a.id, { anchorStatus: 'anchored', note: '' }))).toEqual(a);
    expect((await db.annotations.get(a.id))?.updatedAt).toBe(T0);
  });

  it('answers not-found and invalid with messages', async () => {
    const db = await freshDb();
    const missing = await updateAnnotation(db, 'no-such-id', { note: 'x' });
    expect(missing).toMatchObject({ ok: false, error: 'not-found' });
    expect(!missing.ok && missing.message).toMatch(/^找不到这条记录.* \/ Record not found/);
    const a = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'doubt', target: target('整改', 0) }));
    expect(await updateAnnotation(db, a.id, { category: '' })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await deleteAnnotation(db, 'no-such-id')).toMatchObject({ ok: false, error: 'not-found' });
    expect(await undoDelete(db, 'no-such-id')).toMatchObject({ ok: false, error: 'not-found' });
  });
});

describe('soft delete, undo, purge', () => {
  it('hides a deleted annotation, and undo brings it back unchanged', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(T0);
    const db = await freshDb();
    const keep = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'problem', note: '留着', target: target('问题一', 10) }));
    const gone = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'problem', note: '删掉再恢复', target: target('问题二', 20) }));
    at(T0 + 1_000);
    const deleted = unwrap(await deleteAnnotation(db, gone.id));
    expect(deleted).toMatchObject({ deletedAt: T0 + 1_000, updatedAt: T0 + 1_000 });
    expect(unwrap(await listAnnotations(db, PAGE_URL)).map((a) => a.id)).toEqual([keep.id]);
    expect(unwrap(await listAnnotations(db, PAGE_URL, { includeDeleted: true })).map((a) => a.id)).toEqual([keep.id, gone.id]);
    expect(unwrap(await allAnnotations(db)).map((a) => a.id)).toEqual([keep.id]);
    // Deleting twice changes nothing more.
    at(T0 + 1_500);
    expect(unwrap(await deleteAnnotation(db, gone.id))).toEqual(deleted);

    at(T0 + 2_000);
    const back = unwrap(await undoDelete(db, gone.id));
    expect(back).toEqual({ ...gone, updatedAt: T0 + 2_000 });
    expect(unwrap(await listAnnotations(db, PAGE_URL)).map((a) => a.id)).toEqual([keep.id, gone.id]);
  });

  it('purges only what was deleted before the cut-off', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(T0);
    const db = await freshDb();
    const alive = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'doubt', target: target('一', 1) }));
    const old = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'doubt', target: target('二', 2) }));
    const recent = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'doubt', target: target('三', 3) }));
    at(T0 + 1_000);
    await deleteAnnotation(db, old.id);
    at(T0 + 9_000);
    await deleteAnnotation(db, recent.id);
    expect(unwrap(await purgeDeleted(db, T0 + 5_000))).toBe(1);
    expect((await db.annotations.toCollection().primaryKeys()).sort()).toEqual([alive.id, recent.id].sort());
  });
});

describe('listing', () => {
  it('lists one page in document order, whatever the creation order and the link used', async () => {
    const db = await freshDb();
    const other = 'https://www.example.gov.cn/xcgz/other.html';
    for (const [exact, start] of [['第三处', 300], ['第一处', 10], ['第二处', 120], ['同起点较长', 120]] as const) {
      unwrap(await createAnnotation(db, { pageUrl: `${PAGE_URL}?from=timeline`, category: 'commitment', target: target(exact, start) }));
    }
    unwrap(await createAnnotation(db, { pageUrl: other, category: 'commitment', target: target('别的页面', 0) }));
    const listed = unwrap(await listAnnotations(db, `${PAGE_URL}#top`));
    expect(listed.map((a) => a.target.quote.exact)).toEqual(['第一处', '第二处', '同起点较长', '第三处']);
    expect(listed.every((a) => !('grams' in a))).toBe(true);
    const all = unwrap(await allAnnotations(db));
    expect(all.map((a) => a.target.quote.exact)).toEqual(['第一处', '第二处', '同起点较长', '第三处', '别的页面']);
    expect(unwrap(await listAnnotations(db, 'https://nowhere.gov.cn/'))).toEqual([]);
  });
});

describe('pages', () => {
  it('touchPage creates, then records each visit and the link it came by', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(T0);
    const db = await freshDb();
    const first = `${PAGE_URL}?from=singlemessage&isappinstalled=0`;
    const p1 = unwrap(await touchPage(db, first, first, { title: '巡察整改进展情况的通报', text: '通报全文', noticeKind: 'progress-notice' }));
    expect(p1).toEqual({ url: PAGE_URL, seenAs: [first], title: '巡察整改进展情况的通报', noticeKind: 'progress-notice', issuer: null, inspector: null, publishedDate: null, text: '通报全文', stats: null, firstSeenAt: T0, lastSeenAt: T0 });
    at(T0 + 10_000);
    const second = `${PAGE_URL}#p3`;
    const p2 = unwrap(await touchPage(db, second, second, { issuer: '中共某某委员会', text: undefined }));
    expect(p2).toEqual({ ...p1, seenAs: [second, first], issuer: '中共某某委员会', lastSeenAt: T0 + 10_000 });
    at(T0 + 20_000);
    const p3 = unwrap(await touchPage(db, first, first));
    expect(p3.seenAs).toEqual([first, second]);
    expect(p3.text).toBe('通报全文');
    expect(unwrap(await getPage(db, second))).toEqual(p3);
    expect(unwrap(await getPage(db, 'https://nowhere.gov.cn/'))).toBeNull();
  });

  it('keeps a notice’s figures across visits that did not read them, and refuses malformed ones', async () => {
    const db = await freshDb();
    const stats = { problems: 22, rectified: 17, staged: 5, unrectified: 0, measures: 54, measuresDone: 54, other: [{ label: '完善和新建制度', value: 12, unit: '项' }], warnings: 0 };
    unwrap(await touchPage(db, PAGE_URL, PAGE_URL, { stats }));
    unwrap(await touchPage(db, PAGE_URL, PAGE_URL, { title: '又一次访问' }));
    expect(unwrap(await getPage(db, PAGE_URL))?.stats).toEqual(stats);
    for (const bad of [{ ...stats, problems: -1 }, { ...stats, rectified: 1.5 }, { ...stats, other: [{ label: 'x' }] }, { ...stats, warnings: '2' }, 'lots']) {
      const r = await touchPage(db, PAGE_URL, PAGE_URL, { stats: bad as unknown as typeof stats });
      expect(r).toMatchObject({ ok: false, error: 'invalid' });
    }
    expect(unwrap(await getPage(db, PAGE_URL))?.stats).toEqual(stats);
    // A record saved before figures were kept reads as "none".
    await db.pages.update(PAGE_URL, { stats: undefined });
    expect(unwrap(await getPage(db, PAGE_URL))).toHaveProperty('stats', null);
    expect(unwrap(await listPages(db))[0]).toHaveProperty('stats', null);
  });

  it('putPage normalises the key and refuses a malformed record; listPages is newest first', async () => {
    const db = await freshDb();
    unwrap(await putPage(db, pageRecord(`${PAGE_URL}?utm_source=x`, { lastSeenAt: 5 })));
    unwrap(await putPage(db, pageRecord('https://b.gov.cn/n.html', { lastSeenAt: 9 })));
    expect(unwrap(await listPages(db)).map((p) => p.url)).toEqual(['https://b.gov.cn/n.html', PAGE_URL]);
    const bad = await putPage(db, { ...pageRecord('https://c.gov.cn/'), title: 42 as unknown as string });
    expect(bad).toMatchObject({ ok: false, error: 'invalid' });
    expect(await db.pages.count()).toBe(2);
  });
});

describe('categories', () => {
  it('starts with the defaults and saves an edited list in order', async () => {
    const db = await freshDb();
    expect(unwrap(await listCategories(db))).toEqual(DEFAULT_CATEGORIES);
    const edited = [
      { id: 'doubt', label: { zh: '存疑', en: 'Doubt' }, color: '#000000' },
      ...DEFAULT_CATEGORIES.filter((c) => c.id !== 'doubt'),
      { id: 'deadline', label: { zh: '时限', en: 'Deadline' }, color: '#a5d6a7' },
    ];
    expect(unwrap(await saveCategories(db, edited))).toEqual(edited);
    expect(unwrap(await listCategories(db))).toEqual(edited);
  });

  it('refuses to drop a category that annotations use, deleted ones included', async () => {
    const db = await freshDb();
    const a = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'problem', target: target('问题', 0) }));
    await deleteAnnotation(db, a.id);
    const r = await saveCategories(db, DEFAULT_CATEGORIES.filter((c) => c.id !== 'problem'));
    expect(r).toMatchObject({ ok: false, error: 'invalid' });
    expect(!r.ok && r.message).toMatch(/^分类“problem”仍有 1 条标注在用.* \/ Category "problem" is still used by 1/);
    expect(unwrap(await listCategories(db))).toEqual(DEFAULT_CATEGORIES);
    // An unused one can go.
    expect(unwrap(await saveCategories(db, DEFAULT_CATEGORIES.filter((c) => c.id !== 'follow-up'))).map((c) => c.id)).toEqual(['commitment', 'problem', 'doubt']);
  });

  it('refuses duplicate ids and an empty list', async () => {
    const db = await freshDb();
    expect(await saveCategories(db, [...DEFAULT_CATEGORIES, DEFAULT_CATEGORIES[0]!])).toMatchObject({ ok: false, error: 'invalid' });
    expect(await saveCategories(db, [])).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('storage estimate', () => {
  it('reports usage and quota when navigator.storage answers', async () => {
    const storage = { estimate: async () => ({ usage: 25, quota: 100 }), persisted: async () => false, persist: async () => true };
    expect(await storageEstimate(storage)).toEqual({ usage: 25, quota: 100, fraction: 0.25 });
    expect(await persistStorage(storage)).toBe(true);
  });

  it('is null when the API is missing or fails', async () => {
    expect(await storageEstimate(undefined)).toBeNull();
    expect(await storageEstimate({ estimate: () => Promise.reject(new Error('denied')) })).toBeNull();
    expect(await persistStorage({ estimate: async () => ({}) })).toBeNull();
  });
});

describe('pageAnnotations (schema v3) stays in step with annotations', () => {
  /** Every page's record against its rows: same annotations (grams aside), no record left empty. */
  async function expectInStep(db: DubanDB): Promise<void> {
    const rows = await db.annotations.toArray();
    const expected = new Map<string, string[]>();
    for (const r of rows) expected.set(r.pageUrl, [...(expected.get(r.pageUrl) ?? []), JSON.stringify(fromStored(r))].sort());
    const records = await db.pageAnnotations.toArray();
    expect(new Map(records.map((p) => [p.url, p.annotations.map((a) => JSON.stringify(a)).sort()]))).toEqual(expected);
  }

  it('after create, edit, delete, undo, purge and an import that moves an annotation', async () => {
    const db = await freshDb();
    const other = 'https://www.example.gov.cn/xcgz/other.html';
    const a = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', note: '一', target: target('压实整改主体责任', 10) }));
    const b = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'problem', target: target('整改完成率', 50) }));
    const c = unwrap(await createAnnotation(db, { pageUrl: other, category: 'doubt', target: target('建立长效机制', 5) }));
    await expectInStep(db);
    unwrap(await updateAnnotation(db, a.id, { note: '改过的笔记', category: 'doubt' }));
    unwrap(await deleteAnnotation(db, b.id));
    await expectInStep(db);
    unwrap(await undoDelete(db, b.id));
    unwrap(await deleteAnnotation(db, c.id));
    await expectInStep(db);
    expect(unwrap(await purgeDeleted(db, Date.now() + 1))).toBe(1);
    await expectInStep(db);
    expect(await db.pageAnnotations.get(other)).toBeUndefined();
    // A newer record of `a` naming another page: it leaves PAGE_URL's record for other's.
    unwrap(await importRecords(db, { pages: [], annotations: [{ ...a, pageUrl: other, updatedAt: a.updatedAt + 10_000 }] }));
    await expectInStep(db);
    expect(unwrap(await listAnnotations(db, PAGE_URL)).map((x) => x.id)).toEqual([b.id]);
    expect(unwrap(await listAnnotations(db, other)).map((x) => x.id)).toEqual([a.id]);
  });
});
