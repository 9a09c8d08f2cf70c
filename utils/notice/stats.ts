import { sentencesIn } from './lines';
import { parseNumeral } from './numerals';
import { otherFigures } from './other-figures';
import type { NoticeStats, Span } from './types';

/**
 * The claimed figures. Only sentences about rectification count (they speak of 整改 and of
 * 问题 or 措施), so `7个村获评全国文明村镇` never becomes a statistic. Within such a sentence the
 * clauses are read in order: a count of problems, then how many are rectified, staged and not
 * rectified; a count of measures, then how many are done.
 */

export interface StatsResult {
  stats: NoticeStats;
  /** Where the core figures were read, for checks and scrolling. */
  spans: Partial<Record<'problems' | 'rectified' | 'staged' | 'unrectified' | 'measures' | 'measuresDone', Span>>;
  /** Counts hidden by `*`. */
  redacted: Span[];
}

const NUM = '([0-9０-９]+|[*＊]+|[零〇一二两三四五六七八九十百]+)';
// `反馈的22个具体问题`, `3个方面12类48个问题` (the problems, not the categories), `反馈问题4个方面21个`.
// `反馈的4个方面问题共47个`: the aspects first, then the total. `20个问题已完成整改17个`: the total
// as the subject of the counts that follow it in its clause. In 件 only right after the noun (`反馈问题共22件`),
// never of what follows it (`巡察发现问题线索5件`). The noun first, then what was done with
// some of them (`反馈问题已办结17个`, `反馈问题已销号17个`, `反馈问题未完成2个`) is a part, no total.
// `共反馈了3个方面问题15个`, `指出3个方面问题15个`: the aspects, then the total with or without 共 — not the
// measures made for them (`…4个方面问题56条整改措施`).
// Between the inspection and its feedback, nothing of the public's or a meeting's opinions
// (`巡察整改方案公示期间共收到干部群众反馈意见3条`, `…民主生活会征求到的反馈意见12条`).
const INSPECTION_GAP = '(?:(?!公示|公开|期间|收到|征求|征集|群众|民主生活会|组织生活会|整改方案)[^，。；;,]){0,24}?';
const PROBLEMS = new RegExp(
  `(?:反馈|指出|交办|发现|梳理|认领|提出|存在|对照)(?:的|了|出)?[^，。；;,]{0,16}?[0-9一二三四五六七八九十]+\\s*个方面(?:的)?问题(?:共|合计|总计)?\\s*${NUM}\\s*(?:个|项|条)(?!\\s*(?:具体)?(?:整改)?(?:措施|举措|任务))` +
    `|(?:反馈|指出|交办|发现|梳理|认领|提出|存在|对照)(?:的|了|出)?[^，。；;,]{0,16}?${NUM}\\s*(?:个|项|条)(?:具体)?问题` +
    `|(?:反馈|巡[察视]|指出|发现|交办|涉及)(?:给)?(?:(?:我|本)(?:村|社区|局|委|办|单位|院|校|镇|乡|街道|公司|中心|部|所|站|社|厅|党组|党委|支部|县|区|市))?(?:的)?问题(?:共|合计|总计)?(?:(?!完成|整改|推进|落实|制定|细化|形成|已|未|正在|办结|销号|到位)[^，。；;,、]){0,10}?${NUM}\\s*(?:个|项|条|(?<=问题(?:共|合计|总计)?\\s*[0-9０-９零〇一二两三四五六七八九十百*＊]+\\s*)件)(?!方面|类|大类|领域|\\s*(?:具体)?(?:整改)?(?:措施|举措))` +
    `|(?<![0-9０-９]|其余|剩余|余下|其中)([0-9０-９]+)\\s*个(?:具体)?问题(?=\\s*(?:中|均|全部)?(?:累计)?(?:已|完成|整改)[^，。；;,]*?[0-9０-９]+\\s*个)` +
    // The feedback counted as opinions (国企, 金融: `巡视组共反馈意见4个方面18条`, `共反馈4个方面18条意见`,
    // `18条反馈意见已整改完成16条`): the problems under another name. Only the inspection's — 巡察/巡视 before
    // 反馈 in the clause, or the feedback as the object acted on (`对反馈的18条意见`) — never the public's
    // (`公示期间收到反馈意见3条`), nor 意见建议 (`征求意见建议46条`) or opinions of another kind (`12条审议意见`).
    `|(?:巡[察视]${INSPECTION_GAP}反馈(?:了)?|反馈(?:了)?巡[察视])意见(?:共|合计|总计)?\\s*(?:[0-9一二三四五六七八九十]+\\s*个方面(?:的)?\\s*)?(?:共)?${NUM}\\s*(?:个|项|条)(?!方面|类|大类|领域|月|工作日|小时|季度|\\s*(?:具体)?(?:整改)?(?:措施|举措|任务))` +
    `|(?:巡[察视]${INSPECTION_GAP}|对照|针对|对)反馈(?:的|了)?\\s*(?:[0-9一二三四五六七八九十]+\\s*个方面(?:的)?\\s*)?(?:共|共计)?${NUM}\\s*(?:个|项|条)(?:具体)?意见(?!建议|书)` +
    `|(?<![0-9０-９]|其余|剩余|余下|其中|的)([0-9０-９]+)\\s*(?:个|项|条)反馈意见(?!建议|书)(?=\\s*(?:中|均|全部)?(?:累计)?(?:已|完成|整改)[^，。；;,]*?[0-9０-９]+\\s*(?:个|项|条))`,
);
/** The count a total's match captured, whichever of its forms matched. */
const countOf = (m: RegExpExecArray): string => m.slice(1).find((g) => g !== undefined) ?? '';
const SPLIT_TOTAL = new RegExp(`(?:反馈|指出|交办|发现)[^，。；;]{0,16}?共性问题\\s*${NUM}\\s*个\\s*[、，,和及]\\s*个性问题\\s*${NUM}\\s*个`);
// `…7个问题和市委巡察反馈的21个问题，共计28个问题`: two inspections' problems, then their sum.
const GRAND_TOTAL = new RegExp(`(?:共计|合计|总计|一共|共)\\s*${NUM}\\s*(?:个|项|条)(?:具体)?问题`);
// `3个方面14项问题已细化为41个具体问题`: the total again, finer — the problems counted from here on.
const REFINED_TOTAL = new RegExp(`(?:细化|分解|拆分|梳理)(?:为|成)\\s*${NUM}\\s*(?:个|项|条)(?:具体)?问题`);
// The total after its parts, closing their sentence (`已完成整改15个，基本完成4个，…，整改问题合计22个`,
// `…，共计31个问题`; `…，合计反馈问题31个` is a PROBLEMS form): no count of some of them (`已整改问题合计20个`,
// checked on the clause before it).
const TOTAL_AFTER_PARTS = new RegExp(
  `(?:整改|反馈|巡[察视])?问题(?:合计|共计|总计|一共|共)\\s*${NUM}\\s*(?:个|项|条)|(?:合计|共计|总计|一共)\\s*(?:反馈|涉及)?(?:的)?\\s*${NUM}\\s*(?:个|项|条)(?:具体)?问题`,
);
const PART_BEFORE_TOTAL = /已|完成|到位|未|正在|阶段|基本|剩余|其余/;
const totalAfterParts = (clause: string): RegExpExecArray | null => {
  const m = TOTAL_AFTER_PARTS.exec(clause);
  return m && !PART_BEFORE_TOTAL.test(clause.slice(0, m.index)) ? m : null;
};
const RESUMES_COUNTING = /^\s*(?:截至|截止|到目前|目前|至今)/;
const TOP_HEADING = /^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;
const GOES_ON_COUNTING = /^\s*(?:截至|截止|到目前|目前|至今|其中|现已|已经|已)/;
const QUOTATION = /“[^“”]{0,60}”|「[^「」]{0,60}」|『[^『』]{0,60}』|"[^"\n]{0,60}"/g;
const QUOTE_MARK = /[“「『"]/;
// A parenthesis is a part or a gloss (`已整改到位9项（其中立行立改问题5个）`): not the clause's count.
const PARENTHESIS = /（[^（）]*）|\([^()]*\)/g;
// …unless the parenthesis is the count itself (`已全部完成整改（12个）`).
const COUNT_ONLY = /^[（(]\s*[0-9０-９]+\s*[个项条件][）)]$/;
const INSPECTION = /巡[察视]/;
// Other procedures that find problems (`县审计局审计发现的9个问题`, `环保督察反馈问题5个`, `自查发现问题12个`).
const OTHER_PROCEDURE_CHEAP = /审计|督察|督查|自查|考核|评估|主题教育/;
const PROCEDURES = /审计|督察|督查|自查|考核|评估|主题教育|巡[察视]/g;
/** Whether the procedure named last before `end` in the sentence is another than the inspection. */
function ofOtherProcedure(sentence: string, end: number): boolean {
  const before = sentence.slice(0, end);
  let other = -1;
  for (const m of before.matchAll(PROCEDURES)) other = INSPECTION.test(m[0]) ? -1 : (m.index ?? 0);
  return other !== -1;
}
// Tasks are how many notices count their measures (`细化整改任务218项，已完成196项`). Those a leader leads
// (`其他校领导…认领牵头整改任务38项`, `班子成员领办整改任务12项`) are a share, not the total.
const LED = '(?<![0-9０-９]|牵头|领办|包联|包保)';
const MEASURES = new RegExp(`${LED}${NUM}\\s*(?:条|项|个)(?:具体)?整改(?:措施|举措|任务)|${LED}整改(?:措施|举措|任务)(?:共)?${NUM}\\s*(?:条|项|个)`);
// Follow-up counts are written in digits (or redacted) — `一项重大任务`, `八项规定` are prose — or
// in Chinese numerals right after the verb they count (`已落实六十五条`, `正在整改两个`).
// A count is of problems or measures only when what follows it is not another noun: the clause's end, the
// problems or measures themselves (`2个反弹问题`, `5条整改措施`), or what is said of them (`其余3个正在推进`,
// `2个取得阶段性成效`, `5条为长期坚持事项`). `已组织12个下属单位完成自查`, `计划新建停车位3个` — units, places —
// and durations (`力争在2个月内整改到位`, `预计1个月内完成`, `10个工作日`) count other things.
const COUNT_FOLLOWS =
  '(?!规定|方面|类|月|工作日|季度|小时|百分点)(?=\\s*(?:$|[^\\u4e00-\\u9fff]|[^，。；;,、：:]{0,10}?(?:问题|事项|措施|举措|任务)' +
  '|已|正|均|全部|全面|都|尚|未|没有|取得|纳入|列入|列为|转入|转为|作为|需|仍|阶段|基本|持续|长期|限期|立行|立知|即知|即查|为|按|并|在(?!建)' +
  '|经|完成|整改|达|属|待|得到|也|还|中|处于|进入|部分|序时|推进|有序|加快|计划|预计|力争|拟|将|确保|争取|是|暂|目前|现|因|由于|销号|办结' +
  '|到位|落实|通过|验收|分别|另|其中|于|涉及|共|合计|累计|总计|占))';
const COUNT = new RegExp(`([0-9０-９]+|[*＊]+|(?<=(?:整改|完成|落实|到位|推进|剩余|其余|办结|销号|成效)\\s*)[零〇两一二三四五六七八九十百]+)\\s*(?:个|项|条|件)${COUNT_FOLLOWS}`, 'g');
// An earlier round (`对上轮巡察反馈的8个问题逐一复核`, `较上轮减少5个`).
const EARLIER_ROUND = /上一?轮|前一?轮|上一?次巡[察视]|上届巡[察视]/;
// This body's earlier notice, quoted by its second: as of then (`第一次通报时，…已完成整改18个`, `在首次整改进展
// 情况通报中`, or told as past: `公布了第一次整改进展情况，当时…`).
const EARLIER_NOTICE =
  /(?:第一次|首次|上一?次|前一?次)(?:巡[察视])?(?:整改)?(?:进展)?(?:情况)?(?:通报|公布|公开|公示)(?:时|的|中)|(?:通报|公布|公开|公示|发布)了(?:第一次|首次|上一?次|前一?次)/;
// Since it (`第一次通报以来，又完成整改4个问题`): what was done since is an increment, not the count.
const SINCE_EARLIER = /(?:第一次|首次|上一?次|前一?次)[^，。；;,]{0,12}?(?:通报|公布|公开|公示)[^，。；;,]{0,6}?(?:以来|后)/;
// …unless told as the sum so far (`累计完成整改15个`).
const CUMULATIVE = /累计|共计|总计|合计/;
// An increment anywhere (`又完成整改4个`, `新完成整改措施9条`, `又有4个问题完成整改`; not `重新整改`, `更新`).
const INCREMENT = /(?<![重更创革刷])(?:又|新增?)(?:完成|整改|办结|销号|解决|落实)|又有\s*$/;
// Where the earlier notice's time ends: its `。`-sentence, past `；` (`第一次通报时，…正在整改5个；制定的47条整改
// 措施已完成36条。`).
const SENTENCE_END = /[。！!？?\n]/g;
// …unless a part after `；` counts as of another time (`；截至目前，…`).
const OWN_TIME = /^\s*(?:截至|截止|到目前|目前|至今|现|本次|本轮|如今)/;
const STAGED = /阶段性|基本(?:整改)?(?:完成|到位)|持续整改|正在|推进中|整改中|部分完成|序时推进|长期坚持|持续推进|剩余/;
const UNDONE = /未(?:整改)?完成|尚未|没有完成|未整改|未完成整改|未落实/;
const DONE = /已|整改完成|完成整改|整改到位|整改完毕|办结|销号|完成|落实/;
// `计划2025年上半年完成整改1个`: a completion still to come counts what is not rectified yet.
const FUTURE_COMPLETION = /(?<!按)计划|拟|预计|力争|争取|将于|将在/;
const PLANNED_RECTIFICATION = /完成|整改|到位|办结|销号|解决|问题/;
// All of the counted set, claimed without a number: `反馈的15个问题已全部整改到位`, `共制定整改措施42条，
// 已全部完成`, `目前均已整改完成`. After the total in its own clause `已…` alone says it (`15个问题已完成
// 整改`); in a later clause it takes `全部` or `均`, and nothing but a time before it (`其中…问题均已…`,
// `立行立改问题已全部…` claim a part). The claim ends its clause: `已完成整改方案制定`, `已全部完成认领` are
// other work; for problems the verb must be rectification's (`完成交办` is not).
// How all of a set is claimed: `均已`, `已全部`…
const ALL_MARK = '(?:均已|已全部|全部已|已经全部|均已全部|已全面)';
const ALL_CLAIMED = new RegExp(ALL_MARK);
const DONE_VERB = '(?:整改(?:到位|完成|完毕)|完成(?:了)?(?:全部)?整改|落实到位|办结|销号|到位)';
const DONE_VERB_MEASURES = '(?:完成|落实|落实到位|办结|按期完成)';
const CLAIM_END = '(?=\\s*(?:[，。；;,！!]|$))';
const allDone = (verb: string, afterTotal: boolean): RegExp =>
  afterTotal
    ? new RegExp(`^\\s*(?:均|全部|都)?已(?:经)?(?:全部|全面|均)?${verb}${CLAIM_END}`)
    : new RegExp(`^\\s*(?:目前|当前|现|至今|截至目前|截至[^，,]{1,14}?|上述问题|以上问题|所有问题)?[，,\\s]*${ALL_MARK}(?:经)?${verb}${CLAIM_END}`);
const ALL_DONE = {
  problems: { afterTotal: allDone(DONE_VERB, true), later: allDone(DONE_VERB, false) },
  measures: { afterTotal: allDone(`(?:${DONE_VERB}|${DONE_VERB_MEASURES})`, true), later: allDone(`(?:${DONE_VERB}|${DONE_VERB_MEASURES})`, false) },
};
const REST_WORD = '其余|剩余|余下';
const REST_OF = new RegExp(REST_WORD);
const RECTIFIED_CLAIM = /整改(?:到位|完成|完毕)|完成(?:了)?(?:全部)?整改/;
// The rest claimed without a number once the other parts are counted (`其中2个正在整改，其余问题均已整改
// 完成`): the total less those parts.
const REST_DONE = new RegExp(`^\\s*(?:${REST_WORD}|其他)的?(?:问题)?\\s*((?:均已|已全部|全部已|都已|已)(?:经)?${DONE_VERB}${CLAIM_END})`);
// …never a promise (`确保年底前全部整改到位`), the rest or a part (`其余问题均已…`, `除…外，均已…`, anywhere
// before the claim in its sentence), nor once a part is counted (`已整改12个，…均已…`).
const NOT_YET = /其余|剩余|其他|另外|其中|除|以外|之外|部分|确保|力争|争取|计划|(?<!已)将|拟|预计|(?:底|月|日|年|节|期)前|之前|未|基本|阶段性/;

// A class of problems named as the subject of its own counts (`立行立改问题5个，已全部整改完成`,
// `限期整改问题4个，已完成整改3个，1个正在推进`, `党的领导方面问题5个`, `其中5个立行立改问题…`): a part of
// the total, not the total — its claims are the class's own and fill none of the total's figures.
const CLASS_WORD = '立行立改|即知即改|立知立改|即查即改|限期整改|长期坚持|长期整改|持续整改';
const CLASS_PART = new RegExp(
  `^\\s*(?:其中)?\\s*(?:(?:需要?|属于?)?(?:${CLASS_WORD})(?:类|的)?|(?:(?!个方面)[^，。；;,、：:0-9０-９]){2,24}?方面(?:的)?)问题\\s*${NUM}\\s*(?:个|项|条)` +
    `|^\\s*(?:其中)?\\s*${NUM}\\s*(?:个|项|条)(?:需要?|属于?)?(?:${CLASS_WORD})(?:类)?(?:的)?问题` +
    `|^\\s*(?:其中)?\\s*(?:${CLASS_WORD})(?:类)?的\\s*${NUM}\\s*(?:个|项|条)(?:具体)?问题`,
);
// Once a class is accounted for, the rest of the total is one more part (`其中立行立改问题6个已完成整改，
// 其余8个问题中已完成整改5个`).
const REST_PART = new RegExp(`^\\s*(?:其余|剩余|余下)(?:的)?\\s*${NUM}\\s*(?:个|项|条)(?:具体)?问题(?:中)?`);
// A class's claims without a number cover what of the class is not yet counted: all of it done
// (`已全部整改完成`, `已整改完成`), staged (`均已取得阶段性成效`, `正在推进`) or not done (`均未完成`).
const PART_REST = `^\\s*(?:(?:${REST_WORD}|其他)(?:的)?(?:问题)?)?\\s*`;
const PART_DONE = new RegExp(`${PART_REST}(?:均|全部|都)?已(?:经)?(?:全部|全面|均)?${DONE_VERB}${CLAIM_END}`);
const PART_STAGED = new RegExp(
  `${PART_REST}(?:均|都|全部)?(?:已(?:经)?|仍)?(?:取得(?:了)?阶段性(?:成效|进展|成果)|基本(?:完成|整改到位)|阶段性(?:完成|整改)|(?:正在|持续|有序)(?:加快|有序|持续)?(?:推进|整改)(?:整改|中)?)${CLAIM_END}`,
);
const PART_UNDONE = new RegExp(`${PART_REST}(?:均|都)?(?:尚未|未)(?:整改)?完成(?:整改)?${CLAIM_END}`);

type Part = 'rectified' | 'staged' | 'unrectified';
/** What a count of problems claims, from the words of its clause. */
function partOf(words: string): Part | null {
  if (UNDONE.test(words)) return 'unrectified';
  if (STAGED.test(words)) return 'staged';
  // A plan counts problems only when what it plans is their rectification: `计划新建3个、改扩建2个` counts
  // what is to be built.
  if (FUTURE_COMPLETION.test(words) && !/已/.test(words)) return PLANNED_RECTIFICATION.test(words) ? 'unrectified' : null;
  if (DONE.test(words)) return 'rectified';
  return null;
}
interface ClassCount {
  n: number;
  counted: Record<Part, number>;
  /** Where each figure was claimed, first to last. */
  at: Partial<Record<Part, Span>>;
  claims: number;
  /** A count hidden or of another set: the class cannot be summed. */
  broken: boolean;
  /** Named as a part of what was just counted (`已完成整改9个，其中立行立改问题3个…`). */
  within: boolean;
}
const accounted = (c: ClassCount): number => c.counted.rectified + c.counted.staged + c.counted.unrectified;

function value(raw: string): number | null {
  if (/[*＊]/.test(raw)) return null;
  return parseNumeral(raw);
}

/** Whether a total of problems follows a count in these clauses, before any other total or an earlier round. */
function totalAfter(clauses: readonly string[]): boolean {
  let counted = false;
  for (const c of clauses) {
    if (EARLIER_ROUND.test(c) || MEASURES.test(c)) return false;
    if (PROBLEMS.test(c) || totalAfterParts(c)) return counted;
    if (!counted) counted = c.search(COUNT) !== -1;
  }
  return false;
}

type Key = 'problems' | 'rectified' | 'staged' | 'unrectified' | 'measures' | 'measuresDone';

const DONE_BEFORE = /(?:已|已经)(?:全部)?(?:完成|落实|办结)(?:的)?$|完成了$/;
const OBJECT_OF_ACTION = /^\s*(?:对|针对|就)/;
const OBJECT_END = /^(?:具体)?(?:问题|事项|措施)?\s*[，,。；;：:]?\s*$/;

/**
 * `taskSpans`: where the notice accounts for its problems (the task sections). A figure there is a
 * result of rectification though its paragraph does not say so (`一是开展专项治理，清退违规发放的津
 * 补贴387万元`, under `二、巡视反馈问题整改落实情况`).
 */
export function extractStats(text: string, from: number, to: number, taskSpans: readonly Span[] = []): StatsResult {
  const stats: NoticeStats = {
    problems: null, rectified: null, staged: null, unrectified: null, measures: null, measuresDone: null, other: [],
  };
  const spans: StatsResult['spans'] = {};
  const redacted: Span[] = [];
  const set = (k: Key, raw: string, span: Span): void => {
    if (stats[k] !== null || spans[k]) return;
    const v = value(raw);
    spans[k] = span;
    if (v === null) redacted.push(span);
    else stats[k] = v;
  };
  // Counts only follow a stated total: in its sentence, or in an earlier sentence of its paragraph —
  // or in the paragraph before, when that one stated the total and counted nothing after it
  // (`巡察组共反馈问题23个。` alone, `截至目前，已整改到位19个…` the next paragraph).
  let paragraphEnd = -1;
  let headInParagraph = false;
  let dangling = false;
  let refinedOnce = false;
  // Top-level headings passed, and how many had been passed when the total of problems was read.
  let headings = 0;
  let totalAtHeadings = -1;
  let resumedHere = false;
  // Whether the paragraph may still resume counting the opening's total, at a sentence that opens with a date.
  let resumable = false;
  // Where the time of the body's earlier notice ends (-1: not in it).
  let earlierUntil = -1;
  // What the paragraph was last counting: `共反馈问题22个。已完成整改17个…` goes on counting problems.
  let paragraphMode: 'problems' | 'measures' | null = null;
  // The class the paragraph's last sentence was counting: the rest may follow in the next sentence
  // (`其中立行立改问题5个，已全部整改完成；其余7个问题均已取得阶段性成效。`).
  let paragraphPart: ClassCount | null = null;
  // A second, different total is another body's (a summary of several bodies) or a category's
  // (`其中党的建设方面反馈问题8个`): from there on, counts are not parts of the first total.
  const closed = { problems: false, measures: false };
  // Whether the total read was found by another procedure than the inspection.
  let otherTotal = false;
  // Counts of problems by class (立行立改, 限期整改, …方面): set aside, and summed into the total's
  // figures only when no count of the whole is stated and the classes add up to the total.
  const classes: ClassCount[] = [];
  // A count of the whole fills its figure; in one sentence, kinds of partial progress and the rest's
  // done ones after a part's add up.
  const countProblems = (part: Part, raw: string, span: Span, sStart: number, cStart: number, clause: string, words: string): void => {
    const prior = spans[part];
    const v = value(raw);
    const adds =
      part === 'staged'
        ? // `基本完成9个，其余6个正在持续推进`, `基本完成5个，部分完成1个`; `其中…` is a part of one.
          prior && prior.end <= cStart && !/^\s*其中/.test(clause)
        : part === 'rectified'
          ? // `其中立行立改问题6个已完成整改，其余8个问题中已完成整改5个` (not the rest's plans).
            prior && REST_OF.test(text.slice(prior.end, cStart + clause.length)) && !/方案|计划|清单|台账/.test(words)
          : false;
    const total = stats[part];
    if (adds && prior && total !== null && v !== null && prior.start >= sStart) {
      stats[part] = total + v;
      spans[part] = { start: prior.start, end: span.end };
    } else set(part, raw, span);
  };
  for (const s of sentencesIn(text, from, to)) {
    if (totalAtHeadings === -1 && spans.problems) totalAtHeadings = headings;
    if (s.start > paragraphEnd) {
      const nl = text.indexOf('\n', s.start);
      paragraphEnd = nl === -1 ? text.length : nl;
      // Only a paragraph that goes on counting (`截至目前，已…`, `其中…`) is counted against it.
      const carried = dangling && GOES_ON_COUNTING.test(s.text);
      if (TOP_HEADING.test(s.text)) headings++;
      // …or, with the total stated only in the opening and nothing of it counted yet, a paragraph of the
      // first part that counts as of a date (`共指出问题4个方面18个。` in the opening, then under `一、巡察整改
      // 工作总体情况` `截至目前，已整改到位15个，剩余3个正在加快推进。`), from that sentence on.
      resumable = !carried && totalAtHeadings === 0 && headings === 1 && !closed.problems && !spans.rectified && !spans.staged && !spans.unrectified;
      headInParagraph = carried;
      resumedHere = false;
      if (!carried) paragraphMode = null;
      paragraphPart = null;
      dangling = false;
    }
    // The date may open a later sentence (`第一次通报后，局党组…推进会。截至2025年6月20日，…累计完成整改15个`).
    if (resumable && !headInParagraph && RESUMES_COUNTING.test(s.text) && /整改|问题|销号|办结/.test(s.text)) {
      resumable = false;
      headInParagraph = true;
      resumedHere = true;
      paragraphMode = 'problems';
    }
    // As of the body's earlier notice (the rest of a sentence that named it, past `；`), or since it.
    if (s.start >= earlierUntil || OWN_TIME.test(s.text)) earlierUntil = -1;
    let earlier = earlierUntil !== -1;
    let since = false;
    const problemsInSentence: number[] = [];
    let inspectionsOnly = true;
    // `反馈共性问题6个、个性问题14个`: the total is the two kinds together.
    const split = spans.problems ? null : SPLIT_TOTAL.exec(s.text);
    if (split) {
      const a = value(split[1] ?? '');
      const b = value(split[2] ?? '');
      const at = s.start + (split.index ?? 0);
      spans.problems = { start: at, end: at + split[0].length };
      if (a !== null && b !== null) stats.problems = a + b;
      else redacted.push(spans.problems);
      headInParagraph = true;
      dangling = true;
      paragraphMode = 'problems';
    }
    // A sentence that counts (or claims all), of problems or measures, about rectification — or one
    // stating the total of problems fed back by itself (`巡察组共反馈问题22个。`, its counts in the next
    // sentence). The cheap tests first: most sentences count nothing.
    if (!/[0-9０-９*＊零〇一二两三四五六七八九十]\s*(?:个|项|条|件)/.test(s.text) && !(headInParagraph && ALL_CLAIMED.test(s.text))) continue;
    if (!/问题|措施|整改任务|意见/.test(s.text) && !headInParagraph) continue;
    if (!/整改/.test(s.text) && !headInParagraph && !PROBLEMS.test(s.text)) continue;
    // Clause by clause, remembering whether the sentence is counting problems or measures.
    let mode: 'problems' | 'measures' | null = paragraphMode;
    let pos = 0;
    // A quotation is a slogan or a name (`“一个问题、一名领导、一个专班”`), never a figure: blanked, the
    // offsets kept.
    let unquoted = !QUOTE_MARK.test(s.text) ? s.text : s.text.replace(QUOTATION, (m) => ' '.repeat(m.length));
    // A parenthesis listing things (`对尚未完成的2个问题（基层社恢复重建、社有资产盘活），…`) is blanked
    // before the clauses are cut, so its commas do not cut the clause around it.
    if (unquoted.indexOf('（') !== -1 || unquoted.indexOf('(') !== -1) unquoted = unquoted.replace(PARENTHESIS, (m) => (/[、，,；;]/.test(m) ? ' '.repeat(m.length) : m));
    // The class counted in this sentence, and whether the sentence names more than one: a class alone
    // with no claim of its own is counted as before (`已完成整改9个，长期坚持问题3个` → staged 3), not when
    // listed with others (`立行立改问题5个、限期整改问题4个`).
    let part: ClassCount | null = null;
    const lastPart = paragraphPart;
    paragraphPart = null;
    let classesHere = 0;
    // A second class named before the first claimed anything makes the sentence a bare listing of classes
    // (`其中党的领导方面问题5个，党的建设方面问题15个，目前已整改完成15个`): the claims after it, outside a
    // class's own clause, are the whole's.
    let listing = false;
    let lone: { words: string; raw: string; span: Span; cStart: number; clause: string; c: ClassCount } | null = null;
    const clauses = unquoted.split(/(?<=[，,；;：:、])/);
    // Parts before their total, which closes the sentence (`截至5月31日，已完成整改15个，基本完成4个，需长期坚持
    // 整改3个，整改问题合计22个。`): with no total read yet, the sentence's counts are of the total it states.
    const partsFirst = !headInParagraph && !spans.problems && totalAfter(clauses);
    if (partsFirst) {
      headInParagraph = true;
      mode = 'problems';
    }
    for (const clause of clauses) {
      const cStart = s.start + pos;
      pos += clause.length;
      // A parenthesis is a gloss, not the clause (`正在整改4个（其中上轮遗留问题2个）`).
      const bare = clause.indexOf('（') === -1 && clause.indexOf('(') === -1 ? clause : clause.replace(PARENTHESIS, '');
      // From a mention of an earlier round on, the sentence counts that round's problems
      // (`对上轮巡察反馈的8个问题逐一复核，尚未整改到位的1个…`, `较上轮减少5个`), not this one's.
      if (EARLIER_ROUND.test(bare)) break;
      // From a mention of the earlier notice on, to the end of the sentence past `；`, the counts are that notice's;
      // the totals fed back and the measures made are this one's too, and are read.
      if (!earlier && EARLIER_NOTICE.test(bare)) {
        earlier = true;
        SENTENCE_END.lastIndex = cStart;
        earlierUntil = SENTENCE_END.exec(text)?.index ?? text.length;
      }
      if (!since && SINCE_EARLIER.test(bare)) since = true;
      const classPart = !earlier && headInParagraph && stats.problems !== null && !closed.problems && /问题/.test(clause) ? CLASS_PART.exec(clause) : null;
      const prior = part ?? (pos === clause.length ? lastPart : null);
      const restPart = !classPart && prior && !prior.broken && accounted(prior) === prior.n ? REST_PART.exec(clause) : null;
      const opened = earlier ? null : (classPart ?? restPart);
      if (earlier) part = null;
      if (opened) {
        const raw = countOf(opened);
        const n = value(raw);
        const at = cStart + (opened.index ?? 0);
        if (classPart && part && part.claims === 0) listing = true;
        const within = /其中/.test(text.slice(Math.max(s.start, at - 3), at + opened[0].length));
        part = { n: n ?? 0, counted: { rectified: 0, staged: 0, unrectified: 0 }, at: {}, claims: 0, broken: n === null, within };
        classes.push(part);
        classesHere++;
        // Its count as an ordinary count would read it, for a class that turns out to claim nothing.
        const own = [...opened[0].matchAll(COUNT)].pop();
        const ownAt = at + (own?.index ?? 0);
        lone = classPart && own?.[1] !== undefined ? { words: clause, raw: own[1], span: { start: ownAt, end: ownAt + own[0].length }, cStart, clause, c: part } : null;
        mode = 'problems';
        dangling = false;
      }
      // A new total ends the class (`…；截至目前，12个问题已完成整改8个`).
      if (part && !opened && (listing || PROBLEMS.test(clause) || MEASURES.test(clause))) part = null;
      if (part) {
        // The class's own claims: the rest of its clause, then the clauses after it until the next class,
        // a new total or the sentence's end.
        const claimFrom = opened ? (opened.index ?? 0) + opened[0].length : 0;
        const claim = clause.slice(claimFrom);
        const claimStart = cStart + claimFrom;
        const counted = [...claim.replace(PARENTHESIS, (m) => ' '.repeat(m.length)).matchAll(COUNT)].pop();
        const left = part.n - accounted(part);
        if (counted && counted[1] !== undefined) {
          const v = value(counted[1]);
          const kind = partOf(claim.slice(0, counted.index) + claim.slice((counted.index ?? 0) + counted[0].length));
          if (v === null) part.broken = true;
          else if (kind && v <= left) {
            const at = claimStart + (counted.index ?? 0);
            part.counted[kind] += v;
            part.at[kind] = { start: part.at[kind]?.start ?? at, end: at + counted[0].length };
            part.claims++;
          } else if (kind && !opened) {
            // More than the class has left is a count of the whole (`长期坚持问题3个，已完成整改9个`).
            part = null;
          }
        } else {
          const done = PART_DONE.exec(claim);
          const staged = done ? null : PART_STAGED.exec(claim);
          const all = done ?? staged ?? PART_UNDONE.exec(claim);
          if (all && left > 0) {
            const kind: Part = done ? 'rectified' : staged ? 'staged' : 'unrectified';
            const at = claimStart + (all.index ?? 0);
            part.counted[kind] += left;
            part.at[kind] = { start: part.at[kind]?.start ?? at, end: at + all[0].length };
            part.claims++;
          }
        }
        if (part) continue;
      }
      // Only the total of this sentence refined, and only once: a category's refinement later
      // (`（一）…反馈问题5项，细化为12个具体问题`) is the category's.
      // The total restated: refined (`已细化为41个具体问题`) or summed (`…共计28个问题`). From here on
      // the counts are of it.
      const restate = (v: number, m: RegExpExecArray): void => {
        const at = cStart + (m.index ?? 0);
        stats.problems = v;
        spans.problems = { start: at, end: at + m[0].length };
        closed.problems = false;
        mode = 'problems';
      };
      const refined = !earlier && !refinedOnce && !closed.problems && (problemsInSentence.length > 0 || PROBLEMS.test(clause)) ? REFINED_TOTAL.exec(clause) : null;
      const refinedValue = refined ? value(refined[1] ?? '') : null;
      if (refined && refinedValue !== null && refinedValue > (stats.problems ?? 0)) {
        refinedOnce = true;
        restate(refinedValue, refined);
        headInParagraph = true;
        dangling = true;
        continue;
      }
      const grand = problemsInSentence.length >= 2 && inspectionsOnly ? GRAND_TOTAL.exec(clause) : null;
      const sum = problemsInSentence.reduce((a, b) => a + b, 0);
      if (grand && value(grand[1] ?? '') === sum) {
        restate(sum, grand);
        continue;
      }
      let rest = clause;
      let restStart = cStart;
      const pm = PROBLEMS.exec(clause) ?? (partsFirst ? totalAfterParts(clause) : null);
      // `对反馈的5个问题制定整改措施21条`: the measures may share the problems' clause, after them.
      let mm = MEASURES.exec(pm ? clause.slice((pm.index ?? 0) + pm[0].length) : clause);
      if (mm && pm) {
        const after = (pm.index ?? 0) + pm[0].length;
        // Measures done (`…问题已完成整改措施31条`) are left to the counts after the head.
        if (DONE_BEFORE.test(clause.slice(after, after + (mm.index ?? 0)))) mm = null;
        else mm.index = after + (mm.index ?? 0);
      }
      // Measures done since the earlier notice (`新完成整改措施9条`) are an increment, neither made nor done so far.
      if (mm && INCREMENT.test(clause.slice(0, mm.index))) {
        mode = 'measures';
        continue;
      }
      // `已完成整改措施31条`: the measures done, not the measures made (as of the earlier notice, not read).
      if (mm && (DONE_BEFORE.test(clause.slice(0, mm.index)) || (earlier && /(?:完成|落实|办结)(?:了|的)?$/.test(clause.slice(0, mm.index)))) && !UNDONE.test(clause) && !STAGED.test(clause)) {
        if (headInParagraph && !closed.measures && !earlier && !(since && !CUMULATIVE.test(clause))) {
          const at = cStart + (mm.index ?? 0);
          set('measuresDone', mm[1] ?? mm[2] ?? '', { start: at, end: at + mm[0].length });
          dangling = false;
        }
        continue;
      }
      // A total found by another procedure (`县审计局审计发现的9个问题已整改完成7个`) is the total only until the
      // inspection's is stated (`巡察组反馈的16个问题，…`): then the counts start again from that one.
      if (pm && (otherTotal || !spans.problems)) {
        const end = cStart - s.start + (pm.index ?? 0) + pm[0].length;
        const other = OTHER_PROCEDURE_CHEAP.test(s.text) && ofOtherProcedure(s.text, end);
        if (!spans.problems) otherTotal = other;
        else if (!other && (INSPECTION.test(s.text.slice(0, end)) || /反馈/.test(pm[0]))) {
          for (const k of ['problems', 'rectified', 'staged', 'unrectified'] as const) {
            stats[k] = null;
            delete spans[k];
          }
          classes.length = 0;
          closed.problems = false;
          otherTotal = false;
        }
      }
      const head = mm ?? pm;
      if (head) {
        const span = { start: cStart + (head.index ?? 0), end: cStart + (head.index ?? 0) + head[0].length };
        const key = mm ? 'measures' : 'problems';
        if (pm && mm) {
          // Both totals in the clause: the problems' first, the clause then goes on counting measures.
          const pRaw = countOf(pm);
          const pAt = cStart + (pm.index ?? 0);
          if (spans.problems) closed.problems = value(pRaw) !== stats.problems;
          set('problems', pRaw, { start: pAt, end: pAt + pm[0].length });
        }
        const raw = countOf(head);
        // Another total closes the counts of the first; the first stated again reopens them (`其中，…方面反馈问题
        // 6个…；…方面反馈问题12个…。总的看，18个问题已整改到位15个，正在整改3个。`).
        if (spans[key]) closed[key] = value(raw) !== stats[key];
        set(key, raw, span);
        // Every count of problems in the sentence, for a sum that may follow (GRAND_TOTAL).
        for (let more = pm ? clause : '', m = pm; m; m = PROBLEMS.exec(more)) {
          const v = value(countOf(m));
          if (v !== null) problemsInSentence.push(v);
          // Summed only when each count is an inspection's (`巡察反馈的7个问题和审计发现的21个问题`: not).
          if (!INSPECTION.test(more.slice(0, (m.index ?? 0) + m[0].length))) inspectionsOnly = false;
          more = more.slice((m.index ?? 0) + m[0].length);
        }
        mode = key;
        // `118条整改措施已完成109条`: the rest of the clause may hold the next count.
        rest = clause.slice((head.index ?? 0) + head[0].length);
        restStart = span.end;
        headInParagraph = true;
        dangling = true;
      } else if (!headInParagraph) continue;
      else if (/措施|整改任务/.test(clause)) mode = 'measures';
      else if (/问题|反馈意见/.test(clause)) mode = 'problems';
      // As of the earlier notice, a count or a claim is not this notice's.
      if (earlier) continue;
      rest = rest.replace(PARENTHESIS, (m) => (COUNT_ONLY.test(m) ? m : ' '.repeat(m.length)));
      const counts = [...rest.matchAll(COUNT)];
      const last = counts[counts.length - 1];
      if (!last || last[1] === undefined) {
        // No count: perhaps the rest (REST_DONE), or all of them (ALL_DONE).
        const restDone = mode === 'problems' && !head && stats.problems !== null && !spans.rectified && !closed.problems ? REST_DONE.exec(rest) : null;
        if (restDone && (spans.staged || spans.unrectified) && !NOT_YET.test(restDone[1] ?? '')) {
          const left = (stats.problems ?? 0) - (stats.staged ?? 0) - (stats.unrectified ?? 0);
          const at = restStart + (restDone.index ?? 0);
          if (left >= 0 && (stats.staged !== null || stats.unrectified !== null)) set('rectified', String(left), { start: at, end: at + restDone[0].length });
          dangling = false;
          continue;
        }
        const all = mode === null ? null : (head ? ALL_DONE[mode].afterTotal : ALL_DONE[mode].later).exec(rest);
        // Rectification's verb claims the problems, whatever was counted last (`制定整改措施46条，目前已全部
        // 整改到位`).
        // …when it can: with the problems' parts counted already, the claim is the measures' after all.
        const problemsOpen = stats.problems !== null && !spans.rectified && !spans.staged && !spans.unrectified && !closed.problems;
        const of = all && mode === 'measures' && problemsOpen && RECTIFIED_CLAIM.test(all[0]) ? 'problems' : mode;
        const key = of === 'problems' ? 'rectified' : of === 'measures' ? 'measuresDone' : null;
        const total = of === null ? null : stats[of];
        const partsCounted = of === 'problems' ? spans.rectified || spans.staged || spans.unrectified : spans.measuresDone;
        const before = text.slice(s.start, restStart + (all?.index ?? 0));
        if (all && key && total !== null && !partsCounted && !closed[of as 'problems' | 'measures'] && !NOT_YET.test(before) && !NOT_YET.test(all[0])) {
          const at = restStart + (all.index ?? 0);
          set(key, String(total), { start: at, end: at + all[0].length });
          dangling = false;
        }
        continue;
      }
      dangling = false;
      const span = { start: restStart + (last.index ?? 0), end: restStart + (last.index ?? 0) + last[0].length };
      const before = rest.slice(0, last.index);
      const after = rest.slice((last.index ?? 0) + last[0].length);
      // `对尚未完成的2个问题，将…`: the count names what the sentence goes on to act on, a set
      // already counted, not a claim of its own.
      if (OBJECT_OF_ACTION.test(before) && OBJECT_END.test(after)) continue;
      // What the count is of: the clause's words around it (`其余6个取得阶段性成效`).
      const words = before + after;
      // What was done since the earlier notice is an increment (what is left is a state: `剩余1个正在推进`).
      if ((INCREMENT.test(before) || (since && !CUMULATIVE.test(clause))) && DONE.test(words) && !UNDONE.test(words) && !STAGED.test(words)) continue;
      const unit = last[0].slice(-1);
      // `完成整改45个` counts problems even right after the measures; `已完成54条` counts measures.
      // `已完成整改措施31条` counts measures: the noun decides before the verb.
      // `条` counts measures — unless the problems themselves were counted in 条 and are being counted.
      // The problems' unit is the total's last, the noun may follow it (`共反馈4个方面18条意见`).
      const problemsInTiao = mode === 'problems' && spans.problems !== undefined && /条(?:具体)?(?:问题|反馈意见|意见)?$/.test(text.slice(spans.problems.start, spans.problems.end));
      // `件` counts problems only when they were themselves counted in 件 (`反馈问题共22件…已整改办结19件`): else it
      // counts leads or petitions (`移交问题线索5件，已办结3件`).
      const notProblems = unit === '件' && !(spans.problems !== undefined && text.slice(spans.problems.start, spans.problems.end).endsWith('件'));
      const read = /措施|举措|任务/.test(words) && unit !== '个' ? 'measures' : /整改(完成|到位|完毕)|完成整改|问题/.test(words) || unit === '个' ? 'problems' : unit === '条' && !problemsInTiao ? 'measures' : mode;
      // More than the problems fed back, right after a count of measures, counts measures
      // (`制定整改任务63项，已完成整改58项` of 14 problems).
      const countValue = value(last[1]);
      const of = read === 'problems' && mode === 'measures' && stats.problems !== null && countValue !== null && countValue > stats.problems ? 'measures' : read;
      if (of === 'problems' && mode !== null) {
        if (closed.problems || notProblems) continue;
        // A count right after a count of problems counts problems too (`已完成整改15项，正在推进3项`).
        mode = 'problems';
        const kind = partOf(words);
        // Resumed under a heading, a count larger than the total is of something else (`共排查问题隐患56个，
        // 已整改52个` of 18).
        if (resumedHere && countValue !== null && stats.problems !== null && countValue > stats.problems) continue;
        if (kind) countProblems(kind, last[1], span, s.start, cStart, clause, words);
      } else if (of === 'measures' && !closed.measures && DONE.test(words) && !UNDONE.test(words) && !STAGED.test(words)) set('measuresDone', last[1], span);
    }
    // A class alone in its sentence that claimed nothing is a count like any other (`长期坚持问题3个`).
    if (lone && classesHere === 1 && lone.c.claims === 0 && !closed.problems) {
      classes.splice(classes.indexOf(lone.c), 1);
      const kind = partOf(lone.words);
      if (kind) countProblems(kind, lone.raw, lone.span, s.start, lone.cStart, lone.clause, lone.words);
    }
    paragraphMode = mode;
    paragraphPart = part;
  }
  // A class claimed wholly one way is the rest of the whole when the whole's counts and it make up the total
  // (`立行立改和限期整改的7个问题已全部整改到位，3个长期坚持的问题已取得阶段性成效` of 10 → staged 3): its claim
  // fills that figure of the whole, if still open — not a class named as a part of a count (`其中…`).
  const wholeParts = (['rectified', 'staged', 'unrectified'] as const).filter((k) => spans[k]);
  if (classes.length > 0 && stats.problems !== null && wholeParts.length > 0 && wholeParts.every((k) => stats[k] !== null)) {
    const counted = wholeParts.reduce((a, k) => a + (stats[k] ?? 0), 0);
    for (const c of classes) {
      const kind = (['rectified', 'staged', 'unrectified'] as const).find((k) => c.counted[k] === c.n && c.n > 0);
      const at = kind ? c.at[kind] : undefined;
      if (!c.broken && !c.within && kind && at && !spans[kind] && counted + c.n === stats.problems) {
        set(kind, String(c.n), at);
        break;
      }
    }
  }
  // The classes, when no count of the whole was stated: summed, if the first of them make up the total
  // (`立行立改问题5个，已完成整改5个；限期整改问题4个，已完成整改3个，1个正在推进；长期坚持问题3个，已取得
  // 阶段性成效` → rectified 8, staged 4). A figure is summed only when every class states it or is wholly
  // accounted for without it (`…方面问题6个，已整改到位5个；…方面问题12个，已整改到位10个` → rectified 15,
  // staged unknown).
  if (classes.length > 0 && stats.problems !== null && !spans.rectified && !spans.staged && !spans.unrectified) {
    let sum = 0;
    let n = 0;
    while (n < classes.length && sum < stats.problems) sum += classes[n++]?.n ?? 0;
    const used = classes.slice(0, n);
    if (sum === stats.problems && used.every((c) => !c.broken)) {
      for (const kind of ['rectified', 'staged', 'unrectified'] as const) {
        if (!used.every((c) => c.at[kind] || accounted(c) === c.n)) continue;
        const at = used.map((c) => c.at[kind]).filter((x): x is Span => x !== undefined);
        const first = at[0];
        const lastAt = at[at.length - 1];
        if (first && lastAt) set(kind, String(used.reduce((a, c) => a + c.counted[kind], 0)), { start: first.start, end: lastAt.end });
      }
    }
  }
  stats.other = otherFigures(text, from, to, taskSpans);
  return { stats, spans, redacted };
}
