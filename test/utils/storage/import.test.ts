import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import { allAnnotations, createAnnotation, importRecords, listCategories, listPages, searchAnnotations, touchPage } from '../../../utils/storage/repository';
import { annotationRecord, freshDb, PAGE_URL, pageRecord, snapshot, target, unwrap } from './helpers';

const OTHER = 'https://www.example.gov.cn/xcgz/other.html';

function backup() {
  return {
    pages: [pageRecord(PAGE_URL), pageRecord(OTHER, { title: '另一份通报', lastSeenAt: 1_700_000_500_000 })],
    annotations: [
      annotationRecord('a1', '压实整改主体责任', '三月份要新规定'),
      annotationRecord('a2', '整改完成率达到95%', '17+5≠23?', { category: 'doubt' }),
      annotationRecord('a3', '建立长效机制', '', { pageUrl: OTHER, deletedAt: 1_700_000_100_000, updatedAt: 1_700_000_100_000 }),
    ],
    categories: [...DEFAULT_CATEGORIES, { id: 'deadline', label: { zh: '时限', en: 'Deadline' }, color: '#a5d6a7' }],
  };
}

describe('importRecords', () => {
  it('restores a backup: pages, annotations (deleted ones too), categories, search', async () => {
    const db = await freshDb();
    const summary = unwrap(await importRecords(db, backup()));
    expect(summary).toEqual({
      pages: { added: 2, updated: 0, unchanged: 0 },
      annotations: { added: 3, updated: 0, unchanged: 0 },
      categories: { added: 1, updated: 0, unchanged: 4 },
      tracked: { added: 0, updated: 0, unchanged: 0 },
    });
    expect(unwrap(await allAnnotations(db, { includeDeleted: true }))).toEqual(backup().annotations.sort((a, b) => (a.pageUrl < b.pageUrl ? -1 : 1)));
    expect(unwrap(await listPages(db)).map((p) => p.url)).toEqual([OTHER, PAGE_URL]);
    expect(unwrap(await listCategories(db)).map((c) => c.id)).toEqual(['commitment', 'problem', 'doubt', 'follow-up', 'deadline']);
    expect(unwrap(await searchAnnotations(db, '新规定')).annotations.map((a) => a.id)).toEqual(['a1']);
  });

  it('adds no duplicates when the same file is imported twice', async () => {
    const db = await freshDb();
    unwrap(await importRecords(db, backup()));
    const before = await snapshot(db);
    const again = unwrap(await importRecords(db, backup()));
    expect(again).toEqual({
      pages: { added: 0, updated: 0, unchanged: 2 },
      annotations: { added: 0, updated: 0, unchanged: 3 },
      categories: { added: 0, updated: 0, unchanged: 5 },
      tracked: { added: 0, updated: 0, unchanged: 0 },
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.annotations.count()).toBe(3);
  });

  it('merges by id: the newer updatedAt wins, an older copy changes nothing', async () => {
    const db = await freshDb();
    unwrap(await importRecords(db, backup()));
    const newer = annotationRecord('a1', '压实整改主体责任', '已收到新规定', { updatedAt: 1_700_000_900_000 });
    const older = annotationRecord('a2', '整改完成率达到95%', '旧的笔记', { updatedAt: 1_600_000_000_000 });
    const fresh = annotationRecord('a4', '召开专题会议', '');
    const summary = unwrap(await importRecords(db, { pages: [], annotations: [newer, older, fresh] }));
    expect(summary.annotations).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const byId = new Map(unwrap(await allAnnotations(db, { includeDeleted: true })).map((a) => [a.id, a]));
    expect(byId.get('a1')?.note).toBe('已收到新规定');
    expect(byId.get('a2')?.note).toBe('17+5≠23?');
    expect(byId.size).toBe(4);
    // The index follows the imported note.
    expect(unwrap(await searchAnnotations(db, '收到新规定')).annotations.map((a) => a.id)).toEqual(['a1']);
    expect(unwrap(await searchAnnotations(db, '三月份')).annotations).toEqual([]);
  });

  it('keeps the newest of a repeated id within one file', async () => {
    const db = await freshDb();
    const v1 = annotationRecord('dup', '整改', '第一版', { updatedAt: 10 });
    const v2 = annotationRecord('dup', '整改', '第二版', { updatedAt: 20 });
    unwrap(await importRecords(db, { pages: [], annotations: [v2, v1] }));
    expect(unwrap(await allAnnotations(db)).map((a) => a.note)).toEqual(['第二版']);
  });

  it('merges a page it already has without losing its saved text', async () => {
    const db = await freshDb();
    const link = `${PAGE_URL}?from=timeline`;
    unwrap(await touchPage(db, link, link, { text: '本机保存的通报全文' }));
    const local = (await db.pages.get(PAGE_URL))!;
    const incoming = pageRecord(`${PAGE_URL}#p2`, { text: null, issuer: '中共某某委员会', seenAs: ['https://short.link/x'], firstSeenAt: 1, lastSeenAt: local.lastSeenAt + 1 });
    const summary = unwrap(await importRecords(db, { pages: [incoming], annotations: [] }));
    expect(summary.pages).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await db.pages.get(PAGE_URL)).toEqual({
      ...incoming,
      url: PAGE_URL,
      text: '本机保存的通报全文',
      seenAs: ['https://short.link/x', link],
      firstSeenAt: 1,
    });
  });

  it('normalises URLs from the file', async () => {
    const db = await freshDb();
    unwrap(await importRecords(db, { pages: [pageRecord(`${PAGE_URL}?utm_source=x`)], annotations: [annotationRecord('n1', '整改', '', { pageUrl: `${PAGE_URL}#frag` })] }));
    expect((await db.pages.toCollection().primaryKeys())).toEqual([PAGE_URL]);
    expect((await db.annotations.get('n1'))?.pageUrl).toBe(PAGE_URL);
  });

  it.each([
    ['not an object', 'hello', /not an object/],
    ['no annotations array', { pages: [] }, /`annotations` must be an array/],
    ['a page without url', { pages: [{ ...pageRecord(PAGE_URL), url: '' }], annotations: [] }, /pages\[0\]: url/],
    ['an annotation without note', { pages: [], annotations: [annotationRecord('ok', '整改', ''), { ...annotationRecord('x', '整改', ''), note: undefined }] }, /annotations\[1\]: note must be a string/],
    ['an annotation with a broken target', { pages: [], annotations: [{ ...annotationRecord('x', '整改', ''), target: { quote: '整改' } }] }, /annotations\[0\]: target\.quote/],
    ['an unknown anchor status', { pages: [], annotations: [{ ...annotationRecord('x', '整改', ''), anchorStatus: 'lost' }] }, /anchorStatus must be one of/],
    ['a string timestamp', { pages: [], annotations: [{ ...annotationRecord('x', '整改', ''), updatedAt: '2024-01-01' }] }, /updatedAt must be epoch/],
    ['a category without colour', { pages: [], annotations: [], categories: [{ id: 'x', label: { zh: '甲', en: 'A' } }] }, /categories\[0\]: color/],
  ])('refuses %s and changes nothing', async (_what, input, detail) => {
    const db = await freshDb();
    unwrap(await importRecords(db, backup()));
    unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'doubt', target: target('本机新建', 500) }));
    const before = await snapshot(db);
    const r = await importRecords(db, input);
    expect(r).toMatchObject({ ok: false, error: 'invalid' });
    expect(!r.ok && r.message).toMatch(/^数据格式不正确，未做任何更改。 \/ The data is malformed; nothing was changed\./);
    expect(!r.ok && r.message).toMatch(detail);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls everything back when a write fails half-way (one transaction)', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    // Pages are written first; the annotations write then fails.
    const spy = vi.spyOn(db.annotations, 'bulkPut').mockRejectedValueOnce(new Error('disk on fire'));
    const r = await importRecords(db, backup());
    spy.mockRestore();
    expect(r).toMatchObject({ ok: false, error: 'unknown' });
    expect(!r.ok && r.message).toMatch(/^存储出错，未做任何更改。 \/ Storage error; nothing was changed\. \(Error: disk on fire\)/);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.pages.count()).toBe(0);
    // And the same file imports fine afterwards.
    expect(unwrap(await importRecords(db, backup())).annotations.added).toBe(3);
  });
});

describe('importRecords: tracked commitments', () => {
  const item = (id: string, over: Record<string, unknown> = {}) => ({
    id,
    pageUrl: `${PAGE_URL}#frag`,
    annotationId: null,
    text: '年底前出台管理办法',
    status: 'to-verify',
    due: '2026-12-31',
    dueAsWritten: '年底前',
    note: '',
    evidence: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    deletedAt: null,
    ...over,
  });

  it('adds them (URLs normalised), adds nothing on a second import, and keeps the newer version', async () => {
    const db = await freshDb();
    const file = { ...backup(), tracked: [item('t1'), item('t2', { text: '建立长效机制', due: null, deletedAt: 1_700_000_100_000, updatedAt: 1_700_000_100_000 })] };
    expect(unwrap(await importRecords(db, file)).tracked).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect((await db.tracked.get('t1'))?.pageUrl).toBe(PAGE_URL);
    const before = await snapshot(db);
    expect(unwrap(await importRecords(db, file)).tracked).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await snapshot(db)).toEqual(before);
    const newer = { ...backup(), tracked: [item('t1', { status: 'kept', updatedAt: 1_700_000_900_000 }), item('t2', { note: '旧的', updatedAt: 1 })] };
    expect(unwrap(await importRecords(db, newer)).tracked).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect((await db.tracked.get('t1'))?.status).toBe('kept');
    expect((await db.tracked.get('t2'))?.note).toBe('');
  });

  it('refuses the whole file when one item is malformed, writing nothing', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    const r = await importRecords(db, { ...backup(), tracked: [item('t1'), item('t2', { evidence: ['javascript:alert(1)'] })] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('tracked[1]');
    expect(await snapshot(db)).toEqual(before);
  });
});
