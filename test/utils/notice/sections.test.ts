import { describe, expect, it } from 'vitest';
import { badgeHeadings, buildSections, headingText, matchHeading } from '../../../utils/notice/sections';
import { joinLines } from '../../../utils/notice/lines';
import type { Section } from '../../../utils/notice/types';

/** What a reader sees of a heading line: its style rank, its number, and the words after it. */
const seen = (line: string) => {
  const h = matchHeading(line);
  return h ? { rank: h.rank, number: h.number, rest: line.slice(h.prefix) } : null;
};

describe('matchHeading', () => {
  it.each([
    { input: '一、清远广播电视台党委履行巡察整改主体责任情况', expected: { rank: 1, number: '一', rest: '清远广播电视台党委履行巡察整改主体责任情况' } },
    { input: '二、 巡察整改任务落实情况', expected: { rank: 1, number: '二', rest: '巡察整改任务落实情况' } },
    { input: '十一、其他', expected: { rank: 1, number: '十一', rest: '其他' } },
    { input: '一.加强领导', expected: { rank: 1, number: '一', rest: '加强领导' } },
    { input: '（一）迅速部署，压实整改责任。', expected: { rank: 2, number: '一', rest: '迅速部署，压实整改责任。' } },
    { input: '(一)迅速部署', expected: { rank: 2, number: '一', rest: '迅速部署' } },
    { input: '（一）、迅速部署', expected: { rank: 2, number: '一', rest: '迅速部署' } },
    { input: '（十二）其他问题', expected: { rank: 2, number: '十二', rest: '其他问题' } },
    { input: '1.着力加强党员干部政治纪律和政治规矩教育。', expected: { rank: 3, number: '1', rest: '着力加强党员干部政治纪律和政治规矩教育。' } },
    { input: '1．着力加强', expected: { rank: 3, number: '1', rest: '着力加强' } },
    { input: '1、着力加强', expected: { rank: 3, number: '1', rest: '着力加强' } },
    { input: '１．着力加强', expected: { rank: 3, number: '1', rest: '着力加强' } },
    { input: '12.加强保密', expected: { rank: 3, number: '12', rest: '加强保密' } },
    { input: '10、积极化解债务', expected: { rank: 3, number: '10', rest: '积极化解债务' } },
    { input: '（1） 持之以恒用党的创新理论武装头脑。', expected: { rank: 4, number: '1', rest: '持之以恒用党的创新理论武装头脑。' } },
    { input: '(1)持之以恒', expected: { rank: 4, number: '1', rest: '持之以恒' } },
    { input: '（１）持之以恒', expected: { rank: 4, number: '1', rest: '持之以恒' } },
    { input: '① 第一项', expected: { rank: 5, number: '①', rest: '第一项' } },
    { input: '⑳第二十项', expected: { rank: 5, number: '⑳', rest: '第二十项' } },
    // An item opening with the year its fault dates from: a year is no decimal's tail.
    { input: '2.2024年以来村级财务管理不规范，白条入账问题突出。', expected: { rank: 3, number: '2', rest: '2024年以来村级财务管理不规范，白条入账问题突出。' } },
    { input: '12．2023年度预算执行率偏低。', expected: { rank: 3, number: '12', rest: '2023年度预算执行率偏低。' } },
    { input: '3、2025年7月以来开展专题学习6次', expected: { rank: 3, number: '3', rest: '2025年7月以来开展专题学习6次' } },
    { input: '１．２０２４年以来', expected: { rank: 3, number: '1', rest: '２０２４年以来' } },
    // …or with a hotline's number (`12345`, `12388`): four digits or more before a word that is no unit.
    { input: '2.12345热线诉求办理质效不高（立行立改）。', expected: { rank: 3, number: '2', rest: '12345热线诉求办理质效不高（立行立改）。' } },
    { input: '3、12388举报电话公布不及时。', expected: { rank: 3, number: '3', rest: '12388举报电话公布不及时。' } },
  ])('heading: $input', ({ input, expected }) => {
    expect(seen(input)).toEqual(expected);
  });

  it.each([
    { input: '下一步工作打算' },
    { input: '下一步打算' },
    { input: '今后整改工作打算' },
    { input: '下一步工作安排：' },
    { input: '下一步巡察整改工作计划' },
  ])('un-numbered next-steps heading: $input', ({ input }) => {
    expect(seen(input)).toEqual({ rank: 1, number: null, rest: input });
  });

  it.each([
    { input: '一是加强学习教育。' },
    { input: '一是' },
    { input: '二是设立台长信箱，接受干部职工举报投诉。' },
    { input: '2024年' },
    { input: '2024年，我台实现安全播出零事故。' },
    { input: '2024年3月' },
    { input: '1、2月' },
    { input: '1、2月份召开专题会议3次。' },
    { input: '3、4季度' },
    { input: '1、2号楼' },
    { input: '3.5亿元' },
    { input: '1.5万元用于补缴' },
    { input: '1.2万元' },
    { input: '100.多少' },
    // Decimals whose digits look like a year, but no 年 follows.
    { input: '1.2024万元' },
    { input: '3.2025亿元用于补缴' },
    // …or a long decimal before its unit.
    { input: '1.5000万元资金未及时拨付。' },
    { input: '2.12345个' },
    { input: '1.2000余人参加培训。' },
    { input: '2.2025' },
    { input: '2.20年' },
    { input: '一、' },
    { input: '（一）' },
    { input: '1.' },
    { input: '二〇二四年' },
    { input: '下一步，我们将继续推进整改工作，确保整改到位。' },
    { input: '根据市委统一部署，下一步工作打算' },
    { input: '根据市委统一部署，2024年3月28日至6月28日，市委第五巡察组对我台党委开展了巡察。' },
  ])('not a heading: $input', ({ input }) => {
    expect(matchHeading(input)).toBeNull();
  });
});

describe('headingText', () => {
  it.each([
    { input: '迅速部署，压实整改责任。台党委坚持把巡察整改作为重要的政治任务', expected: '迅速部署，压实整改责任' },
    { input: '完善制度，堵塞漏洞。', expected: '完善制度，堵塞漏洞' },
    { input: '加强领导：', expected: '加强领导' },
    { input: '加强领导；', expected: '加强领导' },
    { input: '总体情况', expected: '总体情况' },
    { input: '下一步工作打算', expected: '下一步工作打算' },
    { input: '加强《清远新闻》覆盖面。', expected: '加强《清远新闻》覆盖面' },
    { input: '关于“问题。测试”方面。一是', expected: '关于“问题。测试”方面' },
    { input: '关于落实主体责任和整改工作方面  ', expected: '关于落实主体责任和整改工作方面' },
  ])('"$input" → "$expected"', ({ input, expected }) => {
    expect(headingText(input)).toBe(expected);
  });
});

describe('buildSections', () => {
  const outline = (ss: Section[]): string[] => ss.flatMap((s) => [`${s.level}:${s.number ?? '-'} ${s.heading}`, ...outline(s.children)]);
  const build = (ls: string[]) => {
    const { text, lines } = joinLines(ls);
    return { text, idx: buildSections(lines, 0, lines.length, text.length) };
  };

  it.each([
    {
      name: 'styles nest by rank',
      input: ['一、总体情况', '（一）加强领导。', '正文', '二、任务落实情况', '（一）关于某方面', '1.第一项。', '一是做了。', '2.第二项。', '三、下一步打算', '（1）持续推进。'],
      expected: ['1:一 总体情况', '2:一 加强领导', '1:二 任务落实情况', '2:一 关于某方面', '3:1 第一项', '3:2 第二项', '1:三 下一步打算', '2:1 持续推进'],
    },
    {
      name: '（1） directly under 三、 is level 2',
      input: ['三、下一步打算', '（1） 持之以恒用党的创新理论武装头脑。', '（2） 坚持不懈纵深推进全面从严治党。'],
      expected: ['1:三 下一步打算', '2:1 持之以恒用党的创新理论武装头脑', '2:2 坚持不懈纵深推进全面从严治党'],
    },
    {
      name: 'an un-numbered next-steps heading is a top-level section',
      input: ['一、整改情况', '（一）某方面', '下一步工作打算', '（一）加强政治建设。'],
      expected: ['1:一 整改情况', '2:一 某方面', '1:- 下一步工作打算', '2:一 加强政治建设'],
    },
    {
      name: '一是… lines are never headings',
      input: ['一、整改情况', '一是召开会议。', '二是制定方案。'],
      expected: ['1:一 整改情况'],
    },
    {
      name: 'an aspect named without its numeral (a bold line, an <h4>) heads the items after it',
      input: ['二、整改落实情况', '党的政治建设方面', '1.理论学习不深入。', '已修订制度。', '2.意识形态工作不到位。', '党的组织建设方面存在的问题', '1.支部建设薄弱。', '已整改。', '三、下一步打算'],
      expected: ['1:二 整改落实情况', '2:- 党的政治建设方面', '3:1 理论学习不深入', '3:2 意识形态工作不到位', '2:- 党的组织建设方面存在的问题', '3:1 支部建设薄弱', '1:三 下一步打算'],
    },
    {
      name: 'between the items of a notice without parts, the aspect holds the items after it',
      input: ['1.理论学习不深入。', '已修订制度。', '全面从严治党方面', '2.公务接待不规范。', '已清退。'],
      expected: ['1:1 理论学习不深入', '1:- 全面从严治党方面', '2:2 公务接待不规范'],
    },
    // Near cases: a lead-in counting aspects, a sentence, a line followed by no item, a line before any
    // heading, a group of （1） steps inside an item.
    { name: 'no aspect: 以下三个方面', input: ['一、整改情况', '问题主要集中在以下三个方面', '1.理论学习不深入。'], expected: ['1:一 整改情况', '2:1 理论学习不深入'] },
    { name: 'no aspect: …等方面', input: ['一、整改情况', '在学习教育、组织生活等方面', '1.理论学习不深入。'], expected: ['1:一 整改情况', '2:1 理论学习不深入'] },
    { name: 'no aspect: a sentence', input: ['一、整改情况', '在党的建设方面，局党组做了大量工作', '1.理论学习不深入。'], expected: ['1:一 整改情况', '2:1 理论学习不深入'] },
    { name: 'no aspect: no item after it', input: ['一、整改情况', '党的建设方面', '局党组做了大量工作。'], expected: ['1:一 整改情况'] },
    { name: 'no aspect: before any heading', input: ['党的建设方面', '1.理论学习不深入。'], expected: ['1:1 理论学习不深入'] },
    { name: 'no aspect: steps （1） inside an item', input: ['1.理论学习不深入。', '制度建设方面', '（1）修订学习制度。'], expected: ['1:1 理论学习不深入', '2:1 修订学习制度'] },
  ])('$name', ({ input, expected }) => {
    expect(outline(build(input).idx.roots)).toEqual(expected);
  });

  it('spans: heading offsets point at the heading words, children inside parents', () => {
    const { text, idx } = build(['前言。', '一、总体情况', '（一）加强领导。正文', '正文二', '二、其他', '末行']);
    for (const s of idx.all) {
      expect(text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
      for (const c of s.children) {
        expect(c.start).toBeGreaterThanOrEqual(s.start);
        expect(c.end).toBeLessThanOrEqual(s.end);
      }
    }
    const [first, second] = idx.roots;
    expect(text.slice(first!.start, first!.end)).toBe('一、总体情况\n（一）加强领导。正文\n正文二');
    expect(text.slice(second!.start, second!.end)).toBe('二、其他\n末行');
  });
});

describe('badgeHeadings (WeChat: `01` in a badge, the heading on the next line)', () => {
  const outline = (ss: Section[]): string[] => ss.flatMap((s) => [`${s.level}:${s.number ?? '-'} ${s.heading}`, ...outline(s.children)]);
  const build = (ls: string[]) => {
    const { text, lines } = joinLines(ls);
    const badges = badgeHeadings(lines, 0, lines.length);
    return outline(buildSections(lines, 0, lines.length, text.length, () => false, badges).roots);
  };

  it('makes each badged line a top-level heading numbered as its badge', () => {
    expect(build(['01', '强化政治担当，压实整改责任', '局党组召开专题会议。', '02', '聚焦问题整改，推动落地见效', '（一）关于党的建设方面', '一是做了。', '03', '下一步工作打算', '持续推进。'])).toEqual([
      '1:1 强化政治担当，压实整改责任',
      '1:2 聚焦问题整改，推动落地见效',
      '2:一 关于党的建设方面',
      '1:- 下一步工作打算',
    ]);
  });

  it.each([
    { name: 'a lone number', input: ['1', '强化政治担当', '正文。'] },
    { name: 'numbers not counting up from one', input: ['02', '强化政治担当', '正文。', '05', '聚焦问题整改', '正文。'] },
    { name: 'a sentence after the number', input: ['01', '局党组召开专题会议。研究部署整改工作。', '02', '聚焦问题整改', '正文。'] },
    { name: 'the cells of a statistics table', input: ['类别', '反馈问题（个）', '已整改', '党的领导方面', '5', '1', '0', '合计', '15', '2', '1', '二、整改落实情况'] },
  ])('takes no badge from $name', ({ input }) => {
    const { lines } = joinLines(input);
    expect(badgeHeadings(lines, 0, lines.length).size).toBe(0);
  });
});
