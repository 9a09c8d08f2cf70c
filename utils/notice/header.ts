import { cnYear, findDates, isoDate, withinHalfYear, type DateMatch } from './dates';
import { parseNumeral } from './numerals';
import { relativePeriod } from './relative-period';
import { sentencesIn, splitSentences, type Line } from './lines';
import type { DateRange, IsoDate, Span } from './types';

/**
 * The header facts of a notice: title, issuer, inspecting team, round, and the dates of the
 * inspection and the feedback — mostly from the title and the opening paragraph.
 */

const TITLE_END = /(通报|报告|情况|公告|公示|说明)$/;
/** `标题 - 站名`, `标题_站名`, `标题--站名`: where a page title gives way to the site name. */
// A bare hyphen only after a title's last word (`…情况的通报-东川理工大学机械工程学院`, as VSB sites write
// it): elsewhere it belongs to the title (`2023-2024学年`).
export const SITE_SEPARATOR = /[_|｜]|\s*(?:--|——|—|–)\s*|\s+-\s+|(?<=通报|报告|情况|公告|公示|说明)-/;
const TITLE_GRAMMAR = /关于.{2,}(通报|报告|情况|公告|公示)|巡[察视].{0,30}整改|整改.{0,20}(情况|进展)/;
// A line that begins the body: the opening paragraph, not a title line.
const BODY_START = /^(根据|按照|依据|为|近日|今年|日前|经|自|遵照|\d{4}年|[0-9０-９*＊]{1,4}年)|。/;

export interface TitleResult {
  title: string | null;
  /** Lines [0, n) of the text are the title. */
  titleLines: number;
}

export function normaliseTitle(s: string): string {
  // `【巡察整改】标题`: a column tag, not part of the title.
  return s.replace(/\[bookmark:[^\]]*\]/g, '').replace(/[\s\u3000\u00a0]+/g, '').replace(/^(?:【[^】]{1,12}】|\[[^\]]{1,12}\])+/, '');
}

/**
 * The title: the text's leading short lines when they read as a title (they are often split over
 * two or three lines), else a page title candidate that does; null when neither does.
 */
const WECHAT_PROMPT = /^(?:点击|关注|戳|长按|↑|▲|△).{0,12}(?:关注|蓝字|公众号|我们|置顶|星标)|^(?:关注我们|点击上方|点蓝字)/;

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const REPRINT_FRAME = /(?:全文|原文|内容)如下[：:]$/;
const BREADCRUMB = /^(?:当前位置|您的位置|您现在的位置|您当前的位置|您当前位置|所在位置|当前页面|位置)\s*[：:]/;

export function findTitle(lines: Line[], candidates: string[] | (() => string[]), inLedger: (i: number) => boolean = () => false): TitleResult {
  let n = 0;
  let joined = '';
  // A ledger's header row (`序号 问题 整改措施 完成情况`) opening the article is no title.
  // A page reprinting the notice opens with its frame (`近日，市统计局党组公布了…，全文如下：`): the
  // notice's own title is the line after it.
  if (REPRINT_FRAME.test(lines[0]?.text ?? '') && lines.length > 1) n = 1;
  const cap = n + 4;
  while (n < lines.length && n < cap && !inLedger(n)) {
    const t = lines[n]?.text ?? '';
    if (t.length > 60 || BODY_START.test(t) || /^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[）)]/.test(t)) break;
    n++;
    // WeChat's follow prompt above the title (`点击蓝字 关注我们`) is no part of it.
    if (!joined && WECHAT_PROMPT.test(t)) continue;
    // Nor is a breadcrumb the template put inside the article box (`当前位置：首页>党建工作>党务公开`).
    if (!joined && BREADCRUMB.test(t)) continue;
    // Nor a promotion above it (`🎉国庆特惠｜…抢购🎉`): a title holds no pictograph.
    if (!joined && PICTOGRAPH.test(t)) continue;
    joined += t;
    if (/(通报|报告|情况|公告|公示)$/.test(normaliseTitle(joined))) break;
  }
  const inText = normaliseTitle(joined);
  if (n > 0 && TITLE_GRAMMAR.test(inText) && /(通报|报告|情况|公告|公示|说明)$/.test(inText)) return { title: inText, titleLines: n };
  let best: string | null = null;
  let bestRank = -1;
  for (const c of typeof candidates === 'function' ? candidates() : candidates) {
    // `标题 - 站名`, `标题_站名`, `标题--站名`: the site name is not part of the title.
    const parts = c.split(SITE_SEPARATOR).filter((p) => p.trim());
    for (const part of parts.length > 1 ? parts : [c]) {
      const t = normaliseTitle(part);
      // A section heading (`一、区发展和改革局党组整改进展情况`) is not the page's title.
      if (t.length < 8 || t.length > 90 || !TITLE_GRAMMAR.test(t) || /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])/.test(t)) continue;
      // A part that ends like a title beats a longer one with a site name glued on.
      const rank = (TITLE_END.test(t) ? 1000 : 0) + t.length;
      if (rank > bestRank) {
        best = t;
        bestRank = rank;
      }
    }
  }
  // The in-text title lines are still the title lines even when a page candidate is chosen.
  const titleLines = best && inText && best.includes(inText) ? n : 0;
  return { title: best, titleLines };
}

/** `中共XX委员会关于…` → `中共XX委员会`; `XX局党组巡察整改进展情况的通报` → `XX局党组`. */
export function issuerFromTitle(title: string | null): string | null {
  if (!title) return null;
  const m = /^(.{2,40}?)关于/.exec(title);
  if (m?.[1]) return m[1];
  // The party organisation of the unit when the title names it (`…学院委员会`, `…集团党委`).
  const org = /^(.{2,30}?(?:委员会|党组|党委|党总支|党工委|局|公司|集团|大学|学院|医院|中心|政府|办公室)(?:有限(?:责任)?公司)?(?:委员会|党委|党组|党总支|党工委)?)(?=.{0,8}?(?:巡[察视]|落实|[一二三四五六七八九十]+届|第.轮))/.exec(title);
  return org?.[1] ?? null;
}

const CN_SIGNATURE_DATE = /^[\s\u3000]*([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日[\s\u3000]*$/;


const SIGNATURE_DATE = /^[\s\u3000]*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})[\s\u3000]*$/;
const ISSUER_LINE = /^[^\s。，,：:；;]{2,40}(委员会|党组|党委|党总支|党支部|机关|局|中心|办公室|公司|集团|大学|学院|学校|医院|政府|委|办|院|部|厅|站|所|社|馆)$/;

/** The signature at the end: the issuer line and the date line under it. */
/** The signature among the last lines before `end` (an attachment after it is not the notice). */
export function findSignature(
  lines: Line[],
  from: number,
  end = lines.length,
  inLedger: (i: number) => boolean = () => false,
): { issuer: string | null; date: DateMatch | null; firstLine: number } {
  let issuer: string | null = null;
  let date: DateMatch | null = null;
  let first = lines.length;
  for (let i = end - 1; i >= Math.max(from, end - 4); i--) {
    const l = lines[i];
    if (!l) continue;
    // `二〇二五年五月六日`: official documents date their signature in Chinese numerals.
    const cn = date ? null : CN_SIGNATURE_DATE.exec(l.text);
    if (cn) {
      const iso = isoDate(cnYear(cn[1] ?? ''), parseNumeral(cn[2] ?? '') ?? 0, parseNumeral(cn[3] ?? '') ?? 0);
      if (iso) {
        const lead = l.text.length - l.text.trimStart().length;
        const [y, m, d] = iso.split('-').map(Number);
        date = { iso, year: y ?? null, month: m ?? null, day: d ?? null, redacted: false, start: l.start + lead, end: l.start + lead + l.text.trim().length };
        first = i;
        continue;
      }
    }
    if (!date && SIGNATURE_DATE.test(l.text)) {
      date = findDates(l.text.trim())[0] ?? null;
      if (date) date = { ...date, start: date.start + l.start + (l.text.length - l.text.trimStart().length), end: date.end + l.start + (l.text.length - l.text.trimStart().length) };
      first = i;
      continue;
    }
    // `中共XX委员会 2025年10月16日` on one line.
    const both = /^(.{2,40}?)\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/.exec(l.text);
    if (!date && both && ISSUER_LINE.test(both[1] ?? '')) {
      issuer = both[1] ?? null;
      date = findDates(l.text)[0] ?? null;
      if (date) date = { ...date, start: date.start + l.start, end: date.end + l.start };
      first = i;
      break;
    }
    if (date && !issuer && ISSUER_LINE.test(l.text.trim())) {
      issuer = l.text.trim();
      first = i;
      // Bodies signing together (`中共下洋村支部委员会` over `下洋村村民委员会`): the first signs for them.
      const above = lines[i - 1]?.text.trim() ?? '';
      if (i - 1 >= from && !inLedger(i - 1) && ISSUER_LINE.test(above) && /委员会|党组|党委|党总支|党支部|党工委/.test(above)) {
        issuer = above;
        first = i - 1;
      }
      break;
    }
    if (date) break;
  }
  return { issuer, date, firstLine: first };
}

// `省委教育工委第六巡察组`, `市直机关工委第二巡察组`: a working committee's teams, named with it.
// The team as named: whose (`县委`, `校党委`, `集团党委`, `省委教育工委`), its number, its kind when it
// is not a regular one (`县委第二交叉巡察组`, `县委机动巡察第一组`).
const TEAM_KIND = '(?:交叉|机动|专项|提级|联动|延伸)?';
// Whose committee: a school's, a group's, a bank's head office (`总行党委第三巡视组`), a department's (`厅党组`).
const OWNER = '(?:总行|分行|总公司|集团公司|集团|公司|总院|学院|大学|医院|[厅局院校行部社])?(?:党委|党组)';
const INSPECTOR = new RegExp(`(中央|自治区党委|[省市区县州旗盟]委|${OWNER}|(?:[省市区县州]委)?[\\u4e00-\\u9fff]{0,4}?[工纪]委)(第[一二三四五六七八九十0-9]+)${TEAM_KIND}(巡[察视])组`);
const INSPECTOR_ALT = new RegExp(`(中央|[省市区县州旗盟]委|${OWNER})${TEAM_KIND}巡[察视](?:工作)?第[一二三四五六七八九十0-9]+组`);
const INSPECTOR_BARE = /(中央|[省市区县州旗盟]委|校党委|党委)(巡[察视])组/;
const ROUND = /(?:[一二三四五六七八九十]+届|[0-9]+届)?(?:中央|自治区党委|[省市区县州旗盟]委(?:教育|企业|机关|国资|卫生|金融)?工委|[省市区县州旗盟]委|(?:总行|分行|总公司|集团公司|集团|公司|总院|学院|大学|医院|[厅局院校行部社])?党委)?(?:(?:19|20)\d{2}年(?:度)?)?第[一二三四五六七八九十0-9]+轮(?=.{0,6}巡[察视])/;

export function findInspector(text: string, from: number, title: string | null): string | null {
  const head = text.slice(from);
  const m = INSPECTOR.exec(head) ?? INSPECTOR_ALT.exec(head) ?? (title ? INSPECTOR.exec(title) : null);
  if (m) return m[0];
  const b = INSPECTOR_BARE.exec(head);
  return b ? b[0] : null;
}

export function findRound(text: string, title: string | null): string | null {
  const m = (title ? ROUND.exec(title) : null) ?? ROUND.exec(text.slice(0, 2000));
  return m ? m[0] : null;
}

// …with its month: `2019年以来` dates nothing of the inspection.
const YEAR_ALONE = /(?<![0-9])((?:19|20)[0-9]{2})\s*年\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月/g;

export interface OpeningFacts {
  inspectionPeriod: DateRange | null;
  feedbackDate: IsoDate | null;
  /** Redacted dates among them. */
  redacted: Span[];
  periodSpan: Span | null;
  feedbackSpan: Span | null;
}

export interface OpeningScope {
  /**
   * The lead of the first part (`一、巡察反馈基本情况` and its paragraphs up to its first item), read
   * when the opening leaves the period or the feedback date unsaid: there only sentences that say who
   * inspected whom, or that the team fed back, count.
   */
  part?: Span | null;
  /** The year the notice was published: `去年11月4日`, `今年1月9日` are dated against it, and only then. */
  publishedYear?: number | null;
}

// The date a status is counted at (`截至2025年7月31日已完成整改16个`): never when the team fed back.
const STATUS_DATE_BEFORE = /(?:截至|截止)(?:到|至)?\s*$/;
// The team feeding back, said as an act (not `巡视反馈的20个问题`, `传达学习巡察反馈意见`).
const FEEDBACK_ACT = /向[^，。；]{1,30}?反馈|反馈了|反馈给|进行了?反馈|(?:召开|举行)[^，。；]{0,12}反馈(?:会|大会)|反馈(?:会|大会)(?:议)?(?:上|召开)/g;
// The body's own meeting on the feedback (`局党组召开党组会议，专题传达学习巡察组反馈意见`, `研究部署巡察反馈
// 问题整改`, `传达巡察反馈会议精神`): the feedback is what it conveys or studies, not what happens that day.
const BODY_ON_FEEDBACK = /(?:传达|学习|部署|研究|对照|针对)[^，。；]{0,12}$/;
// Fed back to the inspection office, the leading group, the team or the level above
// (`局党组向县委巡察办反馈了整改进展情况`, `向县委第三巡察组反馈整改情况`): the body reporting on its
// rectification, not the team feeding back its findings — the team feeds back to the body inspected
// (which may be a Party committee: `省委巡视组向东陵市委反馈了巡视意见`).
const TO_THE_OFFICE = /^向[^，。；]{0,20}?(?:巡[察视](?:工作)?(?:第?[一二三四五六七八九十0-9]+)?(?:组|办|办公室|领导小组|机构)|纪委|组织部|上级)/;
// What the body feeds back: its rectification (`反馈了整改进展情况`, `反馈整改方案`).
const RECTIFICATION_FED_BACK = /^[了给]?[^，。；]{0,8}整改(?:情况|进展|方案|报告|结果|成效|工作)/;
// What the team feeds back: its findings (`向局党组反馈了巡察意见`, `反馈了巡视发现的问题`).
const FINDINGS_FED_BACK = /^[^，。；]{0,6}巡[察视](?:意见|发现|情况|问题|反馈意见)/;
const TEAM = /巡[察视](?:工作)?(?:[第一二三四五六七八九十0-9]+)?组/;

/**
 * Where in a sentence the team's feedback is told — the 反馈 of its act, as an index into the sentence —
 * or -1. The feedback is the team's: the team (巡察组/巡视组) feeding back, what it found fed back
 * (`向局党组反馈了巡察意见`), or the 反馈会 held. `strict` (under the first part, where the body tells its
 * own work) wants one of these; in the opening any act of feeding back will do. Neither counts a
 * meeting of the body conveying or studying the feedback, nor the body reporting to the inspection
 * office (`向县委巡察办反馈了整改进展情况`).
 */
function feedbackAct(s: string, strict: boolean): number {
  for (const m of s.matchAll(FEEDBACK_ACT)) {
    const at = (m.index ?? 0) + m[0].indexOf('反馈');
    if (BODY_ON_FEEDBACK.test(s.slice(0, at)) || TO_THE_OFFICE.test(m[0]) || RECTIFICATION_FED_BACK.test(s.slice(at + 2))) continue;
    // The team named before, the findings fed back, the 反馈会, or the inspection told earlier in the
    // sentence (`县委对我镇党委开展了常规巡察，7月2日向镇党委反馈了意见`: the inspector feeding back).
    const head = s.slice(0, at);
    if (!strict || /反馈(?:会|大会)/.test(m[0]) || TEAM.test(head) || FINDINGS_FED_BACK.test(s.slice(at + 2)) || INSPECTION_ACT.test(head)) return at;
  }
  return -1;
}
// Who inspected whom: the team entering the body or inspecting in it (`县委第三巡察组进驻县民政局`,
// `…巡察组于…在县民政局开展了常规巡察`), or a body the inspection was carried out on (`县委第三巡察组对
// 县民政局党组开展了常规巡察`) — not a body rectifying against what the team fed back (`局党组对照巡察组
// 反馈的问题开展集中整改`, `对…开展巡察问题整改`).
// The body may be a list (`对区教育局党组、区卫生健康局党组、…等5个党组织开展了常规巡察`).
const INSPECTION_ACT =
  /巡[察视](?:工作)?[^，。；]{0,8}?组(?:[^，。；]{0,20}?(?:进驻|入驻)|[^。；]{0,30}?[在到][^。；]{1,30}?(?:开展|进行|搞|实施)了?[^。；，]{0,10}巡[察视](?!整改|反馈|问题|意见))|对(?!照)[^。；]{1,80}?(?:开展|进行|搞|实施)了?[^。；，]{0,10}巡[察视](?!整改|反馈|问题|意见)/;
// A month written before the feedback without its day (`2025年4月，中央巡视组向集团党组反馈了巡视意见`), not a
// start (`2025年4月以来`), nor the start of a range — the inspection's (`2024年3月至5月，…开展了常规巡察，并向
// 局党组反馈了巡察意见`).
const FEEDBACK_MONTH = /(?<![0-9])((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月(?![0-9]|\s*(?:以来|起|开始|份以来|至|到|—|－|-|~|～))/g;
// Another act between a month and 反馈 (`2024年3月，县委第三巡察组对…开展了巡察，并向局党组反馈`): the month is that act's.
const OTHER_ACT = /开展|进行(?!了?$)|进驻|入驻|[，,]\s*(?:并|随后|之后)|后[，,]/;

/**
 * The inspection period (`2024年3月28日至6月28日…巡察`) and the feedback date (`…反馈了巡察意见`),
 * from the opening — the text before the first heading — and, for what it leaves unsaid, the lead of
 * the first part (see OpeningScope).
 */
export function findOpeningFacts(text: string, from: number, to: number, scope: OpeningScope = {}): OpeningFacts {
  const out: OpeningFacts = { inspectionPeriod: null, feedbackDate: null, redacted: [], periodSpan: null, feedbackSpan: null };
  let year: number | null = null;
  // The feedback told to its month only: a date of another month is no feedback date.
  let feedbackMonth: { year: number; month: number } | null = null;
  const read = (sentences: ReturnType<typeof sentencesIn>, strict: boolean): void => {
    for (const s of sentences) {
      if (out.periodSpan && out.feedbackSpan) return;
      const dates = findDates(text, s.start, s.end, year, scope.publishedYear ?? null);
      for (const d of dates) if (d.year !== null && !d.redacted) year = d.year;
      // A year written with no day (`于2025年3月中旬至5月上旬…开展了巡察。7月9日，…反馈`) dates what follows.
      if (!dates.some((d) => d.year !== null)) for (const m of s.text.matchAll(YEAR_ALONE)) year = Number(m[1]);
      const first = s.text.indexOf('反馈');
      const actAt = first === -1 ? -1 : feedbackAct(s.text, strict);
      // In the opening a sentence telling of the feedback dates it unless it is only the body's meeting on it.
      const at = strict ? actAt : actAt !== -1 || !BODY_ON_FEEDBACK.test(s.text.slice(0, first)) ? first : -1;
      const act = at !== -1;
      if (act && actAt !== -1 && !out.feedbackSpan && !feedbackMonth) {
        // `2025年4月，…反馈了巡视意见`: the feedback's month, when no day is written before 反馈 — a month of
        // 反馈's own clause, not of the inspection told before it.
        const head = s.text.slice(0, actAt);
        const months = [...head.matchAll(FEEDBACK_MONTH)];
        const last = months[months.length - 1];
        if (last && !OTHER_ACT.test(head.slice((last.index ?? 0) + last[0].length)) && !dates.some((d) => d.end <= s.start + actAt)) {
          feedbackMonth = { year: Number(last[1]), month: Number(last[2]) };
        }
      }
      if (!dates.length) continue;
      if (!out.periodSpan && /巡[察视]/.test(s.text) && (!strict || INSPECTION_ACT.test(s.text))) {
        for (let i = 0; i + 1 < dates.length; i++) {
          const a = dates[i];
          const b = dates[i + 1];
          if (!a || !b) continue;
          const between = text.slice(a.end, b.start);
          if (/^\s*(起?至|起?到|—|－|-|~|～)\s*$/.test(between)) {
            out.periodSpan = { start: a.start, end: b.end };
            if (a.redacted) out.redacted.push({ start: a.start, end: a.end });
            if (b.redacted) out.redacted.push({ start: b.start, end: b.end });
            out.inspectionPeriod = a.iso || b.iso ? { start: a.iso, end: b.iso } : null;
            break;
          }
        }
      }
      if (!out.feedbackSpan && act) {
        const pos = s.start + at;
        const usable = dates.filter(
          (d) =>
            !STATUS_DATE_BEFORE.test(text.slice(Math.max(s.start, d.start - 4), d.start)) &&
            !(out.periodSpan && d.start >= out.periodSpan.start && d.end <= out.periodSpan.end) &&
            // Told to its month, the feedback is dated only by a day of that month.
            (!feedbackMonth || d.redacted || (d.year === feedbackMonth.year && d.month === feedbackMonth.month)),
        );
        const before = usable.filter((d) => d.end <= pos);
        // A date after 反馈 dates it in the same clause only (`反馈会于2024年7月5日召开`), not the next one's
        // (`收到反馈意见后，于2025年6月3日召开专题会议`).
        const d = before[before.length - 1] ?? usable.find((x) => x.start > pos && x.start - pos < 12 && !/[，,。；;]|后/.test(text.slice(pos, x.start)));
        if (d) {
          out.feedbackSpan = { start: d.start, end: d.end };
          if (d.redacted) out.redacted.push({ start: d.start, end: d.end });
          out.feedbackDate = d.iso;
          // Told after the inspection without its year (`去年11月4日至12月5日，…巡察。1月9日，…反馈`), the
          // feedback that would fall before the inspection ended took the inspection's year: it is the
          // next year's, when that puts it within half a year of it. A year written is kept as written.
          const last = out.inspectionPeriod?.end ?? out.inspectionPeriod?.start ?? null;
          if (d.implicitYear && d.iso && d.year !== null && d.month !== null && d.day !== null && last && d.iso < last && out.periodSpan && d.start >= out.periodSpan.end) {
            const next = isoDate(d.year + 1, d.month, d.day);
            if (next && withinHalfYear(last, next)) {
              out.feedbackDate = next;
              year = d.year + 1;
            }
          }
        }
      }
    }
  };
  read(sentencesIn(text, from, to), false);
  const part = scope.part;
  if (part && part.start >= to && (!out.periodSpan || !out.feedbackSpan)) read(sentencesIn(text, part.start, part.end), true);
  return out;
}

/** The publicity period: `公开期限：2025年10月16日至11月16日`. */
/** `即日起至…`, `自公布之日起至…`: a single date after it is the end of a period that starts on publication. */
function fromPublication(text: string, from: number, a: DateMatch, b: DateMatch | undefined): boolean {
  return !b && /(?:即日|公布之日|发布之日|印发之日|公开之日)起?(?:至|到)\s*$/.test(text.slice(from, a.start));
}

export function findPublicity(
  text: string,
  from: number,
  contextYear: number | null,
  published: IsoDate | null = null,
): { range: DateRange | null; span: Span | null; redacted: Span[] } {
  // `公告时间` is how a notice titled `…的公告` labels it.
  // `公示截止时间：2025年8月15日`, `意见反馈截止时间：…`: the one date is the end of a period that starts on
  // publication.
  const re = /(公开期限|公示期限|公示期|公开时间|公示时间|公告时间|公告期|公开期|监督期|受理时间|受理期限|征求意见(?:期限|时间|期)|(?:公示|公开|意见反馈|征求意见|受理)截止(?:时间|日期))/g;
  for (const m of text.slice(from).matchAll(re)) {
    const at = from + (m.index ?? 0);
    const sentence = splitSentences(text, at, Math.min(text.length, at + 80))[0];
    if (!sentence) continue;
    const dates = findDates(text, sentence.start, sentence.end, contextYear);
    if (!dates.length) {
      // `公开期限为10个工作日`, `自发布之日起10日`: a length from the publication date.
      const rel = relativePeriod(text, at + m[0].length, sentence.end, published);
      if (rel) return { range: rel.range, span: rel.span, redacted: [] };
      continue;
    }
    const a = dates[0];
    const b = dates[1];
    if (!a) continue;
    // `公告时间：2025年6月20日` alone is when it was announced, no period (`公示期：…` alone may be one, open).
    if (!b && /^公告/.test(m[0]) && !relativePeriod(text, a.end, sentence.end, a.iso)) continue;
    // `即日起至2024年8月10日`: from publication to the one date written.
    const fromToday = fromPublication(text, at, a, b) || (!b && m[0].includes('截止'));
    if (fromToday) return { range: { start: published, end: a.iso }, span: { start: at, end: a.end }, redacted: a.redacted ? [{ start: a.start, end: a.end }] : [] };
    // `公示期为自2025年4月2日起10个工作日`: a length from the date written.
    if (!b && a.iso) {
      const rel = relativePeriod(text, a.end, sentence.end, a.iso);
      if (rel) return { range: rel.range, span: { start: a.start, end: rel.span.end }, redacted: [] };
    }
    const redacted = [a, b].filter((d): d is DateMatch => !!d && d.redacted).map((d) => ({ start: d.start, end: d.end }));
    const range = a.iso || b?.iso ? { start: a.iso, end: b?.iso ?? null } : null;
    return { range, span: { start: a.start, end: (b ?? a).end }, redacted };
  }
  // An invitation to supervise that dates itself: `欢迎社会各界监督，时间为2025年3月5日至3月14日`,
  // `即日起至8月10日，欢迎…反映`.
  for (const m of text.slice(from).matchAll(/欢迎[^。\n]{0,60}?(?:监督|反映|意见|建议)|即日起(?:至|到)/g)) {
    const at = from + (m.index ?? 0);
    const sentence = splitSentences(text, at, Math.min(text.length, at + 120))[0];
    if (!sentence || /巡[察视]组|开展了?巡/.test(sentence.text)) continue;
    const dates = findDates(text, sentence.start, sentence.end, contextYear);
    const [a, b] = dates;
    if (!a) continue;
    if (fromPublication(text, sentence.start, a, b)) return { range: { start: published, end: a.iso }, span: { start: sentence.start, end: a.end }, redacted: [] };
    if (!b || !/^\s*(?:起?至|起?到|—|－|-|~|～)\s*$/.test(text.slice(a.end, b.start))) continue;
    const redacted = [a, b].filter((d) => d.redacted).map((d) => ({ start: d.start, end: d.end }));
    return { range: a.iso || b.iso ? { start: a.iso, end: b.iso } : null, span: { start: a.start, end: b.end }, redacted };
  }
  // Without a label, the period is the one comments are invited in: `请于2025年2月20日至3月20日期间
  // 通过以下方式反映`, `在…至…期间，可通过来信、来电反映`. Two dates, or it is not a period.
  // (Not `反馈`: that is the team feeding back its findings, in a sentence about the inspection.)
  // One date asked to answer by (`如有意见建议，请于2026年1月30日前反映`) ends a period that starts on publication.
  const invited = /(?:于|在|自|从)([^。\n]{6,40}?)(?:期间|以前|之前|前)[^。\n]{0,30}?(?:反映|监督|提出意见|提出建议)/g;
  for (const m of text.slice(from).matchAll(invited)) {
    if (/巡[察视]组|开展了?巡/.test(m[0])) continue;
    const at = from + (m.index ?? 0);
    const dates = findDates(text, at, at + m[0].length, contextYear);
    const [a, b] = dates;
    if (a && !b && text.slice(Math.max(0, at - 1), at) === '请' && /^\s*(?:以|之)?前/.test(text.slice(a.end)) && !/完成|整改|到位/.test(text.slice(a.end, at + m[0].length))) {
      return { range: { start: published, end: a.iso }, span: { start: at, end: a.end }, redacted: a.redacted ? [{ start: a.start, end: a.end }] : [] };
    }
    if (!a || !b) continue;
    const redacted = [a, b].filter((d) => d.redacted).map((d) => ({ start: d.start, end: d.end }));
    return { range: a.iso || b.iso ? { start: a.iso, end: b.iso } : null, span: { start: a.start, end: b.end }, redacted };
  }
  return { range: null, span: null, redacted: [] };
}
