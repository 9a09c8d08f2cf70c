import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { listNumbering, markerFor, nextMarker } from '../../../utils/notice/list-markers';

describe('markerFor', () => {
  it.each([
    { rank: 1, n: 1, expected: '一、' },
    { rank: 1, n: 11, expected: '十一、' },
    { rank: 2, n: 20, expected: '（二十）' },
    { rank: 2, n: 99, expected: '（九十九）' },
    { rank: 1, n: 100, expected: null },
    { rank: 3, n: 12, expected: '12.' },
    { rank: 4, n: 3, expected: '（3）' },
    { rank: 5, n: 20, expected: '⑳' },
    { rank: 5, n: 21, expected: null },
    { rank: 6, n: 1, expected: null },
    { rank: 3, n: 0, expected: null },
  ])('rank $rank, item $n → $expected', ({ rank, n, expected }) => {
    expect(markerFor(rank, n)).toBe(expected);
  });
});

describe('listNumbering', () => {
  const closers: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of closers) await c();
  });
  const list = (html: string): Element => {
    const { document, close } = parseHtml(`<html><body>${html}</body></html>`);
    closers.push(close);
    const el = document.body.firstElementChild;
    if (!el) throw new Error('no list');
    return el;
  };
  const markers = (html: string, enclosing = 0): Array<string | null> => {
    const el = list(html);
    const n = listNumbering(el, enclosing);
    return Array.from(el.children).map((li) => nextMarker(n, li));
  };

  it('ranks below the list it sits in', () => {
    expect(markers('<ol><li>甲</li></ol>', 3)).toEqual(['（1）']);
    expect(markers('<ol><li>甲</li></ol>', 4)).toEqual(['①']);
    expect(markers('<ol><li>甲</li></ol>', 5)).toEqual([null]);
  });

  it('counts an item hidden by list-style none, but draws nothing for it', () => {
    expect(markers('<ol><li style="list-style-type:none">甲</li><li>乙</li></ol>')).toEqual([null, '2.']);
  });

  it('gives the rank of the items\' own numerals to the lists inside them', () => {
    expect(listNumbering(list('<ul><li>（1）甲</li></ul>'), 0)).toMatchObject({ numbered: false, rank: 4 });
    expect(listNumbering(list('<ol><li>一是甲</li></ol>'), 3)).toMatchObject({ numbered: false, rank: 3 });
  });

  it('reads the list-style shorthand past its position', () => {
    expect(markers('<ol style="list-style: inside cjk-ideographic"><li>甲</li></ol>')).toEqual(['一、']);
  });
});
