import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from '../../../utils/notice/numerals';
import { extractStats } from '../../../utils/notice/stats';

const CORE_NULL = { problems: null, rectified: null, staged: null, unrectified: null, measures: null, measuresDone: null };

/** The figures a reader sees: the core counts, `other` as {label, value, unit}, redacted spans as text. */
const seen = (text: string) => {
  const r = extractStats(text, 0, text.length);
  const { other, ...core } = r.stats;
  return {
    core,
    other: other.map((o) => ({ label: o.label, value: o.value, unit: o.unit })),
    redacted: r.redacted.map((s) => text.slice(s.start, s.end)),
  };
};

describe('extractStats', () => {
  describe('all of them, claimed without a number', () => {
    it.each([
      ['in the total\'s own clause', '巡察反馈的15个问题已全部整改到位。', { problems: 15, rectified: 15 }],
      ['`已…` alone right after the total', '县委巡察组反馈的12个问题已完成整改。', { problems: 12, rectified: 12 }],
      ['in the next clause, with 全部', '县委巡察组反馈的3个方面15个问题，目前已全部整改到位。', { problems: 15, rectified: 15 }],
      ['in the next sentence of the paragraph', '巡察组共反馈问题22个。截至目前，均已整改完成。', { problems: 22, rectified: 22 }],
      ['measures done, all of them', '针对反馈问题共制定整改措施42条，已全部完成。', { measures: 42, measuresDone: 42 }],
    ])('%s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
    it.each([
      ['a promise', '对反馈的15个问题，确保年底前全部整改到位。'],
      ['a promise with 将', '反馈的15个问题，我局将于6月底前全部整改完成。'],
      ['the rest, after a part', '反馈的15个问题，其中2个正在整改，其余问题均已整改完成。'],
      ['something else done for all', '对反馈的15个问题，已全部建立整改台账，均已落实整改责任。'],
      ['not yet all', '反馈的15个问题，尚未全部整改到位。'],
      ['basically all', '反馈的15个问题，目前已基本全部整改到位。'],
      ['a part named (其中…)', '巡察组共反馈问题15个，其中涉及党建方面的问题均已整改到位。'],
      ['a kind named', '巡察组共反馈问题15个，立行立改问题已全部整改到位，其余正在持续推进。'],
      ['all but some (除…外)', '巡察组共反馈问题15个，除涉及历史遗留的问题外，均已整改到位。'],
      ['all but a counted one', '巡察组共反馈问题15个，除1个问题正在推进外，均已完成整改。'],
      ['other work done (交办)', '巡察组共反馈的15个问题已完成交办。'],
      ['other work done (方案)', '巡察组共反馈的15个问题，已完成整改方案制定。'],
      ['other work done (认领)', '巡察组共反馈问题15个，已全部完成认领。'],
    ])('not all rectified: %s', (_, input) => {
      expect(seen(input).core.rectified).not.toBe(15);
    });
    it('the rest claimed done once the other parts are counted is the total less them', () => {
      expect(seen('反馈的15个问题，其中2个正在整改，其余问题均已整改完成。').core).toEqual({ ...CORE_NULL, problems: 15, rectified: 13, staged: 2 });
      expect(seen('巡察组共反馈问题15个，未完成整改1个，其余均已整改到位。').core).toEqual({ ...CORE_NULL, problems: 15, rectified: 14, unrectified: 1 });
      // Nothing counted before it: the rest of what is unknown.
      expect(seen('巡察组共反馈问题15个，其余均已整改到位。').core.rectified).toBeNull();
    });

    it('rectification\'s verb claims the problems though measures were counted last', () => {
      expect(seen('巡察反馈的15个问题，局党组逐项制定整改措施46条，目前已全部整改到位，46条整改措施均已完成。').core).toEqual({
        ...CORE_NULL, problems: 15, rectified: 15, measures: 46, measuresDone: 46,
      });
    });

    it('…but the measures\' own when the problems\' parts are counted already', () => {
      expect(seen('巡察反馈问题12个，已整改完成12个。制定整改措施46条，已全部整改完成。').core.measuresDone).toBe(46);
    });

    it('tasks count as measures (细化整改任务218项，已完成196项)', () => {
      expect(seen('巡视反馈问题27个，细化整改任务218项，已完成196项，其余22项正在推进。').core).toEqual({ ...CORE_NULL, problems: 27, measures: 218, measuresDone: 196 });
    });

    it('more than the problems fed back, right after a count of measures, counts measures', () => {
      expect(seen('反馈问题14个，制定整改任务63项，已完成整改58项。').core).toEqual({ ...CORE_NULL, problems: 14, measures: 63, measuresDone: 58 });
      // …and no more than them stays the problems' (`完成整改15项` of 20).
      expect(seen('反馈问题20个，制定整改措施54条，已完成整改15项，正在推进5项。').core).toEqual({
        ...CORE_NULL, problems: 20, rectified: 15, staged: 5, measures: 54,
      });
    });

    it('a total with its object between (反馈我村问题6个)', () => {
      expect(seen('县委巡察组反馈我村问题6个，目前已整改5个，还有1个正在推进。').core).toEqual({ ...CORE_NULL, problems: 6, rectified: 5, staged: 1 });
    });

    it('not all measures done: a part (其中立行立改措施均已完成)', () => {
      expect(seen('制定整改措施42条，其中立行立改措施均已完成。').core.measuresDone).toBeNull();
    });
  });

  it.each([
    {
      name: 'kinds of partial progress listed one after another add up (基本完成…，其余…正在持续推进)',
      input: '中央巡视反馈的53个问题，已完成整改38个，基本完成9个，其余6个正在持续推进。',
      expected: { problems: 53, rectified: 38, staged: 15, unrectified: null },
    },
    {
      name: '基本完成 and 部分完成 together are the staged ones',
      input: '反馈问题4个方面32个，已完成整改26个，基本完成5个，部分完成1个。',
      expected: { problems: 32, rectified: 26, staged: 6, unrectified: null },
    },
    {
      name: 'the rest\'s done ones after a part\'s add up (其中…6个已完成整改，其余8个问题中已完成整改5个)',
      input: '反馈问题14个，其中立行立改问题6个已完成整改，其余8个问题中已完成整改5个、正在整改3个。',
      expected: { problems: 14, rectified: 11, staged: 3, unrectified: null },
    },
    {
      name: '…but not the rest\'s plans',
      input: '反馈问题14个，已完成整改11个，其余3个已完成整改方案。',
      expected: { problems: 14, rectified: 11, staged: null, unrectified: null },
    },
    {
      name: '其中… is a part of the count before it, not another',
      input: '反馈问题20个，已完成整改15个，阶段性完成5个，其中正在推进2个。',
      expected: { problems: 20, rectified: 15, staged: 5, unrectified: null },
    },
    {
      name: '基本整改到位 is staged, beside 阶段性成效',
      input: '巡察反馈问题20条，已整改到位15条，基本整改到位3条，取得阶段性成效2条。',
      expected: { problems: 20, rectified: 15, staged: 5, unrectified: null },
    },
    {
      name: 'a parenthesis listing things does not cut its clause (对尚未全部完成的2个问题（…、…），…)',
      input: '巡察反馈问题11个，已完成整改9个，阶段性整改2个。对尚未全部完成的2个问题（基层社恢复重建、社有资产盘活），已明确时限，持续推进。',
      expected: { problems: 11, rectified: 9, staged: 2, unrectified: null },
    },
    {
      name: 'a parenthesis is a part of the count before it (已整改到位9项（其中立行立改问题5个）)',
      input: '反馈问题12项，已整改到位9项（其中立行立改问题5个），基本整改到位3项。',
      expected: { problems: 12, rectified: 9, staged: 3, unrectified: null },
    },
    {
      name: 'a total stated alone in its paragraph is counted in the next (巡察组共反馈问题23个。\\n截至目前，已整改到位19个…)',
      input: '区委第二巡察组共向局党组反馈问题4个方面23个。\n截至目前，已整改到位19个，取得阶段性成效3个，1个问题尚未整改完成。',
      expected: { problems: 23, rectified: 19, staged: 3, unrectified: 1 },
    },
    {
      name: 'two inspections\' problems and their sum (…7个问题和…21个问题，共计28个问题)',
      input: '截至2024年12月31日，省委巡视反馈涉及我局的7个问题和市委巡察反馈的21个问题，共计28个问题，已完成整改24个，阶段性整改4个。',
      expected: { problems: 28, rectified: 24, staged: 4, unrectified: null },
    },
    {
      name: 'the total refined (14项问题已细化为41个具体问题) is the total counted from there',
      input: '截至2022年5月31日，中央巡视反馈的3个方面14项问题已细化为41个具体问题，其中已完成整改35个，取得阶段性进展6个。',
      expected: { problems: 41, rectified: 35, staged: 6, unrectified: null },
    },
    {
      name: 'a second notice quoting its first (第一次通报时…) counts the new figures',
      input: '第一次通报时，区委第二巡察组反馈的32个问题已完成整改18个，阶段性整改14个。截至2024年9月30日，反馈的32个问题已完成整改29个，阶段性整改3个，未整改0个。',
      expected: { problems: 32, rectified: 29, staged: 3, unrectified: 0 },
    },
    {
      name: 'a total alone in its paragraph is not counted in a next paragraph about something else (已成立3个整改工作专班)',
      input: '市委第三巡察组共反馈问题23个。\n局党组已成立3个整改工作专班，研究部署整改工作。',
      expected: { problems: 23, rectified: null, staged: null, unrectified: null },
    },
    {
      name: 'a category\'s refinement later is not the total refined',
      input: '巡察组反馈3个方面14项问题，已细化为41个具体问题，已完成整改38个，正在整改3个。\n（一）党的建设方面。反馈问题5项，细化为12个具体问题，已完成整改10个。',
      expected: { problems: 41, rectified: 38, staged: 3, unrectified: null },
    },
    {
      name: 'a part\'s refinement (其中…已细化为6个具体问题) leaves the total',
      input: '巡察组反馈问题14项，已完成整改12项。\n其中，党的建设方面2项问题已细化为6个具体问题，已完成整改5个。',
      expected: { problems: 14, rectified: 12, staged: null, unrectified: null },
    },
    {
      name: 'problems of an inspection and of an audit are not summed into the inspection\'s total',
      input: '巡察反馈的7个问题和审计发现的21个问题，共28个问题。',
      expected: { problems: 7, rectified: null, staged: null, unrectified: null },
    },
    {
      name: 'a count written only in a parenthesis is the count (已全部完成整改（12个）)',
      input: '巡察组反馈问题12个，已全部完成整改（12个）。',
      expected: { problems: 12, rectified: 12, staged: null, unrectified: null },
    },
    {
      name: 'aspects of problems are categories, not problems (对照巡视反馈的4个方面问题)',
      input: '对照巡视反馈的4个方面问题，逐条制定整改措施，扎实推进整改。',
      expected: { problems: null, rectified: null, staged: null, unrectified: null },
    },
    {
      name: 'the total as 涉及问题…N条, and the counts after it in 条',
      input: '本轮巡察共涉及问题3个方面13条，截至目前已整改到位11条，2条正在推进。',
      expected: { problems: 13, rectified: 11, staged: 2, unrectified: null },
    },
    {
      name: 'the total as 反馈的问题共N个',
      input: '巡察组反馈的问题共13个，已整改到位11个，正在推进2个。',
      expected: { problems: 13, rectified: 11, staged: 2, unrectified: null },
    },
    {
      name: 'the total after 指出问题',
      input: '巡察组一共指出问题9个，到目前已经整改完成7个，还有2个正在整改。',
      expected: { problems: 9, rectified: 7, staged: 2, unrectified: null },
    },
    {
      name: 'a count in 项 right after a count of problems counts problems (正在推进3项)',
      input: '针对巡视反馈问题18项，细化整改措施62项。截至9月底，已完成整改15项，正在推进3项。',
      expected: { problems: 18, rectified: 15, staged: 3, unrectified: null },
    },
    {
      name: 'a completion still planned counts what is not rectified yet (计划…完成整改1个)',
      input: '反馈的12个问题，已完成整改9个，正在推进整改2个，计划2025年上半年完成整改1个。',
      expected: { problems: 12, rectified: 9, staged: 2, unrectified: 1 },
    },
    {
      name: '按计划 is no plan (剩余3个问题正在按计划推进)',
      input: '对照巡察反馈的48个问题，已完成整改45个，剩余3个问题正在按计划推进。',
      expected: { problems: 48, rectified: 45, staged: 3, unrectified: null },
    },
  ])('core counts: $name', ({ input, expected }) => {
    const { problems, rectified, staged, unrectified } = seen(input).core;
    expect({ problems, rectified, staged, unrectified }).toEqual(expected);
  });

  describe('counts by class (立行立改问题5个…) are parts, not the total', () => {
    const TOTAL = '区委第一巡察组反馈问题3个方面12个，局党组制定整改措施36条。';
    it.each([
      {
        name: 'all of a class done is the class\'s, and the overall statement after the classes wins',
        input: `${TOTAL}按整改类别划分：立行立改问题5个，已全部整改完成；限期整改问题4个，已完成整改3个，1个正在推进；长期坚持问题3个，均已取得阶段性成效。截至2025年4月30日，12个问题已完成整改8个，阶段性完成4个。`,
      },
      {
        name: 'without 全部',
        input: `${TOTAL}按整改类别划分：立行立改问题5个，已整改完成；限期整改问题4个，已完成整改3个，1个正在推进；长期坚持问题3个，均已取得阶段性成效。截至2025年4月30日，12个问题已完成整改8个，阶段性完成4个。`,
      },
      { name: 'with 其中', input: `${TOTAL}其中，立行立改问题5个，已全部整改完成。截至2025年4月30日，12个问题已完成整改8个，阶段性完成4个。` },
      { name: 'with 其中, in the total\'s sentence', input: '区委第一巡察组反馈问题12个，其中立行立改问题5个已全部整改完成。截至目前，已完成整改8个，阶段性完成4个。' },
      {
        name: 'the classes only listed, the status class (长期坚持) among them',
        input: '区委第一巡察组反馈问题12个，其中立行立改问题5个、限期整改问题4个、长期坚持问题3个。截至目前，已完成整改8个，阶段性完成4个。',
      },
      {
        name: 'a class counted first (5个立行立改问题), the whole\'s counts after it in its sentence',
        input: '区委第一巡察组反馈问题12个，其中5个立行立改问题已全部整改完成，截至目前已完成整改8个，阶段性完成4个。',
      },
      {
        name: 'the classes alone add up: each wholly accounted for, together the total',
        input: '区委第一巡察组反馈问题3个方面12个。其中立行立改问题5个，已完成整改5个；限期整改问题4个，已完成整改3个，1个正在推进；长期坚持问题3个，已取得阶段性成效。',
      },
      {
        name: 'classes as 类, the rest of a class claimed without a number',
        input: '巡察组反馈问题12个，立行立改类问题5个，均已整改到位；限期整改类问题4个，已整改到位3个，其余正在推进；长期坚持类问题3个，正在持续推进。',
      },
      {
        name: 'a class, then the rest of the total in the next sentence',
        input: '巡察组反馈问题12个，其中立行立改问题5个，已全部整改完成；其余7个问题中已完成整改3个，阶段性完成4个。',
      },
      {
        name: 'a class, then the rest of the total',
        input: '巡察组反馈问题12个，其中立行立改的5个问题已全部整改完成，其余7个问题中已完成整改3个，阶段性完成4个。',
      },
    ])('$name', ({ input }) => {
      const { problems, rectified, staged, unrectified } = seen(input).core;
      expect({ problems, rectified, staged, unrectified }).toEqual({ problems: 12, rectified: 8, staged: 4, unrectified: null });
    });

    it('aspects (党的领导方面问题5个) are classes too', () => {
      const text = '巡察反馈问题9个。党的领导方面问题5个，已全部整改完成；全面从严治党方面问题4个，已完成整改3个，1个正在推进。';
      expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 9, rectified: 8, staged: 1 });
    });

    it('a figure some class leaves unstated is not summed; the figures every class states are', () => {
      const text = '巡察反馈问题12个。立行立改问题5个，已全部整改完成；限期整改问题7个，已完成整改3个。';
      expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 12, rectified: 8 });
      const aspects = '巡察组反馈问题18个。其中，党的政治建设方面问题6个，已整改到位5个；党的组织建设方面问题12个，已整改到位10个。';
      expect(seen(aspects).core).toEqual({ ...CORE_NULL, problems: 18, rectified: 15 });
    });

    it('an aspect named at length (贯彻落实党的路线方针政策和党中央决策部署方面) is a class too', () => {
      const text = '巡察组共反馈问题9个，其中贯彻落实党的路线方针政策和党中央决策部署方面问题3个，党的建设方面问题4个，全面从严治党方面问题2个，目前已整改到位8个，其余1个正在整改。';
      expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 9, rectified: 8, staged: 1 });
    });

    it('the rest of a class (剩余1个问题) is the class\'s count, not another class', () => {
      const text = '巡察反馈问题12个。立行立改问题5个，已全部整改完成；限期整改问题7个，已完成整改6个，剩余1个问题正在推进。';
      expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 12, rectified: 11, staged: 1 });
    });

    it.each([
      ['one class only', '巡察反馈问题12个，其中立行立改问题5个，已完成整改5个。'],
      ['classes short of the total', '巡察反馈问题12个。立行立改问题5个，已全部整改完成；限期整改问题4个，已完成整改4个。'],
    ])('a breakdown that is not the whole fills nothing: %s', (_, input) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, problems: 12 });
    });

    it('a class alone that claims nothing is counted as before (长期坚持问题3个 → staged)', () => {
      expect(seen('巡察反馈问题12个，已完成整改9个，长期坚持问题3个。').core).toEqual({ ...CORE_NULL, problems: 12, rectified: 9, staged: 3 });
      // A count after it larger than the class is the whole's.
      expect(seen('巡察反馈问题12个，长期坚持问题3个，已完成整改9个。').core).toEqual({ ...CORE_NULL, problems: 12, rectified: 9, staged: 3 });
    });

    it('a category with its own total (其中…方面反馈问题8个) is still another total', () => {
      const text = '巡察反馈问题22个，已完成整改17个。其中，党的建设方面反馈问题8个，已完成整改6个，未完成2个。';
      expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 22, rectified: 17 });
    });
  });

  it('the problems and the measures totals in one clause (对反馈的5个问题制定整改措施21条)', () => {
    expect(seen('局党组对反馈的5个问题制定整改措施21条。目前已完成整改3个，基本完成2个。').core).toEqual({
      ...CORE_NULL, problems: 5, rectified: 3, staged: 2, measures: 21,
    });
    expect(seen('局党组对反馈的5个问题制定整改措施21条，已完成17条。').core).toEqual({ ...CORE_NULL, problems: 5, measures: 21, measuresDone: 17 });
    // With a comma between, as before.
    expect(seen('局党组对反馈的5个问题，制定整改措施21条，目前已完成整改3个，基本完成2个；整改措施已完成17条。').core).toEqual({
      problems: 5, rectified: 3, staged: 2, unrectified: null, measures: 21, measuresDone: 17,
    });
    // No measures named: none.
    expect(seen('局党组对反馈的5个问题逐一制定整改方案，已完成整改3个。').core).toEqual({ ...CORE_NULL, problems: 5, rectified: 3 });
  });

  it('measures made for the problems are no total of problems (针对反馈问题制定的238条整改措施)', () => {
    const c = seen('中央巡视反馈的53个问题，已完成整改38个。针对反馈问题制定的238条整改措施，已完成196条。').core;
    expect(c.problems).toBe(53);
    expect(c.measures).toBe(238);
    expect(c.measuresDone).toBe(196);
  });

  it.each([
    {
      name: 'follow-up counts in Chinese numerals, right after their verb',
      input: '巡察反馈的二十一个问题，已完成整改十九个，正在整改两个；制定整改措施六十八条，已落实六十五条。',
      expected: { core: { problems: 21, rectified: 19, staged: 2, unrectified: null, measures: 68, measuresDone: 65 }, other: [], redacted: [] },
    },
    {
      name: 'the total alone in its sentence, fed back without 整改, and the counts in the next sentence',
      input: '县委第二巡察组共反馈问题22个。截至目前，已完成整改17个，正在整改5个。',
      expected: { core: { ...CORE_NULL, problems: 22, rectified: 17, staged: 5 }, other: [], redacted: [] },
    },
    {
      name: 'the next sentence of the paragraph counts nothing it does not name',
      input: '巡察组共反馈问题22个。全县7个村获评文明村镇。',
      expected: { core: { ...CORE_NULL, problems: 22 }, other: [], redacted: [] },
    },
    {
      name: "an earlier round's figures, from where the sentence names it",
      input: '本轮巡察反馈问题22个，较上轮减少5个。对上轮巡察反馈的8个问题逐一复核，尚未整改到位的1个问题纳入本轮整改台账。',
      expected: { core: { ...CORE_NULL, problems: 22 }, other: [], redacted: [] },
    },
    {
      name: 'a Chinese numeral not counting anything stays prose',
      input: '针对反馈的3个问题，认真落实八项规定，整改一项重大任务。',
      expected: { core: { ...CORE_NULL, problems: 3 }, other: [], redacted: [] },
    },
    {
      name: 'the anatomy example',
      input: '巡察反馈的697个问题，完成整改688个，基本完成取得阶段性成果并持续整改问题4个，未完成5个，总体完成率98.71%。',
      expected: {
        core: { ...CORE_NULL, problems: 697, rectified: 688, staged: 4, unrectified: 5 },
        other: [{ label: '总体完成率', value: 98.71, unit: '%' }],
        redacted: [],
      },
    },
    {
      name: 'seed 000',
      input: '截至2025年9月，台党委对巡察反馈的22个具体问题，已整改完成17个，阶段性整改完成5个，未整改完成0个；制定的 54条整改措施，已完成54条。',
      expected: {
        core: { problems: 22, rectified: 17, staged: 5, unrectified: 0, measures: 54, measuresDone: 54 },
        other: [],
        redacted: [],
      },
    },
    {
      // the stated total may be a Chinese numeral; follow-up counts are read in digits only
      // (`一项重大任务`, `八项规定` are prose)
      name: 'a total in Chinese numerals',
      input: '对巡察反馈的十五个问题，已整改完成12个，正在整改3个。',
      expected: { core: { ...CORE_NULL, problems: 15, rectified: 12, staged: 3 }, other: [], redacted: [] },
    },
    {
      name: 'full-width digits',
      input: '巡察反馈的２２个问题，已整改完成１７个。',
      expected: { core: { ...CORE_NULL, problems: 22, rectified: 17 }, other: [], redacted: [] },
    },
    {
      name: '反馈问题共30个',
      input: '巡察反馈问题共30个，已完成整改28个，未完成2个。',
      expected: { core: { ...CORE_NULL, problems: 30, rectified: 28, unrectified: 2 }, other: [], redacted: [] },
    },
    {
      name: 'measures only',
      input: '针对巡察反馈问题，制定整改措施54条，已完成50条。',
      expected: { core: { ...CORE_NULL, measures: 54, measuresDone: 50 }, other: [], redacted: [] },
    },
    {
      name: 'a redacted count is null, and reported',
      input: '市委巡察组反馈的意见中指出存在三大类**个问题，并提出了三项整改建议。',
      expected: { core: CORE_NULL, other: [], redacted: ['反馈的意见中指出存在三大类**个问题'] },
    },
    {
      name: 'other rectification figures, labelled as written',
      input: '针对巡察反馈问题，完善和新建制度589项，追回违规发放资金146万元，问责12人。',
      expected: {
        core: CORE_NULL,
        other: [
          { label: '完善和新建制度', value: 589, unit: '项' },
          { label: '追回违规发放资金', value: 146, unit: '万元' },
          { label: '问责', value: 12, unit: '人' },
        ],
        redacted: [],
      },
    },
    {
      name: '追回……资金 with the text between',
      input: '通过整改，追回违规发放补贴资金146万元。',
      expected: { core: CORE_NULL, other: [{ label: '追回违规发放补贴资金', value: 146, unit: '万元' }], redacted: [] },
    },
  ])('$name', ({ input, expected }) => {
    expect(seen(input)).toEqual(expected);
  });

  it.each([
    { input: '整改中追责问责114人。', expected: [{ label: '追责问责', value: 114, unit: '人' }] },
    { input: '整改中已移交县纪委监委处置问题线索1件。', expected: [{ label: '移交县纪委监委处置问题线索', value: 1, unit: '件' }] },
    { input: '整改中清理规范村级合同47份。', expected: [{ label: '清理规范村级合同', value: 47, unit: '份' }] },
    { input: '整改成效：追缴违规使用科研经费86.4万元。', expected: [{ label: '追缴违规使用科研经费', value: 86.4, unit: '万元' }] },
    {
      input: '通过整改，督促退还群众多收取的卫生保洁费2.3万元。\n四是已督促相关村退还多收取的卫生保洁费2.3万元。',
      expected: [{ label: '退还群众多收取的卫生保洁费', value: 2.3, unit: '万元' }],
    },
  ])('labels as written: $input', ({ input, expected }) => {
    expect(seen(input).other).toEqual(expected);
  });

  // The count may come before the noun, its measure word after it (`9名党员干部…追责问责`, `5件问题线索`).
  it.each([
    {
      input: '整改中，对9名党员干部进行追责问责，其中给予党纪处分1人、诫勉谈话3人、批评教育5人。',
      expected: [
        { label: '追责问责', value: 9, unit: '名' },
        { label: '给予党纪处分', value: 1, unit: '人' },
        { label: '诫勉谈话', value: 3, unit: '人' },
        { label: '批评教育', value: 5, unit: '人' },
      ],
    },
    { input: '巡察移交的5件问题线索已全部办结。', expected: [{ label: '问题线索', value: 5, unit: '件' }] },
    { input: '巡察移交的3条线索已办结2条。', expected: [{ label: '线索', value: 3, unit: '条' }] },
    { input: '整改中，对3名相关责任人予以诫勉谈话。', expected: [{ label: '诫勉谈话', value: 3, unit: '名' }] },
    { input: '整改中，12人受到党纪政务处分。', expected: [{ label: '党纪政务处分', value: 12, unit: '人' }] },
    { input: '整改中，对2人进行提醒谈话，通报批评1人。', expected: [{ label: '提醒谈话', value: 2, unit: '人' }, { label: '通报批评', value: 1, unit: '人' }] },
    { input: '整改中，党纪处分2人，政务处分1人。', expected: [{ label: '党纪处分', value: 2, unit: '人' }, { label: '政务处分', value: 1, unit: '人' }] },
    { input: '整改中，对5名相关责任人进行了处理。', expected: [{ label: '处理', value: 5, unit: '名' }] },
  ])('the count before the noun: $input', ({ input, expected }) => {
    expect(seen(input).other).toEqual(expected);
  });

  it('a figure counted both ways, in the summary and in its item, is one figure', () => {
    const text = '通过整改，移交问题线索3件。\n二是巡察移交的3件问题线索已全部办结。\n三是整改中追责问责9人，对9名党员干部进行追责问责。';
    expect(seen(text).other).toEqual([
      { label: '移交问题线索', value: 3, unit: '件' },
      { label: '追责问责', value: 9, unit: '人' },
    ]);
  });

  it('the core counts stay as they were beside a count before its noun', () => {
    const text = '巡察反馈问题9个，已完成整改7个，阶段性整改2个；巡察移交的5件问题线索已全部办结，对4名党员干部进行问责。';
    expect(seen(text)).toEqual({
      core: { ...CORE_NULL, problems: 9, rectified: 7, staged: 2 },
      other: [
        { label: '问题线索', value: 5, unit: '件' },
        { label: '问责', value: 4, unit: '名' },
      ],
      redacted: [],
    });
  });

  it.each([
    { input: '对照巡察反馈的12条问题逐条整改，已完成10条。' },
    { input: '整改期间，组织120名党员干部开展警示教育。' },
    { input: '整改期间，安排5名干部处理群众诉求。' },
    { input: '针对巡察反馈的9个问题进行问责追究。' },
    { input: '巡察整改考核中排名第3名，被约谈后立行立改。' },
    { input: '巡察整改考核前5名单位不再约谈。' },
    { input: '2024年巡察整改中，5条整改措施已完成。' },
  ])('no figure of people or clues: $input', ({ input }) => {
    expect(seen(input).other).toEqual([]);
  });

  it.each([
    { input: '通过整改，清理处置“僵尸企业”和空壳公司11户，盘活闲置资产4.7万平方米。', expected: [['清理处置“僵尸企业”和空壳公司', 11, '户'], ['盘活闲置资产', 4.7, '万平方米']] },
    { input: '整改中，盘活闲置房产12处，收回被侵占集体土地86亩。', expected: [['盘活闲置房产', 12, '处'], ['收回被侵占集体土地', 86, '亩']] },
    { input: '整改中，清退不再符合条件的家庭217户，拆除违法建设1.3万平方米。', expected: [['清退不再符合条件的家庭', 217, '户'], ['拆除违法建设', 1.3, '万平方米']] },
    { input: '整改中，清理整治违法占用耕地图斑46宗，盘活闲置扶贫项目资产5个。', expected: [['清理整治违法占用耕地图斑', 46, '宗'], ['盘活闲置扶贫项目资产', 5, '个']] },
    { input: '整改中，查处违法分包转包等问题21起，处罚金额共计486.3万元。', expected: [['处罚金额', 486.3, '万元']] },
    { input: '整改中，已清退违规收取的资料费、服务费共计28.6万元。', expected: [['清退违规收取的资料费、服务费', 28.6, '万元']] },
    { input: '整改中，班子成员与分管科室负责人开展廉政谈话23人次。', expected: [['廉政谈话', 23, '人次']] },
    { input: '整改中，36条整改措施已完成30条，措施完成率83.3%。', expected: [['措施完成率', 83.3, '%']] },
  ])('things disposed of, fines, talks and rates as labelled: $input', ({ input, expected }) => {
    expect(seen(input).other.map((o) => [o.label, o.value, o.unit])).toEqual(expected);
  });

  it('Chinese numerals after the label (建立完善制度十二项, 三点六万元), never the tail of a longer number', () => {
    expect(seen('通过整改，建立完善制度十二项，追缴水资源费四十二万元，诫勉谈话五人，收回违规资金三点六万元。').other.map((o) => [o.label, o.value, o.unit])).toEqual([
      ['建立完善制度', 12, '项'],
      ['追缴水资源费', 42, '万元'],
      ['诫勉谈话', 5, '人'],
      ['收回违规资金', 3.6, '万元'],
    ]);
    expect(seen('整改中，追缴土地出让金一千二百万元。').other).toEqual([]);
  });

  it.each([
    { input: '整改中，新开工改造老旧小区48个、惠及居民1.6万户。' },
    { input: '整改中，对全市在保的8632户公租房保障家庭进行资格复核。' },
    { input: '整改中，已整治完成19处，其余4处纳入城市更新项目。' },
    { input: '整改中，已通过协议有偿收回3宗。' },
    { input: '整改中，应收回未收回的集体土地5宗。' },
    { input: '整改中，计划年底前清退不符合条件的家庭3户。' },
    { input: '整改中，拟于2025年底前追回违规资金12万元。' },
    { input: '巡察期间，巡察组共与干部群众个别谈话126人次。' },
    { input: '整改中，组织干部参加专业技术培训860人次。' },
    { input: '整改中，排查安全隐患9处，责令整改问题项目67个。' },
    { input: '整改中，对问题干部约谈实行一人一档。' },
    // Set phrases opening with 一 and a unit (一人一谈, 一元化, 一人多岗) are no figures.
    { input: '整改中，开展廉政谈话一人一谈。' },
    { input: '整改中，规范村级财务一元化管理。' },
    { input: '整改中，严格处理一人多岗问题。' },
    // The fault `应收回未收回`, and the act negated right after its verb.
    { input: '整改中，收回未收回的集体土地5宗。' },
  ])('no figure of things, talks or plans: $input', ({ input }) => {
    expect(seen(input).other).toEqual([]);
  });

  it('a negation inside the label describes what the act was done to (清收长期未收回的借款)', () => {
    expect(seen('整改中，清收长期未收回的借款8.6万元。').other).toEqual([{ label: '清收长期未收回的借款', value: 8.6, unit: '万元' }]);
    // A Chinese numeral that is a figure still reads (诫勉谈话一人。).
    expect(seen('整改中，诫勉谈话一人，追缴资金一万元。').other.map((o) => [o.label, o.value, o.unit])).toEqual([
      ['诫勉谈话', 1, '人'],
      ['追缴资金', 1, '万元'],
    ]);
  });

  it('classes listed bare, then the claims: the claims are the whole\'s', () => {
    expect(seen('巡察反馈问题20个，其中党的领导方面问题5个，党的建设方面问题15个，目前已整改完成15个，其余5个正在推进。').core).toEqual({
      ...CORE_NULL, problems: 20, rectified: 15, staged: 5,
    });
    expect(seen('巡察反馈问题22个，其中立行立改问题5个，限期整改问题17个，已完成整改17个，阶段性整改完成5个。').core).toEqual({
      ...CORE_NULL, problems: 22, rectified: 17, staged: 5,
    });
    // A class that claims in its own clause, or before the next is named, keeps its claims.
    expect(seen('巡察反馈问题22个，其中立行立改问题5个，已全部整改完成；限期整改问题17个，已完成整改12个，其余5个正在推进。').core).toEqual({
      ...CORE_NULL, problems: 22, rectified: 17, staged: 5,
    });
  });

  it('清收 and 盘活 money is a result too', () => {
    expect(seen('整改以来，清收拖欠账款2.36亿元，盘活闲置资产1200万元。').other).toEqual([
      { label: '清收拖欠账款', value: 2.36, unit: '亿元' },
      { label: '盘活闲置资产', value: 1200, unit: '万元' },
    ]);
  });

  it.each([
    { input: '7个村获评全国文明村镇。' },
    { input: '通过整改，7个村获评全国文明村镇。' },
    { input: '为整改巡察反馈的问题，召开会议3次。' },
    { input: '主持4次整改推进会，对各项问题逐条研究。' },
    { input: '梳理全台宣传、技术、经营、内部管理等各领域30多项规章制度。' },
  ])('not a statistic: $input', ({ input }) => {
    expect(seen(input)).toEqual({ core: CORE_NULL, other: [], redacted: [] });
  });

  // Other figures count only where the sentence or its paragraph speaks of rectification.
  it('people trained in accountability work are no people held to account', () => {
    expect(seen('巡察整改中，组织12名纪检干部开展问责工作业务培训。').other).toEqual([]);
  });

  it('other figures outside a rectification sentence are not statistics', () => {
    expect(seen('全县今年新建制度20项，追回资金10万元，问责3人。')).toEqual({ core: CORE_NULL, other: [], redacted: [] });
  });

  it('other figures in a task section count though their paragraph does not speak of rectification', () => {
    const text = '二、巡视反馈问题整改落实情况\n1.八项规定精神落实不严。一是开展专项治理，清退违规发放的津补贴387万元；二是问责干部15人。\n三、下一步工作打算\n全县今年新建制度20项。';
    const tasks = [{ start: 0, end: text.indexOf('三、') }];
    const other = (spans: Array<{ start: number; end: number }>) =>
      extractStats(text, 0, text.length, spans).stats.other.map((o) => [o.label, o.value, o.unit]);
    expect(other(tasks)).toEqual([
      ['清退违规发放的津补贴', 387, '万元'],
      ['问责干部', 15, '人'],
    ]);
    expect(other([])).toEqual([]);
  });

  it('the same amount of the same act, in the summary and in its item, is one figure', () => {
    expect(seen('通过整改，建立完善制度23项，清退违规收取费用18.6万元。整改中，清退违规收取的伙食费18.6万元。').other).toEqual([
      { label: '建立完善制度', value: 23, unit: '项' },
      { label: '清退违规收取费用', value: 18.6, unit: '万元' },
    ]);
  });

  it('a slogan in corner or straight quotes is no count (「一个问题、一名领导…」)', () => {
    for (const slogan of ['「一个问题、一名领导、一套措施、一抓到底」', '"一个问题、一名领导、一套措施、一抓到底"']) {
      expect(seen(`对反馈的9个问题实行${slogan}，已完成整改7个，阶段性整改2个。`).core).toEqual({ ...CORE_NULL, problems: 9, rectified: 7, staged: 2 });
    }
  });

  it('a full-width decimal point in a figure (８６．５万元, read from the ASCII shadow as extraction does) and 补收', () => {
    expect(seen(toAsciiDigits('巡察整改中，收回租金欠款８６．５万元，补收租借费用1.8万元。')).other.map((o) => [o.label, o.value])).toEqual([
      ['收回租金欠款', 86.5],
      ['补收租借费用', 1.8],
    ]);
  });

  it('money recovered (回收) and people held to account after a longer description', () => {
    expect(seen('巡察整改中，对4名履职不力的领导干部进行问责，回收资金23.6亿元。').other.map((o) => [o.label, o.value, o.unit])).toEqual([
      ['问责', 4, '名'],
      ['回收资金', 23.6, '亿元'],
    ]);
  });

  it('two acts with one verb and the same amount are two figures', () => {
    expect(seen('巡察整改中，给予党纪处分2人、给予组织处理2人。').other.map((o) => o.label)).toEqual(['给予党纪处分', '给予组织处理']);
    expect(seen('巡察整改中，清退违规发放津补贴12万元，清退超标准配备的办公设备款12万元。').other).toHaveLength(2);
  });

  it('spans point into the text', () => {
    const text = '前言。截至2025年9月，台党委对巡察反馈的22个具体问题，已整改完成17个，阶段性整改完成5个，未整改完成0个。';
    const r = extractStats(text, 3, text.length);
    expect(r.spans.problems && text.slice(r.spans.problems.start, r.spans.problems.end)).toBe('反馈的22个具体问题');
    expect(r.spans.rectified && text.slice(r.spans.rectified.start, r.spans.rectified.end)).toBe('17个');
    expect(r.spans.staged && text.slice(r.spans.staged.start, r.spans.staged.end)).toBe('5个');
    expect(r.spans.unrectified && text.slice(r.spans.unrectified.start, r.spans.unrectified.end)).toBe('0个');
  });

  it('a second, different total is of another body: its counts fill none of the gaps of the first', () => {
    // A summary of several bodies: the first body states no unrectified count; the fourth does.
    const text = [
      '区教育局党组：区委第一巡察组反馈问题26个，已完成整改22个，阶段性整改4个；制定整改措施78条，已完成71条。',
      '区卫生健康局党组：区委第一巡察组反馈问题31个，已完成整改27个，正在整改4个；制定整改措施95条。',
      '东城街道党工委：区委第三巡察组反馈问题24个，已完成整改20个，阶段性整改3个，未完成1个。',
    ].join('\n');
    expect(seen(text).core).toEqual({ problems: 26, rectified: 22, staged: 4, unrectified: null, measures: 78, measuresDone: 71 });
  });

  it('the own total of a category (其中…方面反馈问题8个) fills no gap of the whole either', () => {
    const text = '巡察反馈问题22个，已完成整改17个。其中，党的建设方面反馈问题8个，已完成整改6个，未完成2个。';
    expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 22, rectified: 17 });
  });

  it('the same total stated again goes on counting it', () => {
    const text = '巡察反馈问题22个，已完成整改17个。\n对巡察反馈的22个问题，阶段性整改5个，未完成整改0个。';
    expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 22, rectified: 17, staged: 5, unrectified: 0 });
  });

  it.each([
    {
      input: '省委第四巡视组反馈的4个方面问题共47个，截至2025年3月底，已完成整改42个，正在推进5个。',
      expected: { ...CORE_NULL, problems: 47, rectified: 42, staged: 5 },
    },
    {
      input: '省委第五巡视组反馈共性问题6个、个性问题14个。截至2024年12月20日，20个问题已完成整改17个，取得阶段性成效3个。',
      expected: { ...CORE_NULL, problems: 20, rectified: 17, staged: 3 },
    },
    {
      input: '巡视组反馈共性问题6个、个性问题14个。截至目前，已完成整改17个，阶段性整改3个。',
      expected: { ...CORE_NULL, problems: 20, rectified: 17, staged: 3 },
    },
    { input: '制定整改措施38条，已完成整改措施31条。', expected: { ...CORE_NULL, measures: 38, measuresDone: 31 } },
    // A count of problems that were rectified is no total.
    { input: '巡察反馈问题9个，其中3个问题已完成整改。', expected: { ...CORE_NULL, problems: 9, rectified: 3 } },
  ])('the total after its aspects, or as the subject of its counts: $input', ({ input, expected }) => {
    expect(seen(input).core).toEqual(expected);
  });

  it('a count that names what the sentence acts on (对尚未完成的2个问题，将…) claims nothing', () => {
    const text = '巡察反馈问题9个，已完成整改7个，阶段性整改2个。对尚未完成的2个问题，将于年底前整改到位。';
    expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 9, rectified: 7, staged: 2 });
    // With a verb after it, the count is a claim again.
    expect(seen('巡察反馈问题9个，对其中7个问题已完成整改。').core).toEqual({ ...CORE_NULL, problems: 9, rectified: 7 });
  });

  it('money not yet recovered (尚未追回) is no result, and a figure repeated in its item is one figure', () => {
    const text = '通过整改，追回违规发放的补贴资金27.5万元。\n三是追回违规发放补贴资金27.5万元。二是尚未追回的项目结余资金12万元，将依法处理整改。';
    expect(seen(text).other).toEqual([{ label: '追回违规发放的补贴资金', value: 27.5, unit: '万元' }]);
  });

  it('the first claim wins when a later sentence repeats a count', () => {
    const text = '巡察反馈的22个问题，已整改完成17个。巡察反馈的30个问题，已整改完成20个。';
    expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 22, rectified: 17 });
  });

  it.each([
    ['共反馈3个方面问题15个', '巡察组共反馈了3个方面问题15个，截至目前，已整改到位12个，正在整改3个。', { problems: 15, rectified: 12, staged: 3 }],
    ['指出3个方面问题15个', '巡察组指出3个方面问题15个，截至目前，已整改到位12个，正在整改3个。', { problems: 15, rectified: 12, staged: 3 }],
    // Near cases that read as before.
    ['with 共 after the aspects', '巡察组反馈的4个方面问题共47个，已完成整改42个。', { problems: 47, rectified: 42 }],
    ['the aspects alone', '对照巡视反馈的4个方面问题，制定整改措施56条。', { measures: 56 }],
    ['the measures made for the aspects', '针对巡察反馈的4个方面问题56条整改措施，已完成50条。', { measures: 56, measuresDone: 50 }],
  ])('the aspects, then the total without 共 (%s)', (_, input, expected) => {
    expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
  });

  it.each([
    ['办结', '巡察组反馈问题19个。目前，反馈问题已办结17个，2个正在办理。'],
    ['销号', '巡察组反馈问题19个。目前，反馈问题已销号17个，2个正在整改。'],
    ['整改到位', '巡察组反馈问题19个。目前，反馈问题已整改到位17个，2个正在整改。'],
    ['有…到位', '巡察组反馈问题19个。目前，反馈问题中已有17个整改到位，2个正在整改。'],
  ])('the noun restated with what was done to some of them is a part, no second total (%s)', (_, input) => {
    expect(seen(input).core).toEqual({ ...CORE_NULL, problems: 19, rectified: 17, staged: 2 });
  });

  describe('a count followed by another noun, a duration or a plan\'s object is no count of problems', () => {
    it.each([
      ['units', '巡察组反馈问题15个。局党组已组织12个下属单位完成对照自查，目前15个问题已整改到位13个，正在整改2个。', { problems: 15, rectified: 13, staged: 2 }],
      ['a duration after the rest', '巡察组反馈问题3个方面15个。截至目前，已完成整改12个，剩余3个问题力争在2个月内整改到位。', { problems: 15, rectified: 12, staged: 3 }],
      ['a duration alone', '巡察组反馈问题15个，已完成整改12个，剩余3个问题正在整改，预计1个月内完成。', { problems: 15, rectified: 12, staged: 3 }],
      ['a plan to build', '巡察组反馈问题12个，已整改到位10个，其余2个正在整改中。其中，涉及村级党群服务中心建设的问题，计划新建3个、改扩建2个，预计2025年底前全部完成。', { problems: 12, rectified: 10, staged: 2 }],
      ['a plan to build, the thing named', '巡察组反馈问题12个，已整改到位10个，正在整改2个。涉及的老旧小区改造问题，计划今年新建停车位3个。', { problems: 12, rectified: 10, staged: 2 }],
      ['percentage points', '巡察组反馈问题12个，已整改到位10个，整改率较上季度提高了5个百分点。', { problems: 12, rectified: 10 }],
    ])('%s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
    it.each([
      ['the rest, then what is said of it', '巡察反馈问题18个，已整改到位13个，其余5个取得阶段性成效。', { problems: 18, rectified: 13, staged: 5 }],
      ['the rest to be kept up', '巡察反馈问题21个，已整改到位18个，剩余3个需长期坚持、持续整改。', { problems: 21, rectified: 18, staged: 3 }],
      ['a count before its problems named by their state', '巡察反馈问题12个，已整改到位10个，对2个阶段性整改问题倒排工期。', { problems: 12, rectified: 10, staged: 2 }],
      ['the problems with a modifier', '巡察反馈问题12个，其中9个程序不规范问题已全部整改。', { problems: 12, rectified: 9 }],
      ['measures, the rest said of', '共制定整改措施52条，已完成47条，其余5条为长期坚持事项。', { measures: 52, measuresDone: 47 }],
      ['a plan to rectify', '反馈的12个问题，已完成整改9个，正在推进整改2个，计划2025年上半年完成整改1个。', { problems: 12, rectified: 9, staged: 2, unrectified: 1 }],
      ['a plan in months, the rest named', '巡察组反馈问题15个，已完成整改12个，剩余3个问题计划在3个月内完成整改。', { problems: 15, rectified: 12, staged: 3 }],
    ])('near case, read as before: %s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
  });

  describe('parts before their total, in its sentence', () => {
    it.each([
      ['整改问题合计', '截至2025年5月31日，已完成整改15个，基本完成4个，需长期坚持整改3个，整改问题合计22个。', { problems: 22, rectified: 15, staged: 7 }],
      ['合计反馈问题', '截至2025年9月30日，已整改到位问题27个，阶段性整改问题4个，未整改问题0个，合计反馈问题31个。', { problems: 31, rectified: 27, staged: 4, unrectified: 0 }],
      ['共计…个问题', '截至目前，已整改到位27个，阶段性整改4个，共计31个问题。', { problems: 31, rectified: 27, staged: 4 }],
    ])('%s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
    it.each([
      ['a count of some of them is no total', '截至目前，已整改到位27个，阶段性整改4个，已整改问题合计31个。', {}],
      ['another noun before the total', '局党组已督促12个下属单位完成自查，巡察组共反馈问题15个。', { problems: 15 }],
      ['the total first, as before', '巡察组反馈问题22个，已完成整改17个，正在整改5个。', { problems: 22, rectified: 17, staged: 5 }],
      ['an earlier round\'s counts', '上轮巡察反馈问题已整改到位8个，本轮巡察组共反馈问题15个。', {}],
      ['counts before a total of measures', '已完成47条，其余5条正在推进，共制定整改措施52条。', { measures: 52 }],
      ['a total in the next sentence', '截至目前，已整改到位27个，阶段性整改4个。以上共涉及反馈问题31个。', { problems: 31 }],
    ])('near case: %s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
  });

  describe('a total found by another procedure (审计, 督察, 自查…) is no total of the inspection\'s', () => {
    it('once the inspection\'s is stated too, the counts start again from it', () => {
      const text = '集团党委统筹推进巡察整改与审计整改，县审计局审计发现的9个问题已整改完成7个。巡察组反馈的16个问题，已整改到位13个，正在整改3个。';
      expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 16, rectified: 13, staged: 3 });
    });
    it.each([
      ['the inspection\'s first', '巡察组反馈的16个问题，已整改到位13个，正在整改3个。审计发现的9个问题已整改完成7个。', { problems: 16, rectified: 13, staged: 3 }],
      ['the other procedure\'s alone', '县审计局审计发现的9个问题已整改完成7个，正在整改2个。', { problems: 9, rectified: 7, staged: 2 }],
      ['both in one sentence, the inspection\'s first', '巡察组反馈问题16个、审计发现问题9个，已分别整改到位13个、7个。', { problems: 16 }],
    ])('near case: %s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
  });

  describe('the first total stated again after another reopens its counts', () => {
    it.each([
      ['after the aspects\' own totals', '巡察组反馈问题18个。其中，党的政治建设方面反馈问题6个，已整改到位5个；党的组织建设方面反馈问题12个，已整改到位10个。总的看，18个问题已整改到位15个，正在整改3个。', { problems: 18, rectified: 15, staged: 3 }],
      ['the measures, after the units\' own', '巡视反馈问题46个，制定整改措施172条。各二级党组织制定整改措施326条。截至9月底，制定的172条整改措施，已完成163条。', { problems: 46, measures: 172, measuresDone: 163 }],
    ])('%s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
    it('near case: a third, different total keeps them closed', () => {
      const text = '巡察组反馈问题18个。其中，党的政治建设方面反馈问题6个，已整改到位5个。全县各单位自查问题30个，已整改到位25个。';
      expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 18 });
    });
  });

  describe('the total stated only in the opening, counted as of a date in the first part', () => {
    const opening = '巡察组向局党组反馈了巡察意见，共指出问题4个方面18个。按照有关要求，现将整改进展情况予以公布。\n';
    it('is counted there, past its heading and a paragraph', () => {
      const text = `${opening}一、巡察整改工作总体情况\n局党组把巡察整改作为重大政治任务，建立整改工作台账。\n截至目前，已整改到位15个，剩余3个正在加快推进。\n二、巡察反馈问题整改落实情况`;
      expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 18, rectified: 15, staged: 3 });
    });
    it.each([
      ['under the second heading', `${opening}一、巡察整改工作总体情况\n局党组高度重视。\n二、整改落实情况\n截至目前，已整改到位15个，剩余3个正在加快推进。`, { problems: 18 }],
      ['not opening with a date', `${opening}一、巡察整改工作总体情况\n局党组已整改到位15个，剩余3个正在加快推进。`, { problems: 18 }],
      ['a count larger than the total', `${opening}一、巡察整改工作总体情况\n截至目前，全系统共排查问题隐患56个，已整改52个。`, { problems: 18 }],
      ['the opening counted already', '巡察组共指出问题4个方面18个，已整改到位10个。\n一、巡察整改工作总体情况\n截至目前，已整改到位15个，剩余3个正在加快推进。', { problems: 18, rectified: 10 }],
      ['the total read under the heading, not in the opening', '一、巡察整改工作总体情况\n巡察组共指出问题4个方面18个。\n局党组高度重视。\n截至目前，已整改到位15个，剩余3个正在加快推进。', { problems: 18 }],
    ])('near case: %s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
  });

  it('rules named by their titles, rates of rectification done or closed, cases opened', () => {
    const other = (text: string) => seen(text).other.map((o) => `${o.label} ${o.value}${o.unit}`);
    expect(other('对巡察反馈的26个问题，已整改到位21个。建立健全《局党组理论学习中心组学习制度》《“三重一大”事项集体决策实施办法》等制度机制11项。'))
      .toEqual(['建立健全《局党组理论学习中心组学习制度》《“三重一大”事项集体决策实施办法》等制度机制 11项']);
    expect(other('巡察整改中，修订完善《公务接待管理办法》《差旅费管理办法》等制度8项。')).toEqual(['修订完善《公务接待管理办法》《差旅费管理办法》等制度 8项']);
    expect(other('巡察反馈问题15个，已整改到位13个，问题销号率86.7%，整改到位率86.7%。')).toEqual(['问题销号率 86.7%', '整改到位率 86.7%']);
    expect(other('巡察反馈的18个问题，已整改到位13个，问题整改到位率72.2%。')).toEqual(['问题整改到位率 72.2%']);
    expect(other('对巡察移交的问题线索，县纪委监委已立案审查2件，给予党纪政务处分2人。')).toEqual(['立案审查 2件', '给予党纪政务处分 2人']);
    // Near cases: a bare 到位率 (of funds), a title with no rules counted after it, a plan.
    expect(other('巡察整改中，项目资金到位率95%。')).toEqual([]);
    expect(other('巡察整改中，修订完善《公务接待管理办法》，规范接待8次。')).toEqual([]);
    expect(other('巡察整改中，计划修订完善《公务接待管理办法》《差旅费管理办法》等制度8项。')).toEqual([]);
  });

  it.each([
    ['the problems in 件', '巡察组反馈问题共22件，截至目前已整改办结19件，正在整改3件。', { problems: 22, rectified: 19, staged: 3 }],
    ['without 共', '巡察组反馈问题22件，已整改办结19件。', { problems: 22, rectified: 19 }],
    // Near cases: leads in 件 are neither the total nor its counts.
    ['leads found', '巡察发现问题线索5件，已办结3件。', {}],
    ['leads among counts of problems in 个', '巡察组反馈问题19个，移交问题线索5件，已办结3件，反馈问题已整改到位17个。', { problems: 19, rectified: 17 }],
    ['cases opened on leads', '各巡察组共发现问题425个，移交问题线索20件，其中已立案8件、给予党纪政务处分11人。', { problems: 425 }],
  ])('problems counted in 件 only where the noun is 问题 (%s)', (_, input, expected) => {
    expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
  });

  describe('the feedback counted as opinions (反馈意见…条) is the problems, tasks (整改任务) the measures', () => {
    it.each([
      ['the noun first, aspects then the total', '省委第六巡视组共反馈意见4个方面18条，集团党委将其细化为整改任务86项。截至2025年11月30日，18条反馈意见已整改完成16条，其余2条取得阶段性进展；86项整改任务已完成79项。', { problems: 18, rectified: 16, staged: 2, measures: 86, measuresDone: 79 }],
      ['the count first', '省委第六巡视组共反馈4个方面18条意见，集团党委细化整改措施86条。截至2025年11月30日，18条意见已整改完成16条，其余2条取得阶段性进展；86条整改措施已完成79条。', { problems: 18, rectified: 16, staged: 2, measures: 86, measuresDone: 79 }],
      ['the subject of its counts', '截至2025年11月30日，18条反馈意见已整改完成16条，其余2条取得阶段性进展。', { problems: 18, rectified: 16, staged: 2 }],
      ['the object acted on', '对反馈的18条意见逐条制定整改措施52条。', { problems: 18, measures: 52 }],
      ['with 共 after the aspects', '巡视组反馈的4个方面共18条意见，已整改完成16条。', { problems: 18, rectified: 16 }],
      ['tasks in a sentence without 问题 or 措施', '巡视反馈问题18个。集团党委细化整改任务86项，已完成79项。', { problems: 18, measures: 86, measuresDone: 79 }],
    ])('%s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
    it.each([
      ['the public\'s feedback', '公示期间共收到反馈意见3条，均已办结。', {}],
      ['opinions gathered after the feedback', '巡视反馈后共收集到12条意见，已整改10条。', {}],
      ['意见建议', '通过座谈会等方式广泛征求意见建议46条，已全部整改到位。', {}],
      ['意见建议 beside the problems', '县委第二轮巡察共向6个被巡察党组织反馈问题143个，提出整改意见建议31条。', { problems: 143 }],
      ['a 民主生活会', '班子成员之间相互提出意见建议56条，已整改完成50条。', {}],
      ['opinions of another kind', '截至目前，12条审议意见中已整改落实10条，2条正在持续推进。', {}],
      ['a duration after the feedback', '局党组要在收到巡察反馈意见后2个月内报送整改进展情况。', {}],
      ['an earlier round\'s opinions', '一是对上轮巡视反馈的14条意见整改情况逐项开展“回头看”，已完成12条。', {}],
      ['tasks a leader leads', '其他校领导按照“一岗双责”要求，认领牵头整改任务38项。巡视反馈问题46个，细化为整改措施172条。', { problems: 46, measures: 172 }],
    ])('near case: %s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
  });

  describe('a second notice quoting its first', () => {
    const now = '截至2025年6月20日，16个问题累计完成整改15个，剩余1个正在推进；47条措施累计完成45条。';
    it.each([
      ['as of the first notice, past ；', `第一次通报时，反馈的16个问题中已完成整改11个，正在整改5个；制定的47条整改措施已完成36条。${now}`],
      ['the first notice told as past', `2024年12月20日，我局公布了第一次整改进展情况，当时反馈的16个问题中已完成整改11个，正在整改5个；制定的47条整改措施已完成36条。${now}`],
      ['in its notice', `在首次整改进展情况通报中，反馈的16个问题已完成整改11个，正在整改5个；制定的47条整改措施已完成36条。${now}`],
      ['increments since, then the sum so far', '反馈问题16个，制定整改措施47条。第一次通报以来，又完成整改4个问题；截至2025年6月20日，累计完成整改15个，剩余1个正在推进；新完成整改措施9条，累计完成45条。'],
      ['an increment without 又, in one sentence with the sum', '反馈问题16个，制定整改措施47条。第一次通报以来，完成整改4个问题，累计完成整改15个，剩余1个正在推进；47条措施累计完成45条。'],
    ])('the totals are read, the counts are this notice\'s: %s', (_, input) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, problems: 16, rectified: 15, staged: 1, measures: 47, measuresDone: 45 });
    });
    it('counted since under the first heading, at a later sentence opening with a date', () => {
      const text = '2024年12月20日，我局公布了第一次整改进展情况，当时巡察反馈的3个方面16个问题中已完成整改11个，正在整改5个；制定的47条整改措施已完成36条。\n一、整改总体进展\n第一次通报后，局党组每月召开一次整改推进会。截至2025年6月20日，又有4个问题完成整改，累计完成整改15个，剩余1个正在推进；新完成整改措施9条，累计完成45条。';
      expect(seen(text).core).toEqual({ ...CORE_NULL, problems: 16, rectified: 15, staged: 1, measures: 47, measuresDone: 45 });
    });
    it.each([
      ['a date after ； ends the first notice\'s time', '第一次通报时，反馈的16个问题中已完成整改11个；截至目前，已完成整改15个，剩余1个正在推进。', { problems: 16, rectified: 15, staged: 1 }],
      ['an earlier round still ends at ；', '对上轮巡察反馈的8个问题逐一复核，已整改到位7个；本轮反馈的16个问题已整改12个。', { problems: 16, rectified: 12 }],
      ['rectified again is no increment', '巡察组反馈问题16个，已重新整改到位3个。', { problems: 16, rectified: 3 }],
      ['what is left since is a state', '反馈问题16个。第一次通报以来，剩余1个正在推进。', { problems: 16, staged: 1 }],
      ['a first notice naming none', '巡察组反馈问题16个，已完成整改11个，正在整改5个；制定的47条整改措施已完成36条。', { problems: 16, rectified: 11, staged: 5, measures: 47, measuresDone: 36 }],
    ])('near case: %s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
  });

  it.each([
    ['其中上轮', '巡视组反馈问题19个，制定整改措施52条。截至2025年8月31日，19个问题已完成整改15个，正在整改4个（其中上轮遗留问题2个）；52条整改措施已完成45条。'],
    ['含上一轮', '巡视组反馈问题19个，制定整改措施52条。截至2025年8月31日，19个问题已完成整改15个，正在整改4个（含上一轮巡视遗留问题2个）；52条整改措施已完成45条。'],
    ['no gloss', '巡视组反馈问题19个，制定整改措施52条。截至2025年8月31日，19个问题已完成整改15个，正在整改4个；52条整改措施已完成45条。'],
  ])('an earlier round named in a gloss leaves its clause\'s count (%s)', (_, input) => {
    expect(seen(input).core).toEqual({ ...CORE_NULL, problems: 19, rectified: 15, staged: 4, measures: 52, measuresDone: 45 });
  });

  describe('a class claimed wholly one way is the rest of the whole when they make up the total', () => {
    const listed = '街道党工委对巡察反馈的10个问题逐一分类建账，其中立行立改问题4个、限期整改问题3个、长期坚持问题3个。';
    it.each([
      ['counted first', `${listed}截至2025年4月30日，立行立改和限期整改的7个问题已全部整改到位，3个长期坚持的问题已取得阶段性成效，正在持续推进。`, { problems: 10, rectified: 7, staged: 3 }],
      ['the class first', `${listed}截至2025年4月30日，立行立改和限期整改的7个问题已全部整改到位，长期坚持的3个问题已取得阶段性成效。`, { problems: 10, rectified: 7, staged: 3 }],
      ['after a part of the count', '反馈问题12个，已完成整改8个，其中立行立改问题5个已全部整改完成；长期坚持问题4个，已取得阶段性成效。', { problems: 12, rectified: 8, staged: 4 }],
    ])('%s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
    it.each([
      ['short of the total', '反馈问题12个，已完成整改7个；长期坚持问题3个，已取得阶段性成效。', { problems: 12, rectified: 7 }],
      ['a part of the count (其中)', '反馈问题12个，已完成整改9个，其中长期坚持问题3个已取得阶段性成效。', { problems: 12, rectified: 9 }],
      ['the figure counted already', '反馈问题12个，已完成整改9个，正在整改3个；长期坚持问题3个，已取得阶段性成效。', { problems: 12, rectified: 9, staged: 3 }],
      ['one class, nothing of the whole counted', '反馈问题12个，其中立行立改问题5个，已全部整改完成。', { problems: 12 }],
    ])('near case: %s', (_, input, expected) => {
      expect(seen(input).core).toEqual({ ...CORE_NULL, ...expected });
    });
  });
});

describe('extractStats: opinions that are not the inspection\'s', () => {
  it.each([
    '巡察整改方案公示期间共收到干部群众反馈意见3条，均已答复。巡察组共反馈问题15个，已整改13个，正在整改2个。',
    '巡视整改专题民主生活会征求到的反馈意见12条已全部整改。巡察组共反馈问题15个，已整改13个，正在整改2个。',
  ])('%s', (text) => {
    expect(seen(text).core).toMatchObject({ problems: 15, rectified: 13, staged: 2 });
  });
});

