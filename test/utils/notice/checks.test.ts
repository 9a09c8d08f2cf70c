import { describe, expect, it } from 'vitest';
import { runChecks, type CheckInput } from '../../../utils/notice/checks';
import { measureStatus } from '../../../utils/notice/cues';
import { extractStats } from '../../../utils/notice/stats';

/** The checks' input for these figures and problems, with no dates. */
function inputOf(text: string, problems: CheckInput['problems'] = [], extra: Partial<CheckInput> = {}): CheckInput {
  return {
    text,
    stats: extractStats(text, 0, text.length),
    problems,
    inspectionPeriod: null,
    feedbackDate: null,
    publishedDate: null,
    publicityPeriod: null,
    dateSpans: { period: null, feedback: null, publicity: null },
    redacted: [],
    ...extra,
  };
}

/** The kinds of checks run on these figures and problems, with no dates. */
function checkKinds(text: string, problems: CheckInput['problems'] = [], extra: Partial<CheckInput> = {}): string[] {
  return runChecks(inputOf(text, problems, extra)).map((c) => c.kind);
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
    // Other work going on, or the rest named, beside what is done: a progress report.
    { text: '目前已完成设备采购制度修订，正在对3个采购项目开展专项审计复核，计划2025年3月底前完成。', expected: [] },
    { text: '目前2个党支部已通过验收，另外1个计划于2025年5月前完成。', expected: [] },
    // A routine set for after what is done is no work left undone…
    { text: '一是已于2025年4月完成专项检查，追回医保基金87.6万元；此后将每季度开展一次交叉检查。', expected: [] },
    // …but a plan beside it still is.
    { text: '一是已完成专项检查；此后将每季度开展一次交叉检查，并将于年底前完成系统改造。', expected: ['done-vs-planned'] },
  ])('$text → $expected', ({ text, expected }) => {
    expect(checksOf(text)).toEqual(expected);
  });

  it('names only the words of the future, not work begun', () => {
    const measure = '已完成主体工程，已启动附属工程建设，计划年底前完工。';
    const { status, cues } = measureStatus(measure);
    const checks = runChecks(inputOf('', [{ id: 'p1', sectionId: null, text: '问题', start: 0, end: 2, measures: [{ text: measure, status, cues, start: 0, end: measure.length }] }]));
    expect(checks.map((c) => c.message.split('”')[0])).toEqual(['此项措施称已完成，同时又有“计划']);
  });
});

/** Itemised problems, each with one measure whose status is read from its words. */
const itemised = (...measures: string[]): CheckInput['problems'] =>
  measures.map((m, i) => {
    const { status, cues } = measureStatus(m);
    return { id: `p${i + 1}`, sectionId: null, text: `问题${i + 1}`, start: 0, end: 1, measures: [{ text: m, status, cues, start: 0, end: m.length }] };
  });

describe('the itemised problems against the count', () => {
  it('a list that differs from the total is flagged', () => {
    expect(checkKinds('巡察组共反馈问题9个，已全部整改完成。', itemised('已完成。', '已完成。'))).toEqual(['problem-count']);
  });

  it.each([
    // The body goes aspect by aspect (`（一）…方面`), as many as the aspects fed back.
    { text: '巡察组共反馈问题3个方面15个，已全部整改完成。', n: 3 },
    { text: '巡察组共反馈3个方面问题15个，目前已全部整改完成。', n: 3 },
    // The body lists the problems as fed back, before they were refined.
    { text: '将巡察组反馈的3个方面11个问题细化为28个具体问题，已完成整改25个，阶段性整改3个。', n: 11 },
  ])('no alarm when the list matches another count of the same problems: $text', ({ text, n }) => {
    const done = Array.from({ length: n }, () => '已完成。');
    expect(checkKinds(text, itemised(...done))).toEqual([]);
  });

  it('a summary\'s items are the bodies it covers: no alarm', () => {
    expect(checkKinds('8个被巡察党组织共收到巡察反馈问题174个，已完成整改160个，阶段性整改14个。', itemised('已完成。', '已完成。'), { summary: true })).toEqual([]);
  });

  it('…but an aspects count that is not the list\'s length leaves the alarm', () => {
    expect(checkKinds('巡察组共反馈问题3个方面15个，已全部整改完成。', itemised('已完成。', '已完成。'))).toEqual(['problem-count']);
  });
});

describe('all problems claimed rectified while a measure is still only promised', () => {
  it('is flagged when no count of measures says so', () => {
    const problems = itemised('已完成。', '目前正在进行施工招标，计划2025年11月底前完成改造。');
    expect(checkKinds('巡察反馈的2个问题已全部整改完成。', problems)).toEqual(['done-vs-planned']);
  });

  it.each([
    '二是清退违规接待费用1.2万元，此后将每季度开展一次交叉检查。',
    '下一步将持续加强日常监督检查。',
    '将严格执行公务接待制度，坚决杜绝超标准接待。',
  ])('is not flagged for a routine or a resolve: %s', (m) => {
    expect(checkKinds('巡察反馈的2个问题已全部整改到位。', itemised('已完成。', m))).toEqual([]);
  });

  it('is not flagged when some problems are still being rectified', () => {
    const problems = itemised('已完成。', '计划2025年11月底前完成改造。');
    expect(checkKinds('巡察反馈的2个问题，已整改完成1个，正在整改1个。', problems)).toEqual([]);
  });

  it('is flagged once when the measures are counted too', () => {
    const problems = itemised('已完成。', '计划2025年11月底前完成改造。');
    expect(checkKinds('巡察反馈的2个问题已全部整改完成，制定整改措施2条，已全部完成。', problems)).toEqual(['done-vs-planned']);
  });
});

describe('a rate that does not match the notice\'s own counts', () => {
  it.each([
    { text: '巡察反馈问题12个，已完成整改10个，阶段性整改2个，问题整改完成率91.7%。', expected: ['rate-mismatch'] },
    { text: '巡察反馈问题12个，已完成整改11个，阶段性整改1个，问题整改完成率91.7%。', expected: [] },
    // Rounded or cut to the rate's last digit.
    { text: '巡察反馈问题12个，已完成整改11个，阶段性整改1个，问题整改完成率92%。', expected: [] },
    { text: '巡察反馈问题12个，已完成整改11个，阶段性整改1个，问题整改完成率91.6%。', expected: [] },
    { text: '巡察反馈的697个问题，完成整改688个，基本完成取得阶段性成果并持续整改问题4个，未完成5个，总体完成率98.71%。', expected: [] },
    // A bare 整改完成率 may be the measures'.
    { text: '巡察反馈问题12个，已完成整改10个，阶段性整改2个；制定整改措施72条，已完成68条，整改完成率94.4%。', expected: [] },
    // A measures' rate is checked against the measures.
    { text: '巡察反馈问题12个，已完成整改12个；制定整改措施72条，已完成68条，措施完成率100%。', expected: ['rate-mismatch'] },
    // Nothing to check it against.
    { text: '巡察反馈问题12个，整改完成率91.7%。', expected: [] },
    // The overall rate may count the problems in stages too.
    { text: '共反馈问题3个方面24个，已完成整改21个，基本完成取得阶段性成果并持续整改问题2个，未完成1个，总体完成率95.83%。', expected: [] },
    // A rate of something else (petitions settled) is no rate of the notice's figures.
    { text: '巡察反馈问题12个，已完成整改10个，阶段性整改2个。建立接诉即办机制，群众诉求办结率达到98%。', expected: [] },
    // A summary's unit, in a paragraph of its own: its rate is of its own counts.
    { text: '巡察反馈问题26个，已完成整改22个，阶段性整改4个。\n东城街道党工委：整改完成率83.3%。', expected: [] },
    // …or in the same paragraph after 其中, a class's rate, the rate of work due so far, an earlier notice's.
    { text: '共反馈问题320个，已整改完成290个，整改完成率90.6%。其中，县教育局反馈问题15个，已整改完成13个，整改完成率86.7%。', expected: [] },
    { text: '巡察反馈问题13个，已整改完成12个，其中立行立改问题5个，整改完成率100%。', expected: [] },
    { text: '巡察反馈问题13个，已整改完成12个，按时整改完成率100%。', expected: [] },
    { text: '巡察反馈问题13个，已整改完成12个，较第一次通报时的整改完成率60%大幅提高。', expected: [] },
    { text: '巡察反馈问题13个，已整改完成12个，群众反映问题办结率98%。', expected: [] },
  ])('$text → $expected', ({ text, expected }) => {
    expect(statChecks(text)).toEqual(expected);
  });
});
