import { blockLines, cleanLine } from './block-text';
import { cellsOf, placeSequence, rowsOf } from './ledger';
import type { Line } from './lines';
import type { StatsResult } from './stats';

/**
 * A statistics table: `类别 | 反馈问题数 | 已整改 | 阶段性整改`, one row per category and a `合计`
 * row. Notices that give their counts this way say in prose only `问题整改情况如下表`. The 合计
 * row fills the figures the prose left open, pointing at its cells.
 */

type Key = 'problems' | 'rectified' | 'staged' | 'unrectified' | 'measures' | 'measuresDone';

// Column labels, most specific first (`已完成措施` before `已完成`).
const COLUMNS: Array<[Key, RegExp]> = [
  ['measuresDone', /^(?:已完成|完成)(?:整改)?措施(?:数)?$|^措施完成(?:数)?$/],
  ['measures', /^(?:整改)?措施(?:总)?数$|^整改措施(?:条数)?$/],
  ['unrectified', /未(?:整改)?完成|未整改/],
  ['staged', /阶段性|基本完成|正在整改|整改中|持续整改/],
  ['rectified', /^已(?:完成)?整改(?:完成|到位)?(?:数)?$|^已完成(?:整改)?(?:数)?$|^完成整改(?:数)?$|^整改完成(?:数)?$|^已销号(?:数)?$/],
  ['problems', /^(?:反馈)?问题(?:总)?(?:数|个数|数量)$|^反馈问题$|^问题总数$/],
];
const TOTAL_ROW = /^(?:合\s*计|总\s*计|合计数|总数|全部|共计)$/;

export interface StatsTable {
  sequence: string[];
  /** The 合计 row's figures, with the index of each one's line in `sequence`. */
  totals: Partial<Record<Key, { value: number; line: number }>>;
}

// A unit in brackets after the label (`反馈问题（个）`, `整改措施(条)`) says nothing of the role.
const UNIT_SUFFIX = /[（(](?:个|项|条|件|个数|项数|条数)[）)]$/;

function roleOf(label: string): Key | null {
  const l = label.replace(/\s+/g, '').replace(UNIT_SUFFIX, '');
  for (const [key, re] of COLUMNS) if (re.test(l)) return key;
  return null;
}

export function readStatsTable(table: Element): StatsTable | null {
  const rows = rowsOf(table);
  if (rows.length < 2) return null;
  const header = cellsOf(rows[0] as Element).map((c) => {
    const raw = c.textContent ?? '';
    return raw.length > 40 ? null : roleOf(cleanLine(raw));
  });
  if (!header.includes('problems') || !header.some((k) => k === 'rectified' || k === 'staged' || k === 'unrectified')) return null;
  const sequence: string[] = [];
  const totals: StatsTable['totals'] = {};
  for (const row of rows) {
    const cells = cellsOf(row);
    const starts = cells.map(() => 0);
    cells.forEach((c, k) => {
      starts[k] = sequence.length;
      sequence.push(...blockLines(c));
    });
    const first = cleanLine(cells[0]?.textContent ?? '');
    if (!TOTAL_ROW.test(first) || cells.length !== header.length) continue;
    cells.forEach((c, k) => {
      const key = header[k];
      const v = cleanLine(c.textContent ?? '');
      if (key && /^\d+$/.test(v) && totals[key] === undefined) totals[key] = { value: Number(v), line: starts[k] ?? 0 };
    });
  }
  return Object.keys(totals).length ? { sequence, totals } : null;
}

/** Fills the figures the prose left open from the 合计 rows of the page's statistics tables. */
export function fillFromStatsTables(result: StatsResult, tables: Element[], lines: Line[], map: (s: string) => string = (s) => s): void {
  for (const table of tables) {
    const st = readStatsTable(table);
    if (!st) continue;
    const at = placeSequence(lines, st.sequence.map(map));
    if (at === -1) continue;
    for (const [key, total] of Object.entries(st.totals) as Array<[Key, { value: number; line: number }]>) {
      if (result.stats[key] !== null || result.spans[key]) continue;
      const line = lines[at + total.line];
      if (!line) continue;
      result.stats[key] = total.value;
      result.spans[key] = { start: line.start, end: line.end };
    }
  }
}
