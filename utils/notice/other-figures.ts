import { parseNumeral } from './numerals';
import type { OtherStat, Span } from './types';

/**
 * The other figures a notice gives of its rectification — rules made, money recovered, people held
 * to account, cases, leads, contracts, things disposed of, rates — labelled as written
 * (`完善和新建制度589项`, `追回资金12.6万元`, `问责12人`, `整改完成率93.3%`).
 */
// Other rectification figures, labelled as written. Most read label first, from the verb to the
// number (`完善和新建制度589项`, `问责12人`); people and case leads may be counted before the noun,
// the measure word after the count (`对9名党员干部进行追责问责`, `移交的5件问题线索`).
// Ways of holding people to account, each before any shorter one it begins with; then the
// bare 处理, which may also be work done by people.
const HELD_TO_ACCOUNT = '追责问责|问责处理|问责|党纪政务处分|党纪处分|政务处分|处分|立案审查调查|立案审查|立案|诫勉谈话|诫勉|提醒谈话|谈话提醒|批评教育|通报批评|组织处理|约谈';
const ACCOUNTABILITY = `${HELD_TO_ACCOUNT}|处理`;
// A count before its noun is a whole number of its own: not a rank (`第3名`), not a date's or a decimal's tail.
const COUNT_FIRST = '(?<![0-9.．第前])(?<value>[0-9]+)\\s*';
// The number after its label: digits, or a Chinese numeral (`建立完善制度十二项`, `追缴水资源费四十二万元`)
// that is a whole number — not the tail of `一千二百` (thousands are not read).
const CN_VALUE = '(?<![零〇一二两三四五六七八九十百千万亿点])[零〇一二两三四五六七八九十百]+';
const INT = `(?<value>[0-9]+|${CN_VALUE})`;
// Amounts may be decimals, in Chinese too (`收回违规资金三点六万元`).
const AMOUNT = `(?<value>[0-9]+(?:\\.[0-9]+)?|${CN_VALUE}(?:点[零〇一二三四五六七八九]+)?)`;
const CN_DIGIT = '〇一二三四五六七八九';
/** `3.6`, `十二`, `三点六`; null when it is not a number. */
function amountOf(raw: string): number | null {
  const [whole = '', fraction] = raw.split('点');
  const w = parseNumeral(whole);
  if (w === null || fraction === undefined) return w;
  const digits = [...fraction].map((d) => (d === '零' ? 0 : CN_DIGIT.indexOf(d))).join('');
  return Number(`${w}.${digits}`);
}
// Money recovered, returned or collected as fines (`处罚金额共计486.3万元`).
const MONEY_VERB = '追回|收回|回收|补收|追缴|退还|返还|清退|挽回|收缴|退缴|退赔|退回|清收|催收|补缴|盘活|纠正|规范|整改|处罚|罚没|罚款';
// Talks held as rectification work, counted in people or 人次 (`开展廉政谈话23人次`).
const TALKS = '廉政谈话|谈心谈话|警示谈话';
// Things disposed of, recovered or cleared, in households, places, cases and areas (`清理处置“僵尸企业”和空壳公司
// 11户`, `盘活闲置资产4.7万平方米`, `收回被侵占集体土地86亩`): only after a verb that ends them, never 整改/整治
// (`已整治完成19处` is a measure's progress), and with what was done to between verb and number.
const DISPOSAL_VERB = '清理处置|清理退出|清理整治|清理|处置|盘活|收回|追回|回收|清退|腾退|拆除|复耕|复垦|恢复|退出|注销|取消|关停|取缔|压减';
const THING_UNIT = '(?<unit>万平方米|平方米|万亩|亩|户(?![籍口])|处(?![理置分罚室长级所])|宗(?![旨教族]))';
// A label never runs over a line (a table cell, a paragraph); a space may stand before the number
// (`修订完善制度 10 项`, from `&nbsp;`).
const OTHER: RegExp[] = [
  // The rules may be named by their titles first (`建立健全《…学习制度》《…实施办法》等制度机制11项`).
  new RegExp(`(?<label>(?:完善和新建|完善|新建|建立|修订|制定|出台|健全|新制定|建章立制|修订完善|建立健全|建立完善|废止)(?:[^\\n，。；;,、0-9《》]{0,6}(?:《[^《》\\n]{1,40}》[、和及与]?){1,8})?(?:[^\\n，。；;,、0-9《》]{0,14}|[^\\n，。；;,0-9《》]{0,60}?等[^\\n，。；;,、0-9《》]{0,4})(?:制度|规章|机制|办法|规定|细则|规则)(?:文件)?)[共计达为]{0,2}\\s*${INT}\\s*(?<unit>项|个|条|件|部)`, 'g'),
  new RegExp(`(?<label>(?:${MONEY_VERB})[^\\n，。；;,、：:0-9]{1,16}?)[共计达为]{0,2}\\s*${AMOUNT}\\s*(?<unit>万元|亿元|元)`, 'g'),
  // `建章立制9项`: the rules made, counted as such.
  new RegExp(`(?<label>建章立制)[共计达为]{0,2}\\s*${INT}\\s*(?<unit>项|个|条|件)`, 'g'),
  // A list of what was recovered closed by 等 (`追回违规发放的劳务费、评审费等18.6万元`).
  new RegExp(`(?<label>(?:${MONEY_VERB})[^\\n，。；;,：:0-9]{1,30}?等)[共计达为]{0,2}\\s*${AMOUNT}\\s*(?<unit>万元|亿元|元)`, 'g'),
  // `已清退违规收取的资料费、服务费共计28.6万元`: the sum said as such may follow a list of what was recovered.
  new RegExp(`(?<label>(?:${MONEY_VERB})[^\\n，。；;,：:0-9]{1,24}?)(?:共计|合计|总计|累计)${AMOUNT}\\s*(?<unit>万元|亿元|元)`, 'g'),
  // Not the slogan `一人一策`, `一人一档`.
  new RegExp(`(?<label>(?:给予|${ACCOUNTABILITY}|${TALKS})[^\\n，。；;,、0-9]{0,10}?)[共计达为]{0,2}\\s*${INT}\\s*(?<unit>人次|人|名)(?!一[策档案岗])`, 'g'),
  // `对9名党员干部进行追责问责`, `12人受到党纪政务处分`: the people, then what was done to them —
  // a bare 处理 only as an act on them (`进行处理`), not as their own work (`5名干部处理群众诉求`).
  new RegExp(
    `${COUNT_FIRST}(?<unit>人次|人|名)[^\\n，。；;,、：:0-9]{0,12}?(?:进行|予以|给予|作出|受到|被)?(?<label>${HELD_TO_ACCOUNT}|(?<=(?:进行|予以|作出)了?)处理)(?!工作|业务|培训|会议|制度|机制)`,
    'g',
  ),
  // The rate as labelled, with what it rates (`措施完成率83.3%`, `问题整改率`, `问题整改到位率`, `问题销号率`; not
  // a bare `到位率`, as of funds).
  /(?<label>(?:总体|整体)?(?:整改)?(?:措施|举措|任务|问题)?(?:整改)?(?:完成率|整改率|办结率|销号率|整改到位率))[为达到是了]{0,3}\s*(?<value>[0-9]+(?:\.[0-9]+)?)\s*(?<unit>%|％)/g,
  // Cases opened, counted like the leads they come from (`县纪委监委已立案审查2件`).
  new RegExp(`(?<label>立案审查调查|立案审查|立案调查|立案)[共计达为]{0,2}\\s*${INT}\\s*(?<unit>件|起)`, 'g'),
  new RegExp(`(?<label>(?:移交|处置)[^\\n，。；;,、0-9]{0,10}?问题线索)[共计达为]{0,2}\\s*${INT}\\s*(?<unit>件|条|个)`, 'g'),
  // `巡察移交的5件问题线索已全部办结`.
  new RegExp(`${COUNT_FIRST}(?<unit>件|条|个)(?<label>(?:问题)?线索)`, 'g'),
  new RegExp(`(?<label>(?:清理|规范|清理规范|补签|签订|收回)[^\\n，。；;,、0-9]{1,10}?合同)[共计达为]{0,2}\\s*${INT}\\s*(?<unit>份|个|件)`, 'g'),
  new RegExp(`(?<label>(?:${DISPOSAL_VERB})(?!完成|完毕|到位|了?[0-9])[^\\n，。；;,、：:0-9]{1,16}?)[共计达为]{0,2}\\s*${AMOUNT}\\s*${THING_UNIT}`, 'g'),
  // Assets counted in 个/项 (`盘活闲置扶贫项目资产5个`).
  new RegExp(`(?<label>(?:盘活|处置|收回|清理处置)[^\\n，。；;,、：:0-9]{0,14}?资产)[共计达为]{0,2}\\s*${INT}\\s*(?<unit>个|项)`, 'g'),
];

const RECTIFICATION_CONTEXT = /整改|巡[察视]|反馈/;
const SAME_TAIL = 5;
// `尚未追回的…资金12万元` is money still owed, not recovered; `应收回未收回的土地5宗` is the fault: the verb
// that opens the label negated right after it. A negation further in describes the thing the act was done to
// (`清收长期未收回的借款8.6万元` is collected).
const NEGATED_BEFORE = /(?:未|没有|尚待|待|应)$/;
const NEGATED_IN = new RegExp(`^(?:${MONEY_VERB}|${DISPOSAL_VERB})(?:未|没有)`);
// A Chinese numeral and its unit that go on as a set phrase are no figure: `一人一谈`, `一户一档`, `一人多岗`,
// `一元化管理`, `一岗双责`.
const CN_NUMERAL = /^[零〇一二两三四五六七八九十百]/;
const SET_PHRASE_AFTER = /^[一多化双]/;
// `计划年底前清退…3户`: a figure still to come is no result (`按计划` is no plan).
const PLANNED_BEFORE = /(?<!按)计划|拟|力争|争取|预计|将于|将在|确保/;
const CLAUSE_BREAK = /[，,。；;：:\n]/;

// The summary's figure repeated in the item that achieved it is one figure. Same figure, same
// thing: the labels end alike once 的 is dropped (`…退还群众多收取的卫生保洁费` / `…退还多收取的卫生保洁费`,
// `移交问题线索` / `问题线索`); people count as 人 or 名.
const tail = (l: string): string => l.replace(/的/g, '').slice(-SAME_TAIL);
function endAlike(a: string, b: string): boolean {
  const n = Math.min(tail(a).length, tail(b).length);
  return n > 0 && tail(a).slice(-n) === tail(b).slice(-n);
}
const unitOf = (u: string): string => (u === '名' ? '人' : u);
// …or the same act on the same thing (`清退违规收取费用18.6万元` in the summary, `清退违规收取的伙食费18.6万元`
// in the item): the labels open alike, four characters once 的 is dropped — not merely the same verb
// (`给予党纪处分2人`, `给予组织处理2人` are two figures).
const SAME_HEAD = 4;
const labelHead = (l: string): string => l.replace(/的/g, '').slice(0, SAME_HEAD);
const sameAct = (a: string, b: string): boolean => labelHead(a).length === SAME_HEAD && labelHead(a) === labelHead(b);
const sameFigure = (o: OtherStat, s: OtherStat): boolean =>
  o.value === s.value && unitOf(o.unit) === unitOf(s.unit) && (endAlike(o.label, s.label) || sameAct(o.label, s.label));
const overlaps = (o: OtherStat, s: OtherStat): boolean => o.start < s.end && s.start < o.end;

/**
 * The other figures in `text` between `from` and `to`, in text order. `taskSpans`: where the notice
 * accounts for its problems (the task sections); a figure there is a result of rectification though
 * its paragraph does not say so.
 */
export function otherFigures(text: string, from: number, to: number, taskSpans: readonly Span[]): OtherStat[] {
  const out: OtherStat[] = [];
  // Other figures only where the text speaks of rectification (its paragraph, or the task section it stands in):
  // `全县今年新建制度20项` in a paragraph about something else is not a result of this notice.
  // One scan of the text per pattern; the context is read only around what matched.
  const body = text.slice(from, to);
  for (const re of OTHER) {
    for (const m of body.matchAll(re)) {
      const label = (m.groups?.label ?? '').trim();
      const v = amountOf(m.groups?.value ?? '');
      if (!label || v === null) continue;
      const start = from + (m.index ?? 0);
      if (CN_NUMERAL.test(m.groups?.value ?? '') && SET_PHRASE_AFTER.test(text.charAt(start + m[0].length))) continue;
      if (NEGATED_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || NEGATED_IN.test(label)) continue;
      let clauseStart = start;
      while (clauseStart > 0 && start - clauseStart < 40 && !CLAUSE_BREAK.test(text[clauseStart - 1] ?? '')) clauseStart--;
      if (PLANNED_BEFORE.test(text.slice(clauseStart, start))) continue;
      const nl = text.lastIndexOf('\n', start - 1);
      const end = text.indexOf('\n', start);
      if (!taskSpans.some((t) => t.start <= start && start < t.end) && !RECTIFICATION_CONTEXT.test(text.slice(nl + 1, end === -1 ? text.length : end))) continue;
      const stat: OtherStat = { label, value: v, unit: m.groups?.unit ?? '', start, end: start + m[0].length };
      // A number is one figure (read label first and count first), and a figure repeated is one.
      if (!out.some((o) => overlaps(o, stat) || sameFigure(o, stat))) out.push(stat);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
