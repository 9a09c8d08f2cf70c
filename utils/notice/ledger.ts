import { blockLines, cleanLine } from './block-text';
import type { Line } from './lines';

/**
 * 整改台账 — the rectification ledger as an HTML table: one row per problem (or per measure of a
 * problem whose cell spans rows), with columns for the problem, its measures, their status, the
 * deadline and who is responsible. Read as text, such a table is a run of short cell lines that
 * the paragraph rules would take for headings and problems one cell at a time; read as a table,
 * each row says exactly which problem, which measures, done or not, by when.
 *
 * This module reads the tables of the page (DOM only) and finds where their cells sit among the
 * article's lines; `ledger-problems.ts` turns placed rows into problems, measures and commitments.
 */

export type LedgerRole = 'serial' | 'category' | 'problem' | 'measure' | 'status' | 'deadline' | 'owner' | 'other';

export interface LedgerCell {
  role: LedgerRole;
  /** Index of the cell's first line in the table's line sequence; `count` lines from there. */
  from: number;
  count: number;
}

export interface LedgerRow {
  cells: LedgerCell[];
  /** A row spanning the whole table (`一、党的建设方面`): a group heading, not a problem. */
  group: boolean;
}

export interface LedgerTable {
  /** Every cell line of the table in document order, header rows included. */
  sequence: string[];
  /** The rows under the header. */
  rows: LedgerRow[];
}

/** A ledger located in the article: line `i` of its sequence is article line `firstLine + i`. */
export interface PlacedLedger extends LedgerTable {
  firstLine: number;
}

// Column labels. Order matters: `问题整改情况` is about measures, `问题类别` is a category,
// `整改措施及完成情况` holds measures (their own words say done or not).
const SERIAL = /^(?:序号|编号|序|No\.?)$/i;
const OWNER = /责任|牵头|配合|承办/;
const DEADLINE = /时限|期限|完成时间|整改时间|时间节点|截止|办结时间|完成日期/;
const MEASURE_FIRST = /措施|举措/;
const STATUS = /完成情况|进展|进度|状态|是否|整改结果|办结情况|销号/;
const MEASURE = /整改(?:内容|情况|落实情况|做法|成效)|落实情况|具体做法/;
const CATEGORY = /类别|类型|分类|领域|板块|方面$/;
const PROBLEM = /问题|反馈意见|存在不足/;
/** A label is short: a longer cell is content, so its row is no header. */
const LABEL_MAX = 14;
/** Before cleaning, a label may carry indentation and line breaks, not a paragraph. */
const RAW_LABEL_MAX = 200;

export function columnRole(label: string): LedgerRole {
  const l = label.replace(/\s+/g, '');
  if (!l || l.length > LABEL_MAX) return 'other';
  if (SERIAL.test(l)) return 'serial';
  if (OWNER.test(l)) return 'owner';
  if (DEADLINE.test(l)) return 'deadline';
  if (MEASURE_FIRST.test(l)) return 'measure';
  if (STATUS.test(l)) return 'status';
  if (MEASURE.test(l)) return 'measure';
  if (CATEGORY.test(l)) return 'category';
  if (PROBLEM.test(l)) return 'problem';
  return 'other';
}

const HEADER_ROWS_TRIED = 3;

export function childElements(el: Element, tags: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (tags.has(c.tagName.toUpperCase())) out.push(c);
  return out;
}

const SECTIONS = new Set(['THEAD', 'TBODY', 'TFOOT']);
const TR = new Set(['TR']);
const CELL = new Set(['TD', 'TH']);

/** A row's own cells (`td`, `th`), not those of a table nested in one. */
export const cellsOf = (row: Element): Element[] => childElements(row, CELL);

/** The table's own rows (not those of a table nested in a cell), in document order. */
export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (tag === 'TR') rows.push(c);
    else if (SECTIONS.has(tag)) rows.push(...childElements(c, TR));
  }
  return rows;
}

function span(el: Element, attr: string): number {
  const n = Number.parseInt(el.getAttribute(attr) ?? '1', 10);
  // Spans beyond a real table's size are mistakes (`rowspan="0"` means to the end: taken as 1).
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 200) : 1;
}

interface GridCell {
  el: Element;
  col: number;
  colspan: number;
}

/** The rows' cells with the column each starts in, rowspans and colspans laid out as a grid. */
function layout(rows: Element[]): { cells: GridCell[][]; width: number } {
  const taken: boolean[][] = [];
  const out: GridCell[][] = [];
  let width = 0;
  rows.forEach((row, r) => {
    const cells: GridCell[] = [];
    let col = 0;
    for (const el of cellsOf(row)) {
      while (taken[r]?.[col]) col++;
      const cs = span(el, 'colspan');
      const rs = span(el, 'rowspan');
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        const line = (taken[r + dr] ??= []);
        for (let dc = 0; dc < cs; dc++) line[col + dc] = true;
      }
      cells.push({ el, col, colspan: cs });
      col += cs;
    }
    width = Math.max(width, col, taken[r]?.length ?? 0);
    out.push(cells);
  });
  return { cells: out, width };
}

/** Roles by column from a header row: a problem column and one of measures or status needed. */
function headerRoles(cells: GridCell[], width: number): LedgerRole[] | null {
  const roles: LedgerRole[] = new Array<LedgerRole>(width).fill('other');
  let problem = false;
  let measure = false;
  let status = false;
  for (const c of cells) {
    const raw = c.el.textContent ?? '';
    // A layout table's cell holds the whole article: no label, and not worth cleaning.
    if (raw.length > RAW_LABEL_MAX) return null;
    const label = cleanLine(raw);
    if (label.length > LABEL_MAX) return null;
    let role = columnRole(label);
    // One column of each kind; a second `整改情况` beside `整改措施` reports how they went.
    if (role === 'problem' && problem) role = 'other';
    if (role === 'measure' && measure) role = status ? 'other' : 'status';
    if (role === 'status' && status) role = 'other';
    if (role === 'problem') problem = true;
    if (role === 'measure') measure = true;
    if (role === 'status') status = true;
    for (let k = 0; k < c.colspan; k++) roles[c.col + k] = role;
  }
  return problem && (measure || status) ? roles : null;
}

/** One table read as a ledger, or null when it is not one (layout tables, statistics tables). */
export function readLedger(table: Element): LedgerTable | null {
  const rows = rowsOf(table);
  if (rows.length < 2) return null;
  // The header is looked for in the first rows alone (their layout needs no later row); the
  // whole grid is laid out only for a ledger.
  const top = layout(rows.slice(0, HEADER_ROWS_TRIED));
  let header = -1;
  for (let r = 0; r < Math.min(HEADER_ROWS_TRIED, rows.length - 1) && header === -1; r++) {
    if (headerRoles(top.cells[r] ?? [], top.width)) header = r;
  }
  if (header === -1) return null;
  const { cells, width } = layout(rows);
  const roles = headerRoles(cells[header] ?? [], width);
  if (!roles) return null;
  // A two-row header: `整改情况` over `完成情况 | 完成时限` names its columns in the next row.
  const below = cells[header + 1] ?? [];
  const grouped = (cells[header] ?? []).some((c) => c.colspan > 1);
  if (grouped && below.length >= 2 && below.every((c) => columnRole(cleanLine(c.el.textContent ?? '')) !== 'other')) {
    for (const c of below) {
      const role = columnRole(cleanLine(c.el.textContent ?? ''));
      for (let k = 0; k < c.colspan; k++) roles[c.col + k] = role;
    }
    header++;
  }
  const sequence: string[] = [];
  const out: LedgerRow[] = [];
  cells.forEach((rowCells, r) => {
    const row: LedgerRow = { cells: [], group: false };
    for (const c of rowCells) {
      const lines = blockLines(c.el);
      row.cells.push({ role: roles?.[c.col] ?? 'other', from: sequence.length, count: lines.length });
      sequence.push(...lines);
    }
    if (r <= header) return;
    // One written cell spanning the problem and measures columns (`一、党的建设方面`, perhaps after
    // an empty serial cell) names a group of rows.
    const written = rowCells.filter((_, k) => (row.cells[k]?.count ?? 0) > 0);
    const only = written[0];
    row.group = written.length === 1 && !!only && only.colspan >= 2 && only.colspan >= (width - 1) / 2;
    out.push(row);
  });
  return out.length ? { sequence, rows: out } : null;
}

/** The ledgers among the page's tables. */
/** The page's tables, looked up once for the ledgers and the statistics tables alike. */
export function pageTables(doc: Document): Element[] {
  try {
    return Array.from(doc.querySelectorAll('table'));
  } catch {
    // A DOM that recurses (happy-dom's selector engine) overflows on a page nested thousands deep:
    // then the text rules read its tables as prose.
    return [];
  }
}

/**
 * The texts of the page's table cells (short ones, spaces dropped): a cell is a cell, never a
 * printed line of a sentence to be joined to the next (see unwrap.ts).
 */
export function tableCellTexts(tables: Element[]): Set<string> {
  const out = new Set<string>();
  for (const table of tables) {
    for (const cell of Array.from(table.querySelectorAll('td, th'))) {
      const t = (cell.textContent ?? '').replace(/\s+/g, '');
      if (t && t.length <= 200) out.add(t);
    }
  }
  return out;
}

export function findLedgers(doc: Document, tables: Element[] = pageTables(doc)): LedgerTable[] {
  const out: LedgerTable[] = [];
  for (const table of tables) {
    const ledger = readLedger(table);
    if (ledger) out.push(ledger);
  }
  return out;
}

/**
 * Where each ledger's lines sit in the article, written as `map` writes article lines (the
 * simplified shadow). A ledger whose lines are not there as a whole (Readability rewrote the
 * table, or it lies outside the article) is left out: the text rules read it as before.
 */
export function placeLedgers(lines: Line[], ledgers: LedgerTable[], map: (s: string) => string = (s) => s): PlacedLedger[] {
  const out: PlacedLedger[] = [];
  let from = 0;
  for (const ledger of ledgers) {
    const seq = ledger.sequence.map(map);
    const at = placeSequence(lines, seq, from);
    if (at === -1) continue;
    out.push({ ...ledger, sequence: seq, firstLine: at });
    from = at + seq.length;
  }
  return out;
}

/** The first article line from `from` on where `seq` stands as consecutive lines, or -1. */
export function placeSequence(lines: Line[], seq: string[], from = 0): number {
  const first = seq[0];
  if (first === undefined) return -1;
  for (let i = from; i + seq.length <= lines.length; i++) {
    if (lines[i]?.text === first && seq.every((s, k) => lines[i + k]?.text === s)) return i;
  }
  return -1;
}

/** The article line indexes a placed ledger covers. */
export function ledgerLineSet(placed: PlacedLedger[]): Set<number> {
  const set = new Set<number>();
  for (const p of placed) for (let i = 0; i < p.sequence.length; i++) set.add(p.firstLine + i);
  return set;
}

/**
 * A ledger itemises what was done when it has a status column or its measures say something is
 * done (`已…`); a list of measures and deadlines alone (`将…`, `2025年6月底前`) is a plan published
 * before the work.
 */
export function accountsForWork(l: PlacedLedger): boolean {
  if (l.rows.some((r) => r.cells.some((c) => c.role === 'status'))) return true;
  return l.rows.some((r) => r.cells.some((c) => c.role === 'measure' && l.sequence.slice(c.from, c.from + c.count).some((t) => /已|完成了/.test(t))));
}
