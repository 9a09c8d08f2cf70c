import { dueDate, periodCues, relativeYear } from './commitments';
import { cueMatches, DEADLINE_CUES, measureStatus, RECURRING_CUES, type StatusResult } from './cues';
import { isoDate, lastDayOfMonth, yearBefore } from './dates';
import type { LedgerCell, PlacedLedger } from './ledger';
import type { Line } from './lines';
import { measuresIn } from './problems';
import { matchHeading, sectionAt } from './sections';
import type { Commitment, CommitmentKind, IsoDate, Measure, Problem, Section } from './types';

/**
 * A placed 整改台账 row by row: the problem cell is the problem (a cell spanning rows, or left
 * blank below, keeps it for the rows under it), each line of the measures cell a measure. The
 * status column decides each measure's status when it says something (`已完成`, `阶段性完成`,
 * `未完成`); otherwise the measure's own words do. A measure not done with a date in the deadline
 * column is a commitment due then; a measure done is not, unless it recurs (`每月抽查`, `长期坚持`).
 */

export interface LedgerInput {
  text: string;
  lines: Line[];
  ledgers: PlacedLedger[];
  sections: Section[];
  masked: (i: number) => boolean;
  fallbackYear: number | null;
}

export interface LedgerFindings {
  problems: Problem[];
  commitments: Commitment[];
}

// What a status column writes. Partly done first (`阶段性完成` holds `完成`), then not done, then
// done (`已完成，长期坚持` is done: the duty goes on, as in prose), then a duty still running.
// Work begun (`已启动`, `已开工`, `已着手`) is under way, not done.
const PARTLY = /阶段性|部分完成|基本完成|推进中|正在|整改中|进行中|已(?:经)?(?:启动|开工|动工|着手)/;
const NOT_DONE = /未完成|未整改|尚未|暂未|未销号|^否$|^待/;
const DONE = /已完成|已整改|已销号|已办结|已落实|完成整改|整改完成|^完成$|^已?销号$|^办结$|^是$|^[√✓✔]$/;
const RUNNING = /持续(?:推进|整改|落实)?|长期|常态化/;

/** The row's status as its status column writes it; null when the column says nothing we read. */
export function ledgerStatus(cellText: string): StatusResult | null {
  const t = cellText.replace(/\s+/g, '');
  if (!t) return null;
  const partly = PARTLY.exec(t);
  if (partly) return { status: 'ongoing', cues: [partly[0]] };
  const not = NOT_DONE.exec(t);
  if (not) return { status: 'planned', cues: [not[0]] };
  const done = DONE.exec(t);
  if (done) return { status: 'done', cues: [done[0]] };
  const running = RUNNING.exec(t);
  if (running) return { status: 'ongoing', cues: [running[0]] };
  const own = measureStatus(t);
  return own.status === 'unknown' ? null : own;
}

// A date as deadline columns write it: `2024年10月`, `2024.12`, `2025-06-30`, `12月底`.
const COLUMN_DATE = /((?:19|20)\d{2})\s*[年.\-/]\s*(\d{1,2})(?:\s*[月.\-/]\s*(\d{1,2}))?|(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|((?:19|20)\d{2})\s*年/;

const SPAN_START = /(?:19|20)\d{2}\s*年?\s*[—–－\-~～至到]{1,2}\s*(?=(?:19|20)\d{2}\s*年)/;

/**
 * The first deadline in a cell. The deadline column says its words are a deadline, so a period alone
 * is one there (`第三季度`, `2025—2026年`: see DEADLINE_CUES); in a status cell (`阶段性完成，2025年6月
 * 底前全部完成`) it must read as one in prose (cueMatches: `三季度开展了检查` is no deadline).
 */
function firstDeadlineCue(s: string, column = true): RegExpMatchArray | undefined {
  return periodCues(column ? [...s.matchAll(DEADLINE_CUES)] : cueMatches(DEADLINE_CUES, s, () => false))[0];
}

/**
 * The day a deadline cell means. A year it does not write is `year` (the one written last before
 * it, else the notice's); `明年`/`今年` count from `reference`, the notice's own year — never from a
 * year another row wrote (`明年上半年` below a `2025—2026年` row of a 2025 notice → 2026-06-30).
 */
export function columnDue(cellText: string, year: number | null, reference: number | null = year, column = true): IsoDate | null {
  const cue = firstDeadlineCue(cellText, column);
  if (cue) {
    // `明年6月底前`: the year a relative word fixes.
    const relative = relativeYear(cellText, cue, reference);
    return dueDate(cue, relative === undefined ? year : relative);
  }
  // A span of years run on to a month (`2024年—2025年6月`) is due by its end: read after the dash.
  const span = SPAN_START.exec(cellText);
  const m = COLUMN_DATE.exec(span ? cellText.slice(span[0].length + (span.index ?? 0)) : cellText);
  if (!m) return null;
  const [, y1, m1, d1, m2, d2, y3] = m;
  if (y3 !== undefined && y1 === undefined && m2 === undefined) return isoDate(Number(y3), 12, 31);
  const y = y1 !== undefined ? Number(y1) : year;
  const mo = Number(m1 ?? m2);
  const d = d1 ?? d2;
  if (y === null || !mo) return null;
  return d !== undefined ? isoDate(y, mo, Number(d)) : lastDayOfMonth(y, mo);
}

const ONGOING_DEADLINE = /长期|持续|常态|久久为功|每/;

// A cell's line may open with its numeral (`1.修订…`, `（2）…`). One run into a year (`3.2025年7月以来
// 开展专题学习6次`) is a numeral too: in prose `3.2025` might be a decimal, but no figure is followed by
// `年` — a year is never a fraction's digits.
const NUMERAL_BEFORE_YEAR = /^\s*[0-9０-９]{1,2}\s*[.．](?=\s*(?:19|20)\d{2}\s*年)/;

/** The length of the numeral opening a cell's line, or 0. */
function cellNumeral(lineText: string): number {
  const h = matchHeading(lineText);
  if (h && h.number !== null) return h.prefix;
  return NUMERAL_BEFORE_YEAR.exec(lineText)?.[0].length ?? 0;
}

export function ledgerFindings(input: LedgerInput): LedgerFindings {
  const { text, lines } = input;
  const problems: Problem[] = [];
  const commitments: Commitment[] = [];
  const spanOf = (ledger: PlacedLedger, cell: LedgerCell): [number, number] | null => {
    if (cell.count === 0) return null;
    const a = lines[ledger.firstLine + cell.from];
    const b = lines[ledger.firstLine + cell.from + cell.count - 1];
    return a && b ? [a.start, b.end] : null;
  };
  const cellText = (ledger: PlacedLedger, cell: LedgerCell | undefined): string => {
    if (!cell) return '';
    const s = spanOf(ledger, cell);
    return s ? text.slice(s[0], s[1]) : '';
  };
  for (const ledger of input.ledgers) {
    let open: Problem | null = null;
    for (const row of ledger.rows) {
      if (row.group) {
        open = null;
        continue;
      }
      const problemCell = row.cells.find((c) => c.role === 'problem' && c.count > 0);
      if (problemCell) {
        const s = spanOf(ledger, problemCell);
        if (!s) continue;
        // A problem cell may number its problem (`1.耕地保护…`): the number is no part of it.
        const first = lines[ledger.firstLine + problemCell.from];
        const start = s[0] + (first ? cellNumeral(first.text) : 0);
        const problem: Problem = {
          id: '',
          sectionId: sectionAt(input.sections, start)?.id ?? null,
          text: text.slice(start, s[1]),
          start,
          end: s[1],
          measures: [],
        };
        problems.push(problem);
        open = problem;
      }
      if (!open) continue;
      const statusCell = row.cells.find((c) => c.role === 'status');
      const rowStatus = ledgerStatus(cellText(ledger, statusCell));
      const deadlineCell = row.cells.find((c) => c.role === 'deadline');
      // Without a deadline column the status may say when (`阶段性完成，2025年6月底前全部完成`).
      const statusSpan = statusCell ? spanOf(ledger, statusCell) : null;
      const statusDeadline = statusSpan && firstDeadlineCue(text.slice(statusSpan[0], statusSpan[1]), false) ? statusSpan : null;
      const columnSpan = deadlineCell ? spanOf(ledger, deadlineCell) : null;
      const measures: Measure[] = [];
      for (const cell of row.cells) {
        if (cell.role !== 'measure') continue;
        for (let k = 0; k < cell.count; k++) {
          const line = lines[ledger.firstLine + cell.from + k];
          if (!line) continue;
          measures.push(...measuresIn({ text, masked: input.masked }, line.start + cellNumeral(line.text), line.end));
        }
      }
      for (const m of measures) {
        if (rowStatus) {
          m.status = rowStatus.status;
          m.cues = rowStatus.cues;
        }
      }
      open.measures.push(...measures);
      const span = columnSpan ?? statusDeadline;
      const deadline: RowDeadline | null = span && {
        span,
        column: columnSpan !== null,
        rowStart: Math.min(...row.cells.filter((c) => c.count > 0).map((c) => lines[ledger.firstLine + c.from]?.start ?? text.length)),
        tableStart: lines[ledger.firstLine]?.start ?? 0,
      };
      commitments.push(...rowCommitments(input, open, measures, rowStatus, deadline));
    }
  }
  return { problems, commitments };
}

/** Where a row's deadline is written: its deadline cell (`column`), else its status cell. */
interface RowDeadline {
  span: [number, number];
  column: boolean;
  /** The row's first character, and the table's. */
  rowStart: number;
  tableStart: number;
}

function rowCommitments(input: LedgerInput, problem: Problem, measures: Measure[], status: StatusResult | null, deadline: RowDeadline | null): Commitment[] {
  const out: Commitment[] = [];
  const done = status?.status === 'done';
  const deadlineText = deadline ? input.text.slice(deadline.span[0], deadline.span[1]) : '';
  // `12月底前` takes the year written last before it in the row's own cells, else the notice's (as in
  // prose: the year before the table is most often the inspection's, a year before the notice), else
  // the one before the table — not another row's deadline (`第三季度` below a row due `2025—2026年` is
  // this year's); `明年…` counts from the notice's year.
  let due: IsoDate | null = null;
  if (deadline) {
    const [, end] = deadline.span;
    const from = Math.min(deadline.rowStart, deadline.span[0]);
    const year = yearBefore(input.text.slice(from, end), end - from) ?? input.fallbackYear ?? yearBefore(input.text, deadline.tableStart);
    due = columnDue(deadlineText, year, input.fallbackYear, deadline.column);
  }
  const ongoingDeadline = ONGOING_DEADLINE.test(deadlineText);
  // A row without measures promises its problem's fix by the deadline.
  const targets: Array<{ text: string; start: number; end: number }> = measures.length ? measures : [problem];
  for (const t of targets) {
    const recurring = cueMatches(RECURRING_CUES, t.text, (i) => input.masked(t.start + i)).map((m) => m[0]);
    let kind: CommitmentKind | null = null;
    if (!done && due) kind = 'deadline';
    else if (recurring.length) kind = 'recurring';
    else if (ongoingDeadline) kind = /每/.test(deadlineText) ? 'recurring' : 'vague';
    else if (!done && status?.status === 'planned') kind = 'planned';
    if (!kind) continue;
    // The deadline as written: the cue when the cell holds one (`2025年6月底前`), else the cell.
    const written = firstDeadlineCue(deadlineText, deadline?.column)?.[0] ?? deadlineText.replace(/\s+/g, ' ');
    const cues = [...(kind === 'deadline' || ongoingDeadline ? [written] : []), ...recurring];
    out.push({
      text: t.text,
      kind,
      due: kind === 'deadline' ? due : null,
      cues: [...new Set(cues)],
      sectionId: sectionAt(input.sections, t.start)?.id ?? null,
      start: t.start,
      end: t.end,
    });
  }
  return out;
}
