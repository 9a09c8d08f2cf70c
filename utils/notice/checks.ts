import type { Check, DateRange, IsoDate, NoticeStats, Problem, Span } from './types';
import type { StatsResult } from './stats';

/**
 * What a supervisor should look at: figures that do not add up, counts that do not match the
 * itemised problems, done claims beside planned language, dates out of order, redactions.
 */

export interface CheckInput {
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
const REMAINDER = /剩余|其余|余下|尚余/;
const PROGRESS_WORD = /^(?:正在|目前正|逐步|尚未|暂未)$/;
// Work begun (`已启动附属工程建设`) is neither a claim of completion nor a word of the future.
const STARTED_WORD = /^已(?:经)?(?:启动|开工|动工|着手|开始)$/;
// The year's target with its figure, then what is done of it (`今年计划改造老旧小区23个，目前已完工18个`,
// `今年计划招聘教师20名，已全部到岗`): a progress report against the plan, no contradiction.
const TARGET_PROGRESS = /(?:今年|本年|全年|年度)计划[^，。；]*?(?:\d+|[一二两三四五六七八九十百千]+)[^，。；]*[，；][^。]*?已/;

export function runChecks(input: CheckInput): Check[] {
  const out: Check[] = [];
  const s = input.stats.stats;
  statsChecks(s, input.stats, out);
  if (s.problems !== null && input.problems.length && input.problems.length !== s.problems) {
    out.push({
      kind: 'problem-count',
      message: `通报称反馈问题${s.problems}个，正文逐条列出${input.problems.length}个。 The notice claims ${s.problems} problems but itemises ${input.problems.length}.`,
      ...at(input.stats.spans.problems),
    });
  }
  // A measure that says it is done and, in the same breath, that the rest is still to come.
  let plannedMeasures = 0;
  for (const p of input.problems) {
    for (const m of p.measures) {
      if (m.status === 'planned') plannedMeasures++;
      // A claim of completion beside words of the future (`将`, `拟`, `计划`…). Beside `正在`,
      // `逐步`, `尚未` it is a progress report (part done, part going on), not a contradiction.
      const future = m.cues.filter((c) => !DONE_WORD.test(c) && !PROGRESS_WORD.test(c) && !STARTED_WORD.test(c));
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
  }
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
