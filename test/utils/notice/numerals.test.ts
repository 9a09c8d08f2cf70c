import { describe, expect, it } from 'vitest';
import { parseNumeral, toAsciiDigits } from '../../../utils/notice/numerals';

describe('parseNumeral', () => {
  it.each([
    { input: '23', expected: 23 },
    { input: '0', expected: 0 },
    { input: '２３', expected: 23 },
    { input: '１２', expected: 12 },
    { input: '3.5', expected: 3.5 },
    { input: '98.71', expected: 98.71 },
    { input: ' 7 ', expected: 7 },
    { input: '一', expected: 1 },
    { input: '十', expected: 10 },
    { input: '十一', expected: 11 },
    { input: '二十', expected: 20 },
    { input: '二十三', expected: 23 },
    { input: '两', expected: 2 },
    { input: '〇', expected: 0 },
    { input: '零', expected: 0 },
    { input: '百', expected: 100 },
    { input: '一百零五', expected: 105 },
    { input: '三百二十一', expected: 321 },
  ])('$input → $expected', ({ input, expected }) => {
    expect(parseNumeral(input)).toBe(expected);
  });

  it.each([
    { input: '', expected: null },
    { input: '   ', expected: null },
    { input: 'abc', expected: null },
    { input: '**', expected: null },
    { input: '-1', expected: null },
    { input: '1,000', expected: null },
    { input: '个', expected: null },
    { input: '三大类', expected: null },
  ])('not a number: "$input" → null', ({ input, expected }) => {
    expect(parseNumeral(input)).toBe(expected);
  });
});

describe('toAsciiDigits', () => {
  it.each([
    { input: '２０２５年１０月１６日', expected: '2025年10月16日' },
    { input: '０１２３４５６７８９', expected: '0123456789' },
    { input: '2025', expected: '2025' },
    { input: '第３轮', expected: '第3轮' },
    { input: '二十三', expected: '二十三' },
    { input: '', expected: '' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });

  it('keeps the string length, so offsets stay valid', () => {
    const s = '截至２０２５年９月，已整改完成１７个';
    expect(toAsciiDigits(s)).toHaveLength(s.length);
  });
});
