import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../utils/annotations/types';
import type { DubanDB } from '../../../utils/storage/db';
import { foldForSearch } from '../../../utils/storage/grams';
import { toStored } from '../../../utils/storage/records';
import { deleteAnnotation, searchAnnotations } from '../../../utils/storage/repository';
import { TOO_SHORT_HINT } from '../../../utils/storage/search';
import { annotationRecord, freshDb, unwrap } from './helpers';

const ROWS: [id: string, quote: string, note: string][] = [
  ['commit', '台党委坚持把巡察整改作为重要的政治任务，压实整改主体责任', '三月份要新规定'],
  ['rate', '整改完成率达到 ９５％，其余问题正在推进', '17+5≠23? 数字对不上'],
  ['spaced', '整改\n落实到位', ''],
  ['lookalike', '整改不到位，改落后面貌，抓落实', '各个字都有，但不连着'],
  ['latin', '建立长效机制', 'Ask for the NEW rules in March'],
  ['rare', '𠀀𠀁字符', ''],
  ['deleted', '整改落实情况已经销号', '已删除的笔记'],
];

async function seeded(): Promise<DubanDB> {
  const db = await freshDb();
  await db.annotations.bulkPut(ROWS.map(([id, quote, note], i) => toStored(annotationRecord(id, quote, note, { updatedAt: 1_700_000_000_000 + i }))));
  unwrap(await deleteAnnotation(db, 'deleted'));
  return db;
}

async function ids(db: DubanDB, q: string, includeDeleted = false): Promise<string[]> {
  return unwrap(await searchAnnotations(db, q, { includeDeleted })).annotations.map((a) => a.id).sort();
}

describe('searchAnnotations', () => {
  it.each([
    ['a Chinese substring of a quote', '主体责任', ['commit']],
    ['a two-character word in several quotes', '整改', ['commit', 'lookalike', 'rate', 'spaced']],
    ['a substring of a note only', '新规定', ['commit']],
    ['a quote whose page text broke the line inside the phrase', '整改落实', ['spaced']],
    ['a query typed with a space', '整改 落实', ['spaced']],
    ['mixed Latin, any case', 'new RULES', ['latin']],
    ['digits and symbols from a note', '17+5≠23', ['rate']],
    ['full-width input matches half-width text', '１７＋５', ['rate']],
    ['half-width input matches full-width text', '95%', ['rate']],
    ['characters outside the BMP', '𠀀𠀁', ['rare']],
    ['only the real match, not a row with all the bigrams apart', '改落实', ['spaced']],
    ['nothing across the quote/note boundary', '责任三月', []],
    ['nothing for an absent phrase', '形式主义', []],
  ])('%s: %j', async (_what, q, expected) => {
    const db = await seeded();
    expect(await ids(db, q)).toEqual(expected);
  });

  it('answers a pasted paragraph (more bigrams than it counts) exactly', async () => {
    const db = await seeded();
    const long = ROWS[0]![1];
    expect(Array.from(long).length).toBeGreaterThan(17);
    expect(await ids(db, long)).toEqual(['commit']);
    expect(await ids(db, `${long}。`)).toEqual([]);
  });

  it('excludes deleted annotations unless asked', async () => {
    const db = await seeded();
    expect(await ids(db, '销号')).toEqual([]);
    expect(await ids(db, '销号', true)).toEqual(['deleted']);
    expect(await ids(db, '整改落实', true)).toEqual(['deleted', 'spaced']);
  });

  it('returns whole annotations without bigrams, newest change first', async () => {
    const db = await seeded();
    const out = unwrap(await searchAnnotations(db, '整改'));
    expect(out.status).toBe('ok');
    expect(out.annotations.map((a) => a.id)).toEqual(['lookalike', 'spaced', 'rate', 'commit']);
    expect(out.annotations[0]).not.toHaveProperty('grams');
    expect(out.annotations[0]?.target.quote.exact).toBe('整改不到位，改落后面貌，抓落实');
  });

  it.each(['改', ' 改 ', '', 'a', '𠀀'])('answers a one-character query %j with a clear empty result', async (q) => {
    const db = await seeded();
    const out = unwrap(await searchAnnotations(db, q));
    expect(out).toMatchObject({ status: 'too-short', annotations: [], hint: TOO_SHORT_HINT, candidates: 0 });
    expect(out.hint).toBe('请至少输入两个字符。 / Type at least two characters.');
  });

  it('narrows two common bigrams by intersecting their keys before reading rows', async () => {
    const db = await freshDb();
    const rows = [
      ...Array.from({ length: 600 }, (_, i) => annotationRecord(`a${i}`, '整改到位', '')),
      ...Array.from({ length: 600 }, (_, i) => annotationRecord(`b${i}`, '更改落款', '')),
      ...Array.from({ length: 20 }, (_, i) => annotationRecord(`c${i}`, '整改落实', '')),
      ...Array.from({ length: 20 }, (_, i) => annotationRecord(`d${i}`, '整改了', '改落款')),
    ];
    await db.annotations.bulkPut(rows.map(toStored));
    const out = unwrap(await searchAnnotations(db, '整改落'));
    expect(out.annotations.map((a) => a.id).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`).sort());
    // Read: the 40 rows holding both bigrams, not the 640 of either one.
    expect(out.candidates).toBe(40);
  });

  it('finds exactly what a full scan finds (random texts)', async () => {
    // A tiny alphabet makes every bigram common and produces many near misses; queries are
    // substrings of the data and random strings.
    const alphabet = Array.from('整改落实责');
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const text = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    const db = await freshDb();
    const records: Annotation[] = Array.from({ length: 900 }, (_, i) =>
      annotationRecord(`r${i}`, text(8 + rand(24)), rand(3) === 0 ? '' : text(2 + rand(10)), { deletedAt: rand(10) === 0 ? 1 : null }),
    );
    await db.annotations.bulkPut(records.map(toStored));
    const scan = (q: string) =>
      records
        .filter((r) => r.deletedAt === null && (foldForSearch(r.target.quote.exact).includes(q) || foldForSearch(r.note).includes(q)))
        .map((r) => r.id)
        .sort();
    const queries = [
      ...Array.from({ length: 40 }, () => {
        const r = records[rand(records.length)]!;
        const s = r.target.quote.exact;
        const start = rand(s.length - 1);
        return s.slice(start, start + 2 + rand(5));
      }),
      ...Array.from({ length: 40 }, () => text(2 + rand(5))),
    ];
    let nonEmpty = 0;
    for (const q of queries) {
      const out = unwrap(await searchAnnotations(db, q));
      expect(out.annotations.map((a) => a.id).sort(), q).toEqual(scan(q));
      if (out.annotations.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(40);
  });
});
