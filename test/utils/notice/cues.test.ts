import { describe, expect, it } from 'vitest';
import { isBaJiang, measureStatus } from '../../../utils/notice/cues';
import { quotedRanges } from '../../../utils/notice/lines';

/** The status a reader sees, with quotes masked the way extraction masks them. */
const status = (text: string) => {
  const q = quotedRanges(text);
  return measureStatus(text, (i) => q.some(([a, b]) => i >= a && i < b));
};

describe('measureStatus', () => {
  it.each([
    { input: '已完成整改', expected: { status: 'done', cues: ['已'] } },
    { input: '已经完成', expected: { status: 'done', cues: ['已经'] } },
    { input: '人力资源部已完善出入境审批流程和制度。', expected: { status: 'done', cues: ['已'] } },
    { input: '制定了整改方案', expected: { status: 'done', cues: ['制定了'] } },
    { input: '召开了专题会议', expected: { status: 'done', cues: ['召开了'] } },
    { input: '目前已对台所属各部门办公设备固定资产进行了第一次盘点', expected: { status: 'done', cues: ['已', '进行了'] } },
  ])('done: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  it.each([
    { input: '为了加强管理' },
    { input: '了解情况' },
    { input: '为了了解情况' },
    { input: '除了学习' },
    { input: '已知情况' },
    { input: '确保按时完成' },
    { input: '完成整改' },
    { input: '加强学习教育' },
    { input: '学习计划' },
    { input: '拟订方案' },
  ])('no cue, not done: $input', ({ input }) => {
    expect(status(input)).toEqual({ status: 'unknown', cues: [] });
  });

  it.each([
    { input: '将对相关闲置设备进行报废处理', expected: { status: 'planned', cues: ['将'] } },
    { input: '将于年底前完成', expected: { status: 'planned', cues: ['将'] } },
    { input: '将根据宣传需要对相关账号进行进一步缩减', expected: { status: 'planned', cues: ['将'] } },
    { input: '拟根据系统性变革的业务需要再作进一步处理', expected: { status: 'planned', cues: ['拟'] } },
    { input: '咖啡机则拟根据系统性变革的业务需要再作进一步处理。', expected: { status: 'planned', cues: ['拟'] } },
    { input: '待账实相符后，将对相关闲置设备进行报废处理', expected: { status: 'planned', cues: ['待账实相符后', '将'] } },
    { input: '计划今年再招聘3人', expected: { status: 'planned', cues: ['计划'] } },
    { input: '正在推进', expected: { status: 'planned', cues: ['正在'] } },
    { input: '目前正在整改', expected: { status: 'planned', cues: ['目前正'] } },
    { input: '尚未完成整改', expected: { status: 'planned', cues: ['尚未'] } },
    { input: '逐步盘活', expected: { status: 'planned', cues: ['逐步'] } },
    { input: '争取年底完成', expected: { status: 'planned', cues: ['争取'] } },
    { input: '修订公务用车管理办法，年底前完成信息化平台建设', expected: { status: 'planned', cues: ['年底前'] } },
    { input: '2024年6月底前已完成平台建设', expected: { status: 'done', cues: ['已'] } },
    { input: '已制定人才引进办法，计划每年引进博士研究生10名以上', expected: { status: 'ongoing', cues: ['已', '计划'] } },
    { input: '镇党委将以此次巡察整改为契机，巩固整改成效', expected: { status: 'planned', cues: ['将'] } },
    { input: '其余7条正按计划推进', expected: { status: 'unknown', cues: [] } },
    { input: '已基本完成统一换发', expected: { status: 'ongoing', cues: ['已基本'] } },
    { input: '整改已取得阶段性成效', expected: { status: 'ongoing', cues: ['已取得阶段性'] } },
    { input: '二是完成对126项变更签证的复核，核减金额582万元', expected: { status: 'done', cues: ['完成'] } },
    { input: '对2家长期未分红的企业开展核查', expected: { status: 'unknown', cues: [] } },
    { input: '力争明年完成', expected: { status: 'planned', cues: ['力争', '明年'] } },
    { input: '已开工108个，剩余项目确保年底前完成', expected: { status: 'ongoing', cues: ['已开工', '确保'] } },
    // `确保` a deadline and any completion after it (`竣工`, `签完`, `上线`), as in commitments.
    { input: '已开工108个，剩余项目确保年底前竣工', expected: { status: 'ongoing', cues: ['已开工', '确保'] } },
    { input: '已签订9份，剩余4份确保6月底前签完', expected: { status: 'ongoing', cues: ['已', '确保'] } },
    { input: '已完成需求论证，明年一季度完成升级改造', expected: { status: 'ongoing', cues: ['已', '明年'] } },
    { input: '确保按时完成', expected: { status: 'unknown', cues: [] } },
  ])('planned: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  it.each([
    { input: '将意识形态工作纳入议事日程' },
    { input: '将新时代党的统一战线工作纳入领导班子落实全面从严治党主体责任清单' },
    { input: '将人力物力向移动端倾斜' },
    { input: '将优质内容通过第三方平台账号进行分发' },
    { input: '将巡察整改成果运用到干部考核评价中' },
    { input: '将“党建+”工作法应用于项目一线' },
    { input: '将相关数据迁移至新平台' },
    { input: '将巡视整改与年度考核紧密结合' },
    { input: '将整改成效与绩效奖励挂钩' },
    { input: '将整改要求体现在年度目标任务中' },
    { input: '将近一半' },
  ])('将 as 把 (or not a verb) is no planned cue: $input', ({ input }) => {
    expect(status(input)).toEqual({ status: 'unknown', cues: [] });
  });

  // A half-year or a quarter stated bare, with the figure it achieved and no word of the future, is
  // when something happened: no deadline, so nothing planned.
  it.each([
    { input: '改革收益分配办法，2025年上半年完成技术合同金额1.37亿元', expected: { status: 'unknown', cues: [] } },
    { input: '2025年上半年市级发文数量同比下降31.5%', expected: { status: 'unknown', cues: [] } },
    { input: '2025年三季度甲级病历率提升至95.6%', expected: { status: 'unknown', cues: [] } },
    { input: '今年一季度开展专项检查三次', expected: { status: 'unknown', cues: [] } },
  ])('a period reported, no deadline: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  it.each([
    // A bound (`前`, `内`), a word of the future or a next year keeps the deadline.
    { input: '2025年上半年前完成技术合同金额1.37亿元', expected: { status: 'planned', cues: ['上半年'] } },
    { input: '2025年上半年内完成技术合同金额1.37亿元', expected: { status: 'planned', cues: ['上半年'] } },
    { input: '要求2025年上半年完成技术合同金额1.37亿元', expected: { status: 'planned', cues: ['上半年'] } },
    { input: '明年一季度完成培训200人次', expected: { status: 'planned', cues: ['明年'] } },
    // Without a figure the period may be the plan's (`下半年开展…专项整治`), nor is an ordinal one.
    { input: '下半年开展建筑市场秩序专项整治行动', expected: { status: 'planned', cues: ['下半年'] } },
    { input: '2025年上半年完成第3家医共体整合', expected: { status: 'planned', cues: ['上半年'] } },
    // What is left or comes next, counted for the plan; this year's period.
    { input: '下半年完成剩余2个问题的整改', expected: { status: 'planned', cues: ['下半年'] } },
    { input: '下半年再开展专项检查2次', expected: { status: 'planned', cues: ['下半年'] } },
    { input: '2025年下半年启动第二批3个村的改造', expected: { status: 'planned', cues: ['下半年'] } },
  ])('a period still a deadline: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  // A month or a quarter named (`6月通报`, `三季度调度`), `按` before a noun (`按年度计划`), another
  // word (`按周期`, `按季节`, `按月份`) or the rhythm missed (`未按月公开`) sets no rhythm.
  it.each([
    { input: '6月通报整改情况' },
    { input: '三季度调度会议研究整改工作' },
    { input: '按年度计划推进项目建设' },
    { input: '按周期开展设备维护' },
    { input: '按季节特点安排巡查' },
    { input: '按月份统计办件数量' },
    { input: '未按月公开村级财务' },
    { input: '纳入年度考核' },
    { input: '未建立季度调度机制' },
    { input: '此前未严格按季度公开财务收支' },
    { input: '按月度绩效考核结果补发' },
  ])('no rhythm: $input', ({ input }) => {
    expect(status(input)).toEqual({ status: 'unknown', cues: [] });
  });

  // `中长期`, `超长期` name a term (of a contract, a loan, a bond): nothing goes on for long.
  it.each([{ input: '优化中长期贷款结构' }, { input: '用好超长期特别国债资金' }])('a term is no ongoing cue: $input', ({ input }) => {
    expect(status(input)).toEqual({ status: 'unknown', cues: [] });
  });

  // The contract's term is no cue; its monthly dispatch (`月度调度机制`) is the rhythm.
  it('建立电煤中长期合同履约月度调度机制: the rhythm, not the term', () => {
    expect(status('建立电煤中长期合同履约月度调度机制')).toEqual({ status: 'ongoing', cues: ['月度调度'] });
  });

  // `即将` ("about to") is future too.
  it('即将 is future: 即将开展专项检查 → planned', () => {
    expect(status('即将开展专项检查')).toEqual({ status: 'planned', cues: ['即将'] });
  });

  it.each([
    { input: '持续加强学习', expected: { status: 'ongoing', cues: ['持续'] } },
    { input: '常态化开展', expected: { status: 'ongoing', cues: ['常态化'] } },
    { input: '不断深化', expected: { status: 'ongoing', cues: ['不断'] } },
    { input: '坚持每季度进行清查', expected: { status: 'ongoing', cues: ['坚持', '每季度'] } },
    { input: '每月召开节目审片人员例会', expected: { status: 'ongoing', cues: ['每月'] } },
    { input: '建立督办机制，按月调度整改进度', expected: { status: 'ongoing', cues: ['按月'] } },
    { input: '按季度通报整改情况', expected: { status: 'ongoing', cues: ['按季度'] } },
    { input: '坚持按季度调度、按年度总结', expected: { status: 'ongoing', cues: ['坚持', '按季度', '按年度'] } },
    { input: '每半月通报一次整改进度', expected: { status: 'ongoing', cues: ['每半月'] } },
    { input: '实行周调度、月通报', expected: { status: 'ongoing', cues: ['周调度', '月通报'] } },
    { input: '建立党支部工作季度检查通报制度', expected: { status: 'ongoing', cues: ['季度检查'] } },
    { input: '长期坚持巩固提升', expected: { status: 'ongoing', cues: ['长期', '坚持'] } },
  ])('ongoing: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  it.each([
    { input: '已制定方案，拟于年底前完成', expected: { status: 'ongoing', cues: ['已', '拟'] } },
    {
      input: '已对台属各新媒体账号完成了一次全面排查，并将根据宣传需要对相关账号进行进一步缩减',
      expected: { status: 'ongoing', cues: ['已', '完成了', '将'] },
    },
    { input: '目前云屏机已与专业公司达成合作协议，逐步盘活。', expected: { status: 'ongoing', cues: ['已', '逐步'] } },
  ])('done + planned → ongoing: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  it.each([
    { input: '针对“尚未建立制度”问题', expected: { status: 'unknown', cues: [] } },
    { input: '针对“已完成”问题，加强学习', expected: { status: 'unknown', cues: [] } },
    { input: '学习《关于推进党纪学习教育常态化长效化的意见》', expected: { status: 'unknown', cues: [] } },
    { input: '学习《关于已完成事项的通知》', expected: { status: 'unknown', cues: [] } },
    { input: '针对“尚未建立制度”问题，已建立制度', expected: { status: 'done', cues: ['已'] } },
  ])('cues inside quotes are masked: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  // `待…后` is "once … is done"; 待 in another word (招待, 接待, 对待, 期待, 等待, 待遇) waits for nothing.
  it.each([
    { input: '实行业务招待事前审批、事后公示' },
    { input: '规范公务接待审批和事后报销流程' },
    { input: '正确对待群众反映问题后续处理' },
    { input: '完善薪酬待遇调整后的兑现机制' },
  ])('待 inside another word is no 待…后: $input', ({ input }) => {
    expect(status(input)).toEqual({ status: 'unknown', cues: [] });
  });

  it('without a mask, quoted cues count', () => {
    expect(measureStatus('针对“尚未建立制度”问题')).toEqual({ status: 'planned', cues: ['尚未'] });
  });
});

describe('measureStatus: work begun, plans, event bounds, quarters and spans of years', () => {
  // Work begun is under way, not done; beside a plan for it, under way too.
  it.each([
    { input: '监控平台改造已启动', expected: { status: 'ongoing', cues: ['已启动'] } },
    { input: '新院区项目已开工', expected: { status: 'ongoing', cues: ['已开工'] } },
    { input: '相关工作已经着手', expected: { status: 'ongoing', cues: ['已经着手'] } },
    { input: '智能监控系统升级已启动，计划第三季度完成部署', expected: { status: 'ongoing', cues: ['已启动', '计划'] } },
    // `已于…开始实施`: a rule in force, done.
    { input: '新办法已于3月开始实施', expected: { status: 'done', cues: ['已'] } },
  ])('begun: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  // `计划` is the verb before a time or the work's verb, and right after 今年/明年; not a plan named.
  it.each([
    { input: '今年计划公开遴选专业技术干部20名', expected: { status: 'planned', cues: ['计划'] } },
    { input: '计划第三季度完成部署', expected: { status: 'planned', cues: ['计划'] } },
    { input: '计划2025—2026年分两年完成', expected: { status: 'planned', cues: ['计划', '分两年'] } },
    // An event bound with a completion after it: promised, undated.
    { input: '二是下一轮巡察前完成社区党组织书记全员轮训', expected: { status: 'planned', cues: ['下一轮巡察前'] } },
    { input: '排涝沟清淤入冬前完成', expected: { status: 'planned', cues: ['入冬前'] } },
    { input: '整改分两年完成，今年完成60%', expected: { status: 'planned', cues: ['分两年'] } },
    // A quarter alone before a completion still to come is a deadline; so is a span of years.
    { input: '二是第三季度完成剩余7个小区的物业托管', expected: { status: 'planned', cues: ['第三季度'] } },
    { input: '三是三季度完成平台部署', expected: { status: 'planned', cues: ['三季度'] } },
    { input: '二是2025—2026年分批实现社区残协专职委员全覆盖', expected: { status: 'planned', cues: ['2025—2026年'] } },
    { input: '2026年春节前完成首批10个品牌评选', expected: { status: 'planned', cues: ['春节前'] } },
    // 公开/制定/出台… after 计划 make it the verb at a clause's start, after a time, 将 or 拟.
    { input: '一是计划公开招聘教师20名', expected: { status: 'planned', cues: ['计划'] } },
    { input: '2025年计划修订财务制度', expected: { status: 'planned', cues: ['计划'] } },
    { input: '拟计划出台管理办法', expected: { status: 'planned', cues: ['拟', '计划'] } },
    // A span of years with its last year's half-year: that half-year is the deadline.
    { input: '三是2025年—2026年上半年完成剩余小区改造', expected: { status: 'planned', cues: ['上半年'] } },
  ])('planned: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  it.each([
    // The noun, a plan named by its object, the plan first set.
    { input: '计划生育工作' },
    { input: '原计划6月底前完工，因故推迟' },
    // A quarter used as a name, as a topic, past, the first three, or with no completion after it.
    { input: '召开第一季度党建工作例会' },
    { input: '一季度，共查处违纪案件3件' },
    { input: '去年三季度完成整改' },
    { input: '上一季度完成整改' },
    { input: '前三季度完成投资5亿元' },
    { input: '四季度开展专项检查' },
    // Reported with its figure.
    { input: '三季度完成产值1.2亿元' },
    { input: '2021—2023年完成投资12亿元' },
    // A span naming a period.
    { input: '开展2023—2024年度专项资金绩效评价' },
    { input: '2021—2023年，共查处案件12件' },
    // A festival named, nothing to complete by it.
    { input: '春节前夕走访慰问困难党员' },
    { input: '清远长隆首期在2025年春节前开园试营业' },
  ])('no cue: $input', ({ input }) => {
    expect(status(input)).toEqual({ status: 'unknown', cues: [] });
  });

  it.each([
    { input: '2024年计划改造的23个小区已全部完成改造', expected: { status: 'done', cues: ['已'] } },
    { input: '今年计划任务已完成', expected: { status: 'done', cues: ['已'] } },
    // A plan named by a noun before it (`采购计划`, `学习计划`, `培训计划`): what befalls the plan.
    { input: '部门预算和采购计划公开不及时', expected: { status: 'unknown', cues: [] } },
    { input: '年度学习计划制定不规范，干部教育培训计划出台滞后', expected: { status: 'unknown', cues: [] } },
    { input: '针对采购计划公开不及时问题，已在门户网站补充公开采购意向12条', expected: { status: 'done', cues: ['已'] } },
    { input: '今年计划已全部完成', expected: { status: 'done', cues: ['已'] } },
    // Told in the past, a plan over years is done.
    { input: '2023年至2024年分两年完成了改造', expected: { status: 'done', cues: ['完成了'] } },
    { input: '原计划6月底前完工，现已完工', expected: { status: 'done', cues: ['已'] } },
    { input: '汛期前完成了清淤', expected: { status: 'done', cues: ['完成了'] } },
    { input: '已分两批完成清退', expected: { status: 'done', cues: ['已'] } },
    // A deadline told as met is a report.
    { input: '已于2024年10月底前完成整改', expected: { status: 'done', cues: ['已'] } },
  ])('done, no plan: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });

  // A rhythm quoted as the body's scheme (after 实行, 建立…) counts; the feedback's quoted words do not.
  it.each([
    { input: '实行“周调度、月通报”，推动整改任务落地见效', expected: { status: 'ongoing', cues: ['周调度', '月通报'] } },
    { input: '建立“月调度、季通报”工作机制', expected: { status: 'ongoing', cues: ['月调度', '季通报'] } },
    { input: '存在“月调度、季通报”流于形式问题', expected: { status: 'unknown', cues: [] } },
    { input: '针对“重部署、轻落实”问题，加强督导', expected: { status: 'unknown', cues: [] } },
    { input: '实行“常态化”管理', expected: { status: 'unknown', cues: [] } },
    // The scheme's field may stand between the verb and the quote; a fault (`未建立`) is none.
    { input: '建立矛盾纠纷“周排查、月分析”机制', expected: { status: 'ongoing', cues: ['周排查', '月分析'] } },
    { input: '实行问题整改“周调度、月通报”', expected: { status: 'ongoing', cues: ['周调度', '月通报'] } },
    { input: '此前未建立矛盾纠纷“周排查、月分析”机制', expected: { status: 'unknown', cues: [] } },
  ])('quoted rhythm: $input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });
});

describe('isBaJiang', () => {
  it.each([
    { input: '将意识形态工作纳入议事日程', expected: true },
    { input: '将人力物力向移动端倾斜', expected: true },
    { input: '将抵押登记、转移登记等高频事项办理时限压缩至3个工作日以内', expected: true },
    { input: '将补助标准提高到每亩300元', expected: true },
    { input: '将巡察整改与国企改革深化提升行动结合，推动子公司压减2户', expected: true },
    { input: '将全街道划分为86个网格，配齐专职网格员86名', expected: true },
    { input: '将整改责任明确为班子成员分工负责', expected: true },
    { input: '将党支部建在临床科室上', expected: true },
    { input: '将分两批完成改造', expected: false },
    { input: '将结合实际开展专项整治', expected: false },
    { input: '将于年底前把补助标准提高到每亩300元', expected: false },
    { input: '将对相关闲置设备进行报废处理', expected: false },
    { input: '将于年底前完成', expected: false },
    { input: '将根据宣传需要缩减', expected: false },
    { input: '将继续推进整改', expected: false },
  ])('$input → $expected', ({ input, expected }) => {
    expect(isBaJiang(input, input.indexOf('将'))).toBe(expected);
  });
});

describe('measureStatus: part done, the rest dated or expected', () => {
  it.each([
    { input: '已完成整改28个，剩余3个12月底前完成整改。', expected: { status: 'ongoing', cues: ['已', '12月底前'] } },
    { input: '已完成评估31个，剩余11个第三季度完成。', expected: { status: 'ongoing', cues: ['已', '第三季度'] } },
    { input: '已完成整改28个，剩余3个预计12月底前完成整改。', expected: { status: 'ongoing', cues: ['已', '预计'] } },
    { input: '目前已完成60%，预计2025年11月底前全部完工。', expected: { status: 'ongoing', cues: ['已', '预计'] } },
    // `预计` with no completion or time after it is no plan (`预计可节约资金`).
    { input: '已完成节能改造，预计可节约资金20万元。', expected: { status: 'done', cues: ['已'] } },
  ])('$input', ({ input, expected }) => {
    expect(status(input)).toEqual(expected);
  });
});

describe('measureStatus: a quoted rhythm in a fault is no scheme of the body', () => {
  const quoted = (t: string) => {
    const r = quotedRanges(t);
    return measureStatus(t, (i) => r.some(([a, b]) => i >= a && i < b));
  };
  it.each([
    '2.落实意识形态工作“季度分析研判”制度不到位。',
    '执行党组会议“月调度”机制流于形式',
    '没有建立矛盾纠纷“周排查、月分析”机制',
    '未能落实“周调度、月通报”要求',
  ])('%s', (t) => {
    expect(quoted(t)).toEqual({ status: 'unknown', cues: [] });
  });

  it('…while the body\'s own scheme still counts', () => {
    expect(quoted('建立矛盾纠纷“周排查、月分析”机制')).toEqual({ status: 'ongoing', cues: ['周排查', '月分析'] });
  });
});

