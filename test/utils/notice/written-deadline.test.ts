import { describe, expect, it } from 'vitest';
import { writtenDeadline } from '../../../utils/notice/written-deadline';

describe('writtenDeadline', () => {
  it.each([
    [['年底前', '确保'], '年底前'],
    [['三季度末', '将于'], '三季度末'],
    // A quarter alone, a span of years, an event bound: the time as written.
    [['第三季度'], '第三季度'],
    [['2026年第一季度'], '2026年第一季度'],
    [['2025—2026年', '计划'], '2025—2026年'],
    [['2026年春节前'], '2026年春节前'],
    [['下一轮巡察前'], '下一轮巡察前'],
  ])('%j → %s', (cues, expected) => {
    expect(writtenDeadline({ cues })).toBe(expected);
  });

  // A rhythm says how often, not when; `目前正` is now.
  it.each([[['每季度']], [['按季度']], [['季度调度']], [['目前正']], [['计划', '正在']]])('%j has none', (cues) => {
    expect(writtenDeadline({ cues })).toBeNull();
  });
});
