import { COMPLETION, cueMatches, DEADLINE_CUES, isEventBound, isReportedPeriod, isSupersededPlan, PLANNED_CUES, RECURRING_CUES, SPRING_FESTIVAL, VAGUE_CUES } from './cues';
import { isoDate, lastDayOfMonth, YEAR, yearBefore, yearValue } from './dates';
import { sentencesIn } from './lines';
import { parseNumeral } from './numerals';
import { LEAD_IN } from './problems';
import { matchHeading, sectionAt } from './sections';
import type { Commitment, CommitmentKind, IsoDate, Section } from './types';

/**
 * Commitments: sentences that promise future action — what a supervisor follows up months later.
 * Anywhere in the body, a sentence with planned, deadline or recurring language; in the next-steps
 * section every sentence (those without a stronger cue are `vague`).
 */

export interface CommitmentInput {
  text: string;
  /** Body range: after the opening, before the closing. */
  from: number;
  to: number;
  sections: Section[];
  nextSteps: Section[];
  /** Spans that are quoted feedback (problem texts): promises there are not the body's. */
  excluded: Array<[number, number]>;
  masked: (i: number) => boolean;
  fallbackYear: number | null;
  /** The notice's date, when known: a deadline it does not date may already have passed then. */
  published?: IsoDate | null;
}

function matches(re: RegExp, s: string, offset: number, masked: (i: number) => boolean): RegExpMatchArray[] {
  return cueMatches(re, s, (i) => masked(offset + i));
}

/** The last day a deadline cue means, with the year from the cue or from the context. */
export function dueDate(m: RegExpMatchArray, year: number | null): IsoDate | null {
  const cue = m[0];
  const g = m.groups ?? {};
  const written = g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5 ?? g.y6 ?? g.y7 ?? g.y8 ?? g.y9;
  const y = written ? yearValue(written) : year;
  if (y === null) return null;
  // `2026年春节前`: by the festival's eve.
  if (g.y9 !== undefined) {
    const day = SPRING_FESTIVAL[y];
    if (!day) return null;
    const eve = new Date(`${day}T00:00:00Z`);
    eve.setUTCDate(eve.getUTCDate() - 1);
    return eve.toISOString().slice(0, 10) as IsoDate;
  }
  if (g.mc !== undefined) {
    const mo = parseNumeral(g.mc);
    if (mo === null || mo < 1 || mo > 12) return null;
    if (g.partc === '上旬') return isoDate(y, mo, 10);
    if (g.partc === '中旬') return isoDate(y, mo, 20);
    return lastDayOfMonth(y, mo);
  }
  if (g.m !== undefined) {
    const mo = Number(g.m);
    if (mo < 1 || mo > 12) return null;
    if (g.d !== undefined) return isoDate(y, mo, Number(g.d));
    if (g.part === '上旬') return isoDate(y, mo, 10);
    if (g.part === '中旬') return isoDate(y, mo, 20);
    if (g.part) return lastDayOfMonth(y, mo);
    // `6月前`: before June.
    return mo === 1 ? isoDate(y - 1, 12, 31) : lastDayOfMonth(y, mo - 1);
  }
  // `计划2025年7月投入使用`, `计划二〇二五年七月投入使用`: within that month.
  if (g.m5 !== undefined) return lastDayOfMonth(y, parseNumeral(g.m5) ?? 0);
  // `2025年一季度`, `今年三季度末前`: the quarter's last day.
  const quarter = g.q ?? g.q2 ?? g.q3 ?? g.q6 ?? g.q7;
  if (quarter !== undefined) {
    const q = '一二三四'.indexOf(quarter) + 1 || Number(quarter);
    return lastDayOfMonth(y, q * 3);
  }
  if (cue === '上半年') return isoDate(y, 6, 30);
  if (cue === '明年') return isoDate(y + 1, 12, 31);
  return isoDate(y, 12, 31);
}

// `明年3月前`, `次年一季度`, `今年11月底前`: a relative year right before the period.
const RELATIVE_BEFORE = /(?:(明|次)|今|本)年(?:度)?(?:第)?$/;
// `明年底前`, `今年内`: the relative word shares the period's 年 — unless it ends another word
// (`说明`, `证明`, `至今`, `如今`, `首次`, `基本`…).
const RELATIVE_SHARING = /(?<![说表证声查阐标注指写载申分光文透鲜如至迄当现古层批人首再依其此该每档名车班届多几两0-9一二三四五六七八九十基根成资样版账课书日原副脚范蓝台])(?:(明|次)|今|本)$/;

/**
 * The year a relative word fixes for the deadline cue `m` in `s`, from the notice's own year
 * `reference`: `明年`/`次年` the year after it, `今年`/`本年` that year — in the cue (`明年一季度`,
 * `今年三季度末`) or right before it (`明年3月前`, `明年底前`, `今年11月底前`), whatever year the
 * sentence wrote earlier. Undefined when no relative word dates the cue.
 */
export function relativeYear(s: string, m: RegExpMatchArray, reference: number | null): number | null | undefined {
  const cue = m[0];
  const at = m.index ?? 0;
  const head = s.slice(Math.max(0, at - 5), at);
  // `今年`, `明年` alone are their own year (dueDate reads `明年` as the year after).
  const before = /^(?:今年|明年)$/.test(cue) ? null : (RELATIVE_BEFORE.exec(head) ?? (cue.startsWith('年') ? RELATIVE_SHARING.exec(head) : null));
  const next = before ? before[1] !== undefined : /^明年./.test(cue) ? true : /今年|明年|本年/.test(cue) ? false : undefined;
  if (next === undefined) return undefined;
  return reference === null ? null : reference + (next ? 1 : 0);
}

/** A deadline cue that is a year alone: `今年`, `明年`, `2026年`, `二〇二六年` (after `将于`, `计划`…). */
const YEAR_ONLY = new RegExp(`^(?:今年|明年|(?:${YEAR})年)$`);

/**
 * The cues that can be the deadline: a year alone gives way to a period written right after it
 * (`将于明年3月前`, `力争今年11月底前`: the period, in that year); without one (`将于明年完成`) the
 * year is the deadline.
 */
export function periodCues(cues: RegExpMatchArray[]): RegExpMatchArray[] {
  return cues.filter((m) => !(YEAR_ONLY.test(m[0]) && cues.some((n) => n.index === (m.index ?? 0) + m[0].length)));
}

/**
 * The year a deadline counts in: the one a relative word fixes (relativeYear); else a year written
 * before the cue in its sentence, else the notice's date — the nearest year anywhere before may be
 * the inspection's or a `2021年以来` in another paragraph.
 */
function deadlineYear(text: string, sentence: { text: string; start: number }, m: RegExpMatchArray, fallbackYear: number | null): number | null {
  const relative = relativeYear(sentence.text, m, fallbackYear);
  if (relative !== undefined) return relative;
  const cueAt = sentence.start + (m.index ?? 0);
  return yearInSentence(text, sentence.start, cueAt) ?? fallbackYear ?? yearBefore(text, cueAt);
}

/** Whether the deadline's year is said (in the cue, by a relative word, or earlier in its sentence). */
function yearWritten(text: string, sentence: { text: string; start: number }, m: RegExpMatchArray, fallbackYear: number | null): boolean {
  const g = m.groups ?? {};
  if (g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5 ?? g.y6 ?? g.y7 ?? g.y8 ?? g.y9) return true;
  if (relativeYear(sentence.text, m, fallbackYear) !== undefined) return true;
  return yearInSentence(text, sentence.start, sentence.start + (m.index ?? 0)) !== null;
}

/**
 * The last year written in `text[from, pos)` that dates something, not a start (`2021年以来`) — in
 * digits or in Chinese numerals (`二〇二六年`, as formal deadlines and signatures write it).
 */
const YEAR_DATING = new RegExp(`(${YEAR})\\s*(?:年(?!以来|来|起|至今|以前|开始)|[-/.]\\d)`, 'g');
function yearInSentence(text: string, from: number, pos: number): number | null {
  let found: number | null = null;
  for (const m of text.slice(from, pos).matchAll(YEAR_DATING)) if (m[1] !== undefined) found = yearValue(m[1]);
  return found;
}

const COUNT = '[0-9零〇一二两三四五六七八九十百]+\\s*[个条项件]';
/**
 * `正在` in a progress count says how many items are still open, not what will be done:
 * `阶段性整改3个，正在整改4个`, `其余3个正在持续推进`, `其余8条正在推进`.
 */
// `8条需长期坚持的措施正在持续推进`: the count may stand a few words before its noun.
const OPEN_COUNT_BEFORE = new RegExp(`${COUNT}(?:[^，。；]{0,12}?(?:问题|措施|事项))?(?:仍|还|均)?$`);
const OPEN_COUNT_AFTER = new RegExp(`^(?:持续|加快|加紧|有序)?(?:整改|推进|落实|办理|处理){1,2}(?:中)?的?(?:问题|措施|事项)?${COUNT}`);
// …and so does `正在` said of the rest, counted or not (`剩余欠款正在通过诉讼程序追缴`, `剩余2个岗位正在招聘中`).
const OPEN_REST_BEFORE = /(?:剩余|其余|余下|尚余)[^，。；]{0,12}?(?:仍|还|均)?$/;
const isOpenCount = (s: string, m: RegExpMatchArray): boolean => {
  if (!/^(正在|目前正)$/.test(m[0])) return false;
  const at = m.index ?? 0;
  const before = s.slice(Math.max(0, at - 24), at);
  return OPEN_COUNT_BEFORE.test(before) || OPEN_REST_BEFORE.test(before) || OPEN_COUNT_AFTER.test(s.slice(at + m[0].length, at + m[0].length + 16));
};

const EVERY_BEFORE = /每(?:个)?(?:年|季度|季|月|半年|学期|学年)(?:的)?$/;

/**
 * A span of years with no bound (`2022—2023年完成全部改造`) that ended before the notice's year is when
 * the work was done, as a year written bare is: no deadline. With a bound (`2025年至2026年底前`) it is
 * one, passed or not.
 */
function spanPassed(m: RegExpMatchArray, year: number | null): boolean {
  const last = m.groups?.y8;
  return last !== undefined && year !== null && !/[前内]$/.test(m[0]) && yearValue(last) < year;
}

/**
 * `年内全部完成整改`, `6月底前整改到位`, `年底前签完`: the deadline governs a completion still to come —
 * not one told done (`已`) or in the past (`完成了`).
 */
const COMPLETES_AFTER = new RegExp(`^[^已，。；]{0,10}?(?:${COMPLETION.source})(?![^，。；]{0,2}了)`);
// `已于2024年10月底前完成整改`, `已在三季度完成`: the deadline told as met (已 before it) is a report.
const TOLD_MET_BEFORE = /已(?:经)?\s*(?:于|在)?\s*$/;
function completesAfter(sentence: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  return !TOLD_MET_BEFORE.test(sentence.slice(Math.max(0, at - 4), at)) && COMPLETES_AFTER.test(sentence.slice(at + m[0].length));
}

// Every planned, deadline and recurring cue holds one of these (see cues.ts): a deadline names a
// year, a month or a quarter (年, 月, 季 — `三季度末前`, `四季度前` name no year nor month), a rhythm
// its period (`按周报送`, `周调度`); an event bound its event (`春节前`, `开学前`, `主汛期前`, `元旦前`,
// `换届前`, `入冬前`; `下一轮巡察前` has 下).
const ANY_CUE = /[拟将计正目待逐争力下每定年月季周今明节学汛旦届冬]/;

/** True when sentence `s` is a section's heading and the section goes on after it. */
function headsItsSteps(sections: readonly Section[], s: { start: number; end: number }): boolean {
  return sections.some((x) => x.start <= s.start && s.end <= x.headingEnd + 1 && x.end > x.headingEnd + 1);
}

// …and so does a step's short lead sentence in its paragraph (`一是紧盯未完成事项。对正在整改的2个问题…`).
const STEP_LEAD = /^(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]+[）)])[^，,；;。]{2,18}。$/;

/** True when sentence `s` is a step's short lead with more of the step after it on its line. */
function leadsItsStep(text: string, s: { text: string; end: number }): boolean {
  if (!STEP_LEAD.test(s.text.trim())) return false;
  const lineEnd = text.indexOf('\n', s.end);
  const rest = text.slice(s.end, lineEnd === -1 ? text.length : lineEnd);
  return rest.trim().length >= 6;
}

export function extractCommitments(input: CommitmentInput): Commitment[] {
  const { text } = input;
  const out: Commitment[] = [];
  const inNext = (pos: number): boolean => input.nextSteps.some((s) => s.start <= pos && pos < s.end);
  const excluded = (a: number, b: number): boolean => input.excluded.some(([x, y]) => a >= x && b <= y);
  for (const s of sentencesIn(text, input.from, input.to)) {
    const next = inNext(s.start);
    // Most sentences hold no cue at all: one cheap test before the four cue scans.
    if (!next && !ANY_CUE.test(s.text)) continue;
    if (excluded(s.start, s.end)) continue;
    // A top-level heading (`三、下一步打算`) names the promises; it is not one.
    if (input.sections.some((x) => x.level === 1 && x.start === s.start && s.end <= x.headingEnd + 1)) continue;
    // `每年6月底前完成…` is a yearly duty (recurring), not one deadline; `2025年上半年完成…1.37亿元`
    // reports a period's result (isReportedPeriod); `原计划6月底前完工` is the plan first set, no longer
    // the deadline (isSupersededPlan).
    const deadline = matches(DEADLINE_CUES, s.text, s.start, input.masked).filter(
      (m) =>
        !EVERY_BEFORE.test(s.text.slice(Math.max(0, (m.index ?? 0) - 4), m.index)) &&
        !isReportedPeriod(s.text, m) &&
        !isSupersededPlan(s.text, m) &&
        !spanPassed(m, input.fallbackYear),
    );
    const recurring = matches(RECURRING_CUES, s.text, s.start, input.masked);
    // `尚未`/`暂未` say what is not done yet (a measure's status), not what will be done.
    // Nor does `正在` in a count of what is still open.
    const planned = matches(PLANNED_CUES, s.text, s.start, input.masked).filter((m) => !/^(尚未|暂未)$/.test(m[0]) && !isOpenCount(s.text, m));
    const vague = matches(VAGUE_CUES, s.text, s.start, input.masked);
    let kind: CommitmentKind | null = null;
    let due: IsoDate | null = null;
    // A deadline is a promise only in a sentence that looks forward (or in next steps).
    const forward = planned.length > 0 || next || /确保|务必|要求|必须|(?<!已(?:经)?\s*(?:于|在)[^，。；已]{0,14})前完成(?!了)/.test(s.text) || deadline.some((m) => completesAfter(s.text, m));
    // `于今年10月底前取得明显进展，12月中旬前全部完成整改`: the deadline of the completion.
    const periods = periodCues(deadline);
    const completing = periods.find((m) => completesAfter(s.text, m));
    // When the completion is bound by an event (`剩余2024年下半年凭证正在核查中，春节前完成`), another
    // period in the sentence is not its deadline (here a noun's: the vouchers of that half-year): the
    // promise is undated (`planned`).
    const eventBound = !completing && planned.some((m) => isEventBound(m[0]));
    if (deadline.length && forward && !eventBound) {
      kind = 'deadline';
      const first = completing ?? periods[0];
      // `确保****年底前…`: the year is redacted, so the day is unknown.
      if (first && !/[*＊]$/.test(s.text.slice(0, first.index))) due = dueDate(first, deadlineYear(text, s, first, input.fallbackYear));
      // A day the next steps do not date (`三季度末前完成…`) that had passed when the notice was
      // published is next year's. (Elsewhere it stays as written: a deadline already passed is for
      // the reader to check, kept or not.)
      if (next && first && due && input.published && due < input.published && !yearWritten(text, s, first, input.fallbackYear)) {
        due = `${Number(due.slice(0, 4)) + 1}${due.slice(4)}` as IsoDate;
      }
    } else if (recurring.length) kind = 'recurring';
    else if (planned.length) kind = 'planned';
    // A next step's own heading (`（一）紧盯未完成事项。`) over the sentences that say what will be done
    // names them: they are the promises, it is none. A heading with nothing under it is the promise.
    else if (next && s.text.length >= 6 && !headsItsSteps(input.sections, s) && !leadsItsStep(text, s)) kind = 'vague';
    if (!kind) continue;
    // `2026年春节前` is the deadline; the event bound `春节前` inside it is no second cue.
    const inDeadline = (m: RegExpMatchArray): boolean => deadline.some((d) => (m.index ?? 0) > (d.index ?? 0) && (m.index ?? 0) < (d.index ?? 0) + d[0].length);
    const cues = [...deadline, ...recurring, ...planned.filter((m) => !inDeadline(m)), ...vague].map((m) => m[0]);
    // `（二）每季度…`, `整改情况：正在…`: the item's numeral and a lead-in label the sentence; the
    // promise starts after them.
    const h = matchHeading(s.text);
    const numeral = h && h.number !== null ? h.prefix : 0;
    const lead = numeral + (LEAD_IN.exec(s.text.slice(numeral))?.[0].length ?? 0);
    out.push({
      text: s.text.slice(lead),
      kind,
      due,
      cues: [...new Set(cues)],
      sectionId: sectionAt(input.sections, s.start)?.id ?? null,
      start: s.start + lead,
      end: s.end,
    });
  }
  return out;
}
