import { describe, expect, it } from 'vitest';
import { runChecks, type CheckInput } from '../../../utils/notice/checks';
import { measureStatus } from '../../../utils/notice/cues';
import { extractStats } from '../../../utils/notice/stats';

/** The kinds of checks run on these figures and problems, with no dates. */
function checkKinds(text: string, problems: CheckInput['problems'] = []): string[] {
  const input: CheckInput = {
    stats: extractStats(text, 0, text.length),
    problems,
    inspectionPeriod: null,
    feedbackDate: null,
    publishedDate: null,
    publicityPeriod: null,
    dateSpans: { period: null, feedback: null, publicity: null },
    redacted: [],
  };
  return runChecks(input).map((c) => c.kind);
}

/** The checks of a text's figures alone (no itemised problems, no dates). */
const statChecks = (text: string): string[] => checkKinds(text);

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

describe('a measure claimed done beside planned language', () => {
  const checksOf = (measure: string): string[] => {
    const { status, cues } = measureStatus(measure);
    return checkKinds('', [{ id: 'p1', sectionId: null, text: '问题', start: 0, end: 2, measures: [{ text: measure, status, cues, start: 0, end: measure.length }] }]);
  };
  it.each([
    // The seeds' own alarm: done, and in the same breath the rest is still to come.
    { text: '目前已对办公设备进行了第一次盘点，待账实相符后，将对相关闲置设备进行报废处理。', expected: ['done-vs-planned'] },
    // Part done, the future said of what remains: a progress report.
    { text: '已完工36个，剩余12个小区正在加紧施工，计划2026年6月底前全部完成。', expected: [] },
    { text: '二是剩余2个基层社改造已完成设计招标，计划2025年12月底前完成。', expected: [] },
    { text: '已整治完成19处；其余4处确保汛期前完成整治。', expected: [] },
    // Work begun is under way: beside a plan it is no claim of completion.
    { text: '智能监控系统升级已启动，计划第三季度完成部署。', expected: [] },
    // The year's target with its figure, then what is done of it: a progress report.
    { text: '一是今年计划改造老旧小区23个，目前已完工18个。', expected: [] },
    { text: '二是今年计划招聘教师20名，已全部到岗。', expected: [] },
    // A plan named as a noun is no word of the future.
    { text: '一是针对采购计划公开不及时问题，已在门户网站补充公开采购意向12条。', expected: [] },
    // Told in the past, a plan over years is a report.
    { text: '2023年至2024年分两年完成了改造。', expected: [] },
  ])('$text → $expected', ({ text, expected }) => {
    expect(checksOf(text)).toEqual(expected);
  });

  it('names only the words of the future, not work begun', () => {
    const measure = '已完成主体工程，已启动附属工程建设，计划年底前完工。';
    const { status, cues } = measureStatus(measure);
    const checks = runChecks({
      stats: extractStats('', 0, 0),
      problems: [{ id: 'p1', sectionId: null, text: '问题', start: 0, end: 2, measures: [{ text: measure, status, cues, start: 0, end: measure.length }] }],
      inspectionPeriod: null, feedbackDate: null, publishedDate: null, publicityPeriod: null,
      dateSpans: { period: null, feedback: null, publicity: null }, redacted: [],
    });
    expect(checks.map((c) => c.message.split('”')[0])).toEqual(['此项措施称已完成，同时又有“计划']);
  });
});
