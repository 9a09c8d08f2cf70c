import { describe, expect, it } from 'vitest';
import { runChecks, type CheckInput } from '../../../utils/notice/checks';
import { extractStats } from '../../../utils/notice/stats';

/** The checks of a text's figures alone (no itemised problems, no dates). */
function statChecks(text: string): string[] {
  const input: CheckInput = {
    stats: extractStats(text, 0, text.length),
    problems: [],
    inspectionPeriod: null,
    feedbackDate: null,
    publishedDate: null,
    publicityPeriod: null,
    dateSpans: { period: null, feedback: null, publicity: null },
    redacted: [],
  };
  return runChecks(input).map((c) => c.kind);
}

describe('the figures that do not add up', () => {
  it.each([
    { text: '巡察反馈问题22个，已整改17个，阶段性整改5个。', expected: [] },
    { text: '巡察反馈问题22个，已整改17个，阶段性整改4个，未整改0个。', expected: ['stats-sum'] },
    { text: '巡察反馈问题22个，已整改19个，阶段性整改5个。', expected: ['stats-sum'] },
    // Two problems unaccounted for: the notice does not say what became of them.
    { text: '巡察反馈问题30个，已整改25个，阶段性整改3个。', expected: ['stats-sum'] },
    // …unless a part is written but redacted: it may be the difference.
    { text: '巡察反馈问题30个，已整改25个，阶段性整改3个，未整改**个。', expected: ['redacted'] },
    { text: '巡察反馈问题30个，已整改25个，阶段性整改6个，未整改**个。', expected: ['stats-sum', 'redacted'] },
    // An earlier round's figures are not this round's parts.
    { text: '巡察反馈问题21个，已整改19个，阶段性整改2个。对上轮巡察反馈的8个问题逐一复核，尚未整改到位的1个问题纳入本轮整改台账。', expected: [] },
    { text: '制定整改措施50条，已完成52条。', expected: ['measures-sum'] },
  ])('$text → $expected', ({ text, expected }) => {
    expect(statChecks(text)).toEqual(expected);
  });
});
