import { splitSentences } from './lines';
import { parseNumeral, toAsciiDigits } from './numerals';
import type { NoticeStats, OtherStat, Span } from './types';

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
const PROBLEMS = new RegExp(`(?:反馈|指出|交办|发现|梳理|认领|提出|存在)(?:的|了|出)?[^，。；;,]{0,14}?${NUM}\\s*(?:个|项|条)(?:具体)?(?:问题|方面问题)|(?:反馈|巡[察视])问题(?:共)?${NUM}\\s*(?:个|项|条)`);
const MEASURES = new RegExp(`${NUM}\\s*(?:条|项|个)(?:具体)?整改(?:措施|举措)|整改(?:措施|举措)(?:共)?${NUM}\\s*(?:条|项|个)`);
const COUNT_IN_CLAUSE = new RegExp(`${NUM}\\s*(?:个|项|条|件)`, 'g');
const STAGED = /阶段性|基本完成|持续整改|正在整改|部分完成|序时推进|长期坚持|正在推进|持续推进/;
const UNDONE = /未(?:整改)?完成|尚未|没有完成|暂未|未整改|未完成整改/;
const DONE = /(?:已|均已)?(?:整改完成|完成整改|整改到位|整改完毕|已整改|已完成|办结|销号|完成)/;

function value(raw: string): number | null {
  if (/[*＊]/.test(raw)) return null;
  return parseNumeral(raw);
}

type Key = 'problems' | 'rectified' | 'staged' | 'unrectified' | 'measures' | 'measuresDone';

// Other rectification figures, labelled as written.
const OTHER: Array<{ re: RegExp }> = [
  { re: /((?:完善|新建|建立|修订|制定|出台|健全|新制定|建章立制|修订完善)[^，。；;,0-9]{0,10}?(?:制度|规章|机制|办法))[^，。；;,0-9]{0,4}?([0-9]+)\s*(项|个|条|件|部)/g },
  { re: /((?:追回|收回|追缴|退还|返还|清退|挽回|收缴|退缴|退赔|纠正|规范)[^，。；;,0-9]{0,16}?(?:资金|款项|欠款|经济损失|金额|费用|违规资金))[^，。；;,0-9]{0,6}?([0-9]+(?:\.[0-9]+)?)\s*(万元|亿元|元)/g },
  { re: /((?:问责|处分|诫勉谈话|诫勉|组织处理|党纪政务处分|立案审查调查|立案|处理|约谈)[^，。；;,0-9]{0,6}?)([0-9]+)\s*(人次|人|名)/g },
  { re: /((?:总体|整体)?(?:整改)?(?:完成率|整改率|办结率))[为达到是了]{0,3}([0-9]+(?:\.[0-9]+)?)\s*(%|％)/g },
  { re: /((?:移交|处置)[^，。；;,0-9]{0,6}?问题线索)([0-9]+)\s*(件|条|个)/g },
];

export function extractStats(text: string, from: number, to: number): StatsResult {
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
  for (const s of splitSentences(text, from, to)) {
    if (!/整改/.test(s.text) || !/问题|措施/.test(s.text)) continue;
    if (!/[0-9０-９*＊零〇一二两三四五六七八九十]\s*(?:个|项|条)/.test(s.text)) continue;
    // Clause by clause, remembering whether we are counting problems or measures.
    let mode: 'problems' | 'measures' | null = null;
    let pos = 0;
    for (const clause of s.text.split(/(?<=[，,；;：:])/)) {
      const cStart = s.start + pos;
      pos += clause.length;
      const pm = PROBLEMS.exec(clause);
      if (pm) {
        const raw = pm[1] ?? pm[2] ?? '';
        set('problems', raw, { start: cStart + (pm.index ?? 0), end: cStart + (pm.index ?? 0) + pm[0].length });
        mode = 'problems';
        // `697个问题，完成整改688个` — the rest of this clause may hold no further count.
        continue;
      }
      const mm = MEASURES.exec(clause);
      if (mm) {
        set('measures', mm[1] ?? mm[2] ?? '', { start: cStart + (mm.index ?? 0), end: cStart + (mm.index ?? 0) + mm[0].length });
        mode = 'measures';
        continue;
      }
      if (!mode) continue;
      const counts = [...clause.matchAll(COUNT_IN_CLAUSE)];
      const last = counts[counts.length - 1];
      if (!last || last[1] === undefined) continue;
      const span = { start: cStart + (last.index ?? 0), end: cStart + (last.index ?? 0) + last[0].length };
      const head = clause.slice(0, last.index);
      if (mode === 'problems') {
        if (UNDONE.test(head)) set('unrectified', last[1], span);
        else if (STAGED.test(head)) set('staged', last[1], span);
        else if (DONE.test(head)) set('rectified', last[1], span);
      } else if (DONE.test(head) && !UNDONE.test(head)) set('measuresDone', last[1], span);
    }
  }
  for (const { re } of OTHER) {
    for (const m of text.slice(from, to).matchAll(re)) {
      const label = (m[1] ?? '').trim();
      const v = Number(toAsciiDigits(m[2] ?? ''));
      if (!label || !Number.isFinite(v)) continue;
      const start = from + (m.index ?? 0);
      const stat: OtherStat = { label, value: v, unit: m[3] ?? '', start, end: start + m[0].length };
      if (!stats.other.some((o) => o.start === stat.start)) stats.other.push(stat);
    }
  }
  stats.other.sort((a, b) => a.start - b.start);
  return { stats, spans, redacted };
}
