import { describe, expect, it } from 'vitest';
import { changeFromEarlier, compareFigures, filterRows } from '../../../components/library/library-view';
import type { PageStats } from '../../../utils/annotations/page-stats';
import type { LibraryRow } from '../../../utils/storage/library';

const NONE = { problems: null, rectified: null, staged: null, unrectified: null, measures: null, measuresDone: null, other: [], warnings: 0 };
const row = (stats: Partial<PageStats> | null): LibraryRow =>
  ({ url: 'https://x.gov.cn/', seenAs: [], title: null, noticeKind: null, issuer: null, inspector: null, publishedDate: null, stats: stats && { ...NONE, ...stats }, firstSeenAt: 0, lastSeenAt: 0, highlights: 0, tracked: { 'to-verify': 0, kept: 0, broken: 0, doubtful: 0 }, overdue: 0, dueSoon: 0, nextDue: null }) as LibraryRow;

describe('compareFigures', () => {
  it('lists only the counts some notice states, then other figures by label and unit', () => {
    const lines = compareFigures([
      row({ problems: 22, other: [{ label: '挽回经济损失', value: 120.5, unit: '万元' }, { label: '挽回经济损失', value: 3, unit: '万元' }] }),
      row(null),
      row({ problems: 22, rectified: 20, other: [{ label: '挽回经济损失', value: 1.2, unit: '亿元' }] }),
    ]);
    expect(lines).toEqual([
      { kind: 'count', key: 'problems', values: [22, null, 22] },
      { kind: 'count', key: 'rectified', values: [null, null, 20] },
      // The first value a notice gives for a label; another unit is another figure.
      { kind: 'other', label: '挽回经济损失', unit: '万元', values: [120.5, null, null] },
      { kind: 'other', label: '挽回经济损失', unit: '亿元', values: [null, null, 1.2] },
    ]);
    expect(compareFigures([row(null), row(NONE)])).toEqual([]);
  });
});

describe('changeFromEarlier', () => {
  it('compares with the nearest earlier notice that states the figure', () => {
    expect(changeFromEarlier([17, null, 20], 2)).toBe(3);
    expect(changeFromEarlier([17, null, 20], 1)).toBeNull();
    expect(changeFromEarlier([17, 20], 0)).toBeNull();
    expect(changeFromEarlier([0.1, 0.3], 1)).toBe(0.2);
    expect(changeFromEarlier([5, 5], 1)).toBe(0);
  });
});

describe('filterRows by published date', () => {
  it('leaves out a notice with no date once a bound is set, and keeps the bounds inclusive', () => {
    const rows = [{ ...row(null), url: 'a', publishedDate: '2024-03-01' }, { ...row(null), url: 'b', publishedDate: null }, { ...row(null), url: 'c', publishedDate: '2024-09-13' }];
    const f = { view: 'all' as const, text: '', issuer: '', inspector: '' };
    expect(filterRows(rows, f).map((r) => r.url)).toEqual(['a', 'b', 'c']);
    expect(filterRows(rows, { ...f, publishedFrom: '2024-03-01' }).map((r) => r.url)).toEqual(['a', 'c']);
    expect(filterRows(rows, { ...f, publishedTo: '2024-03-01' }).map((r) => r.url)).toEqual(['a']);
    expect(filterRows(rows, { ...f, publishedFrom: '2024-09-14', publishedTo: '' }).map((r) => r.url)).toEqual([]);
  });
});

describe('shortUrl', () => {
  it('gives host and path, cut at 60 characters, and the input when it is no URL', async () => {
    const { shortUrl } = await import('../../../components/library/LibraryTable');
    expect(shortUrl('https://www.qingyuan.gov.cn/')).toBe('www.qingyuan.gov.cn');
    expect(shortUrl('https://a.gov.cn/xcgz/t1.html?x=1')).toBe('a.gov.cn/xcgz/t1.html');
    const long = shortUrl(`https://a.gov.cn/${'x'.repeat(100)}`);
    expect(long).toHaveLength(60);
    expect(long.endsWith('…')).toBe(true);
    expect(shortUrl('not a url')).toBe('not a url');
  });
});
