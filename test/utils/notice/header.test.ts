import { describe, expect, it } from 'vitest';
import { findInspector, findOpeningFacts, findPublicity, findRound, findSignature, findTitle, issuerFromTitle } from '../../../utils/notice/header';
import { joinLines } from '../../../utils/notice/lines';

const L = (ls: string[]) => joinLines(ls).lines;

describe('findTitle', () => {
  it.each([
    {
      name: 'WeChat: the follow prompt above the title is no part of it',
      lines: ['点击蓝字关注我们', '中共柳塘镇委员会关于十四届县委第五轮', '巡察整改进展情况的通报', '根据县委统一部署，县委第二巡察组对镇党委开展了巡察。'],
      candidates: [],
      expected: { title: '中共柳塘镇委员会关于十四届县委第五轮巡察整改进展情况的通报', titleLines: 3 },
    },
    {
      name: 'a promotion above the title (a pictograph in it) is no part of it',
      lines: ['🎉国庆特惠｜景区门票限时抢购🎉', '中共鹤洲文化旅游投资集团有限公司委员会关于市委第四巡察组', '巡察反馈意见整改进展情况的通报', '根据市委统一部署，市委第四巡察组对集团党委开展了巡察。'],
      candidates: [],
      expected: { title: '中共鹤洲文化旅游投资集团有限公司委员会关于市委第四巡察组巡察反馈意见整改进展情况的通报', titleLines: 3 },
    },
    {
      name: 'a breadcrumb inside the article box, above the title, is no part of it',
      lines: ['当前位置：首页>党建工作>党务公开', '中共佛山市水业集团有限公司委员会关于市委第七', '巡察组巡察反馈意见整改进展情况的通报', '根据市委统一部署，市委第七巡察组对集团党委开展了常规巡察。'],
      candidates: [],
      expected: { title: '中共佛山市水业集团有限公司委员会关于市委第七巡察组巡察反馈意见整改进展情况的通报', titleLines: 3 },
    },
    {
      name: 'a reprint: the frame that introduces the notice (…全文如下：) is no title; the notice\'s own is',
      lines: ['近日，市统计局党组在局门户网站公布了十届市委第三轮巡察整改进展情况，全文如下：', '中共沅陵市统计局党组关于十届市委第三轮巡察整改进展情况的通报', '根据市委统一部署，市委第五巡察组对市统计局党组开展了巡察。'],
      candidates: ['市统计局公布十届市委第三轮巡察整改进展情况'],
      expected: { title: '中共沅陵市统计局党组关于十届市委第三轮巡察整改进展情况的通报', titleLines: 2 },
    },
    {
      name: 'seed 000: two lines with a Word bookmark',
      lines: ['[bookmark: _Toc31731804]中共清远广播电视台委员会关于八届市委', '第五轮巡察整改进展情况的通报', '根据市委统一部署，2024年3月28日至6月28日，市委第五巡察组对我台党委开展了巡察。'],
      candidates: [],
      expected: { title: '中共清远广播电视台委员会关于八届市委第五轮巡察整改进展情况的通报', titleLines: 2 },
    },
    {
      name: 'seed 004: three lines',
      lines: ['中共重庆市璧山区融媒体中心委员会', '关于落实区委第四巡察组反馈意见整改', '情况的报告', '根据区委统一部署，区委第四巡察组对中心党委开展了巡察。'],
      candidates: [],
      expected: { title: '中共重庆市璧山区融媒体中心委员会关于落实区委第四巡察组反馈意见整改情况的报告', titleLines: 3 },
    },
    {
      name: 'one line with spaces',
      lines: ['关于巡察整改 情况的通报', '根据市委统一部署。'],
      candidates: [],
      expected: { title: '关于巡察整改情况的通报', titleLines: 1 },
    },
  ])('in the text: $name', ({ lines, candidates, expected }) => {
    expect(findTitle(L(lines), candidates)).toEqual(expected);
  });

  it.each([
    { name: 'document title with a site suffix (_)', candidates: ['中共某某委员会关于巡察整改情况的通报_某某市人民政府'], expected: '中共某某委员会关于巡察整改情况的通报' },
    { name: 'document title with a site suffix ( - )', candidates: ['中共某某委员会关于巡察整改情况的通报 - 某某市人民政府'], expected: '中共某某委员会关于巡察整改情况的通报' },
    { name: 'document title with a site suffix after a bare hyphen (VSB)', candidates: ['中共某某学院委员会关于校党委第三轮巡察整改进展情况的通报-某某大学某某学院'], expected: '中共某某学院委员会关于校党委第三轮巡察整改进展情况的通报' },
    { name: 'a hyphen inside the title stays', candidates: ['关于2023-2024学年巡察整改情况的通报'], expected: '关于2023-2024学年巡察整改情况的通报' },
    { name: 'a site name is not a title', candidates: ['某某市人民政府'], expected: null },
    { name: 'no candidates', candidates: [], expected: null },
  ])('from page candidates: $name', ({ candidates, expected }) => {
    expect(findTitle(L(['根据市委统一部署，市委第四巡察组对市广播电视台开展了巡察。']), candidates).title).toBe(expected);
  });

  it('seed 002 has no title at all', () => {
    expect(findTitle(L(['根据**市委统一部署，****年*月*日至*月*日，市委第四巡察组对市广播电视台开展了巡察。']), []).title).toBeNull();
  });
});

describe('issuerFromTitle', () => {
  it.each([
    { input: '中共清远广播电视台委员会关于八届市委第五轮巡察整改进展情况的通报', expected: '中共清远广播电视台委员会' },
    { input: '中共清远市委宣传部关于八届市委第五轮巡察整改进展情况的通报', expected: '中共清远市委宣传部' },
    { input: '中共重庆市璧山区融媒体中心委员会关于落实区委第四巡察组反馈意见整改情况的报告', expected: '中共重庆市璧山区融媒体中心委员会' },
    { input: '中共江西机电职业技术学院委员会巡察整改情况公示', expected: '中共江西机电职业技术学院委员会' },
    { input: '江西交投集团党委十五届省委第二轮巡视整改进展情况', expected: '江西交投集团党委' },
    { input: '江州市水务投资集团有限公司党委八届市委第三轮巡察整改进展情况', expected: '江州市水务投资集团有限公司党委' },
    { input: '关于巡察整改情况的通报', expected: null },
    { input: '区委第三轮巡察整改进展情况', expected: null },
    { input: null, expected: null },
  ])('$input → $expected', ({ input, expected }) => {
    expect(issuerFromTitle(input)).toBe(expected);
  });
});

describe('findInspector', () => {
  it.each([
    { input: '2024年3月28日至6月28日，市委第五巡察组对我台党委开展了巡察。', expected: '市委第五巡察组' },
    { input: '省委第三巡视组对我厅开展了巡视。', expected: '省委第三巡视组' },
    { input: '校党委第一巡察组对学院党委进行了巡察。', expected: '校党委第一巡察组' },
    { input: '区委第四巡察组', expected: '区委第四巡察组' },
    { input: '中央第十巡视组', expected: '中央第十巡视组' },
    { input: '省委教育工委第六巡察组对学院党委开展了巡察。', expected: '省委教育工委第六巡察组' },
    { input: '市直机关工委第二巡察组', expected: '市直机关工委第二巡察组' },
    { input: '县委第2巡察组', expected: '县委第2巡察组' },
    { input: '县委第二交叉巡察组对龙泉镇党委开展了交叉巡察。', expected: '县委第二交叉巡察组' },
    { input: '县委机动巡察第一组对县自然资源局党组开展了机动巡察。', expected: '县委机动巡察第一组' },
    { input: '集团党委第三巡察组对公司党委开展了常规巡察。', expected: '集团党委第三巡察组' },
    { input: '*月**日，市委巡察组向市广播电视台党组反馈了巡察意见。', expected: '市委巡察组' },
    { input: '市委第四巡察组对市广播电视台开展了巡察。*月**日，市委巡察组向市广播电视台党组反馈了巡察意见。', expected: '市委第四巡察组' },
    { input: '市委巡察组反馈意见后，市委第五巡察组再次反馈。', expected: '市委第五巡察组' },
    { input: '根据统一部署，巡察组进驻。', expected: null },
  ])('$input → $expected', ({ input, expected }) => {
    expect(findInspector(input, 0, null)).toBe(expected);
  });

  it('falls back to the title', () => {
    expect(findInspector('按照要求，现将整改情况报告如下。', 0, '关于落实区委第四巡察组反馈意见整改情况的报告')).toBe('区委第四巡察组');
  });
});

describe('findRound', () => {
  it.each([
    { title: '中共清远广播电视台委员会关于八届市委第五轮巡察整改进展情况的通报', text: '', expected: '八届市委第五轮' },
    { title: '关于十四届省委第三轮巡视整改进展情况的通报', text: '', expected: '十四届省委第三轮' },
    { title: null, text: '根据十四届省委第三轮巡视工作安排，省委第三巡视组对我厅开展了巡视。', expected: '十四届省委第三轮' },
    { title: '关于十二届区委第9轮巡察整改情况', text: '', expected: '十二届区委第9轮' },
    { title: '中共江城理工学院委员会关于省委教育工委第二轮巡察整改进展情况的通报', text: '', expected: '省委教育工委第二轮' },
    { title: '关于巡察整改情况的通报', text: '市委第四巡察组对市广播电视台开展了巡察。', expected: null },
  ])('$title / $text → $expected', ({ title, text, expected }) => {
    expect(findRound(text, title)).toBe(expected);
  });
});

describe('findSignature', () => {
  it('takes no ledger cell above the issuer for a body signing with it', () => {
    const lines = L(['正文。', '责任单位', '机关党委', '中共某某县卫生健康局党组', '2025年3月18日']);
    const s = findSignature(lines, 0, lines.length, (i) => i === 1 || i === 2);
    expect(s.issuer).toBe('中共某某县卫生健康局党组');
  });


  it.each([
    { lines: ['正文。', '中共清远广播电视台委员会', '2025年10月16日'], expected: { issuer: '中共清远广播电视台委员会', date: '2025-10-16' } },
    { lines: ['正文。', '中共清远市委宣传部 2025年10月16日'], expected: { issuer: '中共清远市委宣传部', date: '2025-10-16' } },
    { lines: ['正文。', '2025-10-16'], expected: { issuer: null, date: '2025-10-16' } },
    { lines: ['正文。', '欢迎监督。'], expected: { issuer: null, date: null } },
    { lines: ['正文。', '中共云同县石门乡委员会', '二〇二五年五月六日'], expected: { issuer: '中共云同县石门乡委员会', date: '2025-05-06' } },
    { lines: ['正文。', '中共某某委员会', '二〇二四年十二月三十一日'], expected: { issuer: '中共某某委员会', date: '2024-12-31' } },
    { lines: ['正文。', '二〇二五年二月三十日'], expected: { issuer: null, date: null } },
    // Bodies signing together: the party organisation signing first signs for them.
    { lines: ['正文。', '中共下洋村支部委员会', '下洋村村民委员会', '2024年10月8日'], expected: { issuer: '中共下洋村支部委员会', date: '2024-10-08' } },
  ])('$lines', ({ lines, expected }) => {
    const s = findSignature(L(lines), 0);
    expect({ issuer: s.issuer, date: s.date?.iso ?? null }).toEqual(expected);
  });
});

describe('findOpeningFacts', () => {
  it.each([
    {
      name: 'seed 000',
      input: '根据市委统一部署，2024年3月28日至6月28日，市委第五巡察组对我台党委开展了巡察。2024年9月13日，市委第五巡察组向我台党委反馈了巡察意见。',
      expected: { inspectionPeriod: { start: '2024-03-28', end: '2024-06-28' }, feedbackDate: '2024-09-13', redacted: 0 },
    },
    {
      name: 'implicit feedback year',
      input: '2024年3月27日至2024年6月28日，市委第四巡察组对市委宣传部进行了巡察。9月26日，市委第四巡察组向市委宣传部反馈了巡察意见。',
      expected: { inspectionPeriod: { start: '2024-03-27', end: '2024-06-28' }, feedbackDate: '2024-09-26', redacted: 0 },
    },
    {
      name: 'feedback year from a period written without days',
      input: '县委第二巡察组于2025年3月中旬至5月上旬对县某局党组开展了巡察。7月9日，县委第二巡察组向局党组反馈了巡察意见。',
      expected: { inspectionPeriod: null, feedbackDate: '2025-07-09', redacted: 0 },
    },
    {
      name: 'a year without its month (2019年以来) dates nothing',
      input: '2019年以来，局党组持续推进作风建设。县委第二巡察组于10月10日至12月10日对局党组开展了巡察。',
      expected: { inspectionPeriod: null, feedbackDate: null, redacted: 0 },
    },
    {
      name: 'seed 002 (redacted)',
      input: '根据**市委统一部署，****年*月*日至*月*日，市委第四巡察组对市广播电视台开展了巡察。*月**日，市委巡察组向市广播电视台党组反馈了巡察意见。',
      expected: { inspectionPeriod: null, feedbackDate: null, redacted: 3 },
    },
  ])('$name', ({ input, expected }) => {
    const f = findOpeningFacts(input, 0, input.length);
    expect({ inspectionPeriod: f.inspectionPeriod, feedbackDate: f.feedbackDate, redacted: f.redacted.length }).toEqual(expected);
  });
});

describe('findOpeningFacts: the feedback date is the feedback\'s, never a status date', () => {
  const facts = (input: string) => {
    const f = findOpeningFacts(input, 0, input.length);
    return { inspectionPeriod: f.inspectionPeriod, feedbackDate: f.feedbackDate };
  };
  it.each([
    {
      // Told to its month only: no feedback date, and the 截至 date after it is the status's.
      name: 'a month-only feedback, then a 截至 date',
      input: '2024年11月中旬至2025年1月中旬，中央第十一巡视组对集团党组开展了常规巡视。2025年4月，中央巡视组向集团党组反馈了巡视意见。对照巡视反馈的20个问题，截至2025年7月31日已完成整改16个，4个正在推进。',
      expected: null,
    },
    {
      name: 'a month-only feedback, then a meeting of another month',
      input: '2025年4月，省委第二巡视组向厅党组反馈了巡视意见。厅党组于2025年5月8日召开会议，研究部署巡视反馈意见整改工作。',
      expected: null,
    },
    {
      name: 'a 截至 date right after 反馈 (the total fed back, then its status)',
      input: '2025年1月上旬完成巡察反馈。5个单位党组织共收到巡察反馈问题96个，截至2025年4月30日，已完成整改84个。',
      expected: null,
    },
    {
      name: 'a 截至 date before 反馈',
      input: '截至2024年11月30日，县委第二巡察组反馈的3个方面24个问题，已完成整改21个。',
      expected: null,
    },
    {
      // A date after 反馈 dates it within the clause only.
      name: 'a date in the next clause (收到反馈意见后，于…召开)',
      input: '收到巡察反馈意见后，局党组于2025年6月3日召开专题会议研究整改工作。',
      expected: null,
    },
    { name: 'a date after 反馈 in its clause (反馈会于…召开)', input: '市委第二巡察组巡察反馈会于2024年7月5日召开。', expected: '2024-07-05' },
    { name: 'the day before 反馈, as ever', input: '2025年4月，中央巡视组进驻集团。2025年6月12日，中央巡视组向集团党组反馈了巡视意见。截至2025年9月30日，已完成整改16个。', expected: '2025-06-12' },
  ])('$name', ({ input, expected }) => {
    expect(facts(input).feedbackDate).toBe(expected);
  });
});

describe('findOpeningFacts: the first part\'s lead, when the opening leaves the inspection unsaid', () => {
  const read = (opening: string, part: string, publishedYear: number | null = null) => {
    const text = `${opening}\n${part}`;
    const f = findOpeningFacts(text, 0, opening.length, { part: { start: opening.length + 1, end: text.length }, publishedYear });
    return { inspectionPeriod: f.inspectionPeriod, feedbackDate: f.feedbackDate };
  };
  const OPENING = '根据县委巡察工作领导小组办公室关于巡察整改情况公开的有关要求，现将我局整改情况予以公示。';
  it('reads the inspection and the feedback told under 一、巡察反馈基本情况', () => {
    expect(
      read(OPENING, '一、巡察反馈基本情况\n2025年3月3日至4月30日，县委第三巡察组对县民政局党组开展了常规巡察，并于5月26日反馈了巡察意见，共指出3个方面15个问题。截至2025年7月31日，15个问题已整改完成12个。'),
    ).toEqual({ inspectionPeriod: { start: '2025-03-03', end: '2025-04-30' }, feedbackDate: '2025-05-26' });
  });
  it.each([
    // Only sentences that say who inspected whom, or that the team fed back, count there.
    ['a meeting studying the feedback', '一、整改工作开展情况\n2025年6月3日，局党组召开会议，传达学习巡察反馈意见，研究部署整改工作。'],
    ['a status date', '一、整改工作总体情况\n截至2025年7月31日，县委第三巡察组反馈的15个问题已整改完成12个。'],
    ['a self-check period', '一、整改工作开展情况\n2025年6月1日至6月30日，局党组开展巡察整改“回头看”自查，逐项核对整改台账。'],
  ])('but no date of the work that followed: %s', (_, part) => {
    expect(read(OPENING, part)).toEqual({ inspectionPeriod: null, feedbackDate: null });
  });
  it('what the opening says is not read again below', () => {
    const opening = '2024年3月28日至6月28日，市委第五巡察组对我台党委开展了巡察。2024年9月13日，市委第五巡察组向我台党委反馈了巡察意见。';
    expect(read(opening, '一、基本情况\n2025年1月5日至1月20日，市委第五巡察组对整改情况开展了督查；2025年2月3日，巡察组向我台党委反馈了督查意见。')).toEqual({
      inspectionPeriod: { start: '2024-03-28', end: '2024-06-28' },
      feedbackDate: '2024-09-13',
    });
  });
});

describe('findOpeningFacts: a year said relative to the notice', () => {
  const input = '去年11月4日到12月5日，县委第二巡察组在咱们村搞了巡察，今年1月9日把查出来的问题反馈给了村里，一共是9个问题。';
  it('is dated by the year the notice was published', () => {
    const f = findOpeningFacts(input, 0, input.length, { publishedYear: 2025 });
    expect([f.inspectionPeriod, f.feedbackDate]).toEqual([{ start: '2024-11-04', end: '2024-12-05' }, '2025-01-09']);
  });
  it('and never guessed without it', () => {
    const f = findOpeningFacts(input, 0, input.length);
    expect([f.inspectionPeriod, f.feedbackDate]).toEqual([null, null]);
  });
});

describe('findOpeningFacts: the feedback is the team\'s act', () => {
  const read = (opening: string, part: string) => {
    const text = `${opening}\n${part}`;
    const f = findOpeningFacts(text, 0, opening.length, { part: { start: opening.length + 1, end: text.length } });
    return { inspectionPeriod: f.inspectionPeriod, feedbackDate: f.feedbackDate };
  };
  // The opening gives the period, and the feedback without its date.
  const OPENING = '2024年3月28日至5月30日，县委第三巡察组对县教育局党组开展了常规巡察，并反馈了巡察意见。现将巡察整改进展情况予以公布。';
  const PERIOD = { start: '2024-03-28', end: '2024-05-30' };
  it.each([
    ['the body\'s meeting studying what the team fed back', '一、整改工作组织情况\n2024年7月2日，局党组召开党组会议，专题传达学习巡察组反馈意见，研究部署整改工作。'],
    ['a meeting conveying it', '一、整改工作组织情况\n局党组高度重视，2024年7月2日召开巡察整改动员部署会，传达巡察组反馈意见。'],
    ['a meeting conveying the 反馈会\'s spirit', '一、整改工作组织情况\n2024年7月2日，局党组召开会议传达巡察反馈会议精神。'],
    ['the body reporting to the inspection office', '一、整改工作组织情况\n2024年9月30日，局党组向县委巡察办反馈了整改进展情况。'],
    ['the body reporting its rectification, the team named before', '一、整改工作组织情况\n2024年9月30日，局党组对照巡察组意见，向县委反馈了整改方案。'],
    ['the body reporting to the team', '一、整改工作组织情况\n2024年9月30日，局党组向县委第三巡察组反馈了整改进展情况。'],
  ])('no date from %s', (_, part) => {
    expect(read(OPENING, part)).toEqual({ inspectionPeriod: PERIOD, feedbackDate: null });
  });
  it.each([
    ['the team feeding back', '一、基本情况\n2024年6月18日，县委第三巡察组向局党组反馈了巡察意见。', '2024-06-18'],
    ['the findings fed back, the team unnamed', '一、基本情况\n2024年6月18日，向局党组反馈了巡察意见。', '2024-06-18'],
    ['the 反馈会 held', '一、基本情况\n2024年6月18日，县委第三巡察组召开巡察反馈会议。', '2024-06-18'],
  ])('a date from %s', (_, part, expected) => {
    expect(read(OPENING, part).feedbackDate).toBe(expected);
  });
  it('in the opening too, the body\'s meeting on the feedback is not it', () => {
    const opening = '2024年3月至5月，县委第三巡察组对县教育局党组开展了常规巡察。2024年7月2日，局党组召开党组会议，传达学习巡察反馈意见。';
    expect(findOpeningFacts(opening, 0, opening.length).feedbackDate).toBeNull();
  });
});

describe('findOpeningFacts: the inspection period is the team\'s', () => {
  const read = (opening: string, part: string) => {
    const text = `${opening}\n${part}`;
    return findOpeningFacts(text, 0, opening.length, { part: { start: opening.length + 1, end: text.length } }).inspectionPeriod;
  };
  // The opening gives the inspection in months only.
  const OPENING = '2024年3月至5月，县委第三巡察组对县教育局党组开展了常规巡察。2024年6月18日，县委第三巡察组向局党组反馈了巡察意见。';
  it.each([
    ['rectifying against the feedback', '一、整改工作组织情况\n2024年7月1日至9月30日，局党组对照巡察组反馈的问题开展集中整改。'],
    ['rectifying the problems in its units', '一、整改工作组织情况\n2024年7月1日至9月30日，局党组在全系统开展巡察问题整改“回头看”。'],
    ['a campaign against the feedback', '一、整改工作组织情况\n2024年7月1日至9月30日，局党组对照巡察组反馈意见开展了为期三个月的集中整改攻坚。'],
  ])('not the body %s', (_, part) => {
    expect(read(OPENING, part)).toBeNull();
  });
  it.each([
    ['对…开展了巡察', '一、基本情况\n2024年3月4日至5月10日，县委第三巡察组对县教育局党组开展了常规巡察。'],
    ['进驻', '一、基本情况\n2024年3月4日至5月10日，县委第三巡察组进驻县教育局。'],
    ['在…开展巡察', '一、基本情况\n县委第三巡察组于2024年3月4日至5月10日在县教育局开展了常规巡察。'],
  ])('the team inspecting: %s', (_, part) => {
    expect(read(OPENING, part)).toEqual({ start: '2024-03-04', end: '2024-05-10' });
  });
});

describe('findOpeningFacts: the feedback\'s month is of its own clause', () => {
  const facts = (input: string) => findOpeningFacts(input, 0, input.length).feedbackDate;
  it('a month starting the inspection\'s range is not the feedback\'s', () => {
    expect(facts('2024年3月至5月，县委第三巡察组对县教育局党组开展了常规巡察，并向局党组反馈了巡察意见。2024年6月18日，县委第三巡察组召开巡察反馈会议。')).toBe('2024-06-18');
  });
  it('nor a month of the inspection told before 反馈 in the same sentence', () => {
    expect(facts('2024年3月，县委第三巡察组对县教育局党组开展了常规巡察，并向局党组反馈了巡察意见。2024年6月18日，县委第三巡察组召开巡察反馈会议。')).toBe('2024-06-18');
  });
  it('a month in 反馈\'s own clause still is: no day of another month dates it', () => {
    expect(facts('2025年4月，中央巡视组进行了反馈。2025年5月8日，集团党组召开巡视整改动员部署会。')).toBeNull();
  });
});

describe('findOpeningFacts: a feedback date without its year, after the inspection', () => {
  const facts = (input: string, publishedYear: number | null = null) => {
    const f = findOpeningFacts(input, 0, input.length, { publishedYear });
    return [f.inspectionPeriod, f.feedbackDate];
  };
  it('is the next year\'s when the year carried over would put it before the inspection ended', () => {
    expect(facts('去年11月4日至12月5日，县委第三巡察组对局党组开展了常规巡察。1月9日，县委第三巡察组向局党组反馈了巡察意见。', 2025)).toEqual([
      { start: '2024-11-04', end: '2024-12-05' },
      '2025-01-09',
    ]);
    expect(facts('2024年11月4日至12月5日，县委第三巡察组对局党组开展了常规巡察。1月9日，县委第三巡察组向局党组反馈了巡察意见。')).toEqual([
      { start: '2024-11-04', end: '2024-12-05' },
      '2025-01-09',
    ]);
  });
  it('keeps a year written as written', () => {
    expect(facts('2024年11月4日至12月5日，县委第三巡察组对局党组开展了常规巡察。2024年1月9日，县委第三巡察组向局党组反馈了巡察意见。')[1]).toBe('2024-01-09');
  });
  it('keeps the year when the next year\'s would be a year on (a date out of order, not a new year)', () => {
    expect(facts('2024年3月28日至6月28日，县委第三巡察组对局党组开展了常规巡察。6月20日，县委第三巡察组向局党组反馈了巡察意见。')[1]).toBe('2024-06-20');
  });
});

describe('findPublicity', () => {
  it.each([
    { input: '公开期限：2025年10月16日至11月16日。', year: null, expected: { start: '2025-10-16', end: '2025-11-16' } },
    { input: '公示期：10月16日至11月16日。', year: 2025, expected: { start: '2025-10-16', end: '2025-11-16' } },
    // A length from the date written: 10 working days from Wednesday 2 April.
    { input: '公示期为自2025年4月2日起10个工作日。', year: null, expected: { start: '2025-04-02', end: '2025-04-15' } },
    { input: '欢迎监督。', year: 2025, expected: null },
    // A notice titled `…的公告` labels it so.
    { input: '公告时间：2025年3月21日至3月30日。', year: null, expected: { start: '2025-03-21', end: '2025-03-30' } },
    // …but one date alone there is when it was announced.
    { input: '公告时间：2025年6月20日。', year: null, expected: null },
    // The end names its day only (the same month).
    { input: '公示期：2024年6月1日—15日。', year: null, expected: { start: '2024-06-01', end: '2024-06-15' } },
    // No label: the period comments are invited in.
    { input: '请于2025年2月20日至3月20日期间通过以下方式反映。', year: null, expected: { start: '2025-02-20', end: '2025-03-20' } },
    { input: '在4月1日至4月30日期间，干部群众可通过来信来电进行监督。', year: 2025, expected: { start: '2025-04-01', end: '2025-04-30' } },
    // The inspection period, with its feedback, is not a publicity period.
    { input: '市委第五巡察组于2024年3月28日至6月28日期间对我台开展巡察，并于9月13日反馈意见。', year: null, expected: null },
    // One date asked to answer by ends a period from publication (not known here).
    { input: '请于2025年3月20日以前反映。', year: null, expected: { start: null, end: '2025-03-20' } },
    // …not a measure's deadline beside supervision.
    { input: '确保于2025年6月底前完成整改，接受群众监督。', year: null, expected: null },
  ])('$input → $expected', ({ input, year, expected }) => {
    expect(findPublicity(input, 0, year).range).toEqual(expected);
  });

  it('one date asked to answer by, after the invitation, ends a period from publication', () => {
    expect(findPublicity('如有意见建议，请于2026年1月30日前反映。联系电话：0000-1234567。', 0, 2026, '2026-01-20').range).toEqual({ start: '2026-01-20', end: '2026-01-30' });
  });
});

describe('findPublicity: periods from publication, and the invitation that dates itself', () => {
  it.each([
    { name: '公示时间：即日起至… (labelled)', input: '公示时间：即日起至2024年8月10日。', expected: { start: '2024-08-01', end: '2024-08-10' } },
    { name: '公示截止时间：… (the end of a period from publication)', input: '公示截止时间：2024年8月10日。', expected: { start: '2024-08-01', end: '2024-08-10' } },
    { name: 'the deadline of the feedback in the body is no publicity period', input: '针对巡察反馈意见截止2024年12月31日，已整改完成问题18个。', expected: null },
    { name: '意见反馈截止时间：…', input: '欢迎广大干部职工监督。意见反馈截止时间：2024年8月16日。', expected: { start: '2024-08-01', end: '2024-08-16' } },
    { name: '即日起至… (no label)', input: '即日起至8月10日，欢迎广大干部群众通过以下方式反映意见。', expected: { start: '2024-08-01', end: '2024-08-10' } },
    { name: 'an invitation with its dates', input: '欢迎社会各界监督，时间为2025年3月5日至3月14日。', expected: { start: '2025-03-05', end: '2025-03-14' } },
    { name: '征求意见期限 as a length', input: '征求意见期限为5个工作日。', expected: { start: '2024-08-01', end: '2024-08-07' } },
  ])('$name', ({ input, expected }) => {
    expect(findPublicity(input, 0, 2024, '2024-08-01').range).toEqual(expected);
  });

  it('a single date after an invitation, not from publication, is no period', () => {
    expect(findPublicity('欢迎广大干部群众于2024年8月10日前反映。', 0, 2024, '2024-08-01').range).toBeNull();
  });
});

describe('findInspector: a team of any body\'s committee', () => {
  it.each([
    ['总行党委第三巡视组对分行党委开展了巡视。', '总行党委第三巡视组'],
    ['厅党组第二巡察组对我局党组开展了巡察。', '厅党组第二巡察组'],
    ['集团公司党委第二巡察组对公司党委开展了巡察。', '集团公司党委第二巡察组'],
    ['校党委第一巡察组对学院党委开展了巡察。', '校党委第一巡察组'],
    ['市委第三巡察组对我局开展了巡察。', '市委第三巡察组'],
  ])('%s → %s', (text, expected) => {
    expect(findInspector(text, 0, null)).toBe(expected);
  });
});

