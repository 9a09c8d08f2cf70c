import { describe, expect, it } from 'vitest';
import { cueMatches, DEADLINE_CUES } from '../../../utils/notice/cues';
import { dueDate, extractCommitments } from '../../../utils/notice/commitments';
import { quotedRanges } from '../../../utils/notice/lines';

/** The due date of the first deadline cue in `text`, the year from `year` when the cue has none. */
const due = (text: string, year: number | null) => {
  const m = [...text.matchAll(DEADLINE_CUES)][0];
  return m ? dueDate(m, year) : null;
};

describe('dueDate', () => {
  it.each([
    { input: '年底前完成', year: 2025, expected: '2025-12-31' },
    { input: '年底前完成', year: 2024, expected: '2024-12-31' },
    { input: '年底前完成', year: null, expected: null },
    { input: '2025年底前完成', year: 2024, expected: '2025-12-31' },
    { input: '2025年12月底前完成', year: 2024, expected: '2025-12-31' },
    { input: '2026年3月底前完成', year: 2025, expected: '2026-03-31' },
    { input: '6月底前完成', year: 2025, expected: '2025-06-30' },
    { input: '2月底前完成', year: 2024, expected: '2024-02-29' },
    { input: '2月底前完成', year: 2025, expected: '2025-02-28' },
    { input: '6月前完成', year: 2025, expected: '2025-05-31' },
    { input: '3月前完成', year: 2024, expected: '2024-02-29' },
    { input: '1月前完成', year: 2025, expected: '2024-12-31' },
    { input: '3月上旬前', year: 2025, expected: '2025-03-10' },
    { input: '3月中旬前', year: 2025, expected: '2025-03-20' },
    { input: '3月下旬前', year: 2025, expected: '2025-03-31' },
    { input: '上半年完成', year: 2025, expected: '2025-06-30' },
    { input: '下半年完成', year: 2025, expected: '2025-12-31' },
    { input: '年内完成', year: 2025, expected: '2025-12-31' },
    { input: '本年度内完成', year: 2025, expected: '2025-12-31' },
    { input: '将于年底完成', year: 2025, expected: '2025-12-31' },
    { input: '力争明年完成', year: 2025, expected: '2026-12-31' },
    { input: '13月前完成', year: 2025, expected: null },
    { input: '计划2025年再新建产业学院2个', year: 2024, expected: '2025-12-31' },
    { input: '拟于2026年启动二期建设', year: 2025, expected: '2026-12-31' },
    { input: '拟于2025年一季度召开推进会', year: 2024, expected: '2025-03-31' },
    { input: '2025年第三季度前完成', year: 2024, expected: '2025-09-30' },
    { input: '计划2025年6月底前完成', year: 2024, expected: '2025-06-30' },
    { input: '将于今年三季度末投入运行', year: 2025, expected: '2025-09-30' },
    { input: '确保三季度末前完成', year: 2025, expected: '2025-09-30' },
    { input: '正在调试，计划2025年7月投入使用', year: 2024, expected: '2025-07-31' },
    // `2025年内`: within that year, by its last day (a written year, not a length: `三年内`).
    { input: '在2025年内完成全部整改任务', year: 2024, expected: '2025-12-31' },
    { input: '2026年度内完成', year: 2025, expected: '2026-12-31' },
    // `起草` is drafting, not a start; a bound (`年底前`) stays a deadline whatever is begun by it.
    { input: '计划2026年起草管理办法', year: 2025, expected: '2026-12-31' },
    { input: '年底前开始实施', year: 2025, expected: '2025-12-31' },
    // A year in Chinese numerals is written digit by digit (`二〇二六年`), as in signatures.
    { input: '力争二〇二六年六月底前全部整改到位', year: 2025, expected: '2026-06-30' },
    { input: '二〇二六年十二月中旬前完成', year: 2025, expected: '2026-12-20' },
    { input: '确保二〇二六年6月底前完成', year: 2025, expected: '2026-06-30' },
    { input: '二〇二六年底前完成', year: 2025, expected: '2026-12-31' },
    { input: '二〇二六年内完成', year: 2025, expected: '2026-12-31' },
    { input: '二〇二六年第一季度前完成', year: 2025, expected: '2026-03-31' },
    { input: '计划二〇二六年完成二期建设', year: 2025, expected: '2026-12-31' },
    { input: '计划二〇二六年7月投入使用', year: 2025, expected: '2026-07-31' },
    // A quarter alone before a completion still to come: that quarter of the year.
    { input: '二是第三季度完成剩余7个小区的物业托管', year: 2025, expected: '2025-09-30' },
    { input: '剩余11个第三季度完成', year: 2025, expected: '2025-09-30' },
    { input: '一、二季度完成招聘', year: 2025, expected: '2025-06-30' },
    // A span of years: its last year's end.
    { input: '二是2025—2026年分批实现社区残协专职委员全覆盖', year: 2025, expected: '2026-12-31' },
    { input: '计划2025—2026年分两年完成', year: 2025, expected: '2026-12-31' },
    { input: '2025年至2026年底前完成改造', year: 2025, expected: '2026-12-31' },
    { input: '2025-2026年内完成', year: 2025, expected: '2026-12-31' },
    // A Spring Festival with its year: by its eve (2026-02-17, 2027-02-06, 2025-01-29).
    { input: '2026年春节前完成', year: 2025, expected: '2026-02-16' },
    { input: '2027年春节前完成', year: 2025, expected: '2027-02-05' },
    { input: '2025年春节前完成', year: 2024, expected: '2025-01-28' },
    // `今年计划…`: the year's end, as `计划今年…`.
    { input: '今年计划公开遴选专业技术干部20名', year: 2025, expected: '2025-12-31' },
  ])('$input (context year $year) → $expected', ({ input, year, expected }) => {
    expect(due(input, year)).toBe(expected);
  });

  it.each([
    { input: '截至9月底，已完成整改' },
    { input: '截至2025年9月底前' },
    { input: '今年以来，已完成整改' },
    { input: '力争三年内建成示范基地' },
    { input: '将2024年以来的项目全部纳入台账' },
    { input: '截至2025年一季度末，已完成整改' },
    { input: '近20年内未开展清查' },
    // A start (`起`, `开始`) is when something begins, no day it is due by.
    { input: '计划明年起每年定向培养专业人才200名' },
    { input: '计划今年起每年开展一次轮训' },
    { input: '计划2026年起每年招聘50名' },
    { input: '计划2026年3月起实施新办法' },
    { input: '计划2026年开始建设二期工程' },
    { input: '拟于下半年起推行' },
    { input: '将于2026年一季度起执行' },
    { input: '截至二〇二五年九月底前' },
    { input: '计划二〇二六年起每年招聘50名' },
    // A span naming a period; a festival's eve or outside the table of Spring Festivals; `今年计划` as a noun.
    { input: '开展2023—2024年度专项资金绩效评价' },
    { input: '2026年春节前夕开展走访' },
    { input: '2031年春节前完成' },
    { input: '今年计划任务已完成' },
  ])('not a deadline: $input', ({ input }) => {
    expect([...input.matchAll(DEADLINE_CUES)]).toEqual([]);
  });

  // A bare quarter, a span without a bound and a dated Spring Festival are deadlines only before a
  // completion still to come, and a quarter not after a year, 上/去/前…: read in cueMatches (a deadline
  // cell takes them bare).
  it.each([
    { input: '召开第一季度党建工作例会' },
    { input: '去年三季度完成整改' },
    { input: '上一季度完成整改' },
    { input: '前三季度完成投资5亿元' },
    { input: '四季度开展专项检查' },
    { input: '三季度以来已完成整改5个' },
    { input: '2021—2023年，共查处案件12件' },
    { input: '清远长隆首期在2025年春节前开园试营业' },
  ])('not a deadline in prose: $input', ({ input }) => {
    expect(cueMatches(DEADLINE_CUES, input, () => false)).toEqual([]);
  });

  // A day of the month (`6月30日前`) is a deadline too.
  it.each([
    { input: '拟于2025年6月30日前完成整改', year: 2025, expected: '2025-06-30' },
    { input: '确保9月30日前完成', year: 2025, expected: '2025-09-30' },
  ])('a day-of-month deadline: $input → $expected', ({ input, year, expected }) => {
    expect(due(input, year)).toBe(expected);
  });
});

describe('extractCommitments on sentences', () => {
  const commitments = (text: string, fallbackYear: number | null = 2025) =>
    extractCommitments({ text, from: 0, to: text.length, sections: [], nextSteps: [], excluded: [], masked: () => false, fallbackYear })
      .map((c) => ({ text: c.text, kind: c.kind, due: c.due }));

  it.each([
    { input: '2025年，拟于年底前完成整改。', expected: [{ text: '2025年，拟于年底前完成整改。', kind: 'deadline', due: '2025-12-31' }] },
    { input: '确保2025年12月底前完成整改。', expected: [{ text: '确保2025年12月底前完成整改。', kind: 'deadline', due: '2025-12-31' }] },
    { input: '确保6月底前完成。', expected: [{ text: '确保6月底前完成。', kind: 'deadline', due: '2025-06-30' }] },
    { input: '2024年3月，要求6月前完成。', expected: [{ text: '2024年3月，要求6月前完成。', kind: 'deadline', due: '2024-05-31' }] },
    { input: '力争上半年完成。', expected: [{ text: '力争上半年完成。', kind: 'deadline', due: '2025-06-30' }] },
    { input: '每季度开展一次检查。', expected: [{ text: '每季度开展一次检查。', kind: 'recurring', due: null }] },
    { input: '定期清退。', expected: [{ text: '定期清退。', kind: 'recurring', due: null }] },
    { input: '每学期召开一次教学督导会。', expected: [{ text: '每学期召开一次教学督导会。', kind: 'recurring', due: null }] },
    { input: '每学年开展一次师德师风专项检查。', expected: [{ text: '每学年开展一次师德师风专项检查。', kind: 'recurring', due: null }] },
    // `按月`, `按季度`… (by the month, by the quarter) set a rhythm as `每月`, `每季度` do.
    { input: '建立热线诉求“接诉即办”工作机制，按月调度办理情况。', expected: [{ text: '建立热线诉求“接诉即办”工作机制，按月调度办理情况。', kind: 'recurring', due: null }] },
    { input: '坚持按季度调度、按年度总结。', expected: [{ text: '坚持按季度调度、按年度总结。', kind: 'recurring', due: null }] },
    { input: '按周报送整改进展。', expected: [{ text: '按周报送整改进展。', kind: 'recurring', due: null }] },
    { input: '按半年开展一次评估。', expected: [{ text: '按半年开展一次评估。', kind: 'recurring', due: null }] },
    { input: '每半月通报一次整改进度。', expected: [{ text: '每半月通报一次整改进度。', kind: 'recurring', due: null }] },
    // So do the rhythms of follow-up named as work (`周调度`, `月通报`, `季度分析`), set as a scheme.
    { input: '对整改任务实行周调度、月通报。', expected: [{ text: '对整改任务实行周调度、月通报。', kind: 'recurring', due: null }] },
    { input: '区委巡察办建立整改进度月调度、季通报机制。', expected: [{ text: '区委巡察办建立整改进度月调度、季通报机制。', kind: 'recurring', due: null }] },
    { input: '建立直属单位党建工作季度调度机制。', expected: [{ text: '建立直属单位党建工作季度调度机制。', kind: 'recurring', due: null }] },
    // …not a month or a quarter named (`6月通报`, `一季度研判`, `本月调度`), nor `按` before a noun
    // (`按年度计划`, according to the year's plan), a breakdown (`按月份`), another word (`按周期`,
    // `按季节`, `按年龄`), or the rhythm missed (`没有按季度公开`, the problem's words).
    { input: '6月通报整改情况。', expected: [] },
    { input: '一季度研判整改形势。', expected: [] },
    { input: '本月调度整改进度。', expected: [] },
    { input: '按年度任务推进整改。', expected: [] },
    { input: '按月份统计办件数量。', expected: [] },
    { input: '按周期开展设备维护。', expected: [] },
    { input: '按季节特点安排巡查。', expected: [] },
    { input: '按年龄结构配备干部。', expected: [] },
    { input: '项目资金没有按季度公开。', expected: [] },
    { input: '未按月公开村级财务。', expected: [] },
    { input: '将对相关闲置设备进行报废处理。', expected: [{ text: '将对相关闲置设备进行报废处理。', kind: 'planned', due: null }] },
    { input: '对正在推进的5个问题，实行销号管理，年内全部完成整改。', expected: [{ text: '对正在推进的5个问题，实行销号管理，年内全部完成整改。', kind: 'deadline', due: '2025-12-31' }] },
    { input: '6月底前整改到位。', expected: [{ text: '6月底前整改到位。', kind: 'deadline', due: '2025-06-30' }] },
    { input: '确保明年上半年前全部整改到位。', expected: [{ text: '确保明年上半年前全部整改到位。', kind: 'deadline', due: '2026-06-30' }] },
    { input: '已完成需求论证，明年一季度完成系统升级改造。', expected: [{ text: '已完成需求论证，明年一季度完成系统升级改造。', kind: 'deadline', due: '2026-03-31' }] },
    { input: '正在推进安防系统改造，计划十一月底前完工。', expected: [{ text: '正在推进安防系统改造，计划十一月底前完工。', kind: 'deadline', due: '2025-11-30' }] },
    { input: '于今年10月底前取得明显进展，12月中旬前全部完成整改。', expected: [{ text: '于今年10月底前取得明显进展，12月中旬前全部完成整改。', kind: 'deadline', due: '2025-12-20' }] },
    { input: '6月底前已全部完成整改。', expected: [] },
    // A deadline followed by any verb of completion still to come is a promise, not only `完成`:
    // a verb with the resultative 完 (`签完`, `签订完毕`), work finished (`完工`, `竣工`), a system or
    // a building put to use (`上线`, `投用`, `投入使用`, `建成投用`), a matter closed (`办结`, `销号`).
    { input: '已清理合同9份，剩下的4份年底前签完。', expected: [{ text: '已清理合同9份，剩下的4份年底前签完。', kind: 'deadline', due: '2025-12-31' }] },
    { input: '剩余合同年底前签订完毕。', expected: [{ text: '剩余合同年底前签订完毕。', kind: 'deadline', due: '2025-12-31' }] },
    { input: '已立项，年底前完工。', expected: [{ text: '已立项，年底前完工。', kind: 'deadline', due: '2025-12-31' }] },
    { input: '已立项，6月底前上线。', expected: [{ text: '已立项，6月底前上线。', kind: 'deadline', due: '2025-06-30' }] },
    { input: '村部新址年底前竣工。', expected: [{ text: '村部新址年底前竣工。', kind: 'deadline', due: '2025-12-31' }] },
    { input: '便民服务中心年底前建成投用。', expected: [{ text: '便民服务中心年底前建成投用。', kind: 'deadline', due: '2025-12-31' }] },
    { input: '新食堂9月底前投入使用。', expected: [{ text: '新食堂9月底前投入使用。', kind: 'deadline', due: '2025-09-30' }] },
    { input: '信访积案6月底前全部化解销号。', expected: [{ text: '信访积案6月底前全部化解销号。', kind: 'deadline', due: '2025-06-30' }] },
    { input: '项目年底前落地。', expected: [{ text: '项目年底前落地。', kind: 'deadline', due: '2025-12-31' }] },
    // …but a completion told in the past (`了`) or done (`已`) is a report, and `完善` improves, it
    // finishes nothing.
    { input: '6月底前全部完成了整改。', expected: [] },
    { input: '6月底前完成了整改。', expected: [] },
    { input: '6月底前已签订完毕。', expected: [] },
    // …nor is a deadline told as met (`已于…完成`).
    { input: '已于2024年10月底前完成整改，追回资金2万元。', expected: [] },
    { input: '已于三季度完成档案清理。', expected: [] },
    { input: '已在6月底前修订完成3项制度。', expected: [] },
    { input: '年底前完善了管理制度。', expected: [] },
    { input: '整改情况：正在对近三年村级工程项目进行全面梳理。', expected: [{ text: '正在对近三年村级工程项目进行全面梳理。', kind: 'planned', due: null }] },
    { input: '建立补偿资金发放机制，每年6月底前完成上一年度资金发放。', expected: [{ text: '建立补偿资金发放机制，每年6月底前完成上一年度资金发放。', kind: 'recurring', due: null }] },
    { input: '开展清查，已将滞留资金132万元全部发放到户。', expected: [] },
    { input: '今年内实现村集体经济收入全部达到15万元以上。', expected: [{ text: '今年内实现村集体经济收入全部达到15万元以上。', kind: 'deadline', due: '2025-12-31' }] },
    { input: '73条整改措施已完成65条，8条需长期坚持的措施正在持续推进。', expected: [] },
    { input: '确保****年底前全部整改到位。', expected: [{ text: '确保****年底前全部整改到位。', kind: 'deadline', due: null }] },
    { input: '已完成整改。', expected: [] },
    { input: '截至9月底，已完成整改。', expected: [] },
    { input: '将意识形态工作纳入议事日程。', expected: [] },
    { input: '暂未收到群众举报。', expected: [] },
    { input: '实行业务招待事前审批、事后公示。', expected: [] },
    // A period reported with its figure is when it was done, no promise.
    { input: '一是改革收益分配办法，2025年上半年完成技术合同金额1.37亿元；', expected: [] },
    { input: '2025年上半年完成交通固定资产投资386亿元，完成年度计划的52.3%。', expected: [] },
    { input: '力争2025年上半年完成技术合同金额2亿元。', expected: [{ text: '力争2025年上半年完成技术合同金额2亿元。', kind: 'deadline', due: '2025-06-30' }] },
    { input: '2025年上半年前完成技术合同金额2亿元。', expected: [{ text: '2025年上半年前完成技术合同金额2亿元。', kind: 'deadline', due: '2025-06-30' }] },
    { input: '2025年上半年将完成技术合同金额2亿元。', expected: [{ text: '2025年上半年将完成技术合同金额2亿元。', kind: 'deadline', due: '2025-06-30' }] },
    // From a start on, every year: a yearly duty, no deadline.
    { input: '计划明年起每年定向培养专业人才200名。', expected: [{ text: '计划明年起每年定向培养专业人才200名。', kind: 'recurring', due: null }] },
    { input: '从2026年开始每年开展一次评估。', expected: [{ text: '从2026年开始每年开展一次评估。', kind: 'recurring', due: null }] },
    { input: '计划2026年3月起实施新办法。', expected: [{ text: '计划2026年3月起实施新办法。', kind: 'planned', due: null }] },
    // 正在 in a count of what is still open is a status report, not a promise.
    { input: '已完成整改27个，正在整改4个。', expected: [] },
    { input: '已整改到位15个，其余3个正在持续推进。', expected: [] },
    { input: '其余8条正在推进。', expected: [] },
    { input: '阶段性整改两个，正在整改的问题一个。', expected: [] },
    { input: '正在推进老旧设备报废处置工作。', expected: [{ text: '正在推进老旧设备报废处置工作。', kind: 'planned', due: null }] },
    { input: '正在整改的问题2个，将于年底前完成。', expected: [{ text: '正在整改的问题2个，将于年底前完成。', kind: 'deadline', due: '2025-12-31' }] },
  ])('$input', ({ input, expected }) => {
    expect(commitments(input)).toEqual(expected);
  });

  // The notice is of 2025 (its publication date is the reference year).
  it.each([
    // `2025年内` is a deadline: that year's end.
    { input: '在2025年内完成全部整改任务。', due: '2025-12-31' },
    { input: '争取在2025年内解决。', due: '2025-12-31' },
    { input: '2025年内完成台账销号。', due: '2025-12-31' },
    // A year alone gives way to the period written right after it, which counts in that year.
    { input: '将于明年3月前完成剩余档案的规范整理。', due: '2026-02-28' },
    { input: '将于明年上半年前组织开展一轮轮训。', due: '2026-06-30' },
    { input: '力争今年11月底前销号。', due: '2025-11-30' },
    { input: '计划明年6月底前完成。', due: '2026-06-30' },
    // With no period after it, the year alone is the deadline.
    { input: '将于明年完成。', due: '2026-12-31' },
    { input: '将于明年3月底完成。', due: '2026-12-31' },
    { input: '将于今年底前完成。', due: '2025-12-31' },
    // `明年`/`今年` may share the period's 年 (`明年底前`, `今年内`).
    { input: '确保明年底前完成。', due: '2026-12-31' },
    { input: '确保明年内完成。', due: '2026-12-31' },
    // `今年` is the notice's year, whatever year the sentence wrote before it.
    { input: '2024年巡察发现的问题，确保今年11月底前完成整改。', due: '2025-11-30' },
    { input: '2024年巡察发现的问题，今年内完成整改。', due: '2025-12-31' },
    // `说明` ends a word: its 明 is no `明年`.
    { input: '确保情况说明年底前报送到位。', due: '2025-12-31' },
    // A quarter named by its numeral alone (`三季度末前`, `四季度前`) is a deadline of the notice's year.
    { input: '一是实施“党建双创”培育工程，三季度末前完成述职评议考核。', due: '2025-09-30' },
    { input: '二是实施培育工程，四季度前完成换届。', due: '2025-12-31' },
  ])('$input is due $due', ({ input, due }) => {
    expect(commitments(input).map((c) => [c.kind, c.due])).toEqual([['deadline', due]]);
  });

  // Probe ac: quarters, spans, plans changed, closing verbs, event bounds.
  it.each([
    { input: '二是第三季度完成剩余7个小区的物业托管。', expected: [['deadline', '2025-09-30']] },
    { input: '对厅属单位42个党支部开展评估，已完成评估31个，剩余11个第三季度完成。', expected: [['deadline', '2025-09-30']] },
    { input: '智能监控系统升级已启动，计划第三季度完成部署。', expected: [['deadline', '2025-09-30']] },
    { input: '三季度完成产值1.2亿元。', expected: [] },
    { input: '二是对剩余2件信访积案实行领导包案，年内全部化解。', expected: [['deadline', '2025-12-31']] },
    { input: '违规占用的办公用房年底前腾退。', expected: [['deadline', '2025-12-31']] },
    { input: '二是2025—2026年分批实现社区残协专职委员全覆盖。', expected: [['deadline', '2026-12-31']] },
    {
      input: '计划2025—2026年分两年完成全省1.2万公里农村公路安全生命防护工程，其中2025年完成6000公里。',
      expected: [['deadline', '2026-12-31']],
    },
    // A span with no bound that ended before the notice's year is when the work was done.
    { input: '2022—2023年完成全部改造。', expected: [] },
    // `分两年`: a length from a start not said — promised, undated.
    { input: '排查发现的问题整改分两年完成，今年完成60%。', expected: [['planned', null]] },
    { input: '今年计划公开遴选专业技术干部20名，目前遴选公告已发布。', expected: [['deadline', '2025-12-31']] },
    // The plan first set gives way to the one that holds; met, it promises nothing.
    { input: '原计划2025年6月30日前完工，因设计变更调整为2025年9月底前完工，目前主体已封顶。', expected: [['deadline', '2025-09-30']] },
    { input: '原计划6月底前完工，现已完工。', expected: [] },
    // An event bound needs no 确保 in front; it dates nothing.
    { input: '二是下一轮巡察前完成社区党组织书记全员轮训。', expected: [['planned', null]] },
    { input: '下一轮巡察前完成了整改。', expected: [] },
    { input: '一是春节前完成全部欠薪清零。', expected: [['planned', null]] },
    { input: '三是开学前完成校舍维修加固。', expected: [['planned', null]] },
    { input: '三是主汛期前完成河道清淤12公里。', expected: [['planned', null]] },
    { input: '二是元旦前完成全部欠薪清零。', expected: [['planned', null]] },
    { input: '换届前完成班子调整。', expected: [['planned', null]] },
    { input: '二是入冬前完成供暖管网改造。', expected: [['planned', null]] },
    // A span of years running on to a month or half-year is due by that.
    { input: '三是2025年—2026年上半年完成剩余小区改造。', expected: [['deadline', '2026-06-30']] },
    { input: '二是计划2025年至2026年6月底前完成全部改造。', expected: [['deadline', '2026-06-30']] },
    { input: '计划2025—2026年分两年完成。', expected: [['deadline', '2026-12-31']] },
    // A plan named as a noun promises nothing.
    { input: '部门预算和采购计划公开不及时。', expected: [] },
    { input: '年度学习计划制定不规范，干部教育培训计划出台滞后。', expected: [] },
    // The completion's bound is the festival: the half-year before it names the vouchers, no deadline.
    { input: '剩余2024年下半年凭证正在核查中，2026年春节前完成。', expected: [['deadline', '2026-02-16']] },
    { input: '剩余2024年下半年凭证正在核查中，春节前完成。', expected: [['planned', null]] },
    // `正在` in a count of what is open, with no date or word of the future: a report (probe ab r03).
    { input: '已化解信访积案5件，剩余2件正在依法依规推进化解。', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(commitments(input).map((c) => [c.kind, c.due])).toEqual(expected);
  });

  it('a rhythm quoted as the body\'s scheme recurs; the feedback\'s quoted words promise nothing', () => {
    const withQuotes = (text: string) => {
      const q = quotedRanges(text);
      const masked = (i: number) => q.some(([a, b]) => i >= a && i < b);
      return extractCommitments({ text, from: 0, to: text.length, sections: [], nextSteps: [], excluded: [], masked, fallbackYear: 2025 }).map((c) => [c.kind, c.cues]);
    };
    expect(withQuotes('明确责任股室和完成时限，实行“周调度、月通报”，推动整改任务落地见效。')).toEqual([['recurring', ['周调度', '月通报']]]);
    expect(withQuotes('对整改任务实行“月调度、季督查、半年评估”。')).toEqual([['recurring', ['月调度', '季督查', '半年评估']]]);
    expect(withQuotes('存在“月调度、季通报”流于形式问题。')).toEqual([]);
    expect(withQuotes('针对“重部署、轻落实”问题，强化督导。')).toEqual([]);
  });

  it('splits at 。；！？ and keeps input order', () => {
    const text = '已完成盘点；待账实相符后，将对相关闲置设备进行报废处理。每月召开例会！确保年底前完成？';
    expect(commitments(text).map((c) => [c.kind, c.due])).toEqual([
      ['planned', null],
      ['recurring', null],
      ['deadline', '2025-12-31'],
    ]);
  });

  it('a deadline without its year is of the notice, not of a year written earlier elsewhere or a start (以来)', () => {
    // The notice is of 2024; 2021 is where an audit starts, in another sentence or the same.
    expect(commitments('对2021年以来的专项资金开展审计。确保年底前全部整改到位。', 2024).map((c) => c.due)).toEqual(['2024-12-31']);
    expect(commitments('对2021年以来的专项资金开展审计，确保年底前全部整改到位。', 2024).map((c) => c.due)).toEqual(['2024-12-31']);
    // A year written in the sentence itself dates its deadline.
    expect(commitments('2025年，拟于6月底前完成。', 2024).map((c) => c.due)).toEqual(['2025-06-30']);
    // …in Chinese numerals too.
    expect(commitments('二〇二五年，拟于6月底前完成。', 2024).map((c) => c.due)).toEqual(['2025-06-30']);
    expect(commitments('一是力争二〇二六年六月底前全部整改到位。', 2025).map((c) => c.due)).toEqual(['2026-06-30']);
    // `二〇二一年以来` is a start, as `2021年以来` is.
    expect(commitments('对二〇二一年以来的专项资金开展审计，确保年底前全部整改到位。', 2024).map((c) => c.due)).toEqual(['2024-12-31']);
  });

  it('a day the next steps do not date, already passed at publication, is next year\'s; elsewhere it stays', () => {
    const text = '三季度末前完成述职评议。下一步，三季度末前完成制度修订。下一步，2025年三季度末前完成复查。';
    const next = [{ id: 'n', level: 1, number: '三', heading: '下一步', start: text.indexOf('下一步'), end: text.length, headingStart: 0, headingEnd: 0, children: [] }];
    const due = extractCommitments({ text, from: 0, to: text.length, sections: [], nextSteps: next as never, excluded: [], masked: () => false, fallbackYear: 2025, published: '2025-12-20' })
      .map((c) => c.due);
    expect(due).toEqual(['2025-09-30', '2026-09-30', '2025-09-30']);
  });

  it.each(['现将巡察整改进展情况予以公布。', '特将有关情况通报如下。'])('现将/特将 publish, they promise nothing: %s', (input) => {
    expect(commitments(input)).toEqual([]);
  });

  it('拟于2025年6月30日前完成整改 is a deadline due 2025-06-30', () => {
    expect(commitments('拟于2025年6月30日前完成整改。')).toEqual([{ text: '拟于2025年6月30日前完成整改。', kind: 'deadline', due: '2025-06-30' }]);
  });
});

describe('extractCommitments in the next steps', () => {
  // `三、下一步工作打算` over `（一）…` steps, each a heading over what will be done.
  const text = '三、下一步工作打算\n（一）紧盯未完成事项。\n对尚在推进的2个问题，加快推进。\n（二）巩固整改成果。\n（三）强化日常监督。\n持续开展监督检查。';
  const at = (s: string) => text.indexOf(s);
  const section = (level: number, heading: string, start: number, end: number, headingStart: number) => ({
    id: heading, level, number: null, heading, start, end, headingStart, headingEnd: headingStart + heading.length, children: [],
  });
  const steps = [
    section(2, '紧盯未完成事项', at('（一）'), at('（二）') - 1, at('紧盯')),
    section(2, '巩固整改成果', at('（二）'), at('（三）') - 1, at('巩固')),
    section(2, '强化日常监督', at('（三）'), text.length, at('强化')),
  ];
  const top = section(1, '下一步工作打算', 0, text.length, at('下一步'));
  const kinds = extractCommitments({ text, from: 0, to: text.length, sections: [top, ...steps], nextSteps: [top], excluded: [], masked: () => false, fallbackYear: 2025 })
    .map((c) => c.text);

  it('a step\'s heading over what will be done is no promise of its own; what is under it is', () => {
    expect(kinds).not.toContain('紧盯未完成事项。');
    expect(kinds).toContain('对尚在推进的2个问题，加快推进。');
    expect(kinds).not.toContain('强化日常监督。');
    expect(kinds).toContain('持续开展监督检查。');
  });

  it('a step with nothing under it is the promise', () => {
    expect(kinds).toContain('巩固整改成果。');
  });
});

describe('extractCommitments: what is still open, a step\'s lead, a school term', () => {
  const found = (text: string, next = false) => {
    const section = { id: 's', level: 1, number: null, heading: '下一步工作打算', start: 0, end: text.length, headingStart: 0, headingEnd: 0, children: [] };
    return extractCommitments({ text, from: 0, to: text.length, sections: [], nextSteps: next ? [section] : [], excluded: [], masked: () => false, fallbackYear: 2025 })
      .map((c) => [c.text, c.kind, c.due]);
  };
  it('`正在` said of the rest is a report, no promise', () => {
    expect(found('剩余欠款正在通过诉讼程序追缴。')).toEqual([]);
    expect(found('剩余2个岗位正在招聘中。')).toEqual([]);
  });

  it('a step\'s short lead sentence with the step after it on its line is no promise of its own', () => {
    const c = found('一是紧盯未完成事项。对正在整改的2个问题，确保2025年6月底前全部整改到位。', true);
    expect(c.map((x) => x[0])).toEqual(['对正在整改的2个问题，确保2025年6月底前全部整改到位。']);
    expect(found('一是紧盯未完成事项。', true).map((x) => x[0])).toEqual(['一是紧盯未完成事项。']);
  });

  it('a year with a school term after it is that term\'s bound, not the year\'s end', () => {
    expect(found('剩余8所农村学校计划2025年春季学期开学前全部纳入统一配送。')).toEqual([['剩余8所农村学校计划2025年春季学期开学前全部纳入统一配送。', 'planned', null]]);
  });
});

describe('extractCommitments: progress counts and reported periods', () => {
  const found = (text: string) =>
    extractCommitments({ text, from: 0, to: text.length, sections: [], nextSteps: [], excluded: [], masked: () => false, fallbackYear: 2025 }).map((c) => c.kind);
  it.each([
    '巡察反馈问题8个，已整改完成6个，正在推进整改2个。',
    '巡察反馈问题8个，已整改完成6个，正在加快推进2个。',
    '并将涉及社区的问题同步交办各社区党组织。',
    '2025年第四季度，向市委报送的信息被采用23篇。',
  ])('no promise: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a period before a comma with a plan after it is still a deadline', () => {
    expect(found('2025年下半年，将开展专项检查3次。')).toEqual(['deadline']);
  });
});

