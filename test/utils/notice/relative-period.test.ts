import { describe, expect, it } from 'vitest';
import { periodEnd, relativePeriod } from '../../../utils/notice/relative-period';
import { findPublicity } from '../../../utils/notice/header';

describe('periodEnd', () => {
  it.each([
    // Days count the first day: 10 days from Dec 26 end on Jan 4.
    ['2024-12-26', 10, '日', '2025-01-04'],
    ['2024-12-26', 1, '天', '2024-12-26'],
    ['2024-02-20', 10, '天', '2024-02-29'],
    // Working days skip weekends: Wed 2024-11-20 + 10 working days → Tue 2024-12-03.
    ['2024-11-20', 10, '工作日', '2024-12-03'],
    // Published on a Saturday: counting starts on Monday.
    ['2024-11-23', 5, '工作日', '2024-11-29'],
    ['2024-11-20', 2, '周', '2024-12-03'],
    ['2024-01-31', 1, '个月', '2024-02-28'],
    ['2024-03-15', 1, '个月', '2024-04-14'],
  ])('%s + %i %s → %s', (start, n, unit, end) => {
    expect(periodEnd(start, n, unit)).toBe(end);
  });

  it.each([0, -3, 400])('refuses a length of %i', (n) => {
    expect(periodEnd('2024-01-01', n, '日')).toBeNull();
  });
});

describe('a publicity period written as a length', () => {
  it.each([
    ['公开期限为10个工作日。', { start: '2024-11-20', end: '2024-12-03' }],
    ['公示时间自发布之日起10日。', { start: '2024-11-20', end: '2024-11-29' }],
    ['公示期七天。', { start: '2024-11-20', end: '2024-11-26' }],
    ['公示期为1个月。', { start: '2024-11-20', end: '2024-12-19' }],
  ])('%s', (text, range) => {
    expect(findPublicity(text, 0, 2024, '2024-11-20').range).toEqual(range);
  });

  it('needs the publication date to start from', () => {
    expect(findPublicity('公开期限为10个工作日。', 0, 2024, null).range).toBeNull();
    expect(relativePeriod('公开期限为10个工作日。', 0, 12, null)).toBeNull();
  });

  it('keeps written dates first', () => {
    expect(findPublicity('公开期限：2024年11月20日至12月5日（10个工作日）。', 0, 2024, '2024-11-20').range).toEqual({ start: '2024-11-20', end: '2024-12-05' });
  });

  it('spans the length as written', () => {
    const text = '欢迎监督。公开期限为10个工作日。';
    const r = findPublicity(text, 0, 2024, '2024-11-20');
    expect(r.span && text.slice(r.span.start, r.span.end)).toMatch(/10个工作日$/);
  });
});
