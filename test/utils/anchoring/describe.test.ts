import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../../utils/anchoring/describe';

describe('describeTextRange', () => {
  const text = '一、整改情况：台党委召开专题会议研究部署整改工作，制定了《理论学习中心组学习计划》。';

  it('the quote, 32 visible characters of context each side (less at the ends), and the position', () => {
    const start = text.indexOf('制定了');
    expect(describeTextRange(text, start, start + 3)).toEqual({
      quote: { type: 'TextQuoteSelector', exact: '制定了', prefix: text.slice(Math.max(0, start - 32), start), suffix: '《理论学习中心组学习计划》。' },
      position: { type: 'TextPositionSelector', start, end: start + 3 },
    });
  });

  it('no prefix at the start of the text, no suffix at its end (both optional in the model)', () => {
    expect(describeTextRange(text, 0, text.length)).toEqual({
      quote: { type: 'TextQuoteSelector', exact: text },
      position: { type: 'TextPositionSelector', start: 0, end: text.length },
    });
  });

  it('a chosen context length; offsets clamped and put in order', () => {
    const d = describeTextRange(text, 12, 7, 4);
    expect(d.quote).toEqual({ type: 'TextQuoteSelector', exact: '台党委召开', prefix: '改情况：', suffix: '专题会议' });
    expect(d.position).toEqual({ type: 'TextPositionSelector', start: 7, end: 12 });
    expect(describeTextRange(text, -3, 2, 4).position).toEqual({ type: 'TextPositionSelector', start: 0, end: 2 });
  });

  it('context counts visible characters: it reaches over the page source\'s indentation', () => {
    const page = `整改措施：召开专题会议。\n            </p>\n            <p>`.replace(/<\/?p>/g, '') + '        制定了整改方案。';
    const at = page.indexOf('制定了');
    const d = describeTextRange(page, at, at + 3, 8);
    expect(d.quote.prefix).toBe(page.slice(page.indexOf('：'), at));
    expect(d.quote.prefix?.replace(/\s+/g, '')).toBe('：召开专题会议。');
    expect(d.quote.suffix).toBe('整改方案。');
  });

  it('context never ends in half a surrogate pair', () => {
    const t = '前𠀀文字整改𠀁后';
    const at = t.indexOf('整改');
    // One character of context would be the low half of 𠀀 before, the high half of 𠀁 after.
    expect(describeTextRange(t, at - 2, at + 2, 1).quote).toEqual({ type: 'TextQuoteSelector', exact: '文字整改' });
    expect(describeTextRange(t, at - 1, at + 2, 1).quote).toEqual({ type: 'TextQuoteSelector', exact: '字整改', prefix: '文' });
    expect(describeTextRange(t, at, at + 2, 4).quote).toMatchObject({ prefix: '𠀀文字', suffix: '𠀁后' });
  });
});
