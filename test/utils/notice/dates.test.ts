import { describe, expect, it } from 'vitest';
import { findDates, isoDate, lastDayOfMonth } from '../../../utils/notice/dates';

/** What a reader sees of each date found: ISO date (or null) and whether it was redacted. */
const seen = (text: string, contextYear: number | null = null) =>
  findDates(text, 0, text.length, contextYear).map((d) => ({ text: text.slice(d.start, d.end), iso: d.iso, redacted: d.redacted }));

describe('findDates', () => {
  it.each([
    { input: '2024年9月13日', expected: [{ text: '2024年9月13日', iso: '2024-09-13', redacted: false }] },
    { input: '２０２４年３月２８日', expected: [{ text: '２０２４年３月２８日', iso: '2024-03-28', redacted: false }] },
    { input: '2024 年 3 月 28 日', expected: [{ text: '2024 年 3 月 28 日', iso: '2024-03-28', redacted: false }] },
    { input: '2024年3月28号', expected: [{ text: '2024年3月28号', iso: '2024-03-28', redacted: false }] },
    { input: '发布时间：2025-10-16', expected: [{ text: '2025-10-16', iso: '2025-10-16', redacted: false }] },
    { input: '发布时间：2025-10-16 10:20', expected: [{ text: '2025-10-16', iso: '2025-10-16', redacted: false }] },
    { input: '2025.10.16', expected: [{ text: '2025.10.16', iso: '2025-10-16', redacted: false }] },
    { input: '2025/1/5', expected: [{ text: '2025/1/5', iso: '2025-01-05', redacted: false }] },
    { input: '2024年2月29日', expected: [{ text: '2024年2月29日', iso: '2024-02-29', redacted: false }] },
  ])('a full date: $input', ({ input, expected }) => {
    expect(seen(input)).toEqual(expected);
  });

  it.each([
    {
      input: '2024年3月28日至6月28日',
      expected: [
        { text: '2024年3月28日', iso: '2024-03-28', redacted: false },
        { text: '6月28日', iso: '2024-06-28', redacted: false },
      ],
    },
    {
      input: '2024年3月28日至6月28日，市委第五巡察组对我台党委开展了巡察。9月13日，反馈了巡察意见。',
      expected: [
        { text: '2024年3月28日', iso: '2024-03-28', redacted: false },
        { text: '6月28日', iso: '2024-06-28', redacted: false },
        { text: '9月13日', iso: '2024-09-13', redacted: false },
      ],
    },
    {
      // the nearest full date before wins
      input: '2023年1月1日，2024年5月6日，7月8日',
      expected: [
        { text: '2023年1月1日', iso: '2023-01-01', redacted: false },
        { text: '2024年5月6日', iso: '2024-05-06', redacted: false },
        { text: '7月8日', iso: '2024-07-08', redacted: false },
      ],
    },
    {
      input: '公开期限：2025年10月16日至11月16日。',
      expected: [
        { text: '2025年10月16日', iso: '2025-10-16', redacted: false },
        { text: '11月16日', iso: '2025-11-16', redacted: false },
      ],
    },
  ])('an implicit year comes from the date before it: $input', ({ input, expected }) => {
    expect(seen(input)).toEqual(expected);
  });

  it('an implicit year with nothing before it takes the context year', () => {
    expect(seen('9月13日', 2024)).toEqual([{ text: '9月13日', iso: '2024-09-13', redacted: false }]);
  });

  it('an implicit year with no year anywhere is not a date', () => {
    expect(seen('6月28日')).toEqual([]);
  });

  it.each([
    {
      input: '****年*月*日至*月*日',
      expected: [
        { text: '****年*月*日', iso: null, redacted: true },
        { text: '*月*日', iso: null, redacted: true },
      ],
    },
    { input: '*月**日，市委巡察组反馈了意见', expected: [{ text: '*月**日', iso: null, redacted: true }] },
    { input: '2024年*月*日', expected: [{ text: '2024年*月*日', iso: null, redacted: true }] },
    { input: '２０２４年＊月１日', expected: [{ text: '２０２４年＊月１日', iso: null, redacted: true }] },
    { input: '2024年3月1日，****年5月6日', expected: [
      { text: '2024年3月1日', iso: '2024-03-01', redacted: false },
      { text: '****年5月6日', iso: null, redacted: true },
    ] },
  ])('a redacted date is unknown, never a date: $input', ({ input, expected }) => {
    expect(seen(input)).toEqual(expected);
  });

  it.each([
    { input: '2024年2月30日', expected: [] },
    { input: '2023年2月29日', expected: [] },
    { input: '2025年4月31日', expected: [] },
    { input: '2024年13月1日', expected: [] },
    { input: '2025-02-30', expected: [] },
    { input: '2024年3月1日，2月30日', expected: [{ text: '2024年3月1日', iso: '2024-03-01', redacted: false }] },
  ])('an impossible date is dropped: $input', ({ input, expected }) => {
    expect(seen(input)).toEqual(expected);
  });

  it.each([
    { input: '2024-2026三年改革振兴发展规划', expected: [] },
    { input: '1、2月', expected: [] },
    { input: '3.5亿元', expected: [] },
    { input: '电话：0763-3374341', expected: [] },
    { input: '总体完成率98.71%', expected: [] },
  ])('not a date: $input', ({ input, expected }) => {
    expect(seen(input)).toEqual(expected);
  });

  it.each([
    { input: '2024年6月1日—15日', expected: ['2024年6月1日:2024-06-01', '15日:2024-06-15'] },
    { input: '6月1日至30日', expected: ['6月1日:2025-06-01', '30日:2025-06-30'] },
    { input: '2024年6月１日－１５号', expected: ['2024年6月１日:2024-06-01', '１５号:2024-06-15'] },
    // Not the end of a range: a day count, another month, a day the month does not have.
    { input: '6月1日至10个工作日内', expected: ['6月1日:2025-06-01'] },
    { input: '6月1日至12月31日', expected: ['6月1日:2025-06-01', '12月31日:2025-12-31'] },
    { input: '2月1日至30日', expected: ['2月1日:2025-02-01'] },
  ])('the end of a range in the same month, its day alone: $input', ({ input, expected }) => {
    expect(findDates(input, 0, input.length, 2025).map((d) => `${input.slice(d.start, d.end)}:${d.iso}`)).toEqual(expected);
  });

  it('offsets are relative to the whole text when searching a range', () => {
    const text = '前言。2024年9月13日反馈。2025年1月2日';
    const found = findDates(text, 3, 14);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['2024年9月13日']);
    expect(found[0]?.iso).toBe('2024-09-13');
  });
});

describe('isoDate', () => {
  it.each([
    { input: [2024, 3, 28], expected: '2024-03-28' },
    { input: [2025, 12, 31], expected: '2025-12-31' },
    { input: [2024, 2, 29], expected: '2024-02-29' },
    { input: [2000, 2, 29], expected: '2000-02-29' },
    { input: [1949, 10, 1], expected: '1949-10-01' },
    { input: [2023, 2, 29], expected: null },
    { input: [1900, 2, 29], expected: null },
    { input: [2025, 2, 30], expected: null },
    { input: [2025, 4, 31], expected: null },
    { input: [2025, 0, 1], expected: null },
    { input: [2025, 13, 1], expected: null },
    { input: [2025, 1, 0], expected: null },
    { input: [1948, 12, 31], expected: null },
    { input: [2101, 1, 1], expected: null },
  ])('$input → $expected', ({ input, expected }) => {
    const [y, m, d] = input as [number, number, number];
    expect(isoDate(y, m, d)).toBe(expected);
  });
});

describe('lastDayOfMonth', () => {
  it.each([
    { input: [2024, 2], expected: '2024-02-29' },
    { input: [2025, 2], expected: '2025-02-28' },
    { input: [2025, 4], expected: '2025-04-30' },
    { input: [2025, 6], expected: '2025-06-30' },
    { input: [2025, 12], expected: '2025-12-31' },
    { input: [2025, 1], expected: '2025-01-31' },
    { input: [2025, 13], expected: null },
    { input: [2025, 0], expected: null },
  ])('$input → $expected', ({ input, expected }) => {
    const [y, m] = input as [number, number];
    expect(lastDayOfMonth(y, m)).toBe(expected);
  });
});

describe('findDates in Chinese numerals', () => {
  it('reads 二〇二四年四月十日至五月三十日 and a later 六月二十日 in the same year', () => {
    const text = '县委第四巡察组于二〇二四年四月十日至五月三十日对县农业农村局党组开展了巡察，六月二十日向局党组反馈了巡察意见。';
    expect(findDates(text).map((d) => [d.iso, text.slice(d.start, d.end)])).toEqual([
      ['2024-04-10', '二〇二四年四月十日'],
      ['2024-05-30', '五月三十日'],
      ['2024-06-20', '六月二十日'],
    ]);
  });

  it('knows no year without one, and reads no date in 三个月 or 十一月份', () => {
    expect(findDates('六月二十日反馈')).toEqual([]);
    expect(findDates('2024年整改三个月，十一月份完成', 0)).toEqual([]);
    expect(findDates('2024年5月6日启动，十二月三十一日完成').map((d) => d.iso)).toEqual(['2024-05-06', '2024-12-31']);
  });
});

describe('findDates with a year said relative to the notice (去年, 今年)', () => {
  const iso = (text: string, anchor: number | null | undefined, context: number | null = null) => findDates(text, 0, text.length, context, anchor).map((d) => d.iso);
  it.each([
    // A village's plain words: last year's inspection, this year's feedback, dated by the notice's year.
    { input: '去年11月4日到12月5日，县委第二巡察组在咱们村搞了巡察，今年1月9号把查出来的问题反馈给了村里', anchor: 2025, expected: ['2024-11-04', '2024-12-05', '2025-01-09'] },
    { input: '前年6月3日', anchor: 2025, expected: ['2023-06-03'] },
    { input: '明年3月1日起施行', anchor: 2025, expected: ['2026-03-01'] },
    { input: '本年5月8日', anchor: 2025, expected: ['2025-05-08'] },
    { input: '去年十一月四日至十二月五日', anchor: 2025, expected: ['2024-11-04', '2024-12-05'] },
    // The relative word dates over a year written before it: 今年 is the notice's, not 2024's.
    { input: '2024年3月5日开展巡察，今年1月9日反馈', anchor: 2025, expected: ['2024-03-05', '2025-01-09'] },
    // A full year written is never moved.
    { input: '去年2024年11月4日', anchor: 2025, expected: ['2024-11-04'] },
  ])('$input ($anchor)', ({ input, anchor, expected }) => {
    expect(iso(input, anchor)).toEqual(expected);
  });

  it('with no year to anchor it, a relative date is no date, and lends no year to the dates after it', () => {
    expect(iso('去年11月4日到12月5日', null, 2023)).toEqual([]);
  });

  it('callers that do not ask keep the year of the text (the date after 去年 takes the context year)', () => {
    expect(iso('去年11月4日', undefined, 2024)).toEqual(['2024-11-04']);
  });
});

describe('findDates: a range crossing into the next year', () => {
  it('ends in the next year when its end, written without a year, would fall before its start', () => {
    expect(seen('2024年12月4日至1月5日', null).map((d) => d.iso)).toEqual(['2024-12-04', '2025-01-05']);
    expect(seen('十二月四日至一月五日', 2024).map((d) => d.iso)).toEqual(['2024-12-04', '2025-01-05']);
    // …and the dates after it carry the new year.
    expect(seen('2024年12月4日至1月5日开展巡察，1月9日反馈', null).map((d) => d.iso)).toEqual(['2024-12-04', '2025-01-05', '2025-01-09']);
  });
  it('not two dates that are no range, nor a year written, nor a range that would run a year on', () => {
    expect(seen('2024年12月4日召开会议；1月5日完成', null).map((d) => d.iso)).toEqual(['2024-12-04', '2024-01-05']);
    expect(seen('2024年12月4日至2024年1月5日', null).map((d) => d.iso)).toEqual(['2024-12-04', '2024-01-05']);
    expect(seen('2024年6月28日至6月20日', null).map((d) => d.iso)).toEqual(['2024-06-28', '2024-06-20']);
  });
  it('marks a year carried, not one written or said relative to the notice', () => {
    const text = '2024年11月4日至12月5日，去年1月9日';
    expect(findDates(text, 0, text.length, null, 2025).map((d) => d.implicitYear ?? false)).toEqual([false, true, false]);
  });
});
