import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import { DubanDB } from '../../../utils/storage/db';
import { annotationGrams } from '../../../utils/storage/grams';
import { createAnnotation, listAnnotations, listCategories, searchAnnotations } from '../../../utils/storage/repository';
import { createTracked, listTracked, listTrackedDueBetween } from '../../../utils/storage/tracked';
import { DB_VERSION, dbSchemaV1, dbSchemaV2, dbSchemaV3 } from '../../../utils/storage/schema';
import { annotationRecord, PAGE_URL, pageRecord, track, uniqueDbName, unwrap } from './helpers';

/**
 * One test per schema version, lobe-chat style: a database written by the previous version (raw
 * Dexie at that version, no Duban code) is opened with the current DubanDB and checked.
 */

describe('schema v1 (2026-11-23): a fresh install', () => {
  it('creates the current schema and seeds the default categories', async () => {
    const db = track(new DubanDB(uniqueDbName()));
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'categories', 'pageAnnotations', 'pages', 'tracked']);
    expect(db.pages.schema.primKey.keyPath).toBe('url');
    expect(db.annotations.schema.primKey.keyPath).toBe('id');
    expect(db.annotations.schema.indexes.map((i) => i.name).sort()).toEqual(['category', 'deletedAt', 'grams', 'pageUrl', 'updatedAt']);
    expect(db.pageAnnotations.schema.primKey.keyPath).toBe('url');
    expect(await db.pageAnnotations.count()).toBe(0);
    expect(unwrap(await listCategories(db))).toEqual(DEFAULT_CATEGORIES);
  });
});

describe('schema v2 (2026-11-23): v1 → v2', () => {
  it('computes grams for every existing annotation and keeps all data', async () => {
    const name = uniqueDbName();
    const pages = [pageRecord(PAGE_URL), pageRecord('https://www.example.gov.cn/xcgz/other.html', { text: null, noticeKind: null })];
    const annotations = [
      annotationRecord('a1', '压实整改主体责任', '问：三月份要新规定'),
      annotationRecord('a2', '整改完成率达到 ９５％', '17+5≠23?', { category: 'doubt', target: { ...annotationRecord('x', '整改完成率达到 ９５％', '').target, sectionId: 's2', sectionHeading: '二、整改落实情况' } }),
      annotationRecord('a3', '建立长效机制', '', { deletedAt: 1_700_000_100_000, updatedAt: 1_700_000_100_000 }),
      annotationRecord('a4', '召开专题会议', 'Ask for the minutes', { pageUrl: 'https://www.example.gov.cn/xcgz/other.html', anchorStatus: 'orphaned' }),
    ];

    // Version 1 as it shipped: no grams field, no categories table.
    const v1 = new Dexie(name);
    v1.version(1).stores(dbSchemaV1);
    await v1.open();
    await v1.table('pages').bulkAdd(pages);
    await v1.table('annotations').bulkAdd(annotations);
    v1.close();

    // Opened by the current DubanDB: v2's upgrade runs (then v3's, tested below).
    const db = track(new DubanDB(name));
    await db.open();
    expect(db.verno).toBe(DB_VERSION);

    // Every row kept as it was, plus the bigrams of its quote and note.
    const rows = await db.annotations.orderBy('id').toArray();
    expect(rows).toEqual(annotations.map((a) => ({ ...a, grams: annotationGrams(a.target.quote.exact, a.note) })));
    expect(rows.find((r) => r.id === 'a1')?.grams).toEqual(expect.arrayContaining(['整改', '主体', '责任', '规定']));
    expect(await db.pages.orderBy('url').toArray()).toEqual([...pages].sort((a, b) => (a.url < b.url ? -1 : 1)));
    expect(unwrap(await listCategories(db))).toEqual(DEFAULT_CATEGORIES);

    // The upgraded rows are found through the new index and listed as before.
    const hits = unwrap(await searchAnnotations(db, '主体责任')).annotations.map((a) => a.id);
    expect(hits).toEqual(['a1']);
    expect(unwrap(await searchAnnotations(db, '95%')).annotations.map((a) => a.id)).toEqual(['a2']);
    expect(unwrap(await searchAnnotations(db, '长效机制', { includeDeleted: true })).annotations.map((a) => a.id)).toEqual(['a3']);
    expect(unwrap(await listAnnotations(db, PAGE_URL)).map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('survives an odd v1 row (no target, no note) without losing it', async () => {
    const name = uniqueDbName();
    const v1 = new Dexie(name);
    v1.version(1).stores(dbSchemaV1);
    await v1.open();
    await v1.table('annotations').add({ id: 'odd', pageUrl: PAGE_URL, category: 'doubt' });
    v1.close();

    const db = track(new DubanDB(name));
    await db.open();
    expect(await db.annotations.get('odd')).toEqual({ id: 'odd', pageUrl: PAGE_URL, category: 'doubt', grams: [] });
  });
});

describe('schema v3 (2026-11-24): pageAnnotations', () => {
  const OTHER = 'https://www.example.gov.cn/xcgz/other.html';
  const annotations = [
    annotationRecord('a1', '压实整改主体责任', '问：三月份要新规定', { target: { ...annotationRecord('x', '压实整改主体责任', '').target, position: { type: 'TextPositionSelector', start: 300, end: 308 } } }),
    annotationRecord('a2', '整改完成率达到 ９５％', '17+5≠23?', { category: 'doubt' }),
    annotationRecord('a3', '建立长效机制', '', { deletedAt: 1_700_000_100_000, updatedAt: 1_700_000_100_000 }),
    annotationRecord('a4', '召开专题会议', 'Ask for the minutes', { pageUrl: OTHER, anchorStatus: 'orphaned' }),
  ];
  const pages = [pageRecord(PAGE_URL), pageRecord(OTHER, { text: null, noticeKind: null })];
  const byId = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

  /** Checks a database just upgraded from `annotations`: rows untouched, one record per page. */
  async function expectUpgraded(db: DubanDB): Promise<void> {
    expect(db.verno).toBe(DB_VERSION);
    const rows = await db.annotations.orderBy('id').toArray();
    expect(rows).toEqual(annotations.map((a) => ({ ...a, grams: annotationGrams(a.target.quote.exact, a.note) })));
    expect(await db.pages.orderBy('url').toArray()).toEqual([...pages].sort((a, b) => (a.url < b.url ? -1 : 1)));
    expect(unwrap(await listCategories(db))).toEqual(DEFAULT_CATEGORIES);

    // One record per page, each annotation in exactly one, identical to its row without grams.
    const records = await db.pageAnnotations.orderBy('url').toArray();
    expect(records.map((r) => r.url)).toEqual([PAGE_URL, OTHER].sort());
    expect(byId(records.flatMap((r) => r.annotations))).toEqual(annotations);

    // Listed in document order, deleted ones only when asked; search as before.
    expect(unwrap(await listAnnotations(db, PAGE_URL)).map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(unwrap(await listAnnotations(db, PAGE_URL, { includeDeleted: true })).map((a) => a.id)).toEqual(['a3', 'a2', 'a1']);
    expect(unwrap(await listAnnotations(db, OTHER))).toEqual([annotations[3]]);
    expect(unwrap(await searchAnnotations(db, '主体责任')).annotations.map((a) => a.id)).toEqual(['a1']);
    expect(unwrap(await searchAnnotations(db, '95%')).annotations.map((a) => a.id)).toEqual(['a2']);
    expect(unwrap(await searchAnnotations(db, '长效机制', { includeDeleted: true })).annotations.map((a) => a.id)).toEqual(['a3']);

    // New writes keep the record in step.
    const added = unwrap(await createAnnotation(db, { pageUrl: OTHER, category: 'problem', target: annotationRecord('y', '新问题', '').target }));
    expect(unwrap(await listAnnotations(db, OTHER)).map((a) => a.id)).toEqual([added.id, 'a4']);
  }

  it('v2 → v3: builds one record per page from the rows and changes nothing else', async () => {
    const name = uniqueDbName();
    const v2 = new Dexie(name);
    v2.version(2).stores(dbSchemaV2);
    await v2.open();
    await v2.table('pages').bulkAdd(pages);
    await v2.table('annotations').bulkAdd(annotations.map((a) => ({ ...a, grams: annotationGrams(a.target.quote.exact, a.note) })));
    await v2.table('categories').bulkAdd(DEFAULT_CATEGORIES.map((c, order) => ({ ...c, order })));
    v2.close();

    const db = track(new DubanDB(name));
    await db.open();
    await expectUpgraded(db);
  });

  it('v1 → v3: grams (v2) and page records (v3) in one open', async () => {
    const name = uniqueDbName();
    const v1 = new Dexie(name);
    v1.version(1).stores(dbSchemaV1);
    await v1.open();
    await v1.table('pages').bulkAdd(pages);
    await v1.table('annotations').bulkAdd(annotations);
    v1.close();

    const db = track(new DubanDB(name));
    await db.open();
    await expectUpgraded(db);
  });

  it('builds records for pages of any size, in batches (every row in exactly one record)', async () => {
    const name = uniqueDbName();
    const many = Array.from({ length: 180 }, (_, i) => annotationRecord(`m${String(i).padStart(3, '0')}`, `第${i}条整改措施`, '', { pageUrl: `https://p${i % 130}.gov.cn/n.html` }));
    const v2 = new Dexie(name);
    v2.version(2).stores(dbSchemaV2);
    await v2.open();
    await v2.table('annotations').bulkAdd(many.map((a) => ({ ...a, grams: annotationGrams(a.target.quote.exact, a.note) })));
    v2.close();

    const db = track(new DubanDB(name));
    await db.open();
    const records = await db.pageAnnotations.toArray();
    expect(records).toHaveLength(130);
    expect(byId(records.flatMap((r) => r.annotations))).toEqual(many);
    for (const r of records) expect(r.annotations.every((a) => a.pageUrl === r.url)).toBe(true);
  });

  it('leaves the database at v2, untouched, when the upgrade fails', async () => {
    const name = uniqueDbName();
    const v2 = new Dexie(name);
    v2.version(2).stores(dbSchemaV2);
    await v2.open();
    await v2.table('annotations').bulkAdd(annotations.map((a) => ({ ...a, grams: annotationGrams(a.target.quote.exact, a.note) })));
    v2.close();

    const failing = new DubanDB(name);
    failing.version(3).upgrade(() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
    await expect(failing.open()).rejects.toThrow();
    failing.close();

    const raw = new Dexie(name);
    raw.version(2).stores(dbSchemaV2);
    await raw.open();
    expect(raw.verno).toBe(2);
    expect(raw.tables.map((t) => t.name).sort()).toEqual(['annotations', 'categories', 'pages']);
    expect(await raw.table('annotations').count()).toBe(annotations.length);
    raw.close();

    const db = track(new DubanDB(name));
    await db.open();
    expect(await db.pageAnnotations.count()).toBe(2);
  });
});

describe('schema v4 (2026-11-24): tracked commitments', () => {
  const annotations = [annotationRecord('a1', '压实整改主体责任', '问：三月份要新规定'), annotationRecord('a2', '建立长效机制', '', { deletedAt: 1_700_000_100_000, updatedAt: 1_700_000_100_000 })];
  const pages = [pageRecord(PAGE_URL)];

  /** Everything written before is still there, and the new table works. */
  async function expectUpgraded(db: DubanDB): Promise<void> {
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tracked.schema.primKey.keyPath).toBe('id');
    expect(db.tracked.schema.indexes.map((i) => i.name).sort()).toEqual(['deletedAt', 'due', 'pageUrl', 'status']);
    expect(await db.annotations.orderBy('id').toArray()).toEqual(annotations.map((a) => ({ ...a, grams: annotationGrams(a.target.quote.exact, a.note) })));
    expect(await db.pages.toArray()).toEqual(pages);
    expect(unwrap(await listCategories(db))).toEqual(DEFAULT_CATEGORIES);
    expect(unwrap(await listAnnotations(db, PAGE_URL, { includeDeleted: true })).map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(await db.tracked.count()).toBe(0);
    const item = unwrap(await createTracked(db, { pageUrl: PAGE_URL, text: '年底前出台管理办法', annotationId: 'a1', due: '2026-12-31' }));
    expect(unwrap(await listTracked(db, PAGE_URL))).toEqual([item]);
    expect(unwrap(await listTrackedDueBetween(db, '2026-12-01', '2026-12-31'))).toEqual([item]);
  }

  it('v3 → v4: adds the table and keeps everything', async () => {
    const name = uniqueDbName();
    const v3 = new Dexie(name);
    v3.version(3).stores(dbSchemaV3);
    await v3.open();
    await v3.table('pages').bulkAdd(pages);
    await v3.table('annotations').bulkAdd(annotations.map((a) => ({ ...a, grams: annotationGrams(a.target.quote.exact, a.note) })));
    await v3.table('pageAnnotations').add({ url: PAGE_URL, annotations });
    await v3.table('categories').bulkAdd(DEFAULT_CATEGORIES.map((c, order) => ({ ...c, order })));
    v3.close();

    const db = track(new DubanDB(name));
    await db.open();
    expect(await db.pageAnnotations.toArray()).toEqual([{ url: PAGE_URL, annotations }]);
    await expectUpgraded(db);
  });

  it('v1 → v4: every upgrade in one open', async () => {
    const name = uniqueDbName();
    const v1 = new Dexie(name);
    v1.version(1).stores(dbSchemaV1);
    await v1.open();
    await v1.table('pages').bulkAdd(pages);
    await v1.table('annotations').bulkAdd(annotations);
    v1.close();

    const db = track(new DubanDB(name));
    await db.open();
    await expectUpgraded(db);
  });
});
