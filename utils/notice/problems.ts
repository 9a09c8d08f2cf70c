import { measureStatus, type StatusResult } from './cues';
import type { Line } from './lines';
import { matchHeading, type SectionIndex } from './sections';
import type { Measure, Problem, Section } from './types';

/**
 * Problems and their measures, read from the rectification-task sections. The forms notices use:
 * an item whose title is the measure or the problem (`1.着力加强…`), a category with inline measures
 * (`（一）关于…方面。一是…`), and problems quoted from the feedback (`关于“…”问题`, `针对“…”问题`)
 * followed by `整改落实情况：` or `整改措施：`.
 */

const NEXT_HEADING = /下一步|下步|今后|打算|巩固.{0,8}成果|长效机制|钉钉子/;
const RESPONSIBILITY_HEADING = /主体责任|组织领导|高度重视|政治站位|提高认识|统一思想|加强领导|压实.{0,6}责任|整改工作(开展|推进)?情况$|总体情况|基本情况/;
const TASKS_HEADING = /任务落实|整改落实情况|整改(?:到位)?的问题|反馈意见整改|(问题|意见)的?整改(落实)?情况|具体问题|整改(任务|事项)|问题导向|推进整改|反馈问题|整改情况$|整改进展/;
/** `问题一：`, `问题2．`: a problem named by its label, the problem on the rest of the line. */
// `问题一：…`, and `问题：…` paired with `整改情况：…` below it.
const PROBLEM_LABEL = /^问题(?:\s*[一二三四五六七八九十0-9]{1,3}\s*[：:．.、]|\s*[：:])\s*/;
const QUOTED_PROBLEM = /^(?:关于|针对)\s*[“"「『].*[”"」』]\s*(?:的)?(?:问题|方面)[。：:，,]?\s*(?:整改落实情况|整改措施|整改情况)?/;
// The same without quotes, the shortcoming named in the notice's own words (`针对理论学习不够深入的
// 问题，一是…`) — not a set named by where it came from (`针对巡察反馈的问题，` is every problem).
// The name runs to the 问题 that closes it (`…违规发放津补贴问题仍有发生的问题，`).
// A short quoted term may stand inside the name (`针对“三全育人”格局不够完善的问题`).
const NAMED_PROBLEM = /^(?:关于|针对)\s*((?:[^“"「『”"」』，,。；;：:\n]|[“"「『][^“”"「」『』\n]{1,12}[”"」』]){4,60}?)(?:的)?问题(?:[。：:，,]|$)\s*(?:整改落实情况|整改措施|整改情况)?/;
const FROM_WHERE = /^(?:(?:巡[察视]|反馈|指出|交办|发现|审计|上述|以上|前述|这些|此类?|该)[^的]{0,12}的?)+/;
// What a shortcoming is called: the feedback's words for a fault, not an action's.
const SHORTCOMING = /不到位|不够|突出|不高|不畅|不深|不紧|不当|不清|不明确|不深入|不严格|不统一|不透明|不主动|不作为|慢作为|乱作为|盲区|盲点|死角|空白|不足|不力|不严|不实|不细|不强|不全|不准|不规范|不彻底|不完善|不健全|不及时|不充分|不明显|不平衡|不均衡|不精准|不科学|不合理|不落实|不扎实|滞后|缓慢|薄弱|短板|漏洞|隐患|偏弱|偏软|偏松|偏高|偏低|偏少|偏差|缺失|缺位|缺乏|欠缺|有待|差距|弱化|虚化|淡化|仍有发生|仍然存在|依然存在|时有发生|易发多发|较重|较多|较大|反弹|走过场|流于形式|宽松软/;

/**
 * Whether the lines are led by the problems they answer: one quoted is enough; named ones need a
 * second (one `针对…不到位的问题，` inside an item is how the item's measures begin).
 */
function ledByProblems(body: Line[], sec?: Section): boolean {
  // An item that states its problem (`1.落实全面从严治党主体责任不到位。`) keeps it: the `针对…的问题，`
  // paragraphs under it are how its measures begin.
  const ownProblem = !!sec && SHORTCOMING.test(sec.heading) && !CATEGORY_HEADING.test(sec.heading);
  let named = 0;
  for (const l of body) {
    if (QUOTED_PROBLEM.test(l.text)) return true;
    if (!ownProblem && problemLead(l.text) && ++named >= 2) return true;
  }
  return false;
}

/** A line opening with the problem it answers, quoted or named: the span of that opening. */
function problemLead(text: string): RegExpExecArray | null {
  const q = QUOTED_PROBLEM.exec(text);
  if (q) return q;
  const n = NAMED_PROBLEM.exec(text);
  const named = (n?.[1] ?? '').replace(FROM_WHERE, '');
  return n && named.length >= 4 && SHORTCOMING.test(named) ? n : null;
}
/** A lead-in labelling what follows (`整改落实情况：`): no part of a measure or a promise. */
// `整改任务落实情况：` names the same as `整改落实情况：` (the tasks the problems became).
const LEAD_WORDS = '(?:整改(?:任务)?(?:落实)?(?:情况|措施|成效|结果|进展)|落实(?:情况|措施)|主要(?:做法|措施)|具体(?:做法|措施))';
export const LEAD_IN = new RegExp(`^${LEAD_WORDS}\\s*[：:]\\s*`);
/** The same lead-in closing a problem's line (`…不够深入。整改落实情况：`, the measures below): not part of the problem. */
// With its colon anywhere, or without it after a sentence's end (`…”问题。整改措施：一是…`, the span
// cut at the colon).
const TRAILING_LEAD_IN = new RegExp(`\\s*${LEAD_WORDS}\\s*[：:]\\s*$|(?<=[。；;！!？?])\\s*${LEAD_WORDS}\\s*$`);
/** The lead-in inside an item's line after the problem's sentence (`…滞后。整改情况：已…`). */
const INLINE_LEAD_IN = new RegExp(`(?<=[。；;！!？?])\\s*${LEAD_WORDS}\\s*[：:]`);
const MEASURE_LINE = /^(?:整改(?:任务)?(?:落实)?(?:情况|措施|成效|结果|进展)|落实(?:情况|措施))\s*[：:]/;
// `一是` … `十是` at a clause start: the way notices enumerate measures inline.
const ENUM = /(?:^|(?<=[。；;，,：:！!\s]))([一二三四五六七八九十]{1,2})是/g;
// `问题表现：…` describes the problem (the feedback's findings); the measures follow it.
const PROBLEM_DESCRIPTION = /^(?:问题表现|存在问题|问题描述|具体问题|主要问题|问题情况|反馈问题|具体表现|主要表现)\s*[：:]/;
// `（1）`, `(2)`, `①` opening a clause inside a paragraph.
const INLINE_SUB_ITEM = /(?:^|(?<=[。；;：:！!，,\s]))(?:[（(][0-9]{1,2}[）)]|[0-9]{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/g;
// A closing remark at the end of a task section is not a measure of the last problem.
const SECTION_REMARK = /^(?:我们将|下一步|今后|[^，。]{0,12}将以(?:这次|此次|本次))/;

export type SectionRole = 'responsibility' | 'tasks' | 'next' | 'other';

// `巡视整改工作落实情况` names the work done on the problems — or, beside a section that names the
// problems themselves, how the work was organised.
const WORK_DONE_HEADING = /整改工作落实情况/;

// A numbered item (`8.`, `22.`: digits, where parts are numbered 一、 and （一）) that states a fault is
// a problem among its siblings, though its words name the task (`22.上轮巡察反馈问题整改不彻底`) or the
// body's duty (`8.落实全面从严治党主体责任不够有力，压力传导层层递减`): a part's heading names what it
// reports, or an action, never a fault. A set named by what it holds (`整改不到位的问题`) may head a
// part; an action naming what it fixes (`压实主体责任，补齐短板`) is no fault.
function itemStatesFault(s: Section): boolean {
  return s.number !== null && /^[0-9]+$/.test(s.number) && SHORTCOMING.test(s.heading) && !REMEDY.test(s.heading) && !/的问题$/.test(s.heading);
}

export function sectionRole(s: Section): SectionRole {
  if (NEXT_HEADING.test(s.heading)) return 'next';
  if (itemStatesFault(s)) return 'other';
  if ((TASKS_HEADING.test(s.heading) || WORK_DONE_HEADING.test(s.heading)) && !/主体责任情况$/.test(s.heading)) return 'tasks';
  if (RESPONSIBILITY_HEADING.test(s.heading)) return 'responsibility';
  return 'other';
}

interface Ctx {
  text: string;
  lines: Line[];
  idx: SectionIndex;
  masked: (i: number) => boolean;
  problems: Problem[];
  /** Lines of a 整改台账 table, read row by row in ledger-problems.ts: not paragraphs. */
  inLedger: (lineIndex: number) => boolean;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /[\s]/.test(text[a] ?? '')) a++;
  while (b > a && /[\s]/.test(text[b - 1] ?? '')) b--;
  return [a, b];
}

/** Measures in `text[start, end)`: `一是…` clauses, else the whole paragraph; lead-ins dropped. */
export function measuresIn(ctx: Pick<Ctx, 'text' | 'masked'>, start: number, end: number): Measure[] {
  const out: Measure[] = [];
  const para = ctx.text.slice(start, end);
  const lead = LEAD_IN.exec(para);
  const base = start + (lead ? lead[0].length : 0);
  const body = ctx.text.slice(base, end);
  // Each cut: where a measure starts, and how much of it is a numeral to leave out (`（1）`).
  const cuts: Array<[number, number]> = [];
  for (const m of body.matchAll(ENUM)) cuts.push([base + (m.index ?? 0), 0]);
  // Inline sub-items (`整改措施：（1）…。（2）…`) split like `一是…二是…`, when there are two or more.
  const subs = [...body.matchAll(INLINE_SUB_ITEM)];
  if (!cuts.length && subs.length >= 2) for (const m of subs) cuts.push([base + (m.index ?? 0), m[0].length]);
  const pieces: Array<[number, number]> = [];
  if (!cuts.length) pieces.push([base, end]);
  else {
    const first = cuts[0]?.[0] ?? base;
    if (first > base) pieces.push([base, first]);
    cuts.forEach(([c, skip], i) => pieces.push([c + skip, cuts[i + 1]?.[0] ?? end]));
  }
  for (const [a0, b0] of pieces) {
    const [a, b] = trimSpan(ctx.text, a0, b0);
    const t = ctx.text.slice(a, b);
    // A lead-in such as `具体做了以下工作：` alone is not a measure, nor the problem the measures
    // answer (`针对非法采砂打击不力的问题，（1）…`).
    if (b - a < 4 || /^[^。]{0,20}(以下|如下)(工作|方面|措施)?[：:]?$/.test(t)) continue;
    const answered = problemLead(t);
    if (answered && answered[0].trim().length >= t.replace(/[，,：:\s]+$/, '').length) continue;
    const st = measureStatus(t, (i) => ctx.masked(a + i));
    out.push({ text: t, status: st.status, cues: st.cues, start: a, end: b });
  }
  return out;
}

/** Lines of `sec` that are its own (after its heading, before its first child). */
function ownLines(ctx: Ctx, sec: Section): Line[] {
  const hl = ctx.idx.headingLine.get(sec.id) ?? -1;
  const stop = sec.children[0]?.start ?? sec.end + 1;
  return ctx.lines.filter((l) => l.index > hl && l.start >= sec.start && l.start < stop && l.end <= sec.end && !ctx.inLedger(l.index));
}

function addProblem(ctx: Ctx, sec: Section, start: number, end0: number, measures: Measure[]): void {
  const lead = TRAILING_LEAD_IN.exec(ctx.text.slice(start, end0));
  const end = lead && lead.index > 0 ? start + lead.index : end0;
  const [a, b0] = trimSpan(ctx.text, start, end);
  let b = b0;
  // `针对“…”问题，` — the comma leads into what follows; the problem ends before it.
  while (b > a && /[，,：:；;、]/.test(ctx.text[b - 1] ?? '')) b--;
  if (b <= a) return;
  ctx.problems.push({
    id: `p${ctx.problems.length + 1}`,
    sectionId: sec.id,
    text: ctx.text.slice(a, b),
    start: a,
    end: b,
    measures,
  });
}

// `具体问题：…` lines, two or more under one category, each followed by its `整改措施：`: the problems.
// (One such line under an item describes the item's problem.) `问题表现：`/`问题描述：` label the
// problem's statement the same way; `具体表现：`, `主要表现：` tell how a problem named above shows.
const DESCRIBED_PROBLEM = /^(?:具体问题|存在问题|主要问题|问题表现|问题描述)\s*[：:]\s*/;
// A ledger's fields written as lines (`整改时限：2024年12月底前`, `责任单位：…`) describe a problem; they are no measures.
const FIELD_LINE = /^(?:整改时限|完成时限|整改进度|责任单位|责任领导|责任人|牵头单位|配合单位|牵头领导)\s*[：:]/;
// A status written as a field after the measures (`目前进展：基本完成。`, `整改情况：已整改到位。`): the
// status column of a ledger written as a line — the measures' status, no measure. Only a bare status
// word is one (`整改情况：已修订制度。` is a measure).
const STATUS_LABEL = /^(?:(?:目前|当前|现阶段|整改|完成)?(?:进展|进度|状态)(?:情况)?|完成情况|整改(?:完成)?情况|整改结果|是否完成)\s*[：:]\s*/;
const STATUS_VALUE = /^(?:目前|现|均)?(?:已|未|尚未|暂未)?(?:经)?(?:全部|基本|部分|阶段性|初步)?(?:整改)?(?:完成|到位|办结|销号|落实)(?:整改)?(?:到位)?$|^(?:正在|持续|序时)(?:整改|推进|落实)?中?$|^(?:整改|推进|进行)中$|^长期坚持$/;
// How a ledger's status column reads the same words (ledger-problems.ts): partly done, not done, done.
const STATUS_PARTLY = /阶段性|部分|基本|初步|正在|持续|序时|中$|长期坚持/;
const STATUS_NOT_DONE = /未/;

/** The status a field line states (`目前进展：基本完成。` → ongoing), or null when it is no such line. */
export function statusField(text: string): StatusResult | null {
  const label = STATUS_LABEL.exec(text);
  if (!label) return null;
  const value = text.slice(label[0].length).replace(/[\s。；;.！!]+$/u, '');
  if (!value || value.length > 10 || !STATUS_VALUE.test(value)) return null;
  const status = STATUS_PARTLY.test(value) ? 'ongoing' : STATUS_NOT_DONE.test(value) ? 'planned' : 'done';
  return { status, cues: [value] };
}

/** A status field states how far the measures before it went: those whose words say nothing take it. */
function applyStatus(measures: Measure[], st: StatusResult): void {
  for (const m of measures) if (m.status === 'unknown') Object.assign(m, { status: st.status, cues: st.cues });
}

/**
 * When `line` is a status field, gives its status to the problem's `measures` and says so. With no
 * measure before it, the line is the problem's only account: its measure, with that status.
 */
function tookStatus(ctx: Pick<Ctx, 'text' | 'masked'>, measures: Measure[], line: Line): boolean {
  const st = statusField(line.text);
  if (st) takeStatus(ctx, measures, line, st);
  return st !== null;
}

function takeStatus(ctx: Pick<Ctx, 'text' | 'masked'>, measures: Measure[], line: Line, st: StatusResult): void {
  if (measures.length) applyStatus(measures, st);
  else {
    const own = measuresIn(ctx, line.start, line.end);
    applyStatus(own, st);
    measures.push(...own);
  }
}

const NUMBER_WORDS = '(?:[0-9０-９]+|[零〇一二两三四五六七八九十百]+)';
// A paragraph that speaks of the whole rectification — its verdict (`总的来看`, `综上`) or the feedback's
// total counted (`县委第二巡察组共反馈三个方面二十三个问题，…已整改十九个`, `截至目前，巡察反馈的23个问题已整改
// 到位19个`) — is no measure of the problem it follows (it stands after the last item of a list). Not a
// measure counting an earlier round's problems (`已对上轮巡察反馈的14个问题逐项“回头看”`) or what a check
// found (`开展专项检查，共发现问题23个`).
const WHOLE_SUMMARY = new RegExp(
  '^(?:总的来看|总体来看|总体上看|总体而言|整体来看|综合来看|综上)' +
    `|^(?!已|对|针对|经)(?![^，。；;]*(?:上一?轮|前一?轮|上次|上届))[^，。；;：:]{0,24}?(?:共|共计|合计|总计|累计)(?:反馈|交办|指出)(?:了|的)?[^，。；;：:]{0,12}?${NUMBER_WORDS}\\s*(?:个|项|条)(?:具体)?问题` +
    `|^(?:截至|截止|到)[^，。；;]{0,16}[，,]\\s*(?![^，。；;]*(?:上一?轮|前一?轮|上次|上届))[^，。；;]{0,12}?(?:反馈|交办|指出)的?${NUMBER_WORDS}\\s*(?:个|项|条)(?:具体)?问题`,
);

/** A line that closes the account of the problems before it (a remark, the whole's summary): no measure. */
function closesAccount(text: string): boolean {
  if (SECTION_REMARK.test(text) && !MEASURE_LINE.test(text)) return true;
  // A measure's label (`整改落实情况：`) is no part of what the line says: `整改落实情况：对巡察组共指出的3个具体问题
  // 逐一建立整改台账…` acts on the problems (对…), as a measure does.
  return WHOLE_SUMMARY.test(text.replace(MEASURE_LINE, ''));
}

function quotedProblems(ctx: Ctx, sec: Section, body: Line[], label: RegExp = PROBLEM_LABEL): void {
  let current: { start: number; end: number; measures: Measure[] } | null = null;
  const flush = (): void => {
    if (current) addProblem(ctx, sec, current.start, current.end, current.measures);
    current = null;
  };
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (!line) continue;
    const labelled = label.exec(line.text);
    if (labelled) {
      // `问题一：理论学习不够深入。` — the line after its label is the problem.
      flush();
      current = { start: line.start + labelled[0].length, end: line.end, measures: [] };
      continue;
    }
    const q = problemLead(line.text);
    if (q) {
      flush();
      const next = body[i + 1];
      // A `关于` problem split right away into `针对` problems: the parts are the problems.
      if (/^关于/.test(line.text) && next && /^针对/.test(next.text)) continue;
      const problemEnd = line.start + q[0].length;
      current = { start: line.start, end: problemEnd, measures: [] };
      // `关于“…”问题整改落实情况：一是…` on one line: the rest of the line holds the measures.
      if (line.end - problemEnd > 4) current.measures.push(...measuresIn(ctx, problemEnd, line.end));
      continue;
    }
    if (!current) continue;
    if (closesAccount(line.text)) {
      flush();
      continue;
    }
    const cur = current as { measures: Measure[] };
    if (tookStatus(ctx, cur.measures, line)) continue;
    if (PROBLEM_DESCRIPTION.test(line.text) || FIELD_LINE.test(line.text)) continue;
    // A sub-item `（1）…` under a quoted problem is one of its measures, read without its numeral.
    const sub = matchHeading(line.text);
    cur.measures.push(...measuresIn(ctx, line.start + (sub && sub.number !== null ? sub.prefix : 0), line.end));
  }
  flush();
}

/** Lines after `sec`'s heading, its sub-items included. */
function allLines(ctx: Ctx, sec: Section): Line[] {
  const hl = ctx.idx.headingLine.get(sec.id) ?? -1;
  return ctx.lines.filter((l) => l.index > hl && l.start >= sec.start && l.end <= sec.end && !ctx.inLedger(l.index));
}

function plainProblem(ctx: Ctx, sec: Section, lines: Line[]): void {
  // What closes the account (a remark, the whole's summary) and a status after the measures are no
  // body of the item: without other lines, its own line still holds the problem and its measure.
  // Each line is read once for both; the loop below uses the same answers.
  const closes = lines.map((l) => closesAccount(l.text));
  const statuses = lines.map((l, i) => (closes[i] ? null : statusField(l.text)));
  const hasBody = lines.some((_, i) => !closes[i] && !statuses[i]);
  const hl = ctx.idx.headingLine.get(sec.id) ?? -1;
  const headLine = ctx.lines[hl];
  if (!headLine) return;
  const measures: Measure[] = [];
  const afterNumeral = sec.headingStart;
  const lineText = ctx.text.slice(afterNumeral, headLine.end);
  ENUM.lastIndex = 0;
  const inline = [...lineText.matchAll(ENUM)][0];
  let problemEnd = headLine.end;
  const lead = inline ? null : INLINE_LEAD_IN.exec(lineText);
  if (inline && inline.index !== undefined) {
    problemEnd = afterNumeral + inline.index;
    measures.push(...measuresIn(ctx, problemEnd, headLine.end));
  } else if (lead && lead.index > 0 && headLine.end - (afterNumeral + lead.index + lead[0].length) >= 4) {
    // `7.后备干部队伍建设滞后。整改情况：已…，计划…` — the measure after its lead-in on the item's line,
    // whatever follows the item (`整改成效：…`, `下一步，…`).
    problemEnd = afterNumeral + lead.index;
    measures.push(...measuresIn(ctx, problemEnd, headLine.end));
  } else if (!hasBody) {
    // Heading sentence is the problem; what follows on the line is the measure.
    const stop = sec.headingEnd;
    const rest = ctx.text.slice(stop, headLine.end).replace(/^[。：:，,\s]+/, '');
    problemEnd = stop;
    if (rest.length >= 4) measures.push(...measuresIn(ctx, headLine.end - rest.length, headLine.end));
    else {
      // A one-sentence item (`1.领导干部认真做好述责述廉，重点将…列入…。`) states what was done:
      // it is its own measure.
      problemEnd = headLine.end;
      measures.push(...measuresIn(ctx, afterNumeral, headLine.end));
    }
  }
  lines.forEach((l, i) => {
    if (closes[i]) return;
    const st = statuses[i];
    if (st) return takeStatus(ctx, measures, l, st);
    if (PROBLEM_DESCRIPTION.test(l.text) || FIELD_LINE.test(l.text)) return;
    // A sub-item `（1）…` of an item is one of its measures, read without its numeral.
    const sub = matchHeading(l.text);
    measures.push(...measuresIn(ctx, l.start + (sub && sub.number !== null ? sub.prefix : 0), l.end));
  });
  addProblem(ctx, sec, afterNumeral, problemEnd, measures);
}

// A shortcoming named (`违法占用耕地问题整治不彻底`, `耕地占补平衡项目管理不规范`) or an action taken
// (`强化制度建设`, `加强执法监管`): what a sub-item's heading says it is.
const READS_AS_PROBLEM = new RegExp(`${SHORTCOMING.source}|存在|问题|未|没有`);
const READS_AS_ACTION = /^(?:加强|强化|建立|健全|完善|制定|修订|推进|落实|开展|严格|深化|压实|提升|提高|规范|优化|全面|持续|坚持)/;

function walk(ctx: Ctx, sec: Section): void {
  const rank = (s: Section): number => ctx.idx.rank.get(s.id) ?? 0;
  // `问题一：…` / `整改措施：` / `1.…` / `整改成效：…`: the labelled lines are the problems and the
  // numbered items under them their measures, not problems of their own.
  if (labelledProblems(ctx, sec)) return;
  // Sub-items `（1）`, `①` under an item or a category are its measures, not problems — unless
  // the category quotes its problems (`关于“…”问题`), each with its sub-items below it.
  if (sec.children.length && rank(sec) <= 3 && sec.children.every((c) => rank(c) >= 4)) {
    // …unless each sub-item carries numbered measures of its own (`1.耕地保护责任落实不到位` /
    // `（1）违法占用耕地问题整治不彻底。` / `①已对…复核`): then the sub-items are the problems.
    // The sub-items must read as problems (`…不彻底`, `…不规范`), not as actions (`（1）强化制度建设。`).
    // So are sub-items each followed by its labelled measures (`（1）理论学习不深入。` / `整改情况：已…`).
    const ownMeasures = (c: Section): boolean =>
      (c.children.length > 0 && c.children.every((g) => rank(g) > rank(c))) || allLines(ctx, c).some((l) => MEASURE_LINE.test(l.text));
    if (sec.children.length >= 2 && sec.children.every((c) => ownMeasures(c) && READS_AS_PROBLEM.test(c.heading) && !READS_AS_ACTION.test(c.heading))) {
      for (const c of sec.children) plainProblem(ctx, c, allLines(ctx, c));
      return;
    }
    const lines = allLines(ctx, sec);
    if (ledByProblems(lines, sec)) quotedProblems(ctx, sec, lines);
    else plainProblem(ctx, sec, lines);
    return;
  }
  if (sec.children.length) {
    for (const c of sec.children) walk(ctx, c);
    return;
  }
  const body = ownLines(ctx, sec);
  if (inlineQuotedProblems(ctx, sec, withHeadingRest(ctx, sec, body))) return;
  if (body.filter((l) => DESCRIBED_PROBLEM.test(l.text)).length >= 2) {
    quotedProblems(ctx, sec, body, DESCRIBED_PROBLEM);
    return;
  }
  if (ledByProblems(body, sec) || body.some((l) => PROBLEM_LABEL.test(l.text))) quotedProblems(ctx, sec, body);
  else if (shortcomingLedProblems(ctx, sec, body)) return;
  else if (body.length > 0 || !holdsLedger(ctx, sec)) plainProblem(ctx, sec, body);
}

// `一是针对“校外培训治理不到位”问题，已开展…；二是针对“…”问题，…`: problems quoted inside one paragraph,
// each enumerated, the rest of its clause run its measure.
const INLINE_QUOTED = /(?:^|(?<=[。；;，,：:！!\s]))[一二三四五六七八九十]{1,2}是\s*((?:针对|关于)\s*[“"「『][^”"」』\n]{2,60}[”"」』]\s*(?:的)?问题)[，,：:]?/g;

/**
 * The section's own lines, preceded by what follows its heading on the heading's line
 * (`（一）关于党的建设方面。一是针对“…”问题，已…；二是…`): the category's heading and its problems may
 * share one paragraph.
 */
function withHeadingRest(ctx: Ctx, sec: Section, body: Line[]): Line[] {
  const head = ctx.lines[ctx.idx.headingLine.get(sec.id) ?? -1];
  if (!head || sec.headingEnd >= head.end) return body;
  return [{ text: ctx.text.slice(sec.headingEnd, head.end), start: sec.headingEnd, end: head.end, index: head.index }, ...body];
}

// A category of the feedback (`（一）贯彻落实党中央决策部署方面`, `（二）关于…方面的问题`): its paragraphs may
// each open with the problem, stated as the feedback worded it, without a number.
const CATEGORY_HEADING = /方面(?:的?问题)?[。：:]?$/;
// What a statement of a fault does not do: report work done (`召开`, `制定`, `已完成`…).
// The acts; then a count, which a finding may state too (`专题研讨仅开展2次`).
const REPORTED_ACT = /已|召开|制定|出台|印发|开展了|完成|新建|新增|修订|举办|建成|组建|处置|清退|追回|问责|成立|推行|设立|一是|[（(][0-9一二三]{1,2}[）)]/;
const REPORTS_WORK = new RegExp(`${REPORTED_ACT.source}|[0-9０-９]+\\s*(?:个|项|条|处|家|人|名|次|件|所|万|亿|%|％)`);
// A measure may name the fault it fixes (`加强理论武装，着力解决理论学习不够深入问题`, `补齐基层党建短板`):
// it opens with the action or names the remedy. (`对…进行/开展…` acts; `对下属企业监督不到位` is a fault.) (`推动高质量发展的思路举措不够精准`, `全面从严治党…不到位`,
// `落实…不够精准` are faults: those verbs open problems too.)
// The remedy opens a clause (`补齐…短板`, `着力解决…问题`); mid-clause it is the fault's own noun
// (`群众诉求解决不够及时`, `腐败问题集中整治不够深入`).
const REMEDY = /^(?:针对|对[^，。；]{0,30}?(?:进行|开展|实施|予以|给予|组织|加强|强化|严格)|为|按照|通过|围绕|聚焦|坚持|加强|强化|着力|紧盯|严格|狠抓|抓好|深化|健全|建立|压实|持续|切实|扎实|认真|进一步|全面(?!从严)|规范(?!化))|(?:^|[，,；;])\s*(?:着力|切实|全力|积极|努力)?(?:解决|补齐|补强|堵塞|弥补|破解|整治|纠治|克服|扭转|防止|杜绝|消除|根治)/;
const FIRST_SENTENCE = /^[^。！？!?；;]{6,70}[。！？!?；;]/;

/** The paragraph's first sentence when it states a fault as the feedback does, else null. */
function statedShortcoming(text: string): string | null {
  if (LEAD_IN.test(text) || PROBLEM_DESCRIPTION.test(text) || FIELD_LINE.test(text)) return null;
  const m = FIRST_SENTENCE.exec(text);
  const first = m ? m[0] : text.length <= 70 ? text : '';
  return first && SHORTCOMING.test(first) && !REPORTS_WORK.test(first) && !REMEDY.test(first) ? first : null;
}

/**
 * `（一）…方面` then paragraphs each opening with the problem (`推动高质量发展的思路举措不够精准，传统产业
 * 转型升级缓慢。市委召开全会…` or the problem alone, its measures in the paragraphs below): the way
 * central inspections' notices write them, often in bold. The category's first paragraph must open
 * so; every paragraph that does opens a problem.
 */
function shortcomingLedProblems(ctx: Ctx, sec: Section, body: Line[]): boolean {
  const first = body[0];
  if (!first || !CATEGORY_HEADING.test(sec.heading) || !statedShortcoming(first.text)) return false;
  let current: { start: number; end: number; measures: Measure[] } | null = null;
  for (const line of body) {
    const lead = statedShortcoming(line.text);
    if (lead) {
      if (current) addProblem(ctx, sec, current.start, current.end, current.measures);
      const end = line.start + lead.length;
      current = { start: line.start, end, measures: line.end - end > 4 ? measuresIn(ctx, end, line.end) : [] };
      continue;
    }
    if (!current || closesAccount(line.text)) continue;
    if (tookStatus(ctx, current.measures, line)) continue;
    const sub = matchHeading(line.text);
    current.measures.push(...measuresIn(ctx, line.start + (sub && sub.number !== null ? sub.prefix : 0), line.end));
  }
  if (current) addProblem(ctx, sec, current.start, current.end, current.measures);
  return true;
}

function inlineQuotedProblems(ctx: Ctx, sec: Section, body: Line[]): boolean {
  const hits: Array<{ line: Line; at: number; problemStart: number; problemEnd: number; after: number }> = [];
  for (const line of body) {
    if (line.text.indexOf('是') === -1) continue;
    for (const m of line.text.matchAll(INLINE_QUOTED)) {
      const at = line.start + (m.index ?? 0);
      const problemStart = at + m[0].indexOf(m[1] ?? '');
      hits.push({ line, at, problemStart, problemEnd: problemStart + (m[1] ?? '').length, after: at + m[0].length });
    }
  }
  if (hits.length < 2) return false;
  hits.forEach((h, i) => {
    const next = hits[i + 1];
    const end = next && next.line === h.line ? next.at : h.line.end;
    addProblem(ctx, sec, h.problemStart, h.problemEnd, measuresIn(ctx, h.after, end));
  });
  return true;
}

function labelledProblems(ctx: Ctx, sec: Section): boolean {
  const rank = (s: Section): number => ctx.idx.rank.get(s.id) ?? 0;
  if (!sec.children.length || !sec.children.every((c) => rank(c) >= 3 && rank(c) > rank(sec))) return false;
  const lines = allLines(ctx, sec);
  if (!lines.some((l) => PROBLEM_LABEL.test(l.text))) return false;
  quotedProblems(ctx, sec, lines);
  return true;
}

/** A section whose body is a ledger table: its problems are the table's rows, not its heading. */
function holdsLedger(ctx: Ctx, sec: Section): boolean {
  return ctx.lines.some((l) => l.start >= sec.start && l.end <= sec.end && ctx.inLedger(l.index));
}

/** The task sections: by heading, or — when no heading says so — the ones holding measures. */
export function taskSections(ctx: { text: string; idx: SectionIndex }): Section[] {
  return findTasks(ctx).sections;
}

// What follows a problem when it reports work done on it: an act (`修订…`, `已…`), a remedy (`对…开展…`,
// `严格…`, `建立…`), a measure's label or enumeration — not a count alone, which findings give too.
const WORK_DONE = new RegExp(`${REPORTED_ACT.source}|${REMEDY.source}|^${LEAD_WORDS}\\s*[：:]|[一二]是`);
// …and when it states more of the fault, as the feedback's findings do (`部分支部未按规定…`,
// `专题研讨仅开展2次`): a first sentence naming a shortcoming, something not done or done only so far,
// without `已` or a remedy.
const MORE_OF_THE_FAULT = new RegExp(`${SHORTCOMING.source}|未|仅|只有`);
function statesMoreOfTheFault(after: string): boolean {
  const first = (FIRST_SENTENCE.exec(after)?.[0] ?? after).slice(0, 70);
  return MORE_OF_THE_FAULT.test(first) && !/已/.test(first) && !REMEDY.test(first);
}

/**
 * An aspect of the feedback (`（一）关于党的建设方面`) whose numbered items each state a fault
 * (`1.公共法律服务体系建设不够均衡。`), each followed by something: how many of those report work done on
 * the fault and how many state more of it, or null when it is no such aspect. Items that are actions
 * (`1.加强组织领导`) make none.
 */
function faultAspect(text: string, idx: SectionIndex, s: Section): { items: number; worked: number; findings: number } | null {
  if (!s.children.length || !/方面/.test(s.heading) || NEXT_HEADING.test(s.heading)) return null;
  const rank = idx.rank.get(s.id) ?? 0;
  let worked = 0;
  let findings = 0;
  for (const c of s.children) {
    if ((idx.rank.get(c.id) ?? 0) <= rank || c.number === null) return null;
    if (!READS_AS_PROBLEM.test(c.heading) || READS_AS_ACTION.test(c.heading) || REMEDY.test(c.heading)) return null;
    // After the fault's sentence: the rest of its line and its body.
    const after = text.slice(c.headingEnd, c.end).replace(/^[。；;：:，,\s]+/, '');
    if (after.length < 4) return null;
    if (WORK_DONE.test(after)) worked++;
    if (statesMoreOfTheFault(after)) findings++;
  }
  return { items: s.children.length, worked, findings };
}

/**
 * The fault aspects anywhere outside the next steps (outermost first, in document order), when their
 * items, all together, are followed mostly by work done and mostly not by more of the fault: the
 * feedback's problems with their measures, the task part's content though no part is titled so (a
 * short notice going from its opening to the aspects; part headings set as images without words).
 * Counted over all the items, since a measure may name the fault it fixes (`对整改不到位的1个问题重新整改`)
 * or do what no word lists (`选派5名年轻干部…`); a feedback's findings (`专题研讨仅开展2次`) report none.
 */
function faultAspects(text: string, idx: SectionIndex, within: readonly Section[]): Section[] {
  const out: Section[] = [];
  let items = 0;
  let worked = 0;
  let findings = 0;
  const visit = (s: Section): void => {
    const a = faultAspect(text, idx, s);
    if (!a) return s.children.forEach(visit);
    out.push(s);
    items += a.items;
    worked += a.worked;
    findings += a.findings;
  };
  for (const r of idx.roots) if (!within.includes(r) && sectionRole(r) !== 'next') visit(r);
  // One item is no list of the feedback's problems.
  return items >= 2 && worked * 2 >= items && findings * 2 < items ? out : [];
}

function findTasks(ctx: { text: string; idx: SectionIndex }): { sections: Section[]; byHeading: boolean } {
  const roots = ctx.idx.roots;
  const byHeading = roots.filter((s) => sectionRole(s) === 'tasks');
  const named = byHeading.filter((s) => TASKS_HEADING.test(s.heading));
  if (named.length) return { sections: named, byHeading: true };
  if (byHeading.length) return { sections: byHeading, byHeading: true };
  const sections = roots.filter((s) => {
    const role = sectionRole(s);
    if (role !== 'other') return false;
    const t = ctx.text.slice(s.start, s.end);
    return /整改(落实)?(情况|措施)[：:]|[关针][于对]“|(?:^|\n)问题[一二三1-3]?[：:]/.test(t) || (s.children.length > 0 && /[一二]是/.test(t));
  });
  // No part is titled as the task part: the aspects listing faults and what was done on them are it,
  // wherever they stand (right after the opening, under a part whose heading says something else).
  const aspects = faultAspects(ctx.text, ctx.idx, sections);
  if (aspects.length) return { sections: [...sections, ...aspects].sort((a, b) => a.start - b.start), byHeading: false };
  return { sections, byHeading: false };
}

export function extractProblems(
  text: string,
  lines: Line[],
  idx: SectionIndex,
  masked: (i: number) => boolean,
  inLedger: (lineIndex: number) => boolean = () => false,
): Problem[] {
  const ctx: Ctx = { text, lines, idx, masked, problems: [], inLedger };
  const found = findTasks({ text, idx });
  // No part at all, only numbered items, each followed by its `整改情况：`: the measures' lead-ins
  // picked the items as task sections, but items without sub-items are the problems themselves —
  // read as a short notice's items.
  const flat = !found.byHeading && found.sections.every((s) => (idx.rank.get(s.id) ?? 0) >= 3 && !s.children.length);
  const tasks = flat ? [] : found.sections;
  if (!tasks.length) {
    // A short notice without part headings lists its problems as numbered items (`1.村务公开不及时…
    // 现在每个季度都…`) right under its opening: each item is a problem.
    // An aspect named without its numeral between them (rank between two styles) holds the items after it.
    const bare = (s: Section): boolean => s.number === null && !Number.isInteger(idx.rank.get(s.id) ?? 0);
    const items = idx.roots
      .flatMap((s) => (bare(s) ? s.children : [s]))
      .filter((s) => (idx.rank.get(s.id) ?? 0) >= 3 && sectionRole(s) === 'other');
    if (items.length >= 2) for (const item of items) walk(ctx, item);
  }
  for (const root of tasks) {
    // An item picked beside parts (aspects without numerals between items stand as roots beside the
    // first list's items): the item is a problem, read as under any part.
    if (!found.byHeading && !root.children.length && (idx.rank.get(root.id) ?? 0) >= 3) {
      walk(ctx, root);
      continue;
    }
    if (labelledProblems(ctx, root)) continue;
    if (root.children.length) for (const c of root.children) walk(ctx, c);
    else {
      const body = ownLines(ctx, root);
      if (inlineQuotedProblems(ctx, root, withHeadingRest(ctx, root, body))) continue;
      if (ledByProblems(body) || body.some((l) => PROBLEM_LABEL.test(l.text))) quotedProblems(ctx, root, body);
    }
  }
  return ctx.problems;
}
