import { describe, expect, it } from 'vitest';
import { classifyNotice, titleParts } from '../../../utils/notice/classify';

// A short notice with everything a notice says: who inspected and fed back, the publish formula,
// itemised measures, a stated count, next steps and the invitation to supervise.
const NOTICE_BODY =
  '根据市委统一部署，2024年3月28日至6月28日，市委第五巡察组对我局党组开展了巡察。2024年9月13日，市委第五巡察组向我局党组反馈了巡察意见。' +
  '按照巡察工作有关要求，现将巡察整改进展情况予以公布。\n一、巡察整改任务落实情况\n整改落实情况：一是召开了专题会议。二是制定了整改方案。三是已完成整改。' +
  '巡察反馈的22个问题，已整改完成20个。\n下一步工作打算\n欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2025年10月16日至11月16日。';

const verdict = (titles: string[], text: string, extra: { linkRatio?: number; attachmentLinks?: number } = {}) => {
  const d = classifyNotice({ titles, text, scope: 'article', ...extra });
  return { isNotice: d.isNotice, kind: d.kind };
};

describe('classifyNotice', () => {
  it.each([
    { name: 'progress title', titles: ['中共清远市某某局党组关于八届市委第五轮巡察整改进展情况的通报'], expected: { isNotice: true, kind: 'progress-notice' } },
    { name: 'report title', titles: ['关于巡察整改情况的通报'], expected: { isNotice: true, kind: 'rectification-report' } },
    { name: 'report title (报告)', titles: ['中共某某中心委员会关于落实区委第四巡察组反馈意见整改情况的报告'], expected: { isNotice: true, kind: 'rectification-report' } },
    { name: 'summary title', titles: ['区委第三轮巡察整改进展情况'], expected: { isNotice: true, kind: 'summary' } },
    { name: 'a second progress notice (…情况的第二次通报)', titles: ['中共临湖区教育局党组关于十届区委第四轮巡察整改进展情况的第二次通报'], expected: { isNotice: true, kind: 'progress-notice' } },
    { name: 'no title: the publish formula decides', titles: [], expected: { isNotice: true, kind: 'progress-notice' } },
    { name: 'title with site suffix', titles: ['关于巡察整改情况的通报_清远市人民政府'], expected: { isNotice: true, kind: 'rectification-report' } },
  ])('a notice: $name', ({ titles, expected }) => {
    expect(verdict(titles, NOTICE_BODY)).toEqual(expected);
  });

  it.each([
    {
      name: 'meeting news',
      titles: ['市自然资源局召开巡察整改工作推进会'],
      text: '3月5日，市自然资源局召开巡察整改工作推进会。会议听取了巡察整改工作情况汇报。会议强调，要提高政治站位，抓好巡察反馈问题整改。会议要求，各科室要压实整改责任，整改要见实效。局党组书记作讲话。',
    },
    {
      name: 'inspection announcement',
      titles: ['县委第一巡察组进驻县水利局开展巡察的公告'],
      text: '根据县委统一部署，县委第一巡察组将于2025年3月1日至5月31日对县水利局党组开展巡察。巡察期间设立值班电话：12345678，受理反映县水利局党组领导班子问题的来信来电来访。巡察整改是后续工作，整改要到位，整改结果要公开。',
    },
    {
      name: 'feedback-meeting news',
      titles: ['市委第二巡察组向市教育局党组反馈巡察情况'],
      text: '日前，市委第二巡察组向市教育局党组反馈巡察情况。会上，巡察组组长指出了巡察发现的问题，并提出整改意见。会议强调，要认真抓好整改，把整改作为政治任务，确保整改到位。市教育局党组书记作表态讲话。',
    },
    {
      name: 'regulation',
      titles: ['宁州市巡察整改和成果运用工作办法'],
      text: '第一条 为了规范巡察整改工作。第二条 被巡察党组织应当在收到巡察反馈意见后，制定整改方案。第三条 整改情况应当公开。第四条 巡察整改工作由巡察办负责督促。第五条 整改不力的追究责任。第六条 本办法自发布之日起施行。',
    },
    {
      name: 'list page',
      titles: ['巡察整改'],
      text: '市某局关于巡察整改进展情况的通报 2025-10-16\n市某委关于巡察整改进展情况的通报 2025-10-15\n市某办关于巡察整改情况的报告 2025-10-14\n市某中心关于巡察整改情况的通报 2025-10-13',
      linkRatio: 0.9,
    },
    {
      name: 'ordinary news',
      titles: ['全市早稻生产进展顺利'],
      text: '全市早稻生产和春耕备耕情况良好，农业农村局组织技术人员下乡指导。',
    },
    {
      name: 'commentary',
      titles: ['巡察整改要动真碰硬'],
      text: '巡察整改是巡察工作的“后半篇文章”。做好整改，要动真碰硬。整改不能敷衍，整改要见实效，整改要举一反三。巡视巡察发现的问题必须整改到位。',
    },
    {
      name: 'attachment only',
      titles: ['关于巡察整改情况的通报'],
      text: '关于巡察整改情况的通报，详见附件。巡察整改，整改，整改。',
      attachmentLinks: 1,
    },
    {
      name: 'inspection statistics news',
      titles: ['十届市委第三轮巡察发现问题356个'],
      text: '十届市委第三轮巡察共发现问题356个，移交问题线索41件。巡察组督促被巡察党组织抓好整改，整改情况将向社会公开。被巡察单位要落实整改主体责任。',
    },
    {
      name: 'rectification work plan',
      titles: ['某某局巡察整改工作方案'],
      text: '为抓好市委第五巡察组反馈问题整改，制定本方案。一是明确整改责任。二是细化整改措施。三是建立整改台账。整改工作分三个阶段推进。',
    },
    {
      name: 'an inspection office\'s quarterly circular of its supervision (督办)',
      titles: ['关于2025年第二季度巡察整改督办情况的通报'],
      text: '根据巡察整改监督工作安排，区委巡察办对十届区委第四轮巡察的6个被巡察党组织整改情况进行了督办。现将2025年第二季度巡察整改督办情况通报如下：截至6月30日，6个被巡察党组织共反馈问题128个，已完成整改97个，整改完成率75.8%。区发改局、区住建局整改进度滞后。下一步，各被巡察党组织要对照问题清单逐项销号，请于7月31日前书面报告整改情况。',
    },
    { name: 'no inspection words', titles: ['关于整改情况的通报'], text: '整改整改整改，已整改完成。' },
    { name: 'empty', titles: [], text: '' },
  ])('not a notice: $name', ({ titles, text, linkRatio, attachmentLinks }) => {
    expect(verdict(titles, text, { linkRatio, attachmentLinks })).toEqual({ isNotice: false, kind: 'not-notice' });
  });

  it('a rule about publicity described (公开期限不少于10个工作日) is no publicity period of the page', () => {
    const text =
      '关于政协第12号提案的答复。巡察整改情况应当在党内通报并向社会公开，公开期限不少于10个工作日，并公布监督电话。我们将一是督促被巡察党组织及时公开，二是加强指导，三是开展抽查。巡察整改工作成效明显。';
    expect(classifyNotice({ titles: ['市委巡察办关于政协第12号提案的答复'], text, scope: 'article' }).isNotice).toBe(false);
  });

  it('units counted in a measure, after the first part heading, make no summary of a body\'s own notice', () => {
    const text =
      '根据市委统一部署，市委第六巡察组对市委巡察办开展了巡察，并反馈了巡察意见。现将巡察整改进展情况予以公布。\n一、整改落实情况\n1.整改督促不够有力。已对第二轮被巡察的9个单位开展整改评估。\n欢迎广大干部群众监督。公示期：2025年9月15日至9月24日。';
    const d = classifyNotice({ titles: ['关于市委第二轮巡察整改进展情况的通报'], text, scope: 'article' });
    expect(d.kind).toBe('progress-notice');
  });

  it('an infographic of the notice is no notice (图解：…, 一图读懂｜…, 【图解】…)', () => {
    const text = '东湖镇巡察整改进展情况。反馈问题16个，已完成整改14个，阶段性整改2个。现将巡察整改进展情况予以公布。公示期：2025年5月6日至5月15日。';
    for (const title of ['图解：东湖镇巡察整改进展情况', '一图读懂｜东湖镇巡察整改进展情况', '【图解】东湖镇党委关于巡察整改进展情况的通报']) {
      expect(classifyNotice({ titles: [title], text, scope: 'article' }).reasons, title).toContain('neg:title-about-event');
    }
  });

  it('a column tag before a how-to title does not hide it (【培训课件】如何写好…)', () => {
    const d = classifyNotice({ titles: ['【巡察干部培训课件】如何写好巡察整改进展情况的通报'], text: '巡察整改进展情况的通报怎么写。整改情况要写实。现将巡察整改进展情况予以公布。', scope: 'article' });
    expect(d.reasons).toContain('neg:title-about-event');
  });

  it('an audit (审计), environmental (督察) or campaign (检视问题) rectification report is not a notice of ours', () => {
    const body = '市审计局将审计整改与人大监督、纪检监察监督、巡视巡察监督等贯通协同。审计反映的问题共计126个，已整改完成109个，正在整改17个。整改工作取得积极成效，整改责任进一步压实，整改机制不断完善。下一步，将持续跟踪督促整改。';
    for (const title of ['关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告', '关于第二轮中央生态环境保护督察反馈问题整改进展情况的公示']) {
      const d = classifyNotice({ titles: [title], text: body, scope: 'article' });
      expect(d.isNotice).toBe(false);
      expect(d.reasons).toContain('neg:other-rectification');
    }
  });

  it('another procedure\'s rectification naming an inspection only in passing is not ours, however notice-like', () => {
    // Everything a notice has — formula, figures, measures, invitation — but the problems are the
    // audit's (or a regulator's, or a campaign's): no inspection team ever acted on this body.
    const body = (passing: string) =>
      `根据县审计局经济责任审计报告，现将审计发现问题整改情况予以公告。审计反馈的问题共14个，已完成整改12个，正在整改2个。一是修订财务制度。二是追回违规资金。三是完善内控机制。${passing}欢迎社会各界对整改情况进行监督。公示期：2024年11月19日至11月28日。`;
    const cases = [
      ['丰溪县交通运输局关于县审计局经济责任审计发现问题整改情况的公告', body('将审计整改与县委巡察反馈问题整改一体推进。')],
      ['江南农商银行关于金融监管局现场检查意见整改进展情况的公告', body('与上级党委巡视反馈问题整改统筹推进。')],
      ['中共安平市市场监督管理局党组关于主题教育整改整治情况的通报', body('与市委巡察反馈问题整改统筹推进。')],
    ] as const;
    for (const [title, text] of cases) {
      const d = classifyNotice({ titles: [title], text, scope: 'article' });
      expect(d.isNotice, title).toBe(false);
      expect(d.reasons).toContain('neg:other-rectification');
    }
    // A team named only as the source of other feedback did not inspect this body; other checks
    // (网络安全检查, 飞行检查, 巡查, 评估) are other procedures too.
    const passing = classifyNotice({
      titles: ['中共某某学院委员会关于网络安全检查发现问题整改情况的报告'],
      text: body('学院党委把网络安全检查发现问题整改与落实省委第五巡视组专项巡视反馈意见中的整改要求结合起来。'),
      scope: 'article',
    });
    expect(passing.isNotice).toBe(false);
    expect(passing.reasons).toContain('neg:other-rectification');
    // A team that acted, but whose problems are folded into the other procedure's work, leaves the
    // page that procedure's account.
    const folded = classifyNotice({
      titles: ['某农商银行2024年度内部审计发现问题整改情况报告'],
      text: body('市委第二巡察组对本行党委开展了巡察，巡察期间指出的5个问题，本行一并纳入审计整改台账统筹推进。'),
      scope: 'article',
    });
    expect(folded.isNotice).toBe(false);
    expect(folded.reasons).toContain('neg:other-rectification');
    // A team at work, however long the dates between it and its act, or a political inspection.
    const acted = classifyNotice({
      titles: ['关于整改落实情况的通报_某市信访局'],
      text: `市委第三巡察组于2024年3月18日至2024年5月17日，对市信访局党组开展了为期两个月的政治巡察。${body('')}`,
      scope: 'article',
    });
    expect(acted.reasons).not.toContain('neg:list-page');
    expect(acted.confidence).toBeGreaterThan(0.2);
    // When an inspection team did act on the body (a combined notice), the page is judged on the rest.
    const combined = classifyNotice({
      titles: ['丰溪县交通运输局关于审计发现问题整改情况的公告'],
      text: `县委第三巡察组对我局开展了常规巡察，县审计局同期开展经济责任审计。${body('')}`,
      scope: 'article',
    });
    expect(combined.reasons).toContain('neg:other-rectification');
    expect(combined.reasons).not.toContain('neg:search-results');
    expect(combined.confidence).toBeGreaterThan(0.2);
  });

  it('a safety-hazard check (隐患排查, 安全检查) is another procedure, even with an inspection\'s problems folded in', () => {
    const text =
      '为切实做好秋季开学校园安全工作，学校开展了校园安全隐患排查，共排查出隐患12处，已整改完成10处，正在整改2处。同时，将县委第二巡察组反馈的校园安全方面2个问题一并纳入整改。现将整改情况公示如下。公示期：2025年9月8日至9月12日。';
    for (const title of ['2025年秋季开学校园安全隐患排查整改情况公示', '临江县第二中学校园安全检查整改情况公示']) {
      const d = classifyNotice({ titles: [title], text, scope: 'article' });
      expect(d.isNotice, title).toBe(false);
      expect(d.reasons).toContain('neg:other-rectification');
    }
  });

  it('the notice\'s own closing (公示期间…电话) is no inspection announcement; a hotline during the inspection is', () => {
    const closing = '公示期间，如有意见建议，请通过以下方式反映：电话：0736-7186025。';
    const notice = classifyNotice({ titles: ['中共某某中学支部委员会关于巡察整改情况的公示'], text: `县委第二巡察组对学校党支部开展了巡察，并反馈了巡察意见。学校党支部扎实推进整改。\n序号\n反馈问题\n整改措施\n整改情况\n1\n党建工作责任不够压实\n修订责任清单\n已整改\n2\n财务报销不规范\n规范报销流程\n已整改\n${closing}`, scope: 'article', ledgerRows: 2 });
    expect(notice.reasons).not.toContain('neg:inspection-announcement');
    expect(notice.isNotice).toBe(true);
    // …nor a period to answer in, written after the invitation (`请在…期间反映。联系电话`).
    const answerIn = classifyNotice({ titles: ['中共某某中学支部委员会关于巡察整改情况的公示'], text: `县委第二巡察组对学校党支部开展了巡察，并反馈了巡察意见。学校党支部扎实推进整改。\n序号\n反馈问题\n整改措施\n整改情况\n1\n党建工作责任不够压实\n修订责任清单\n已整改\n2\n财务报销不规范\n规范报销流程\n已整改\n如有意见建议，请在2025年6月6日至6月16日期间反映。联系电话：0736-7186025。`, scope: 'article', ledgerRows: 2 });
    expect(answerIn.reasons).not.toContain('neg:inspection-announcement');
    const announcement = classifyNotice({ titles: ['十四届县委第五轮巡察公告'], text: '县委第二巡察组将于3月10日起进驻县教育局开展巡察，重点检查上轮巡察反馈问题整改、主题教育整改和审计整改落实情况，推动整改落地见效。巡察期间设立专门值班电话：0736-7186025。', scope: 'article' });
    expect(announcement.isNotice).toBe(false);
  });

  it('a site search\'s results are no notice: a count line naming the query, or results each shown with its address and date', () => {
    const snippet = (n: number) =>
      `中共某学院委员会关于校党委第九轮巡察整改进...\n根据校党委统一部署，校党委第二巡察组对学院党委开展了巡察。现将巡察整改进展情况予以公布。已整改完成1${n}个。欢迎广大师生对巡察整改落实情况进行监督。公开期限：2025年2月28日至3月14日。\nhttps://x${n}.xnkd.edu.cn/2025/0305/c4512a21887${n}/page.htm\u30002025-03-0${n}\n`;
    const results = [1, 2, 3].map(snippet).join('');
    const withCount = classifyNotice({ titles: ['湘南科技大学'], text: `共检索到与“巡察整改”相关的结果 64 条，当前第 1/7 页\n${snippet(1)}`, scope: 'page' });
    expect(withCount.isNotice).toBe(false);
    expect(withCount.reasons).toContain('neg:search-results');
    const addresses = classifyNotice({ titles: ['湘南科技大学'], text: results, scope: 'page' });
    expect(addresses.isNotice).toBe(false);
    expect(addresses.reasons).toContain('neg:search-results');
  });

  it('event words in the issuer\'s name (学习出版社, 电力调度控制中心) do not make a title about an event', () => {
    const text = '根据市委统一部署，市委第三巡察组对我社党委开展了巡察，并反馈了巡察意见。现将巡察整改进展情况予以公布。反馈问题12个，已完成整改10个，正在整改2个。一是修订制度。二是加强监督。三是完善机制。欢迎广大干部群众对巡察整改情况进行监督。公示期：2025年3月1日至3月10日。';
    for (const title of ['中共学习出版社委员会关于巡察整改进展情况的通报', '电力调度控制中心党支部关于巡察整改情况的报告']) {
      const d = classifyNotice({ titles: [title], text, scope: 'article' });
      expect(d.isNotice, title).toBe(true);
      expect(d.reasons).not.toContain('neg:title-about-event');
    }
    // Before a bare headline's subject the event is the headline's verb.
    expect(classifyNotice({ titles: ['市林业局党组召开会议审议关于巡察整改进展情况的通报'], text, scope: 'article' }).reasons).toContain('neg:title-about-event');
  });

  it('a notice that found something (找到“病灶”5个, 自查找到12个问题) is no search page', () => {
    const text = (x: string) => `根据市委统一部署，市委第三巡察组对我局开展了巡察。现将巡察整改进展情况予以公布。${x}反馈问题12个，已完成整改10个。一是修订制度。二是加强监督。三是完善机制。欢迎广大干部群众对巡察整改情况进行监督。公示期：2025年3月1日至3月10日。`;
    for (const x of ['局党组深挖根源，找到“病灶”5个，逐一整改。', '自查找到12个问题。']) {
      expect(classifyNotice({ titles: ['中共某局党组关于巡察整改进展情况的通报'], text: text(x), scope: 'page' }).isNotice, x).toBe(true);
    }
  });

  it('a campaign\'s rectification that runs alongside an inspection\'s (统筹开展…巡察整改) is still the campaign\'s', () => {
    const text = '现将主题教育整改整治情况通报如下。检视问题26个，已完成整改23个，正在整改3个。一是修订制度。二是追回资金。三是完善机制。统筹开展主题教育整改和巡察整改。欢迎社会各界对整改情况进行监督。公示期：2024年1月26日至2月2日。';
    const d = classifyNotice({ titles: ['中共某局党组关于主题教育整改整治情况的通报'], text, scope: 'article' });
    expect(d.isNotice).toBe(false);
  });

  it('one title with a line break is not the same titles as its two lines', () => {
    const text = '根据县委统一部署，县委第二巡察组对局党组开展了巡察。现将巡察整改进展情况予以公布。反馈问题5个，已整改完成4个，正在整改1个。欢迎广大干部群众监督。公示期：2025年3月1日至3月10日。';
    classifyNotice({ titles: ['县林业局党组关于巡察整改', '进展情况的通报'], text, scope: 'article' });
    expect(classifyNotice({ titles: ['县林业局党组关于巡察整改\n进展情况的通报'], text, scope: 'article' }).reasons).toContain('title:progress-notice');
  });

  it('an article that is a ledger table under a notice title is a notice, though the table never says 巡察', () => {
    const table = '序号\n问题\n整改措施\n完成情况\n1\n食品安全责任落实不到位\n制定包保督导规范\n已完成\n2\n执法装备采购程序不规范\n修订采购内控制度\n已完成';
    const titles = ['中共梅溪县市场监督管理局党组关于县委第五巡察组反馈问题整改情况的通报'];
    expect(verdict(titles, table)).toEqual({ isNotice: false, kind: 'not-notice' });
    const d = classifyNotice({ titles, text: table, scope: 'article', ledgerRows: 2 });
    expect({ isNotice: d.isNotice, kind: d.kind }).toEqual({ isNotice: true, kind: 'rectification-report' });
    expect(d.reasons).toContain('body:ledger(2)');
    // Without a notice title the table alone is a checklist, not a notice.
    expect(classifyNotice({ titles: ['主题教育检视问题整改清单'], text: table, scope: 'article', ledgerRows: 2 }).isNotice).toBe(false);
  });

  it.each([
    {
      name: 'a meeting held on rectification (民主生活会召开情况), opening with 现将有关情况通报如下',
      titles: ['中共某某集团委员会关于市委第三巡察组反馈意见整改专题民主生活会召开情况的通报'],
      text: '现将有关情况通报如下。会前，集团党委认真制定方案。会上，通报了巡察反馈问题整改情况：反馈问题16个，已完成整改11个。会议指出，要抓好整改。会议强调，整改要见实效。欢迎广大干部职工对集团党委领导班子专题民主生活会整改落实情况进行监督。',
    },
    {
      name: 'a supervision check of many bodies (整改监督检查情况)',
      titles: ['关于十届市委第四轮巡察整改监督检查情况的通报'],
      text: '市纪委监委对11个被巡察党组织巡察整改情况开展了监督检查，现将有关情况通报如下。共收到巡察反馈问题263个，已整改完成228个。部分单位整改责任落实不到位，整改不彻底。',
    },
    {
      name: 'a report of inspection work (现将…巡察工作情况报告如下)',
      titles: [],
      text: '县委巡察办认真履职，现将2024年度巡察工作情况报告如下。一是高标准完成巡察任务，配合市委第二巡察组开展提级交叉巡察；二是督促整改落实，反馈问题368个，已整改341个；三是加强队伍建设。整改工作有序推进。',
    },
    {
      name: 'a round-up quoting notices (their words in quotes)',
      titles: ['巡察整改“晒单”，接受群众监督'],
      text: '近日，县农业农村局在门户网站公布了整改进展：“根据县委统一部署，县委第二巡察组向我局党组反馈了巡察意见，现将巡察整改进展情况予以公布。”卫健局在通报中写道：“欢迎广大干部群众对巡察整改落实情况进行监督，公开期限为10个工作日。”整改整改整改。',
    },
    {
      name: 'an annual report on another subject with a section on 巡视整改',
      titles: ['中共某某大学委员会关于2024年度落实全面从严治党主体责任和党风廉政建设情况的报告'],
      text: '根据党务公开有关要求，现将有关情况报告如下。二、扎实推进巡视整改。省委第八巡视组反馈的36个具体问题，已完成整改33个。一是……二是……三是……欢迎广大师生员工对学校落实全面从严治党主体责任情况进行监督。下一步，我校将持续整改。',
    },
    {
      name: 'a work notice on 回头看 (…的通知)',
      titles: ['关于对十届县委第一轮巡察整改情况开展“回头看”的通知'],
      text: '各被巡察党组织：为巩固巡察整改成果，决定对巡察整改情况开展“回头看”。一是对照反馈问题逐项自查；二是整改情况要向社会公开，公开期限不少于10个工作日；三是我单位将加强督导。欢迎广大干部群众监督整改。',
    },
  ])('not a notice: $name', ({ titles, text }) => {
    expect(verdict(titles, text)).toEqual({ isNotice: false, kind: 'not-notice' });
  });

  it('reads a round\'s notice without an issuer (关于…第三轮巡察…) over several bodies as a summary', () => {
    const text =
      '根据区委统一部署，区委第一、第二巡察组对区市场监督管理局、区水利局、区城市管理局、清泉街道等4个单位党组织开展了常规巡察。现将巡察整改进展情况予以公布。' +
      '一、区市场监督管理局党组。反馈问题28个，已完成整改25个。二、区水利局党组。反馈问题30个，已完成整改27个。欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2025年3月1日至3月10日。整改整改。';
    expect(verdict(['关于十届区委第三轮巡察整改进展情况的通报'], text)).toEqual({ isNotice: true, kind: 'summary' });
    // With an issuer of its own, the same title is that body's notice.
    expect(verdict(['中共某某局党组关于十届区委第三轮巡察整改进展情况的通报'], NOTICE_BODY)).toEqual({ isNotice: true, kind: 'progress-notice' });
  });

  it('reads an inspection office\'s notice over several bodies as a summary (…巡察工作领导小组办公室关于…第六轮…)', () => {
    const text =
      '根据区委统一部署，十届区委第六轮巡察对区教育局党组、区卫生健康局党组、区城市管理局党组等3个单位党组织开展了常规巡察。现将整改进展情况予以公布。' +
      '一、区教育局党组。反馈问题26个，已完成整改22个。二、区卫生健康局党组。反馈问题19个，已全部完成整改。欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2024年9月6日至9月19日。整改整改。';
    expect(verdict(['中共某某区委巡察工作领导小组办公室关于十届区委第六轮巡察整改进展情况的通报'], text)).toEqual({ isNotice: true, kind: 'summary' });
  });

  it.each([
    { name: 'a title naming cases, not progress (…整改工作不力典型问题的通报)', titles: ['关于4起巡察整改工作不力典型问题的通报'], text: `现将有关情况通报如下：${NOTICE_BODY.replace('现将巡察整改进展情况予以公布', '')}` },
    { name: 'a meeting reviewing the notice (…召开会议审议…进展情况通报)', titles: ['市交通运输局党组召开会议审议巡察整改进展情况通报'], text: `会议指出，巡察整改是政治任务。会议强调，要压实整改责任。会议要求，按期公开。${NOTICE_BODY.replace('现将巡察整改进展情况予以公布', '会上审议了通报')}` },
    { name: 'a speech at the notice meeting (在…通报会上的讲话)', titles: ['在十届市委第三轮巡察整改落实情况通报会上的讲话'], text: NOTICE_BODY.replace('现将巡察整改进展情况予以公布', '下面我讲三点意见') },
    { name: 'news that a body published it (市林业局公布…巡察整改进展情况)', titles: ['市林业局公布十届市委第三轮巡察整改进展情况'], text: `通报显示，${NOTICE_BODY.replace('现将巡察整改进展情况予以公布', '局党组表示将持续整改')}（局办公室 供稿）` },
  ])('is not a notice: $name', ({ titles, text }) => {
    expect(verdict(titles, text).isNotice).toBe(false);
  });

  it('a whole notice whose title says the body circulated or made public its progress is still a notice', () => {
    for (const title of ['中共某某县农业农村局党组通报县委第三轮巡察整改进展情况', '中共某某县农业农村局党组公开巡察整改进展情况']) {
      expect(verdict([title], NOTICE_BODY).isNotice, title).toBe(true);
    }
  });

  it('a formula publishing a 回头看 check, or the feedback rather than its rectification, publishes no notice', () => {
    const body = NOTICE_BODY.replace('现将巡察整改进展情况予以公布', 'FORMULA').replace(/欢迎广大.*$/, '');
    expect(verdict(['关于巡察整改“回头看”工作情况的报告'], body.replace('FORMULA', '现将巡察整改“回头看”工作情况报告如下')).isNotice).toBe(false);
    expect(verdict([], body.replace('FORMULA', '现将巡察反馈情况通报如下')).isNotice).toBe(false);
    // The feedback's rectification is what a notice publishes.
    expect(verdict([], body.replace('FORMULA', '现将巡察反馈意见落实情况予以公布')).isNotice).toBe(true);
  });

  it('a published plan (整改清单, 整改方案) is no account of progress', () => {
    const body = NOTICE_BODY.replace('现将巡察整改进展情况予以公布', '现将巡察反馈问题整改清单予以公布，整改完成后将及时公开整改进展情况');
    expect(verdict(['中共某某局党组关于县委第三巡察组反馈问题整改清单的公示'], body.replace(/巡察反馈的22个问题，已整改完成20个。|三是已完成整改。/g, '')).isNotice).toBe(false);
  });

  it('a branch studying the notice is news about it (…组织学习…整改进展情况通报)', () => {
    expect(verdict(['机关第二党支部组织学习局党组巡察整改进展情况通报'], NOTICE_BODY.replace('现将巡察整改进展情况予以公布', '支部党员学习了通报').replace(/欢迎广大.*$/, '')).isNotice).toBe(false);
  });

  it.each([
    { name: 'a circular judging progress (…整改进展滞后情况的通报)', titles: ['中共某某县纪委办公室关于第五轮巡察整改进展滞后情况的通报'] },
    { name: 'a commitment letter (…巡察整改公开承诺书)', titles: ['某某集团有限公司党委巡察整改公开承诺书'] },
    { name: 'an explainer (什么是巡察整改进展情况公开)', titles: ['什么是巡察整改进展情况公开'] },
  ])('a title of another genre counts against the page: $name', ({ titles }) => {
    const d = classifyNotice({ titles, text: NOTICE_BODY.replace('现将巡察整改进展情况予以公布', '现将有关情况通报如下'), scope: 'article' });
    expect(d.reasons).toContain('neg:title-about-event');
  });

  it('a formula quoted as a sample (“现将…予以公布”) is no voice of the page, however short', () => {
    const text = NOTICE_BODY.replace('按照巡察工作有关要求，现将巡察整改进展情况予以公布。', '通报开头通常写明“现将巡察整改进展情况予以公布”。');
    expect(classifyNotice({ titles: [], text, scope: 'article' }).reasons).not.toContain('body:publish-formula');
  });

  it('the duty to supervise rectification is no invitation (加强对巡察整改的日常监督)', () => {
    const text = '根据市委统一部署，市委第五巡察组对某局党组开展了巡察，并反馈了巡察意见。各级纪检监察机关要加强对巡察整改的日常监督。整改整改整改';
    expect(classifyNotice({ titles: [], text, scope: 'article' }).reasons).not.toContain('body:publicity');
  });

  it('a summary title that names its own party organisation is that body\'s notice', () => {
    expect(verdict(['江州市水务投资集团有限公司党委八届市委第三轮巡察整改进展情况'], NOTICE_BODY).kind).toBe('progress-notice');
    expect(verdict(['八届市委第三轮巡察整改进展情况'], NOTICE_BODY).kind).toBe('summary');
  });

  it('a site\'s 联系我们 menu entry is no first person', () => {
    const text = '根据区委统一部署，区委第一、第二巡察组对区市场监督管理局、区水利局、区城市管理局、清泉街道、区教育局等5个单位党组织开展了常规巡察。现将巡察整改进展情况予以公布。' +
      '一、区市场监督管理局党组。反馈问题28个，已完成整改25个。欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2025年3月1日至3月10日。整改整改。网站地图 | 联系我们';
    expect(verdict([], text).kind).toBe('summary');
  });

  it('a cover whose account is only in images (全文见下图) is no notice; a short notice with its account is', () => {
    const cover = '点击上方蓝字关注我们\n按照巡察整改工作有关要求，现将临江街道巡察整改进展情况予以公布（全文见下图），欢迎广大干部群众对巡察整改落实情况进行监督。整改';
    const title = ['中共某某街道工作委员会关于十届区委第五轮巡察整改进展情况的通报'];
    expect(classifyNotice({ titles: title, text: cover, scope: 'article' }).reasons).toContain('neg:no-account');
    expect(verdict(title, cover).isNotice).toBe(false);
    expect(verdict(title, NOTICE_BODY).isNotice).toBe(true);
  });

  it('a text addressed to many (各被巡察党组织：) is a directive, not a notice', () => {
    expect(verdict([], `各被巡察党组织：${NOTICE_BODY}`).isNotice).toBe(false);
    expect(verdict([], NOTICE_BODY).isNotice).toBe(true);
  });

  it('keeps a notice whose own formula follows a generic opening', () => {
    const text = `现将有关情况通报如下。${NOTICE_BODY}`;
    expect(verdict([], text)).toEqual({ isNotice: true, kind: 'progress-notice' });
  });

  it('confidence is within 0–1 and reasons are given', () => {
    const d = classifyNotice({ titles: [], text: NOTICE_BODY, scope: 'article' });
    expect(d.confidence).toBeGreaterThanOrEqual(0.5);
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(d.reasons.length).toBeGreaterThan(0);
  });
});

describe('titleParts', () => {
  it.each([
    { input: '关于巡察整改情况的通报_清远市人民政府', expected: ['关于巡察整改情况的通报_清远市人民政府', '关于巡察整改情况的通报', '清远市人民政府'] },
    { input: '关于 巡察整改 情况的通报', expected: ['关于巡察整改情况的通报'] },
    { input: '   ', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(titleParts(input)).toEqual(expected);
  });
});

describe('a rectification title naming neither the inspection nor its feedback', () => {
  const title = '关于市场监管局整改情况的公示';
  const verdict = (text: string) => classifyNotice({ titles: [title], text, scope: 'article' });
  const tail = '局党组高度重视整改工作，逐条制定整改措施，明确整改时限。现将整改情况公示如下：一是已修订内控制度，整改到位；二是已完成专项检查，整改完成；三是整改台账已全部销号。公示期：2025年6月3日至6月9日。联系电话：0000-7654321。';
  it('is a notice when the text says an inspection acted on the body', () => {
    expect(verdict(`根据市委统一部署，市委第三巡察组对我局党组开展了常规巡察，并反馈了巡察意见。${tail}`).isNotice).toBe(true);
    expect(verdict(`2025年4月，市委第三巡察组向我局党组反馈了巡察意见。${tail}`).isNotice).toBe(true);
  });

  it('is none when the inspection only handed on a finding (巡察期间, 巡察时)', () => {
    const d = verdict(`市委第三巡察组在对我局党组开展巡察期间，向我局移交了某药店违规销售处方药的问题线索。${tail}`);
    expect(d.isNotice).toBe(false);
    expect(d.reasons).toContain('neg:no-inspection-of-body');
  });
});

describe('other documents about rectification', () => {
  it('a supervisor\'s circular of its own check (现将督查情况通报如下) counts against the page', () => {
    const d = classifyNotice({ titles: ['关于十五届县委第三轮巡察整改落实情况的通报'], text: '为推动巡察整改落地见效，县委巡察办组成4个督查组，对8个被巡察党组织整改情况开展“回头看”督查。现将督查情况通报如下：8个被巡察党组织共收到巡察反馈问题196个，已完成整改171个。', scope: 'article' });
    expect(d.reasons).toContain('neg:circular-or-reply');
    expect(d.isNotice).toBe(false);
  });

  it('a reply to a citizen\'s message (网友您好) counts against the page', () => {
    const d = classifyNotice({ titles: ['咨询市委巡察反馈的城东农贸市场污水直排问题整改情况'], text: '网友您好！您反映的问题已收悉。市委第二巡察组对我局党组开展了常规巡察，反馈问题已纳入巡察整改台账。现将有关情况答复如下：一是已完成管网改造；二是已建立巡查制度。', scope: 'article' });
    expect(d.isNotice).toBe(false);
  });
});

describe('a sample notice with placeholders for its names', () => {
  it('is no notice (a guide to writing notices shows one)', () => {
    const text = '根据市委统一部署，市委第×巡察组对××局党组开展了常规巡察。局党组高度重视整改工作，逐条制定整改措施。现将巡察整改进展情况予以公布：巡察反馈问题××个，已整改××个。一是已修订制度；二是已完成专项检查。公示期：××月××日至××月××日。';
    const d = classifyNotice({ titles: ['中共鹤洲市××局党组关于九届市委第×轮巡察整改进展情况的通报'], text, scope: 'article' });
    expect(d.isNotice).toBe(false);
    expect(d.reasons).toContain('neg:sample-with-placeholders');
  });
});

