import { hasTraditional, toSimplified } from './simplify';
import type { Detection, NoticeKind } from './types';

/**
 * Is this text a rectification notice, and which kind? Pure string work, shared by the cheap
 * page detector (on `body.textContent`) and by extraction (on the article text).
 *
 * The rules follow the documents' grammar rather than any site: a notice is the inspected body's
 * own account of rectification, so it says who inspected it and fed back, announces that it
 * publishes its progress (`现将…整改…情况予以公布`), itemises measures (`一是…`, `整改落实情况：`)
 * and invites public supervision for a period. The near misses share the vocabulary but are
 * written about a meeting, an announcement, a rule or a list.
 */

export interface ClassifyInput {
  /** Title candidates: document title, h1, the article's leading lines. */
  titles: string[];
  /** The page or article text. */
  text: string;
  /** Share of the text inside links (0–1), when known: list pages are mostly links. */
  linkRatio?: number;
  /** Links to attachments (.pdf, .doc…) on the page. */
  attachmentLinks?: number;
  /**
   * `page`: the whole page's text, sidebars of related notices included; `article`: the article
   * alone. Several notice titles in an article mean a list; on a page they may be a sidebar.
   */
  scope: 'page' | 'article';
  /** Page scope: the page looks like a list of notices (decided from its links). */
  listPage?: boolean;
  /** Article scope: rows of a 整改台账 table (problem, measures, status) found in the article. */
  ledgerRows?: number;
}

const TITLE_PROGRESS = /巡[察视].{0,30}整改.{0,6}进展|整改进展情况/;
const TITLE_REPORT = /(巡[察视]|反馈意见|反馈问题).{0,40}整改.{0,12}(情况|工作).{0,4}(通报|报告|公告|公示|说明)?|整改(落实)?情况的?(通报|报告|公告|公示)/;
const TITLE_SUMMARY = /^(?!.*关于).{0,20}第.{1,3}轮巡[察视](集中)?整改(进展)?情况/;
// A notice's title ends like one: `…情况的通报`, `…的报告`, `…进展情况`. News headlines about
// notices (`…集中公布巡察整改进展`, `…开展“回头看”`) and plans (`…整改工作方案`) do not.
// And it is a notice *of* rectification: the words before its genre are 情况, 进展, 工作 or 整改 —
// not `…巡察整改工作不力典型问题的通报` (a discipline circular of cases).
const TITLE_END = /(?:情况|进展|工作|整改|落实)的?(?:第[一二三四五六七八九十\d]次)?(?:通报|报告|公告|公示|说明)?$/;
// Titles of things written *about* inspections: meetings, announcements, rules, news verbs.
const TITLE_NEAR_MISS =
  /召开|举行|举办|会议|民主生活会|组织生活会|动员|部署会|推进会|反馈会|见面会|座谈|调研|督导|督查|(?:督办|调度|抽查)(?:情况|工作|结果)|回头看|监督检查|监督工作|咨询|请问|留言|专项检查|检查情况|评估|考核|培训|进驻|公告|条例|办法|规定|规则|细则|解读|评论|发现问题|典型问题|典型案例|移交|扎实推进|全力推进|持续推进|深入推进|见行动|见实效|开展/;
// Headlines whose main verb is an event even when they name the progress report: a meeting that
// reviews it (`…党组召开会议审议巡察整改进展情况通报`), a speech at one (`在…通报会上的讲话`), news
// that a body published it (`市林业局公布…巡察整改进展情况` — the notice's own titles say `关于`).
const NEWS_PUBLISH = /^(?!.*关于).{2,24}?(?:公布|晒出|晒|发布)了?.{0,30}巡[察视]/;
const TITLE_EVENT = new RegExp(`召开|举行|举办|审议|听取|学习|传达|研读|滞后|不力|缓慢|迟缓|敷衍|虚假整改|^(?:什么是|为什么|如何|怎样|怎么)|图解|一图(?:读懂|看懂|速览|了解)|图说|在.{2,60}(?:会|会议|仪式)上的(?:讲话|发言|致辞)|${NEWS_PUBLISH.source}`);

// `公告如下` is left out on purpose: it is how an inspection *announcement* introduces itself.
// The formula names rectification (`现将巡察整改进展情况予以公布`, `现将巡视反馈意见落实情况…`); a
// report of inspection *work* (`现将2024年度巡察工作情况报告如下`) is another document.
const PUBLISH_FORMULA =
  /现将.{0,40}?(整改|反馈(?:意见|问题)[^，。；]{0,12}?落实).{0,30}?(予以公布|公布如下|通报如下|报告如下|汇报如下|予以公开|公开如下|予以通报|予以公示|公示如下|情况公布)|现将(有关|相关)?(情况|进展|进展情况|落实情况).{0,4}(予以公布|公布如下|通报如下|报告如下|予以公开|公开如下)/;
// `现将有关情况通报如下` is how any report opens (a meeting's, a supervision check's): it speaks
// for a notice only under a notice's own title.
const GENERIC_FORMULA = /^现将(有关|相关)?(情况|进展|进展情况|落实情况)/;
// The page's own period (`公开期限：…`, `公示期限为…`), not a rule about periods described
// (`公开期限不少于10个工作日`, in a reply or a directive).
const PERIOD_GIVEN = '(?:公开期限|公示期限)(?!不少于|不得少于|一般|原则上|应|要)';
const PUBLICITY =
  new RegExp(`${PERIOD_GIVEN}|公示期[：:为自]|公开时间[：:为自]|欢迎广大(干部)?(群众|党员|师生|职工).{0,30}监督|(?:欢迎|请|接受)[^。]{0,20}对(巡[察视])?整改.{0,12}(情况)?(进行|予以)?监督`);
const STATS =
  /(反馈|指出|交办|发现)(的|了)?.{0,12}?[\d０-９]+\s*(个|项|条)(具体)?问题|(已|完成)(整改)?(完成)?(整改)?[\d０-９]+\s*(个|项)|整改措施\s*[\d０-９]+\s*(条|项)|[\d０-９]+\s*(条|项)整改措施/;
const OPENING =
  /巡[察视]组.{0,40}?(反馈了?|进行了?(常规|专项)?巡[察视]|开展了?.{0,6}巡[察视])|(反馈|交办)的?.{0,10}(意见|问题).{0,10}整改/;
const MEASURE_MARK = /整改(落实)?(情况|措施|成效)[：:]|[一二三四五]是/g;
const NEXT_STEPS = /下一步|今后.{0,6}(工作)?(打算|安排|计划)|整改工作打算/;
// Inspection announcements: a team will arrive, a hotline takes reports during its stay (`巡察期间，…电话`,
// `进驻期间`, `…为期1个月。期间，设立…信箱`) — not the notice's own closing (`公示期间，如有意见建议，请…电话`,
// `如有意见建议，请在6月6日至6月16日期间反映。联系电话：…`: a period the reader answers in).
const OTHERS_DOCUMENT = /现将[^。，；]{0,20}(?:督查|督导|检查|抽查)情况(?:通报|报告)如下|(?:网友|市民|群众)(?:朋友)?[，,]?您好|答复如下/;
const ANNOUNCEMENT = /(巡[察视]组|巡[察视]工作).{0,20}(进驻|将对|将于|即将)|受理.{0,12}(来信|来电|来访|信访)|举报电话|值班电话|巡[察视]时间[为：:]|(?:巡[察视](?:组|工作)?|进驻|(?:^|[。；\n])\s*)期间.{0,20}(电话|信箱)/;
const MEETING = /会议(指出|强调|要求|认为|听取|传达)|会上|讲话中|(作|做)(了)?(动员)?讲话|主持(召开)?会议|出席会议|参加会议/g;
const REGULATION_ARTICLE = /第[一二三四五六七八九十百]+条/g;
const NEWS_MARK = /记者|通讯员|据悉|据了解|本报讯|本网讯|报道称|新闻发布|受访|通报显示|通报指出|供稿|(?:党组|党委|负责人|局长|书记)表示/g;
// A circular opens by addressing many (`各被巡察党组织：`, `各县（市、区）纪委监委，…：`): a
// directive or a discipline circular. A body's notice addresses the public, or no one.
const ADDRESSED_TO_MANY = /各[^。，；：:\n]{1,40}(?:党组织|单位|部门|机构|党组|党委|纪委监委|乡镇|街道|学院|支部)(?:（[^）]{1,8}）)?[：:]/;
const QA_MARK = /(?<![提询访追])问[：:]|答[：:]/g;
/**
 * A site search's results: the count line it prints (`找到相关结果约 236 条`, `共检索到12条记录`) or a
 * title that says so. Its snippets quote notices (their opening, their publicity period) and read
 * like one, but they are several notices cut short.
 */
const SEARCH_COUNT = /(?<![查寻自])(?:找到|搜索到|检索到|查询到|为您找到)(?:与?\s*[“"「][^”"」]{1,40}[”"」]\s*)?(?:相关的?)?(?:(?:结果|信息|记录|内容|文章)约?\s*[\d,，]+\s*(?:条|篇|个|项)|约?\s*[\d,，]+\s*(?:条|篇))|共\s*(?:找到|检索到|查询到)?\s*[\d,，]+\s*(?:条|篇)(?:相关)?(?:结果|记录|信息)/;
// Each result shows its address and date (`https://…/page.htm 2025-03-05`): three of them make a
// list of results, whatever the count line says.
const RESULT_ADDRESS = /https?:\/\/[^\s<>"“”]{6,200}[\s\u3000]{1,6}(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}/g;
const SEARCH_TITLE = /^(?:搜索|检索|站内搜索|全文检索|查询)(?:结果)?(?:\s*[-_|·：:]|$)|(?:搜索|检索)结果/;
// Not the site's `联系我们` / `关于我们` menu entries.
const FIRST_PERSON = /(?<!联系|关于)我(台|局|委|院|校|部|中心|单位|县|区|市|公司|厅|办|们|社|所|镇|乡|街道|集团)/;

/** Matches of a global `re` in `s`, counting no further than `cap` (all a threshold needs). */
function count(re: RegExp, s: string, cap = Infinity): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < cap && re.exec(s) !== null) n++;
  re.lastIndex = 0;
  return n;
}

function countSub(hay: string, needle: string, cap = Infinity): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1 && n < cap; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Titles are written without spaces; CMS titles carry a site suffix after `_` `|` `-`. */
export function titleParts(raw: string): string[] {
  // A column's tag before the title (`【巡察干部培训课件】如何写好…`) is no part of it.
  // Kept as written too: the tag may name the genre (`【图解】…`).
  const written = raw.replace(/[\s\u3000\u00a0]+/g, '');
  const t = written.replace(/^(?:【[^】]{1,20}】|\[[^\]]{1,20}\])+/, '');
  if (!t) return [];
  return [t, ...(written !== t ? [written] : []), ...t.split(/[_|｜—–-]{1,2}/).filter((p) => p && p !== t)];
}

/**
 * Below this a page is clearly no notice: extraction does not look at its article again (see
 * extract.ts). Scans that can only lower a score already below it are skipped.
 */
export const CLEARLY_NOT = 0.35;
/** What each feature adds to the score, or takes from it. */
const W = {
  title: 0.35, publish: 0.3, publicity: 0.2, stats: 0.1, opening: 0.15, measures: 0.15, ledger: 0.2, nextSteps: 0.05, firstPerson: 0.05, rectificationWords: 0.1,
  noAccount: 0.5, plan: 0.3, eventTitle: 0.45, otherSubject: 0.35, otherDomain: 0.4, announcement: 0.4, addressedToMany: 0.5, meeting: 0.3, regulation: 0.6, attachmentOnly: 0.3, noOwnVoice: 0.3, news: 0.3, qa: 0.5,
} as const;
/** The most the text's own scanned features add: publicity, figures, opening, measures, next steps, first person, 整改 said often. */
const SCANNED_MAX = W.publicity + W.stats + W.opening + W.measures + W.nextSteps + W.firstPerson + W.rectificationWords;

const NOT_NOTICE = (reasons: string[], confidence: number): Detection => ({
  isNotice: false,
  kind: 'not-notice',
  confidence: Math.round(confidence * 100) / 100,
  reasons,
});

/** Which kind of notice the titles name, if any. */
function titleKindOf(titles: readonly string[]): NoticeKind | null {
  let titleKind: NoticeKind | null = null;
  for (const t of titles) {
    // News that a body published its notice (`市统计局公布…巡察整改进展情况`) names no notice's kind.
    if (t.length > 90 || !TITLE_END.test(t) || NEWS_PUBLISH.test(t)) continue;
    // `…集团有限公司党委八届市委第三轮巡察整改进展情况` names its own body: not a summary.
    if (TITLE_SUMMARY.test(t) && !/党委|党组|委员会|党工委|党总支|支部/.test(t.slice(0, Math.max(0, t.search(/第.{1,3}轮/))))) titleKind = 'summary';
    else if (TITLE_PROGRESS.test(t)) titleKind = titleKind ?? 'progress-notice';
    else if (TITLE_REPORT.test(t)) titleKind = titleKind ?? 'rectification-report';
  }
  return titleKind;
}

// A title about the body's own rectification progress (`…整改落实情况`, `…整改进展情况`): the event
// words of a near miss may appear in it (`关于开展…整改进展情况的通报`). Not a meeting's or a
// check's 情况 (`整改专题民主生活会召开情况`, `整改监督检查情况`).
const OWN_PROGRESS = /整改(?:落实|工作|推进|进展)*情况|整改进展/;

/** Whether a title names an event, a plan or a question about rectification rather than a notice. */
function titleNearMissOf(titles: readonly string[]): boolean {
  return titles.some((t) => t.length <= 90 && /巡[察视]|整改/.test(t) && nearMissTitle(t));
}

// What names a body before `关于`: `中共学习出版社委员会关于…`, `…电力调度控制中心党支部关于…`.
const ISSUER_BEFORE_ABOUT = /(?:委员会|党组|党委|党支部|党总支|党工委|局|中心|公司|集团|社|院|校|站|所|厅|办|部)$/;

/**
 * Event words are read in the title's subject: after `关于` when an issuer's name stands before it
 * (`学习出版社`, `电力调度控制中心` are names), in the whole headline otherwise (`…召开会议审议关于…`).
 */
function nearMissTitle(t: string): boolean {
  const about = t.indexOf('关于');
  const subject = about > 0 && ISSUER_BEFORE_ABOUT.test(t.slice(0, about)) ? t.slice(about) : t;
  return (
    (TITLE_NEAR_MISS.test(subject) && !OWN_PROGRESS.test(subject)) ||
    TITLE_EVENT.test(subject) ||
    /(方案|要点|计划|安排|清单|台账|问答|知识|解读|通知|意见|决定|讲话|发言|承诺书|倡议书|责任书)(?:的?(?:通报|公示|公告))?$|[？?]$/.test(t) ||
    // An infographic of the notice, however its title goes on (`【图解】…党委关于…的通报`).
    /^[【[]?(?:图解|一图(?:读懂|看懂|速览|了解)|图说)/.test(t)
  );
}

/**
 * Rectification of what an audit, an environmental inspection (督察), a regulator's check (现场检查,
 * 金融监管), a campaign's self-review (检视问题) or a meeting found: the same words, another
 * procedure. A title naming one of these and no 巡察/巡视 counts against the page, and vetoes it
 * when no inspection team ever acted on the body (INSPECTION_ACTED).
 */
const OTHER_DOMAIN = /审计|督察|环保|评审|专家组|执法监督|消防|火灾隐患|责令改正|生态环境保护|检视问题|民主生活会|组织生活会|主题教育|信访|安全生产|专项检查|督查|现场检查|检查意见书|金融监管|银保监|证监|保监|监管分局|网络安全|飞行检查|抽检|巡河|巡查|审核评估|评估|验收|执法检查|检查发现|教学检查|司法建议|检察建议|隐患排查|安全检查|安全隐患/;
// The inspection acting on the body: its team at work (`县委第三巡察组对我局…`, `巡察组进驻…`, `巡察组向我局
// 党组反馈了…`, `巡察组于5月26日反馈了巡察意见`) or the act (`对…开展了常规巡察`) — the inspection as the act's
// object, not `统筹开展…巡察整改`; a team named only as the source of other feedback (`落实省委第五巡视组专项巡视
// 反馈意见`) did not inspect this body.
const INSPECTION_ACTED = /巡[察视](?:第[一二三四五六七八九十\d]{1,3})?组[^。；;]{0,40}?(?:对|进驻|入驻|向|反馈了)|(?:开展|进行)了?(?:为期[^。；;，,]{1,8}?的?)?(?:常规|专项|机动|交叉|提级|延伸|联动|政治)?巡[察视](?!整改|反馈|工作|意见)|接受了?[^。；;]{0,30}?巡[察视]/g;

// The inspection's problems folded into the other procedure's work (`与…巡察反馈的…问题一并整改`,
// `一并纳入审计整改台账统筹推进`): the page is still that procedure's account.
const FOLDED_IN = /一并|纳入[^。；;]{0,16}?(?:台账|清单)|统筹推进|同步整改/;

// The inspection as the time something else happened (`巡察组在对集团商贸公司开展巡察时发现…`, `…开展巡察期间，
// 向我局移交…线索`): the circumstance of a finding handed on, not the inspection this page accounts for.
const DURING_INSPECTION = /^[^。；;，,]{0,40}?巡[察视](?:工作)?(?:时|期间|过程中)/;

/** Whether an inspection team acted on the body, in a sentence that does not fold it into other work. */
function inspectionActed(text: string): boolean {
  for (const m of text.matchAll(INSPECTION_ACTED)) {
    const at = m.index ?? 0;
    const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
    const stop = text.slice(at).search(/[。\n]/);
    if (DURING_INSPECTION.test(text.slice(at))) continue;
    if (!FOLDED_IN.test(text.slice(from, stop === -1 ? text.length : at + stop))) return true;
  }
  return false;
}

const INSPECTION_TITLE = /巡[察视]|反馈(?:意见|问题)/;
const PLACEHOLDER = /[×Ｘ]{2}|第[×Ｘ]+[轮届组]|[×Ｘ]+(?:市|县|区|局|委|届)/;

function otherDomainTitle(titles: readonly string[]): boolean {
  return titles.some((t) => t.length <= 90 && OTHER_DOMAIN.test(t) && !/巡[察视]/.test(t) && /整改/.test(t));
}

// A document title of another subject (`…全面从严治党主体责任和党风廉政建设情况的报告`): a page whose
// titles name neither 整改 nor 巡察/巡视 is not a notice, though a section of it reports on them.
const DOCUMENT_END = /(报告|通报|总结|通知|意见|方案|决定|讲话|情况|答复|复函|回复)$/;

function otherSubjectTitle(rawTitles: string[]): boolean {
  const parts = rawTitles.flatMap(titleParts);
  return parts.some((t) => t.length >= 10 && t.length <= 90 && DOCUMENT_END.test(t)) && !parts.some((t) => /整改|巡[察视視]/.test(t));
}

/** Rows a ledger needs before it counts as the article's itemisation (one row is a sample). */
const LEDGER_ROWS = 2;

/** Title candidates, simplified when the page is traditional, split at site-name separators. */
function titleStrings(rawTitles: string[], simplify: boolean): readonly string[] {
  // Every title pattern needs 整改 or 巡察/巡视: most pages' titles are out at once.
  if (!rawTitles.some((t) => /整改|巡[察视視]/.test(t))) return [];
  // Joined by a character no title holds: `['A\nB']` and `['A', 'B']` are different titles.
  const key = `${simplify ? 1 : 0}${rawTitles.join('\u0000')}`;
  if (key !== lastTitles.key) lastTitles = { key, strings: (simplify ? rawTitles.map(toSimplified) : rawTitles).flatMap(titleParts), kind: undefined };
  return lastTitles.strings;
}

// One text is classified with the same titles more than once (the page detector's early exit,
// then its verdict; extraction's article): their parts and kind are kept for the next time.
let lastTitles: { key: string; strings: readonly string[]; kind: NoticeKind | null | undefined } = { key: '', strings: [], kind: null };

/** `titleKindOf(titleStrings(…))`, remembered with the strings. */
function titleKindOfRaw(rawTitles: string[], simplify: boolean): NoticeKind | null {
  const strings = titleStrings(rawTitles, simplify);
  if (strings.length === 0) return null;
  // `undefined` until asked: `null` (no kind) is an answer worth keeping too.
  if (lastTitles.kind === undefined) lastTitles.kind = titleKindOf(strings);
  return lastTitles.kind;
}

/** Extraction asks for a title's kind alone (see confirmOnArticle). */
function readTitles(rawTitles: string[], simplify: boolean): { titleKind: NoticeKind | null } {
  return { titleKind: titleKindOfRaw(rawTitles, simplify) };
}

// Literal anchors of the own-voice formulas: `indexOf` finds them far faster than a regex scan.
const PUBLISH_ANCHOR = '现将';
const INSPECTION_WORD = /巡[察视視]/;
const PUBLICITY_ANCHORS = ['公开期限', '公示期', '公开时间', '公示时间', '欢迎', '公开期'];

// Whether any own-voice anchor is there at all, as either script writes it (现将/現將, 公开期限/公開期限,
// 欢迎/歡迎): one pass, and most near misses have none.
const VOICE_ANCHOR_EITHER_SCRIPT = /[现現][将將]|公[开開]期|公示期|公[开開][时時][间間]|公示[时時][间間]|[欢歡]迎/;

/**
 * What one text says, whichever titles it is read with: the page detector asks twice about one
 * text (with `<title>`, then with the first heading too), so the answers are kept for the second
 * time. A traditional text keeps its simplified reading beside it.
 */
interface TextFacts {
  text: string;
  voiced: boolean;
  formula?: Formula | null;
  publicity?: boolean;
  tradHead?: boolean;
  simplified?: TextFacts;
  /** The text without long quotations, and its formula and invitation (see LONG_QUOTE). */
  unquoted?: { text: string; formula: Formula | null; publicity: boolean };
}

let lastFacts: TextFacts | null = null;

function factsOf(text: string): TextFacts {
  if (lastFacts?.text !== text) lastFacts = { text, voiced: VOICE_ANCHOR_EITHER_SCRIPT.test(text) };
  return lastFacts;
}

function formulaOf(f: TextFacts): Formula | null {
  if (f.formula === undefined) f.formula = publishFormula(f.text);
  return f.formula;
}

function publicityOf(f: TextFacts): boolean {
  f.publicity ??= hasPublicity(f.text);
  return f.publicity;
}

/** The text read without long quotations: the same facts when it quotes nothing long. */
function unquotedOf(f: TextFacts): { text: string; formula: Formula | null; publicity: boolean } {
  if (!f.unquoted) {
    const text = withoutLongQuotes(f.text);
    f.unquoted = text === f.text ? { text, formula: formulaOf(f), publicity: publicityOf(f) } : { text, formula: publishFormula(text), publicity: hasPublicity(text) };
  }
  return f.unquoted;
}

function simplifiedOf(f: TextFacts): TextFacts {
  // Only a voiced text is read further, so its simplified reading is voiced too.
  f.simplified ??= { text: toSimplified(f.text), voiced: true };
  return f.simplified;
}

interface Formula {
  /** `specific` when it names rectification, `generic` for `现将有关情况…`. */
  kind: 'specific' | 'generic' | 'plan';
  /** The formula as written: the specific one when there is one. */
  words: string;
}

const FORMULA_EVENT = /回头看|督查|(?:督办|督导|调度|抽查)(?:情况|工作|结果)|监督检查|专项检查|民主生活会|组织生活会|评估|考核/;
const FORMULA_PLAN = /(?:清单|方案|任务|台账|计划)(?:予以|公布|如下|公开|公示)/;

function publishFormula(text: string): Formula | null {
  if (text.indexOf(PUBLISH_ANCHOR) === -1) return null;
  const m = PUBLISH_FORMULA.exec(text);
  if (!m) return null;
  // One publishing a plan (`现将巡察反馈问题整改清单予以公布`): the account is still to come.
  if (FORMULA_PLAN.test(m[0])) return { kind: 'plan', words: m[0] };
  // One publishing a check or a meeting about rectification (`现将巡察整改“回头看”工作情况报告如下`) is
  // how that report opens, as generic as `现将有关情况…`.
  if (!GENERIC_FORMULA.test(m[0]) && !(FORMULA_EVENT.test(m[0]) && !OWN_PROGRESS.test(m[0]))) return { kind: 'specific', words: m[0] };
  // A later, specific formula may follow a generic one.
  const later = publishFormula(text.slice((m.index ?? 0) + m[0].length));
  return later?.kind === 'specific' ? later : { kind: 'generic', words: m[0] };
}

// The gate's publicity: a period or an invitation to supervise. The broader `对整改…进行监督`
// still scores, but alone it is how news writes too.
const PUBLICITY_GATE = new RegExp(`${PERIOD_GIVEN}|公示期[：:为自]|公开时间[：:为自]|公示时间[：:为自]|公开期[：:为自]|欢迎广大.{0,40}监督`);

function hasPublicity(text: string): boolean {
  return PUBLICITY_ANCHORS.some((a) => text.indexOf(a) !== -1) && PUBLICITY_GATE.test(text);
}

/** Words a traditional-character page is sure to use within its first few thousand characters. */
function looksTraditional(f: TextFacts, titles: string[]): boolean {
  // A mirror's navigation and title, at the top, are traditional too: a short look is enough.
  // Three, not one: a simplified site's menu links its mirror as `繁體版`.
  f.tradHead ??= hasTraditional(f.text, 200, 3);
  return f.tradHead || titles.some((t) => hasTraditional(t));
}

// A long quotation is another document's words (a round-up quoting notices, an explainer quoting
// a sample): its formula, publicity and first person are not this page's. Short quotes are terms
// (`“两个责任”`) and stay.
// A notice never quotes its own formula: `“现将巡察整改进展情况予以公布”` is a sample, however short.
// Bounded: an opening mark never closed must not make every later one scan to the end (quadratic).
const LONG_QUOTE = /[“「『](?:[^”」』]{30,3000}|[^”」』]{0,40}?现将[^”」』]{0,3000})[”」』]/g;

function withoutLongQuotes(text: string): string {
  return text.indexOf('“') === -1 && text.indexOf('「') === -1 && text.indexOf('『') === -1 ? text : text.replace(LONG_QUOTE, '');
}

export function classifyNotice(input: ClassifyInput): Detection {
  const reasons: string[] = [];
  // An article that is a ledger table under its title says 巡察 and 整改 in the title alone.
  const ledger = (input.ledgerRows ?? 0) >= LEDGER_ROWS;
  const titled = ledger && input.titles.some((t) => INSPECTION_WORD.test(t) && t.includes('整改'));
  // Fast exit: nothing about inspection and rectification at all (most pages). Checked on the text
  // as it is: taking quotations out can only take words away.
  if (!titled && !INSPECTION_WORD.test(input.text)) return NOT_NOTICE(['no-inspection-words'], 0.01);
  // A short notice may say 整改 twice (`现在把整改的情况跟大家说一说`) under a title that says it too
  // — a title standing outside the text (on a page, the heading is in the text and counts there).
  if (!titled) {
    const said = countSub(input.text, '整改', 3);
    if (said < 2 || (said < 3 && !input.titles.some((t) => t.includes('整改') && INSPECTION_WORD.test(t) && !input.text.includes(t.trim())))) {
      return NOT_NOTICE(['few-rectification-words'], 0.05);
    }
  }
  // Without an anchor of the formula or the invitation (in either script; quotations can only
  // take anchors away), only a notice title can give the text a voice: most near misses stop here.
  const facts = factsOf(input.text);
  if (!facts.voiced && !titleKindOfRaw(input.titles, input.titles.some((t) => hasTraditional(t)))) {
    return NOT_NOTICE(['neg:no-own-voice'], 0.2);
  }
  // The own-voice formulas on the text as it is. Only a text without them is checked for
  // traditional characters (a mirror writes 現將, 公開期限) and read again, simplified.
  let trad = false;
  let read = facts;
  // A formula found is written in simplified characters (`现将…予以公布`); an invitation alone
  // (`公示期` is the same in both scripts) may be a mirror's.
  if (!formulaOf(read) && looksTraditional(read, input.titles)) {
    trad = true;
    read = simplifiedOf(read);
  }
  const titles = titleStrings(input.titles, trad);
  const titleKind = titleKindOfRaw(input.titles, trad);
  // Without its own title, its publishing formula or an invitation to supervise, a text cannot
  // reach the threshold (the other features add up to 0.6, less 0.3 for no own voice): stop here,
  // which is where almost every near miss stops, before the costlier scans. Taking quotations out
  // can only take a formula or an invitation away, so this is decided on the text as it is.
  if (!titleKind && !formulaOf(read) && !publicityOf(read)) return NOT_NOTICE(['neg:no-own-voice'], 0.2);
  // A long quotation's formula or invitation is another document's (see LONG_QUOTE). Kept with
  // the text: the page detector may ask again about it, with its links.
  const { text, formula, publicity } = unquotedOf(read);
  const nearMissTitle = titleNearMissOf(titles);
  const publish = formula?.kind === 'specific' || (formula?.kind === 'generic' && !!titleKind && !nearMissTitle);
  if (!titleKind && !publish && !publicity) return NOT_NOTICE(['neg:no-own-voice'], 0.2);
  // What vetoes a page whatever else it shows is decided before the scans that score it: another
  // procedure's rectification, a site search's results, a page of links or a list of notices.
  const veto = vetoOf(input, text, titles, publish || publicity);
  if (veto) return NOT_NOTICE([...(titleKind ? [`title:${titleKind}`] : []), ...(publish ? ['body:publish-formula'] : []), veto], 0.2);

  // What the titles, the formula and the links already say, before any scan of the text. When
  // even every feature the text could still add (at most SCANNED_MAX) cannot lift the page to
  // CLEARLY_NOT, the scans are not made: the verdict, and whether extraction looks at the page
  // again, are the same either way (the confidence given is then an upper bound).
  const otherSubject = otherSubjectTitle(input.titles);
  const otherDomain = otherDomainTitle(titles);
  const attachmentOnly = (input.attachmentLinks ?? 0) > 0 && !publish;
  let known =
    (titleKind ? W.title : 0) + (publish ? W.publish : 0) + (ledger ? W.ledger : 0) -
    (formula?.kind === 'plan' ? W.plan : 0) - (nearMissTitle ? W.eventTitle : 0) - (otherSubject ? W.otherSubject : 0) - (otherDomain ? W.otherDomain : 0);
  // The own voice (below) is settled without a scan unless the invitation alone may give it; then
  // two scans settle it when it could decide.
  let firstPerson: boolean | undefined;
  let marks: number | undefined;
  let ownVoice: boolean | undefined = titleKind || publish ? true : !publicity ? false : undefined;
  if (ownVoice === undefined && known - W.noOwnVoice + SCANNED_MAX < CLEARLY_NOT) {
    firstPerson = FIRST_PERSON.test(text);
    marks = count(MEASURE_MARK, text, 10);
    ownVoice = firstPerson && marks >= 3;
  }
  if (ownVoice === false) known -= W.noOwnVoice;
  if (ownVoice !== undefined && known + SCANNED_MAX < CLEARLY_NOT) {
    return NOT_NOTICE(
      [
        ...(titleKind ? [`title:${titleKind}`] : []),
        ...(publish ? ['body:publish-formula'] : []),
        ...(ledger ? [`body:ledger(${input.ledgerRows ?? 0})`] : []),
        ...(formula?.kind === 'plan' ? ['neg:plan'] : []),
        ...(nearMissTitle ? ['neg:title-about-event'] : []),
        ...(otherSubject ? ['neg:title-other-subject'] : []),
        ...(otherDomain ? ['neg:other-rectification'] : []),
        ...(!ownVoice ? ['neg:no-own-voice'] : []),
      ],
      Math.max(0, known + SCANNED_MAX),
    );
  }

  let score = 0;
  if (titleKind) {
    score += W.title;
    reasons.push(`title:${titleKind}`);
  }
  if (publish) {
    score += W.publish;
    reasons.push('body:publish-formula');
  }
  if (publicity || PUBLICITY.test(text)) {
    score += W.publicity;
    reasons.push('body:publicity');
  }
  const stats = STATS.test(text);
  if (stats) {
    score += W.stats;
    reasons.push('body:statistics');
  }
  const opening = OPENING.test(text);
  if (opening) {
    score += W.opening;
    reasons.push('body:inspected-and-fed-back');
  }
  marks ??= count(MEASURE_MARK, text, 10);
  if (marks >= 3) {
    score += Math.min(marks / 10, 1) * W.measures;
    reasons.push(`body:measures(${marks})`);
  }
  // A ledger itemises problem → measures → status as surely as `一是…` paragraphs do, and more.
  if (ledger) {
    score += W.ledger;
    reasons.push(`body:ledger(${input.ledgerRows ?? 0})`);
  }
  if (NEXT_STEPS.test(text)) {
    score += W.nextSteps;
    reasons.push('body:next-steps');
  }
  firstPerson ??= FIRST_PERSON.test(text);
  if (firstPerson) score += W.firstPerson;
  score += Math.min(countSub(text, '整改', 40) / 40, 1) * W.rectificationWords;

  // Near misses. The ones read from the text are scanned for only while they can still matter:
  // once the score is below CLEARLY_NOT, no later feature lifts it (they all subtract).
  // Compared as the confidence will be given (rounded to hundredths), as extraction compares it.
  const open = (): boolean => Math.round(score * 100) / 100 >= CLEARLY_NOT;
  // A cover for the notice (`现将…予以公布（全文见下图）`, the account only in images): a short article
  // with no figures, no opening about the inspection and no itemised measures has no account to read.
  if (input.scope === 'article' && !stats && !opening && marks === 0 && !ledger && text.replace(/\s+/g, '').length < 200) {
    score -= W.noAccount;
    reasons.push('neg:no-account');
  }
  // A plan published before the account (`现将问题整改清单予以公示`) speaks against the page.
  if (formula?.kind === 'plan') {
    score -= W.plan;
    reasons.push('neg:plan');
  }
  if (nearMissTitle) {
    score -= W.eventTitle;
    reasons.push('neg:title-about-event');
  }
  if (otherSubject) {
    score -= W.otherSubject;
    reasons.push('neg:title-other-subject');
  }
  if (otherDomain) {
    score -= W.otherDomain;
    reasons.push('neg:other-rectification');
  }
  // A supervisor's circular of its own check on others' rectification (`现将督查情况通报如下`), or a reply to a
  // citizen's message (`网友您好`, `现将有关情况答复如下`): another document about rectification.
  if (open() && OTHERS_DOCUMENT.test(text.slice(0, 2000))) {
    score -= W.announcement;
    reasons.push('neg:circular-or-reply');
  }
  if (open() && ANNOUNCEMENT.test(text) && !publish && !stats) {
    score -= W.announcement;
    reasons.push('neg:inspection-announcement');
  }
  if (open() && ADDRESSED_TO_MANY.test(text)) {
    score -= W.addressedToMany;
    reasons.push('neg:addressed-to-many');
  }
  const meeting = open() && !publish ? count(MEETING, text, 10) : 0;
  if (meeting >= 2) {
    score -= W.meeting;
    reasons.push(`neg:meeting-news(${meeting})`);
  }
  if (open() && count(REGULATION_ARTICLE, text, 5) >= 5) {
    score -= W.regulation;
    reasons.push('neg:regulation');
  }
  if (attachmentOnly && marks < 3) {
    score -= W.attachmentOnly;
    reasons.push('neg:attachment-only');
  }
  // A notice speaks in its own voice: its own title, the formula that publishes it, or the
  // invitation to supervise written in the first person over itemised measures. Without one of
  // these a text is at best *about* rectification.
  ownVoice ??= publicity && firstPerson && marks >= 3;
  if (!ownVoice) {
    score -= W.noOwnVoice;
    reasons.push('neg:no-own-voice');
  }
  const news = open() && !publish ? count(NEWS_MARK, text, 5) : 0;
  if (news >= 2) {
    score -= W.news;
    reasons.push(`neg:news-report(${news})`);
  }
  if (open() && count(QA_MARK, text, 4) >= 4) {
    score -= W.qa;
    reasons.push('neg:q-and-a');
  }

  const confidence = Math.max(0, Math.min(1, score));
  if (confidence < 0.5) return NOT_NOTICE(reasons, confidence);
  const bodyKind = kindFromBody(text, formula?.words ?? '');
  let kind = titleKind ?? bodyKind;
  // `关于十届区委第三轮巡察整改进展情况的通报` names no body of its own, or names the inspection office
  // as its issuer (`…区委巡察工作领导小组办公室关于…`): a summary when its opening counts the bodies.
  if (kind !== 'summary' && titles.some((t) => /^(?:.*巡[察视](?:工作领导小组)?(?:办公室|办))?关于.{0,24}第.{1,3}轮巡[察视]/.test(t)) && bodyKind === 'summary') kind = 'summary';
  return { isNotice: true, kind, confidence: Math.round(confidence * 100) / 100, reasons };
}

/**
 * What makes a page no notice whatever else it shows, as its reason; null when nothing does.
 * Another procedure's rectification naming an inspection only in passing (`将审计整改与巡察反馈问题整改
 * 一体推进`: a notice of ours says which team inspected the body), a site search's results, a page
 * of links or a list of notices (many notices on one page are never one notice, however notice-like
 * the snippets are).
 */
function vetoOf(input: ClassifyInput, text: string, titles: readonly string[], strongBody: boolean): string | null {
  if (otherDomainTitle(titles) && !inspectionActed(text)) return 'neg:other-rectification';
  // A rectification title that names neither the inspection nor its feedback (`关于…大药房…整改情况的公示`)
  // speaks for a notice only when the text says an inspection acted on the body: a regulator's,
  // a school's or a hospital's own 整改 pages name an inspection at most in passing.
  if (titles.length && titles.every((t) => !INSPECTION_TITLE.test(t)) && titles.some((t) => /整改/.test(t)) && !inspectionActed(text)) return 'neg:no-inspection-of-body';
  // A sample with placeholders for the names (`中共××市××局党组关于…第×轮巡察整改进展情况的通报`, in a guide
  // to writing notices) is no notice: a published notice names its body and round.
  if (titles.some((t) => PLACEHOLDER.test(t))) return 'neg:sample-with-placeholders';
  const searchTitle = input.titles.some((t) => SEARCH_TITLE.test(t.trim()));
  if (searchTitle || SEARCH_COUNT.test(text.slice(0, 3000)) || (text.indexOf('://') !== -1 && count(RESULT_ADDRESS, text, 3) >= 3)) return 'neg:search-results';
  if ((input.linkRatio ?? 0) > 0.5 || input.listPage) return 'neg:list-page';
  if (input.scope === 'article') {
    const { distinctTitles, noticeTitlesInText } = titlesInText(text);
    if (distinctTitles.size >= 3 || (noticeTitlesInText >= 4 && !strongBody)) return 'neg:list-page';
  }
  return null;
}

/** Several different notice titles in one text: a list, search results or a round-up. */
function titlesInText(text: string): { distinctTitles: Set<string>; noticeTitlesInText: number } {
  const distinctTitles = new Set(
    // Anchored on `关于` so the scan stays linear on a huge page; the issuer before it tells the
    // titles apart.
    [...text.matchAll(/关于[^。，；\n]{2,50}?(?:整改|巡[察视])[^。，；\n]{0,24}?(?:通报|报告)/g)].map(
      (m) => text.slice(Math.max(0, (m.index ?? 0) - 12), m.index) + m[0],
    ),
  );
  return { distinctTitles, noticeTitlesInText: count(/整改(进展)?情况的?(通报|报告)/g, text) };
}

/**
 * Extraction's second look at a page the page-level detector was confident about: only what the
 * article alone can show — several notices in it (a list), or a title naming another kind.
 */
export function confirmOnArticle(page: Detection, text: string, title: string | null): Detection {
  const { distinctTitles } = titlesInText(text);
  if (distinctTitles.size >= 3) return NOT_NOTICE([...page.reasons, 'neg:list-page'], 0.2);
  const kind = title ? readTitles([title], false).titleKind : null;
  // A summary read from the page (its title names a round, its opening several bodies) stays one.
  return kind && kind !== page.kind && page.kind !== 'summary' ? { ...page, kind, reasons: [...page.reasons.filter((r) => !r.startsWith('title:')), `title:${kind}`] } : page;
}

/** Without a title, the publish formula says what the text is (`现将…整改进展情况予以公布`). */
function kindFromBody(text: string, formula: string): NoticeKind {
  // The opening counts the bodies a summary covers; a measure further on may count units too
  // (`已对第二轮被巡察的9个单位开展整改评估`): read up to the first part heading only.
  const firstPart = text.search(/(?:^|\n)\s*(?:一、|第一部分)/);
  const head = text.slice(0, firstPart > 0 ? Math.min(firstPart, 1500) : 1500);
  if (/[\d一二三四五六七八九十]+个(被巡[察视])?(单位|党组织|部门|乡镇|街道)/.test(head) && !FIRST_PERSON.test(head)) return 'summary';
  return /进展/.test(formula) ? 'progress-notice' : 'rectification-report';
}
