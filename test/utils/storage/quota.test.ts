import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createAnnotation, deleteAnnotation, importRecords, listAnnotations, touchPage, updateAnnotation } from '../../../utils/storage/repository';
import { isQuotaError, MESSAGES } from '../../../utils/storage/result';
import { annotationRecord, freshDb, PAGE_URL, pageRecord, snapshot, target, unwrap } from './helpers';

function quotaDomException(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('isQuotaError', () => {
  it.each([
    ['a DOMException', quotaDomException(), true],
    ['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full'), true],
    ['an AbortError wrapping one (inner)', new Dexie.AbortError('aborted', quotaDomException()), true],
    ['an Error with one as cause', new Error('write failed', { cause: quotaDomException() }), true],
    ['a BulkError with one among failures', new Dexie.BulkError('bulk', [new Error('x'), quotaDomException()]), true],
    ['another DOMException', new DOMException('gone', 'NotFoundError'), false],
    ['a plain Error', new Error('QuotaExceededError in message only'), false],
    ['a string', 'QuotaExceededError', false],
    ['null', null, false],
  ])('%s → %s', (_what, e, expected) => {
    expect(isQuotaError(e)).toBe(expected);
  });
});

describe('a full disk', () => {
  it('turns a failed create into a quota result and keeps every earlier row', async () => {
    const db = await freshDb();
    const saved = [
      unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', note: '第一条', target: target('压实整改主体责任', 10) })),
      unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'problem', note: '第二条', target: target('整改完成率', 50) })),
    ];
    const before = await snapshot(db);
    const spy = vi.spyOn(db.annotations, 'add').mockRejectedValue(quotaDomException());
    const r = await createAnnotation(db, { pageUrl: PAGE_URL, category: 'doubt', note: '第三条', target: target('建立长效机制', 90) });
    spy.mockRestore();

    expect(r).toEqual({ ok: false, error: 'quota', message: MESSAGES.quota });
    expect(!r.ok && r.message).toMatch(/^存储空间已满.* \/ Storage is full/);
    expect(await snapshot(db)).toEqual(before);
    expect(unwrap(await listAnnotations(db, PAGE_URL))).toEqual(saved);
  });

  it('rolls the row back when writing the page record (pageAnnotations, schema v3) hits the quota', async () => {
    const db = await freshDb();
    const a = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', note: '原来的笔记', target: target('压实整改主体责任', 10) }));
    const before = await snapshot(db);
    const spy = vi.spyOn(db.pageAnnotations, 'bulkPut').mockRejectedValue(quotaDomException());
    const created = await createAnnotation(db, { pageUrl: PAGE_URL, category: 'doubt', target: target('建立长效机制', 90) });
    const edited = await updateAnnotation(db, a.id, { note: '新的笔记' });
    const deleted = await deleteAnnotation(db, a.id);
    spy.mockRestore();
    for (const r of [created, edited, deleted]) expect(r).toEqual({ ok: false, error: 'quota', message: MESSAGES.quota });
    expect(await snapshot(db)).toEqual(before);
    expect(unwrap(await listAnnotations(db, PAGE_URL))).toEqual([a]);
  });

  it('keeps the old note when saving an edit hits the quota (Dexie-wrapped error)', async () => {
    const db = await freshDb();
    const a = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', note: '原来的笔记', target: target('压实整改主体责任', 10) }));
    const spy = vi.spyOn(db.annotations, 'put').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quotaDomException()));
    const r = await updateAnnotation(db, a.id, { note: '很长的新笔记' });
    const d = await deleteAnnotation(db, a.id);
    spy.mockRestore();
    expect(r).toMatchObject({ ok: false, error: 'quota' });
    expect(d).toMatchObject({ ok: false, error: 'quota' });
    expect(unwrap(await listAnnotations(db, PAGE_URL))).toEqual([a]);
  });

  it('keeps the saved page when recording a visit hits the quota', async () => {
    const db = await freshDb();
    const p = unwrap(await touchPage(db, PAGE_URL, PAGE_URL, { text: '通报全文' }));
    const spy = vi.spyOn(db.pages, 'put').mockRejectedValue(quotaDomException());
    const r = await touchPage(db, PAGE_URL, `${PAGE_URL}?from=timeline`, { text: '新的全文' });
    spy.mockRestore();
    expect(r).toMatchObject({ ok: false, error: 'quota' });
    expect(await db.pages.get(PAGE_URL)).toEqual(p);
  });

  it('leaves the database as it was when an import hits the quota half-way', async () => {
    const db = await freshDb();
    unwrap(await importRecords(db, { pages: [pageRecord(PAGE_URL)], annotations: [annotationRecord('old', '整改', '已有')] }));
    const before = await snapshot(db);
    const spy = vi.spyOn(db.annotations, 'bulkPut').mockRejectedValue(new Dexie.BulkError('bulkPut failed', [quotaDomException()]));
    const r = await importRecords(db, { pages: [pageRecord('https://b.gov.cn/n.html')], annotations: [annotationRecord('new', '落实', '新的')] });
    spy.mockRestore();
    expect(r).toMatchObject({ ok: false, error: 'quota' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports a quota error thrown inside IndexedDB machinery (a creating hook)', async () => {
    const db = await freshDb();
    const kept = unwrap(await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', target: target('第一条', 1) }));
    const hook = () => {
      throw quotaDomException();
    };
    db.annotations.hook('creating', hook);
    const r = await createAnnotation(db, { pageUrl: PAGE_URL, category: 'commitment', target: target('第二条', 2) });
    db.annotations.hook('creating').unsubscribe(hook);
    expect(r).toMatchObject({ ok: false, error: 'quota' });
    expect(unwrap(await listAnnotations(db, PAGE_URL))).toEqual([kept]);
  });
});
