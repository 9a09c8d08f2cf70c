import { describeTextRange } from '../../../utils/anchoring/describe';
import type { AnchorStatus, TextPositionSelector, TextQuoteSelector } from '../../../utils/anchoring/types';

/**
 * Table of matchQuote cases (after apache/incubator-annotator's match-cases.ts): the text a
 * highlight was made on, the text it is re-anchored on, and what the user should see — the
 * status and the text of the place chosen (or of each candidate when ambiguous).
 */
export interface MatchCase {
  name: string;
  selectors: { quote: TextQuoteSelector; position?: TextPositionSelector };
  /** The page text now. */
  text: string;
  expected: { status: AnchorStatus; at?: number; text?: string; candidates?: number[] };
}

const ONE =
  '（一）学习贯彻党的创新理论不够深入。整改情况：台党委召开专题会议研究部署整改工作，制定了《理论学习中心组学习计划》，全年组织集中学习１２次，开展专题研讨４次。\n';
const TWO =
  '（二）意识形态工作责任制落实不到位。整改情况：台党委召开专题会议研究部署整改工作，修订了《意识形态工作责任清单》，明确责任到人，已完成整改。\n';
const THREE = '（三）选人用人工作不够规范。整改情况：严格执行《干部选拔任用工作条例》，规范干部选拔任用程序，已完成整改。\n';
const HEAD = '一、巡察反馈问题整改落实情况\n';
const NOTICE = HEAD + ONE + TWO + THREE;

/** Selectors of the first (or n-th) occurrence of `quote` in `text`. */
function select(text: string, quote: string, nth = 0, withPosition = true): MatchCase['selectors'] {
  let at = text.indexOf(quote);
  for (let i = 0; i < nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`case text lacks ${quote}`);
  const { quote: q, position } = describeTextRange(text, at, at + quote.length);
  return withPosition ? { quote: q, position } : { quote: q };
}

const at = (text: string, quote: string, nth = 0) => {
  let i = text.indexOf(quote);
  for (let k = 0; k < nth; k++) i = text.indexOf(quote, i + 1);
  return i;
};

/** A passage that occurs twice with identical quote and context (a repeated paragraph). */
const TWIN =
  '请各部门对照问题清单逐项落实整改措施，确保按期完成整改任务，整改结果及时报送台党委办公室备案。对整改不力、敷衍塞责的，严肃追究相关人员责任，并在全台范围内通报批评。';
const TWINS = `${HEAD}${TWIN}\n${ONE}${TWIN}\n${THREE}`;

const RESTATED_PROBLEM = '党组对人才第一资源战略地位认识不到位，台里缺少名记者、名编辑，‘挑大梁’的聘用人员因工资待遇低、缺少上升渠道，骨干人才常年流失。';
/** Seed 002's shape: the problem, then in the rectification section the problem restated before its measures. */
const RESTATING = `二、存在的问题\n（五）队伍建设存在薄弱环节。${RESTATED_PROBLEM}\n${THREE}三、整改落实情况\n${TWO}针对“${RESTATED_PROBLEM.replace('，‘挑大梁’', '、“挑大梁”')}”问题，制定人才引进计划，完善绩效考核办法。\n`;

/** A related-articles list of parallel titles, as CMS pages have under a notice. */
const RELATED = ['教育体育局', '自然资源局', '民政局', '财政局']
  .map((b) => `        【巡察整改】中共澄川市${b}党组关于十届市委第二轮巡察整改进展情况的通报\n`)
  .join('');
const RELATED_PAGE = `      巡察整改\n${RELATED}      分享到：微信 微博\n`;

/** A menu where one entry recurs a few characters later, as a column heading. */
const MENU = '    学校概况\n    机构设置\n    通知公告\n    \n      通知公告\n      学校要闻\n      媒体西师\n    当前位置: 首页 >> 通知公告 >> 正文\n';

/** Two blocks of a page source, indented; a highlight across them carries the indentation. */
const INDENTED = '<p>\n            一、整改工作总体情况\n          </p>\n          <p>\n            台党委认真落实巡察反馈意见，逐条制定整改措施。\n          </p>\n'
  .replace(/<\/?p>/g, '');

export const MATCH_CASES: MatchCase[] = [
  {
    name: 'unchanged text: anchored at the stored position',
    selectors: select(NOTICE, '制定了《理论学习中心组学习计划》'),
    text: NOTICE,
    expected: { status: 'anchored', at: at(NOTICE, '制定了《理论学习中心组学习计划》'), text: '制定了《理论学习中心组学习计划》' },
  },
  {
    name: 'unchanged text, shifted by an inserted heading: found again exactly',
    selectors: select(NOTICE, '制定了《理论学习中心组学习计划》'),
    text: `关于巡察整改进展情况的通报\n${NOTICE}`,
    expected: { status: 'anchored', at: at(NOTICE, '制定了《理论学习中心组学习计划》') + 14, text: '制定了《理论学习中心组学习计划》' },
  },
  {
    name: 'repeated quote told apart by its suffix (no position stored)',
    selectors: select(NOTICE, '台党委召开专题会议研究部署整改工作', 1, false),
    text: NOTICE,
    expected: { status: 'anchored', at: at(NOTICE, '台党委召开专题会议研究部署整改工作', 1) },
  },
  {
    name: 'repeated quote told apart by its prefix after the text moved',
    selectors: select(NOTICE, '台党委召开专题会议研究部署整改工作', 0),
    text: `（说明）${NOTICE}`,
    expected: { status: 'anchored', at: at(NOTICE, '台党委召开专题会议研究部署整改工作', 0) + 4 },
  },
  {
    name: 'a short repeated phrase told apart by its context',
    selectors: select(NOTICE, '已完成整改', 1),
    text: `（说明）${NOTICE}`,
    expected: { status: 'anchored', at: at(NOTICE, '已完成整改', 1) + 4, text: '已完成整改' },
  },
  {
    name: 'identical quote and context twice: the position decides',
    selectors: select(TWINS, TWIN.slice(33, 49), 1),
    text: `（修订）${TWINS}`,
    expected: { status: 'anchored', at: at(TWINS, TWIN.slice(33, 49), 1) + 4 },
  },
  {
    name: 'identical quote and context twice, no position: ambiguous, both offered',
    selectors: select(TWINS, TWIN.slice(33, 49), 1, false),
    text: TWINS,
    expected: { status: 'ambiguous', candidates: [at(TWINS, TWIN.slice(33, 49), 0), at(TWINS, TWIN.slice(33, 49), 1)] },
  },
  {
    name: 'small edits inside a long quote: anchored-fuzzy at the same passage',
    selectors: select(NOTICE, '台党委召开专题会议研究部署整改工作，制定了《理论学习中心组学习计划》，全年组织集中学习'),
    text: NOTICE.replace('研究部署整改工作，制定了《理论学习中心组', '研究部署了整改工作，制订了《理论学习中心组'),
    expected: { status: 'anchored-fuzzy', text: '台党委召开专题会议研究部署了整改工作，制订了《理论学习中心组学习计划》，全年组织集中学习' },
  },
  {
    name: 'an edit at the first character: the boundary follows the stored prefix',
    selectors: select(NOTICE, '修订了《意识形态工作责任清单》，明确责任到人'),
    text: NOTICE.replace('修订了《意识形态工作责任清单》', '修改了《意识形态工作责任清单》').replace('明确责任到人', '明确责任到岗'),
    expected: { status: 'anchored-fuzzy', text: '修改了《意识形态工作责任清单》，明确责任到岗' },
  },
  {
    name: 'edits only around the quote: still anchored exactly',
    selectors: select(NOTICE, '规范干部选拔任用程序'),
    text: NOTICE.replace('严格执行《干部选拔任用工作条例》，', '严格执行《党政领导干部选拔任用工作条例》，').replace('，已完成整改。\n', '，已全部完成整改。\n'),
    expected: { status: 'anchored', text: '规范干部选拔任用程序' },
  },
  {
    name: 'short quote with an edit inside: orphaned, never fuzzy',
    selectors: select(NOTICE, '开展专题研讨４次'),
    text: NOTICE.replace('开展专题研讨４次', '开展专题研讨５次'),
    expected: { status: 'orphaned' },
  },
  {
    name: 'short phrase edited at its place while it remains elsewhere: orphaned, not moved',
    selectors: select(NOTICE, '已完成整改', 1),
    text: NOTICE.replace('规范干部选拔任用程序，已完成整改', '规范干部选拔任用程序，正在整改'),
    expected: { status: 'orphaned' },
  },
  {
    name: 'passage deleted while a lookalike sentence remains: orphaned, not moved',
    selectors: select(NOTICE, '台党委召开专题会议研究部署整改工作，制定了《理论学习中心组学习计划》'),
    text: HEAD + TWO + THREE,
    expected: { status: 'orphaned' },
  },
  {
    name: 'passage deleted while a near-verbatim restatement remains further on: orphaned',
    selectors: select(RESTATING, RESTATED_PROBLEM.slice(0, 60)),
    text: RESTATING.replace(`（五）队伍建设存在薄弱环节。${RESTATED_PROBLEM}\n`, ''),
    expected: { status: 'orphaned' },
  },
  {
    name: 'restated passage edited at its place: re-anchored there, not on the copy',
    selectors: select(RESTATING, RESTATED_PROBLEM.slice(20, 70)),
    text: RESTATING.replace('缺少名记者、名编辑，', '缺少名记者、名主持、名编辑，'),
    expected: { status: 'anchored-fuzzy', at: at(RESTATING, RESTATED_PROBLEM.slice(20, 70)) },
  },
  {
    name: 'CJK with full-width punctuation and digits, unchanged',
    selectors: select(NOTICE, '《理论学习中心组学习计划》，全年组织集中学习１２次，'),
    text: NOTICE,
    expected: { status: 'anchored', text: '《理论学习中心组学习计划》，全年组织集中学习１２次，' },
  },
  {
    name: 'full-width punctuation turned half-width by a mirror: anchored-fuzzy',
    selectors: select(NOTICE, '明确责任到人，已完成整改。\n（三）选人用人工作不够规范。'),
    text: NOTICE.replace('明确责任到人，已完成整改。\n（三）选人用人工作不够规范', '明确责任到人,已完成整改。\n(三)选人用人工作不够规范'),
    expected: { status: 'anchored-fuzzy', text: '明确责任到人,已完成整改。\n(三)选人用人工作不够规范。' },
  },
  {
    name: 'long quote unique on the page, its surroundings rewritten: anchored',
    selectors: select(NOTICE, '修订了《意识形态工作责任清单》，明确责任到人'),
    text: '关于整改工作的补充说明。我台已修订了《意识形态工作责任清单》，明确责任到人，各部门按清单执行。',
    expected: { status: 'anchored', text: '修订了《意识形态工作责任清单》，明确责任到人' },
  },
  {
    name: 'long quote with one typo fixed, its surroundings rewritten (re-templated): anchored-fuzzy on the quote alone',
    selectors: select(NOTICE, '台党委召开专题会议研究部署整改工作，制定了《理论学习中心组学习计划》'),
    // The same place on a re-templated page: everything around it is new text.
    text: `${'关于整改工作的补充说明，各部门已按要求抓好落实。'.repeat(3).slice(0, at(NOTICE, '台党委召开专题会议'))}台党委召开专题会议研究部署整改工作，制定了《理论学习中心组学习规划》。其他事项另行通报，特此说明情况如下。`,
    expected: { status: 'anchored-fuzzy', text: '台党委召开专题会议研究部署整改工作，制定了《理论学习中心组学习规划》' },
  },
  {
    name: 'an item deleted from a list of parallel titles: the next item, 4 characters different, is not taken',
    selectors: select(RELATED_PAGE, '整改】中共澄川市自然资源局党组关于十届市委第二轮巡察整改'),
    text: RELATED_PAGE.replace('        【巡察整改】中共澄川市自然资源局党组关于十届市委第二轮巡察整改进展情况的通报\n', ''),
    expected: { status: 'orphaned' },
  },
  {
    name: 'an item of that list edited in place: re-anchored there',
    selectors: select(RELATED_PAGE, '整改】中共澄川市自然资源局党组关于十届市委第二轮巡察整改'),
    text: RELATED_PAGE.replace('自然资源局党组关于十届市委第二轮', '自然资源和规划局党组关于十届市委第二轮'),
    expected: { status: 'anchored-fuzzy', text: '整改】中共澄川市自然资源和规划局党组关于十届市委第二轮巡察整改' },
  },
  {
    name: 'a menu entry edited while the same entry stands four characters away: orphaned',
    selectors: select(MENU, '通知公告', 1),
    text: MENU.replace('      通知公告\n      学校要闻', '      通知通告\n      学校要闻'),
    expected: { status: 'orphaned' },
  },
  {
    name: 'a quote across two indented blocks, the page re-indented: anchored-fuzzy, visible text unchanged',
    selectors: select(INDENTED, '整改工作总体情况\n          \n          \n            台党委认真落实巡察反馈意见'),
    text: INDENTED.replace(/\n {10,12}/g, '\n    '),
    expected: { status: 'anchored-fuzzy', text: '整改工作总体情况\n    \n    \n    台党委认真落实巡察反馈意见' },
  },
  {
    name: 'empty quote: orphaned',
    selectors: { quote: { type: 'TextQuoteSelector', exact: '' } },
    text: NOTICE,
    expected: { status: 'orphaned' },
  },
];
