import type { Check, DateRange, IsoDate, NoticeStats, Problem, Span } from './types';
import { parseNumeral } from './numerals';
import type { StatsResult } from './stats';

/**
 * What a supervisor should look at: figures that do not add up, counts that do not match the
 * itemised problems, done claims beside planned language, dates out of order, redactions.
 */

export interface CheckInput {
  /** The article's text, which every span points into. */
  text: string;
  /** A summary of several bodies' rectification: its items are the bodies, not problems. */
  summary?: boolean;
  stats: StatsResult;
  problems: Problem[];
  inspectionPeriod: DateRange | null;
  feedbackDate: IsoDate | null;
  publishedDate: IsoDate | null;
  publicityPeriod: DateRange | null;
  dateSpans: { period: Span | null; feedback: Span | null; publicity: Span | null };
  redacted: Span[];
}

function at(span: Span | null | undefined): { start?: number; end?: number } {
  return span ? { start: span.start, end: span.end } : {};
}

function statsChecks(s: NoticeStats, r: StatsResult, out: Check[]): void {
  const parts = [s.rectified, s.staged, s.unrectified];
  const known = parts.filter((p): p is number => p !== null);
  if (s.problems !== null && known.length) {
    const sum = known.reduce((a, b) => a + b, 0);
    const allKnown = known.length === 3;
    // A part written but redacted (`未整改**个`) may be the missing difference: only too many is wrong then.
    const hidden = (['rectified', 'staged', 'unrectified'] as const).some((k) => s[k] === null && r.spans[k] !== undefined);
    if (sum > s.problems || (allKnown && sum !== s.problems) || (!allKnown && !hidden && sum < s.problems && s.rectified !== null && known.length >= 2)) {
      out.push({
        kind: 'stats-sum',
        message: `整改数字不符：已整改${s.rectified ?? '?'} + 阶段性${s.staged ?? '?'} + 未整改${s.unrectified ?? '?'} = ${sum}，而反馈问题为${s.problems}个。 The parts add up to ${sum}, not the ${s.problems} problems fed back.`,
        ...at(r.spans.problems),
      });
    }
  }
  if (s.measures !== null && s.measuresDone !== null && s.measuresDone > s.measures) {
    out.push({
      kind: 'measures-sum',
      message: `已完成措施${s.measuresDone}条多于制定的${s.measures}条。 More measures done (${s.measuresDone}) than made (${s.measures}).`,
      ...at(r.spans.measuresDone),
    });
  }
}

function order(a: IsoDate | null | undefined, b: IsoDate | null | undefined): boolean {
  return !!a && !!b && a > b;
}

/** Cue words claiming completion, and those of work going on (neither promises anything). */
// Work begun (`已启动`, `已开工`) is under way, not a claim of completion.
const DONE_WORD = /已(?!经?(?:启动|开工|动工|着手|开始))|了|截[至止]目前|完成$/;
// The future said of what remains or of other work going on (`剩余12个…计划…`, `另外1个计划于5月前完成`,
// `正在对3个项目开展复核，计划3月底前完成`), or of the share not yet done (`已完成60%，预计11月底前全部完工`):
// a progress report.
const REMAINDER = /剩余|其余|余下|尚余|另外|另有|还有|正在|目前正|\d(?:\.\d+)?[%％]/;
// A routine set for after (`此后将每季度开展一次交叉检查`, `将定期开展回头看`) is no work left undone.
const PLAN_TO_COMPLETE = /(?:计划|拟|将|预计|力争|争取|确保|正在)[^。；]{0,30}?(?:完成|完工|竣工|建成|到位|办结|销号|投用|上线|解决)/;
const ROUTINE_AFTER = /^[^，。；]{0,12}?(?:每(?:个)?(?:月|季度|季|年|周|半月|半年|学期|学年)|定期|常态化)/;
const PROGRESS_WORD = /^(?:正在|目前正|逐步|尚未|暂未)$/;
// Work begun (`已启动附属工程建设`) is neither a claim of completion nor a word of the future.
const STARTED_WORD = /^已(?:经)?(?:启动|开工|动工|着手|开始)$/;
// The year's target with its figure, then what is done of it (`今年计划改造老旧小区23个，目前已完工18个`,
// `今年计划招聘教师20名，已全部到岗`): a progress report against the plan, no contradiction.
const TARGET_PROGRESS = /(?:今年|本年|全年|年度)计划[^，。；]*?(?:\d+|[一二两三四五六七八九十百千]+)[^，。；]*[，；][^。]*?已/;

// The sentence the total was read from may count the same problems another way: the aspects they were
// fed back in (`共反馈问题3个方面15个`, where the body then goes aspect by aspect), or the problems as fed
// back before they were refined (`将反馈的3个方面11个问题细化为28个具体问题`, where the body lists the 11).
const ASPECTS = /([0-9０-９]+|[一二两三四五六七八九十]+)\s*个方面/g;
const BEFORE_REFINED = /([0-9０-９]+|[一二两三四五六七八九十]+)\s*(?:个|项|条)(?:具体)?问题/g;
const REFINED = /细化|分解|拆分/;
const SENTENCE_END = /[。！？!?\n]/;

/** True when the total's sentence counts the same problems another way, `n` of them. */
function otherCountOfProblems(input: CheckInput, n: number): boolean {
  const span = input.stats.spans.problems;
  if (!span) return false;
  const { text } = input;
  let from = span.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = span.end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  const counts = (re: RegExp, s: string): Array<number | null> => [...s.matchAll(re)].map((m) => parseNumeral(m[1] ?? ''));
  if (counts(ASPECTS, text.slice(from, to)).includes(n)) return true;
  return REFINED.test(text.slice(span.start, span.end)) && counts(BEFORE_REFINED, text.slice(from, span.start)).includes(n);
}

// A rate the notice gives of its own figures (`问题整改完成率91.7%`, `措施完成率94.4%`, `总体完成率95.83%`) is
// checked against them, to the rate's last written digit (`92%` and `91.6%` both stand for 11 of 12): of the
// measures when it names them, else of the problems rectified — with those in stages or not (`总体完成率`
// often counts both) — or of the measures, which a bare `整改完成率` may mean. Only a rate naming what it
// rates as the notice's rectification (`整改`, `问题`, `措施`, `总体`…: not a bare `办结率` of petitions), and
// only in a paragraph that states the counts: a summary's rate of one unit is that unit's.
const RATE_LABEL = /完成率|整改率|办结率|销号率|到位率/;
const OWN_RATE = /整改|问题|措施|举措|任务|总体|整体/;
const MEASURE_RATE = /措施|举措|任务/;
const OTHER_WHOLE = /其中|[；;]|较|第一次|首次|立行立改|限期整改|长期坚持|按时|按期/;

function rateChecks(input: CheckInput, out: Check[]): void {
  const s = input.stats.stats;
  const { spans } = input.stats;
  const ratio = (part: number | null, whole: number | null): number | null => (part !== null && whole ? (100 * part) / whole : null);
  const ofProblems = [ratio(s.rectified, s.problems), s.rectified !== null && s.staged !== null ? ratio(s.rectified + s.staged, s.problems) : null];
  const ofMeasures = ratio(s.measuresDone, s.measures);
  // The rate of the counts it follows in their sentence, with nothing of another whole between
  // (`其中…`, a unit's or a class's own counts, `较第一次通报时…`).
  const ratesCounts = (at: number, span: Span | undefined): boolean => {
    if (!span || span.start > at) return false;
    const between = input.text.slice(span.end, at);
    return !/[。\n]/.test(between) && !OTHER_WHOLE.test(between);
  };
  for (const o of s.other) {
    if ((o.unit !== '%' && o.unit !== '％') || !RATE_LABEL.test(o.label) || !OWN_RATE.test(o.label)) continue;
    // A rate of a noun before its label (`群众反映问题办结率`), or of the work due so far (`按时整改完成率`).
    if (/[\u4e00-\u9fff]/.test(input.text[o.start - 1] ?? '') && !/[的为是达]/.test(input.text[o.start - 1] ?? '')) continue;
    if (!ratesCounts(o.start, spans.problems) && !ratesCounts(o.start, spans.measures)) continue;
    const candidates = (MEASURE_RATE.test(o.label) ? [ofMeasures] : [...ofProblems, ofMeasures]).filter((x): x is number => x !== null);
    if (!candidates.length) continue;
    const decimals = /\.(\d+)/.exec(String(o.value))?.[1]?.length ?? 0;
    const unit = 10 ** -decimals;
    if (candidates.some((c) => Math.abs(c - o.value) <= unit + 1e-9)) continue;
    const best = candidates[0] ?? 0;
    out.push({
      kind: 'rate-mismatch',
      message: `${o.label}${o.value}%与通报自己的数字不符（按数字计算为${best.toFixed(1)}%）。 The rate ${o.value}% does not match the notice's own counts (${best.toFixed(1)}%).`,
      start: o.start,
      end: o.end,
    });
  }
}

/** True when every use of the future word `cue` in `text` sets a routine (ROUTINE_AFTER). */
function routine(text: string, cue: string): boolean {
  let seen = false;
  for (let i = text.indexOf(cue); i !== -1; i = text.indexOf(cue, i + cue.length)) {
    if (!ROUTINE_AFTER.test(text.slice(i + cue.length))) return false;
    seen = true;
  }
  return seen;
}

export function runChecks(input: CheckInput): Check[] {
  const out: Check[] = [];
  const s = input.stats.stats;
  statsChecks(s, input.stats, out);
  if (!input.summary && s.problems !== null && input.problems.length && input.problems.length !== s.problems && !otherCountOfProblems(input, input.problems.length)) {
    out.push({
      kind: 'problem-count',
      message: `通报称反馈问题${s.problems}个，正文逐条列出${input.problems.length}个。 The notice claims ${s.problems} problems but itemises ${input.problems.length}.`,
      ...at(input.stats.spans.problems),
    });
  }
  // A measure that says it is done and, in the same breath, that the rest is still to come.
  let plannedMeasures = 0;
  // Measures still to be completed: planned, promising a completion (`计划11月底前完成改造`) — not a
  // routine or a resolve (`此后将每季度开展检查`, `将持续加强监督`, `将严格执行…`).
  let toComplete = 0;
  for (const p of input.problems) {
    for (const m of p.measures) {
      if (m.status === 'planned') plannedMeasures++;
      if (m.status === 'planned' && PLAN_TO_COMPLETE.test(m.text) && !m.cues.every((c) => routine(m.text, c))) toComplete++;
      // A claim of completion beside words of the future (`将`, `拟`, `计划`…). Beside `正在`,
      // `逐步`, `尚未` it is a progress report (part done, part going on), not a contradiction.
      const future = m.cues.filter((c) => !DONE_WORD.test(c) && !PROGRESS_WORD.test(c) && !STARTED_WORD.test(c) && !routine(m.text, c));
      // …and so it is when the future is said of what remains (`已完工36个，剩余12个…计划6月底前完成`).
      if (m.status === 'ongoing' && m.cues.some((c) => DONE_WORD.test(c)) && future.length > 0 && !REMAINDER.test(m.text) && !TARGET_PROGRESS.test(m.text)) {
        out.push({
          kind: 'done-vs-planned',
          message: `此项措施称已完成，同时又有“${future.join('、')}”等尚未完成的表述。 Claimed done beside planned language.`,
          start: m.start,
          end: m.end,
        });
      }
    }
  }
  if (s.measures !== null && s.measuresDone !== null && s.measuresDone >= s.measures && plannedMeasures > 0) {
    out.push({
      kind: 'done-vs-planned',
      message: `通报称${s.measuresDone}条措施全部完成，但有${plannedMeasures}条措施仍是计划表述。 All measures claimed done, yet ${plannedMeasures} are worded as plans.`,
      ...at(input.stats.spans.measuresDone),
    });
  } else if (s.problems !== null && s.rectified !== null && s.rectified >= s.problems && toComplete > 0) {
    // The same of the problems (`反馈的7个问题已全部整改完成`) where no count of measures says it: a
    // problem's measure still only promised (`计划2025年11月底前完成改造`) is not rectified yet.
    out.push({
      kind: 'done-vs-planned',
      message: `通报称${s.problems}个问题全部整改完成，但有${toComplete}条措施仍是计划表述。 All problems claimed rectified, yet ${toComplete} measures are worded as plans.`,
      ...at(input.stats.spans.rectified ?? input.stats.spans.problems),
    });
  }
  rateChecks(input, out);
  const ip = input.inspectionPeriod;
  const dates: Array<[string, IsoDate | null | undefined, IsoDate | null | undefined, Span | null]> = [
    ['巡察开始晚于结束 inspection starts after it ends', ip?.start, ip?.end, input.dateSpans.period],
    ['反馈早于巡察结束 feedback before the inspection ended', ip?.end, input.feedbackDate, input.dateSpans.feedback],
    ['发布早于反馈 published before the feedback', input.feedbackDate, input.publishedDate, input.dateSpans.feedback],
    ['公开期开始晚于结束 publicity period starts after it ends', input.publicityPeriod?.start, input.publicityPeriod?.end, input.dateSpans.publicity],
  ];
  for (const [label, a, b, span] of dates) {
    if (order(a, b)) out.push({ kind: 'date-order', message: `日期顺序异常：${label}（${a} › ${b}）。`, ...at(span) });
  }
  const seen = new Set<number>();
  for (const r of [...input.redacted, ...input.stats.redacted].sort((x, y) => x.start - y.start)) {
    if (seen.has(r.start)) continue;
    seen.add(r.start);
    out.push({ kind: 'redacted', message: '此处数值被隐去（*），无法核实。 A value here is redacted (*) and cannot be checked.', start: r.start, end: r.end });
  }
  return out;
}
