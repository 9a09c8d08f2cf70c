import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import { DubanDB } from '../../../utils/storage/db';
import { annotationGrams } from '../../../utils/storage/grams';
import { listAnnotations, listCategories, searchAnnotations } from '../../../utils/storage/repository';
import { DB_VERSION, dbSchemaV1 } from '../../../utils/storage/schema';
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
    expect(db.tables.map((t) => t.name).sort()).toEqual(['annotations', 'categories', 'pages']);
    expect(db.pages.schema.primKey.keyPath).toBe('url');
    expect(db.annotations.schema.primKey.keyPath).toBe('id');
    expect(db.annotations.schema.indexes.map((i) => i.name).sort()).toEqual(['category', 'deletedAt', 'grams', 'pageUrl', 'updatedAt']);
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

    const db = track(new DubanDB(name));
    await db.open();
    expect(db.verno).toBe(2);

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
