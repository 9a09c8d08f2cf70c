import { YEAR } from './dates';
import type { MeasureStatus } from './types';

/**
 * Cue words that say whether work is done, ongoing or only promised. Patterns are global regexes
 * so every cue can be listed; each is written against the real grammar of notices:
 * `将` is future only before a verb-like word (`将对`, `将于`, `将根据`) — `将…纳入` means 把;
 * `计划` only as a verb (`计划今年再招聘`), not the noun (`学习计划`); `完成` alone is an aim
 * (`确保按时完成`), so done needs `已…` or a past `…了`; `尚未`/`暂未` only before undone work;
 * a completion promised by a date (`确保年底前完成`) or for next year (`明年…`) is planned.
 */

// Done: `已…` (not `已知`), or a verb with the past `了` (`制定了`, `学习了`) — not 了解, 为了, 除了….
// Work begun (`已启动`, `已开工`, `已着手`, `已开始`, `已动工`) is under way, not done: see STARTED.
// Anchored on the literal characters so the scan is fast; the verb before `了` is read in
// cueMatches (a lookbehind at every Chinese character would cost more than the rest together).
export const DONE_CUES = /已(?!经?(?:知|有的|成为|启动|开工|动工|着手|开始))(?:经)?|了(?![解然如结])|(?<=[一二三四五六七八九十]是)完成(?!率|情况|时限)/g;
// `智能监控系统升级已启动`, `项目已开工`: begun, still going — a measure `ongoing`, also beside a plan for
// the rest (`已启动，计划第三季度完成部署`; see measureStatus). `已于3月开始实施` stays done.
const STARTED = String.raw`已(?:经)?(?:启动|开工|动工|着手|开始)`;
const STARTED_CUE = new RegExp(`^${STARTED}$`);
const NOT_PAST_LE = /[为除罢算极好]/;

/**
 * The verbs notices close work with: anything finished with 完 (`完成`, `完工`, `签完`, `签订完毕`; not
 * `完善`, which improves, nor `完整`, `完全`, `完备`, `完好`), built or put to use (`建成`, `竣工`, `上线`,
 * `投用`, `投入使用`, `交付`), a matter closed (`到位`, `办结`, `结案`, `销号`, `清零`, `解决`, `落地`; a
 * dispute or arrears settled, money or land got back, a building cleared: `化解`, `清退`, `清收`,
 * `收回`, `追回`, `拆除`, `腾退`, `退还`, `归还`, `偿还` — `年内全部化解`), a
 * rule issued (`出台`, `印发`, `启用`, `推行`), a target met (`实现`, `达到`, `覆盖`). After a deadline
 * they make it a promise (`确保年底前竣工`, `剩下的4份年底前签完`).
 */
export const COMPLETION = /完(?![善整全备好])|到位|办结|结案|销号|清零|解决|化解|清退|清收|收回|追回|拆除|腾退|退还|归还|偿还|落地|建成|竣工|上线|投用|投运|投入使用|投入运行|交付|出台|印发|启用|推行|实现|达到|覆盖/;

// `今年计划公开遴选…` (also a deadline: the year's end, DEADLINE_CUES) but not `今年计划的项目`, `今年计划任务`.
// Nor `今年计划已全部完成`: the year's plan, told done.
const NOT_A_PLAN_NOUN = String.raw`(?![\u4e00-\u9fff]{2}的|[的之、，。；：和与及书表内外中已]|生育|单列|经济|任务|安排|方案|资金|指标|项目|清单|执行|完成率|完成情况|目标)`;
const PLAN_AFTER_YEAR = String.raw`计划${NOT_A_PLAN_NOUN}`;
// `计划` is the verb before a time (`计划第三季度完成部署`, `计划于`, `计划2026年…`) or a verb of the
// work (`计划公开遴选`), and right after `今年`/`明年`/`本年` (`今年计划公开遴选专业技术干部20名`) unless a
// noun's word follows (`今年计划的项目`, `今年计划任务`). Not the noun (`学习计划`, `年度计划`, `按计划`),
// nor `原计划`: the plan first set, which a notice reports changed (`原计划6月底前完工，调整为9月底前`).
// A plan named by what it was for (`2024年计划改造的23个小区已全部完成改造`, `计划新建的项目`) is a noun
// phrase: no promise.
// Some verbs also say what befalls a plan named as a noun (`采购计划公开不及时`, `学习计划制定不规范`,
// `培训计划出台滞后`, `用人计划新增…`): after them `计划` is the verb only where nothing names the plan
// before it — at a clause's start (`一是计划`, `，计划`), after a time (`今年`, `2025年`, `6月`, `年底前`,
// `第三季度`), 将/拟 or an adverb (`还`, `并`, `再`). A noun before it (`采购`, `学习`, `年度`, `工作`) names the plan.
const PLAN_VERB_AFTER_SUBJECT = String.raw`公开|新增|增加|培训|修订|制定|出台`;
const PLAN_VERB_START = String.raw`(?<=(?:^|[，。；：、,;:\s（(“]|[是将拟还并也再又月日内底前后]|(?<!学)年|季度)计划)`;
const PLAN_VERB = String.raw`计划(?:(?<!(?:按|按照|按既定|年度|原)计划)(?![\u4e00-\u9fff]{2}的)(?=于|在|将|今年|明年|本年|年内|年底|上半年|下半年|第?[一二三四]季度|再|每|[0-9]|开展|启动|完成|实施|建设|招聘|引进|组织|推进|用|对|新建|投入|召开|举办|遴选|选派|选拔|招录|分[两二三四五2-5])|${PLAN_VERB_START}(?=${PLAN_VERB_AFTER_SUBJECT})|(?<=(?:今年|明年|本年)计划)${NOT_A_PLAN_NOUN})`;
// An event as the bound (`下一轮巡察前完成…`, `汛期前完成`, `秋季开学前投入使用`, `2026年春节前完成`):
// promised, by a day the text does not date (except a Spring Festival with its year: DEADLINE_CUES).
// Only with a completion still to come after it (EVENT_AFTER, read in cueMatches): `春节前夕走访` or
// `汛期前完成了清淤` promise nothing.
const EVENT = String.raw`(?:(?:下一?轮|下次|下一次)(?:巡察|巡视)(?:整改)?|主?汛期|入汛|入冬|(?:秋季|春季)?(?:学期)?开学|春节|元旦|换届)(?:前|之前)`;
const EVENT_CUE = new RegExp(`^${EVENT}$`);
const EVENT_AFTER = new RegExp(`^(?![夕后])[^，。；！？已了]{0,8}?(?:${COMPLETION.source})(?![^，。；]{0,2}了)`);
/** True when a planned cue is an event bound (`下一轮巡察前`, `春节前`). */
export const isEventBound = (cue: string): boolean => EVENT_CUE.test(cue);
// `整改分两年完成`, `分三年实施`: a plan over years from a start the text does not say — no date (a
// length, as `三年内` is) — before a completion or the work's going on (OVER_YEARS_AFTER); `已分两批完成`
// is done.
const OVER_YEARS = String.raw`分[两二三四五2-5]个?年度?`;
const OVER_YEARS_CUE = new RegExp(`^${OVER_YEARS}$`);
// Told in the past (`2023年至2024年分两年完成了改造`) it is a report: no `了` right after the verb.
const OVER_YEARS_AFTER = new RegExp(`^[^，。；！？]{0,4}?(?:${COMPLETION.source}|实施|推进)(?![^，。；]{0,2}了)`);
// `待…后` is "once … is done" only where 待 is a word of its own: in 招待, 接待, 对待, 期待, 等待,
// 待遇… it waits for nothing (`实行业务招待事前审批、事后公示` promises nothing).
// Every alternative opens on a literal character (a lookahead in front keeps the engine from skipping
// to them: twice as slow); what must follow an event bound or `分两年` is read in cueMatches.
export const PLANNED_CUES = new RegExp(
  String.raw`拟(?!订|稿|写)|即将|(?<![即必现特兹已])将(?![近军领士帅来就])|${PLAN_VERB}|${EVENT}|${OVER_YEARS}|正在|目前正|(?<![招接对期等看款优虐善厚亏宽慢苛相])待(?!遇)[^，。；]{1,20}?后|(?:尚未|暂未)(?=[^，。；]{0,4}(?:完成|整改|到位|解决|落实|办结|收回|追回|结案|建立|出台|制定))|逐步|争取|力争|预计(?=于|在|[0-9]|今年|明年|本年|年底|年内|上半年|下半年|第?[一二三四]季度|[^，。；]{0,10}?(?:${COMPLETION.source}))|下一步|确保(?=[^，。；]{0,14}?(?:前|底|末|年内|月内)[^，。；]{0,8}?(?:${COMPLETION.source}))|明年(?!以来)`,
  'g',
);

// `将X纳入…` is 把-construction (`将意识形态工作纳入议事日程`, `将办理时限压缩至3个工作日`): no future meant.
const BA_VERB = /纳入|覆盖|交办|转交|划分为|划分成|明确为|确定为|建在|进行整合|相结合|结合起来|同研究|同部署|同推进|作为|列入|传递|落实到|转化|融入|贯穿|摆在|放在|当作|视为|用于|交给|留给|接入|倾斜|分解|细化|整合到|合并|调整为|移交|移送|报送|上报|提交|归入|统一到|推送到|分发|植入|嵌入|打造成|建成|变为|改为|固化|扛在|抓在|引向|落到|列为|定为|贯彻到|延伸到|运用到|运用于|应用到|应用于|体现到|体现在|推广到|拓展到|覆盖到|落实在|迁移至|迁移到|紧密结合|挂钩|写入|编入|固化为|转化为|(?<=与[^，。；]{1,30})结合|压缩至|压缩到|缩短至|缩短到|提高到|提高至|提升至|提升到|降低到|降低至|减少到|减少至|增加到|增加至|控制在/;

const PARTLY_DONE = /已(?:经)?(?:基本|初步|部分|取得阶段性)/;

/** True when the `将` at `i` in `text` is the object marker 把, not the future tense. */
export function isBaJiang(text: string, i: number): boolean {
  const rest = /^[^，。；;,！!？?\n]*/.exec(text.slice(i + 1))?.[0] ?? '';
  // `将对…进行报废处理`, `将于年底…`: these words after 将 only ever mean the future.
  if (FUTURE_AFTER_JIANG.test(rest)) return false;
  return BA_VERB.test(rest);
}

const FUTURE_AFTER_JIANG = /^(?:于|要|会|在|进一步|继续|持续|对|适时|尽快|逐步|陆续|加快|根据|按照|不断|着力|切实|严格按|跟进|择机|视情|以(?!上|下|前|往))/;

// A rhythm of work, as notices set it:
// - `按月`, `按季度`, `按年度`, `按周`, `按半月`, `按半年` (by the month…), as `每月`, `每季度` — before a
//   verb (`按月调度`, `按年度总结`); before a noun `按` is "according to" (`按年度计划`, `按月度目标`), and
//   `按月份`, `按周期`, `按季节` are other words (`年` alone: `按年龄`). Missed (`未按月公开`, `没有按季度
//   公开`) it is the problem's words.
// - the follow-up named by its rhythm, as a scheme is set up (`实行周调度、月通报`, `建立季度调度机制`,
//   `月度检查通报制度`): week, half-month, month, quarter (half-year: `半年评估`) before a verb of
//   follow-up. Not a month or quarter named (`6月通报`, `三季度调度`, `本月调度`, `上半年检查`, `旺季
//   检查`); nor the year (`年度考核`, `年度报告` name the yearly institution, not a rhythm the body sets).
// Not in a fault (`未建立季度调度机制`, `此前未严格按季度公开`): a 未/没有/不 earlier in the clause.
const NOT_BEFORE = String.raw`(?<![未没不][^，。；;,]{0,8})`;
const BY_PERIOD = String.raw`${NOT_BEFORE}(?<![未没不]|[未没不]能|没有)按(?:半月|半年|周|月度?|季度?|年度)(?!份|期|边|节|龄|限|计划|目标|任务|预算|安排|要求|指标|标准|[^，。；;,]{0,4}?考核结果)`;
const RHYTHM_NOUN = String.raw`${NOT_BEFORE}(?<![0-9０-９零〇一二两三四五六七八九十本上下当次该同前后首末近个第正腊元岁旺淡春夏秋冬雨汛每按半])(?:半月|半年|周|月度?|季度?)(?:调度|通报|督办|督查|督导|检查|排查|分析|研判|会商|点评|讲评|评估|巡查)`;

// `长期` goes on for long — not `中长期`/`超长期`, a term (`中长期合同`, `超长期特别国债`), nor
// `长期未…`, which describes the problem.
export const ONGOING_CUES = new RegExp(
  String.raw`${STARTED}|持续|常态化|不断|坚持|定期|每月|每季度|每季|每年|每周|每半月|每半年|每学期|每学年|${BY_PERIOD}|${RHYTHM_NOUN}|(?<![中超])长期(?!未|不|没|闲置|拖欠|挂账|占用|停)|长效`,
  'g',
);

// Schools and universities count in terms and school years (`每学期`, `每学年`).
export const RECURRING_CUES = new RegExp(String.raw`每(?:个)?(?:月|季度|季|年|周|半月|半年|天|日|学期|学年)|定期|${BY_PERIOD}|${RHYTHM_NOUN}`, 'g');

export const VAGUE_CUES = /持续|常态化|进一步|不断|长效|久久为功|常抓不懈/g;

// A year written (`2026`, `二〇二六`) and a month in Chinese numerals (`六`, `十二`), for the deadlines.
const Y = `(?:${YEAR})`;
const CN_MONTH = '(?:十[一二]?|[一二三四五六七八九])';

// Deadlines: `2025年6月30日前`, `2025年12月底前`, `6月底前`, `年底前`, `年内`, `2025年内`, `将于年底`,
// `上半年`. Not `截至9月底` (a status date), nor a length (`三年内`, `10年内`: only a written year
// is a year). Months in Chinese numerals only with their part (`十一月底前`), or after a written year
// where a month alone is read (`计划二〇二六年七月`); a year may be written in Chinese numerals too
// (`力争二〇二六年六月底前`), else a month's deadline would fall in the notice's own year.
// A time followed by `起`/`开始` (`明年起每年…`, `2026年3月起实施`) is where something starts, no day
// it is due by — unless the cue is itself a bound (`年底前开始实施`); `起草` is drafting.
// A span of years (`2025—2026年分批实现…全覆盖`, `计划2025—2026年分两年完成`, `2025年至2026年底前`) is due
// by its last year's end — with a bound or a completion still to come right after it; a span that
// names a period (`2023—2024年度专项资金绩效评价`, `2021—2023年，共查处…`) is none.
// A quarter by its numeral alone (`第三季度完成剩余7个小区的物业托管`, `剩余11个第三季度完成`) is a
// deadline of the notice's year before a completion still to come, as `三季度末前` is by its bound — not
// a quarter used as a name (`第一季度党建工作例会`, `一季度，共查处…`), past (`去年三季度`, `上一季度`), or
// the first three (`前三季度`); reported with its figure (`三季度完成产值1.2亿元`) it is a report
// (isReportedPeriod).
// `2026年春节前完成`: the eve of that year's Spring Festival (SPRING_FESTIVAL: 2024–2030), before a
// completion still to come as an event bound is (`清远长隆首期在2025年春节前开园试营业` reports the
// opening); without its year the festival is an event bound (EVENT), undated.
// What must stand before and after these three (a completion to come: TO_COMPLETE) is read in
// cueMatches — lookarounds here would cost every position of the text. A deadline cell takes them bare
// (`第三季度`, `2025—2026年`: its column says they are deadlines).
// A span whose last year goes on to a month, a half-year or a quarter (`2025年—2026年上半年完成…`,
// `2025年至2026年6月底前完成`) is due by that: the span is left to the deadline written after it
// (and `计划2025年` opening a span is no deadline of its own).
const YEAR_SPAN = String.raw`${Y}\s*年?\s*[—–－\-~～至到]{1,2}\s*(?<y8>${Y})\s*年(?!度|以来|来|起|开始|\s*(?:\d{1,2}|${CN_MONTH})月|[上下]半年|第?[一二三四1-4]季度)(?:(?:底|末)?(?:前|之前)|内)?`;
const BARE_QUARTER = String.raw`第?(?<q7>[一二三四])季度(?:末|底)?(?!以来|来)`;
const TO_COMPLETE = new RegExp(`^[^，。；！？,;已了]{0,6}?(?:${COMPLETION.source})`);
const NOT_BEFORE_QUARTER = /[年第上下去同每前近0-9]/;
// The leading lookahead names every character a deadline can start with: without it the engine
// tries the `截至` lookbehind and each alternative at every position (11× slower on a notice).
export const DEADLINE_CUES = new RegExp(
  String.raw`(?=[0-9年本上下今明第一二三四五六七八九十])(?<!截[至止]\S{0,12})(?:${YEAR_SPAN}|(?<y9>20(?:2[4-9]|30))年春节(?:前|之前)(?![夕后])|(?:(?<y1>${Y})年)?(?<m>\d{1,2})月(?:(?<d>\d{1,2})日|(?<part>底|末|中旬|上旬|下旬))?(?:前|之前|以前)|(?:(?<y7>${Y})年)?(?<mc>十[一二]?|[一二三四五六七八九])月(?<partc>底|末|中旬|上旬|下旬)(?:前|之前|以前)|(?<y2>${Y})?年(?:底|末)(?:前|之前)?|(?<![一二三四五六七八九十两0-9])年内|(?<!\d)(?<y6>${Y})年(?:度)?内|本年度内|上半年|下半年|(?:今年|本年)?(?:第)?(?<q2>[一二三四])季度(?:末|底)?(?:前|之前)|(?:今年|本年|明年)(?:第)?(?<q6>[一二三四])季度(?:末|底)?|(?<=将于|计划|计划于|拟于|力争|争取|确保)(?:今年)?(?:第)?(?<q3>[一二三四])季度(?:末|底)?|(?<y4>${Y})年(?:第)?(?<q>[一二三四1-4])季度(?:末|底)?(?:前|之前)?|${BARE_QUARTER}|(?<=计划|拟|拟于|将|将于|争取|力争|争取于|力争于|预计|预计于|计划于)(?<y5>${Y})年(?<m5>\d{1,2}|${CN_MONTH})月(?![\d一二三四五六七八九十]{1,3}[日号]|底|末|前|上旬|中旬|下旬)|(?:今年|明年|本年)(?=${PLAN_AFTER_YEAR})|(?<=计划|拟|拟于|将|将于|争取|力争|争取于|力争于|预计|预计于|计划于)(?:今年|明年|(?<y3>${Y})年(?!\d|${CN_MONTH}月|以来|来|底|末|上半年|下半年|内|度内|第|[一二三四1-4]季度|\s*[—–－\-~～至到]|春季|秋季|寒假|暑假))(?!以来|[^，。；]{0,10}前后))(?:(?<=[前内])|(?!起(?!草|诉)|开始))`,
  'g',
);
// A half-year or a quarter is also the period results are reported for (`2025年上半年…同比下降31.5%`).
// Written bare — no bound after it (`前`, `内`) and no word of the future before or right after it in
// its clause — with the figure it came to (`完成合同金额1.37亿元`, `提升至95.6%`, `三次`; not an
// ordinal, `第3家`), it is when something happened: a report of what was done, no deadline.
// Without a figure (`下半年开展专项整治`) it may be the plan's time and stays a deadline.
const PERIOD_BOUND_AFTER = /^(?:之|以)?前|^内|^(?:将|要|拟|计划|力争|争取|确保|预计|务必)/;
const FUTURE_BEFORE = /将|拟|计划|力争|争取|确保|预计|务必|要求|必须|目标|今年|本年|明年|次年|下一步/;
// …and what is left or comes next is counted for the plan (`下半年完成剩余2个问题的整改`, `下半年再开展专项
// 检查2次`, `下半年启动第二批3个村的改造`).
const STILL_TO_DO = /剩余|其余|尚未|未完成|再|启动|第[二三四五]批|下一批|还将|还要/;
const FIGURE = /(?<![第\d.])\d+(?:\.\d+)?(?!\d|\s*[年月日号])|(?<![第一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万]+(?:个|次|项|名|人|家|篇|场|期|条|件|户|所|批|万|亿)/;
const CLAUSE_END = /[，。；！？,;!?]/;

/** Where the clause holding `at` in `text` starts. */
function clauseStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
  return from;
}

/** True when the deadline cue `m` in `text` is a half-year, a quarter or a span of years reported, not a deadline. */
export function isReportedPeriod(text: string, m: RegExpMatchArray): boolean {
  const g = m.groups ?? {};
  if (!/^[上下]半年$/.test(m[0]) && g.q === undefined && g.q6 === undefined && g.q7 === undefined && g.y8 === undefined) return false;
  if (m[0].endsWith('前')) return false;
  const at = m.index ?? 0;
  const end = at + m[0].length;
  const from = clauseStart(text, at);
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to] ?? '')) to++;
  // The period alone before a comma (`2025年第四季度，向市委报送的信息被采用23篇`) is read with the clause after it.
  if (to === end && (text[to] === '，' || text[to] === ',')) {
    to++;
    while (to < text.length && !CLAUSE_END.test(text[to] ?? '')) to++;
  }
  const after = text.slice(end, to);
  return !PERIOD_BOUND_AFTER.test(after) && !FUTURE_BEFORE.test(text.slice(from, at)) && !FUTURE_BEFORE.test(after) && !STILL_TO_DO.test(after) && FIGURE.test(after);
}

/**
 * Spring Festival (正月初一) by year: `2026年春节前` is due by its eve. New moons near midnight make the
 * day hard to compute (ICU's calendar puts 2027 and 2030 a day off), so the days are listed, as China's
 * calendar publishes them; other years are not dated.
 */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

// `原计划2025年6月30日前完工，因设计变更调整为2025年9月底前完工`: the plan first set (`原计划`, `原定`) is
// what the notice reports changed or met, not the deadline that holds.
const SUPERSEDED = /(?:原计划|原定|原预计|原要求)(?:于|在)?$/;

/** True when the deadline cue `m` in `text` is the plan as first set (`原计划…前`). */
export function isSupersededPlan(text: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  return SUPERSEDED.test(text.slice(Math.max(0, at - 5), at));
}

// Quotes are the feedback's words (`“重部署、轻落实”`), so cue words in them do not count — except a
// working rhythm the body sets, which notices quote as a named scheme (`实行“周调度、月通报”`,
// `建立“月调度、季通报”机制`): a rhythm in a quote opened right after a verb that sets up a scheme.
const RHYTHM_CUE = /^(?:每|按)|(?:调度|通报|督办|督查|督导|检查|排查|分析|研判|会商|点评|讲评|评估|巡查)$/;
// The verb may take the scheme's field first (`建立矛盾纠纷“周排查、月分析”机制`, `实行问题整改“周调度”`):
// a few characters of one phrase between verb and quote — not a fault (`未建立…`).
const SCHEME_VERB = /(?<![未没不][^，。；、]{0,4})(?:实行|实施|推行|建立|健全|完善|落实|坚持|采取|执行|推广|形成|构建|按照)[^，。；：、,;:“”「」\n]{0,6}$/;
// …and the scheme is the body's work, not its fault (`落实“季度分析研判”制度不到位`, `执行“月调度”机制流于形式`).
const SCHEME_FAULT_AFTER = /^[^，。；]{0,8}?(?:不到位|不力|不严|不实|不够|流于形式|走过场|落实不|执行不|未|没有)/;
const QUOTE_OPEN = /[“「]/;

/** True when `i` in `text` is inside a quote that names the body's own scheme of work. */
function inSchemeQuote(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 30; j--) {
    const c = text[j] ?? '';
    if (c === '”' || c === '」' || c === '\n') return false;
    if (QUOTE_OPEN.test(c)) {
      if (!SCHEME_VERB.test(text.slice(Math.max(0, j - 13), j))) return false;
      const close = text.slice(i).search(/[”」]/);
      return close === -1 || !SCHEME_FAULT_AFTER.test(text.slice(i + close + 1));
    }
  }
  return false;
}

/**
 * What an event bound, a span of years, a bare quarter or a Spring Festival needs around it (see
 * PLANNED_CUES, DEADLINE_CUES): a completion still to come right after it; a quarter not after a year,
 * an ordinal's 第 or a word making it past or relative (`去年`, `上一`, `前三季度`); a span not inside a
 * longer number.
 */
function conditionsHold(re: RegExp, text: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const after = (): string => text.slice(at + m[0].length, at + m[0].length + 24);
  if (re === PLANNED_CUES) {
    if (EVENT_CUE.test(m[0])) return EVENT_AFTER.test(after());
    if (OVER_YEARS_CUE.test(m[0])) return !/已(?:经)?$/.test(text.slice(Math.max(0, at - 2), at)) && OVER_YEARS_AFTER.test(after());
    return true;
  }
  if (re !== DEADLINE_CUES) return true;
  const g = m.groups ?? {};
  if (g.q7 !== undefined) return !NOT_BEFORE_QUARTER.test(text[at - 1] ?? '') && TO_COMPLETE.test(after());
  if (g.y8 !== undefined) return !/[0-9]/.test(text[at - 1] ?? '') && (/[前内]$/.test(m[0]) || TO_COMPLETE.test(after()));
  if (g.y9 !== undefined) return TO_COMPLETE.test(after());
  return true;
}

/** Cue matches in `text`, minus those masked (quotes) and the 把-sense of `将`. */
// Every deadline names a year, a month or a quarter (年, 月, 季): a text with none of them has no
// deadline, and the deadline scan — many alternatives, most opening on common characters (一, 上,
// digits) — is skipped (most measures' sentences: 6× less time on a notice).
const DEADLINE_CHARS = /[年月季]/;

export function cueMatches(re: RegExp, text: string, masked: (i: number) => boolean): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  if (re === DEADLINE_CUES && !DEADLINE_CHARS.test(text)) return out;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    if (masked(i) && !(RHYTHM_CUE.test(m[0]) && inSchemeQuote(text, i))) continue;
    if (!conditionsHold(re, text, m)) continue;
    if (m[0] === '将' && isBaJiang(text, i)) continue;
    if (m[0] === '了') {
      // The past `了` follows a verb: show the cue with it (`制定了`).
      const prev = text.charCodeAt(i - 1);
      if (!(prev >= 0x4e00 && prev <= 0x9fff) || NOT_PAST_LE.test(text[i - 1] ?? '')) continue;
      const prev2 = text.charCodeAt(i - 2);
      const from = prev2 >= 0x4e00 && prev2 <= 0x9fff ? i - 2 : i - 1;
      const cue = Object.assign([text.slice(from, i + 1)], { index: from, input: text }) as RegExpMatchArray;
      out.push(cue);
      continue;
    }
    out.push(m);
  }
  return out;
}

function collect(re: RegExp, text: string, masked: (i: number) => boolean): string[] {
  return cueMatches(re, text, masked).map((m) => m[0]);
}

export interface StatusResult {
  status: MeasureStatus;
  cues: string[];
}

// A deadline told as met (`已于2024年10月底前完成整改`, `已在6月底前完成`) is a report.
const TOLD_MET = /已(?:经)?\s*(?:于|在)?[^，。；已]{0,14}$/;

/** Deadlines in `text` with a completion still to come after them, not told as met nor reported. */
function datedRest(text: string, masked: (i: number) => boolean): string[] {
  return cueMatches(DEADLINE_CUES, text, masked)
    .filter((m) => {
      const at = m.index ?? 0;
      const from = clauseStart(text, at);
      const after = text.slice(at + m[0].length, at + m[0].length + 24);
      // Told in the past (`2023年至2024年分两年完成了改造`) it is a report too.
      const clauseAfter = after.split(CLAUSE_END)[0] ?? '';
      return !isReportedPeriod(text, m) && !isSupersededPlan(text, m) && !TOLD_MET.test(text.slice(from, at)) && TO_COMPLETE.test(after) && !clauseAfter.includes('了');
    })
    .map((m) => m[0]);
}

/**
 * A measure's status from its cue words. Planned and done together means part done, part
 * promised: `ongoing`. `masked(i)` hides cues inside quotes (the feedback's words, not the body's).
 */
export function measureStatus(text: string, masked: (i: number) => boolean = () => false): StatusResult {
  const done = collect(DONE_CUES, text, masked);
  const planned = collect(PLANNED_CUES, text, masked);
  const ongoing = collect(ONGOING_CUES, text, masked);
  let status: MeasureStatus = 'unknown';
  let cues: string[] = [];
  const partly = PARTLY_DONE.exec(text);
  // Work begun beside what is promised for it (`已启动，计划第三季度完成部署`, `已开工108个，剩余项目确保
  // 年底前完成`) is under way: `ongoing`, as done beside planned is.
  const started = ongoing.filter((c) => STARTED_CUE.test(c));
  if (planned.length && (done.length || started.length)) {
    status = 'ongoing';
    cues = [...done, ...started, ...planned];
  } else if (done.length && partly && !masked(partly.index)) {
    // `已基本完成`, `已取得阶段性成效`, `已初步建立`: done in part, still going.
    status = 'ongoing';
    cues = [partly[0]];
  } else if (done.length) {
    // Part done, the rest due by a date (`已完成整改28个，剩余3个12月底前完成整改`): still going.
    const rest = datedRest(text, masked);
    status = rest.length ? 'ongoing' : 'done';
    cues = [...done, ...rest];
  } else if (planned.length) {
    status = 'planned';
    cues = planned;
  } else if (ongoing.length) {
    status = 'ongoing';
    cues = ongoing;
  } else {
    // `年底前完成平台建设`: a deadline with no claim of completion is what will be done.
    const deadline = cueMatches(DEADLINE_CUES, text, masked)
      .filter((m) => !isReportedPeriod(text, m) && !isSupersededPlan(text, m))
      .map((m) => m[0]);
    if (deadline.length) {
      status = 'planned';
      cues = deadline;
    }
  }
  return { status, cues: [...new Set(cues)] };
}
