import { describe, expect, it } from 'vitest';
import { withBlockBreaks, withLikelyBlockBreaks } from '../../../utils/export/block-breaks';

/** `text` with the quote [a, b) marked by ⟦ ⟧, for readable expectations. */
const mark = ({ text, a, b }: { text: string; a: number; b: number }) => `${text.slice(0, a)}⟦${text.slice(a, b)}⟧${text.slice(b)}`;

describe('withBlockBreaks', () => {
  const notice = '一、整改落实情况\n已整改完成17个。\n（一）迅速部署，压实整改责任。';

  it('puts back the block edges of the notice text, width and spaces ignored', () => {
    const text = '落实情况已整改完成17个。(一) 迅速部署';
    expect(mark(withBlockBreaks(text, 4, 13, notice) ?? { text: '', a: 0, b: 0 })).toBe('落实情况\n⟦已整改完成17个。⟧\n(一) 迅速部署');
  });

  it('finds the quote alone when its context is not in the notice text', () => {
    const text = '网站首页 已整改完成17个。（一）迅速';
    expect(mark(withBlockBreaks(text, 5, text.length, notice) ?? { text: '', a: 0, b: 0 })).toBe('网站首页 ⟦已整改完成17个。\n（一）迅速⟧');
  });

  it('gives up when the quote is not there once', () => {
    expect(withBlockBreaks('不在其中', 0, 4, notice)).toBeNull();
    expect(withBlockBreaks('整改', 0, 2, notice)).toBeNull();
  });
});

describe('withLikelyBlockBreaks', () => {
  it.each([
    { text: '反馈了巡察意见。按照要求', expected: '反馈了巡察意见。\n按照要求' },
    { text: '做到“一抓到底”。（三）领导带头', expected: '做到“一抓到底”。\n（三）领导带头' },
    { text: '主体责任情况（一）迅速部署', expected: '主体责任情况\n（一）迅速部署' },
    { text: '加强学习12.做好保密工作', expected: '加强学习\n12.做好保密工作' },
    { text: '整改完成率98.5%，2024.6万元', expected: '整改完成率98.5%，2024.6万元' },
    { text: '要求；一、总体情况', expected: '要求；\n一、总体情况' },
  ])('$text', ({ text, expected }) => {
    expect(withLikelyBlockBreaks(text, 0, text.length).text).toBe(expected);
  });
});
