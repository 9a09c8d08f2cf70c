import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { columnRole, findLedgers, ledgerLineSet, placeLedgers, readLedger, type LedgerTable } from '../../../utils/notice/ledger';
import { joinLines } from '../../../utils/notice/lines';
import { blockLines } from '../../../utils/notice/block-text';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

function doc(body: string): Document {
  const { document, close } = parseHtml(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
  closers.push(close);
  return document;
}

function table(html: string): Element {
  const t = doc(html).querySelector('table');
  if (!t) throw new Error('no table');
  return t;
}

/** Each row's cells as `role:text`, the way a reader would name them. */
function describeRows(ledger: LedgerTable): string[][] {
  return ledger.rows.map((r) => [
    ...(r.group ? ['GROUP'] : []),
    ...r.cells.map((c) => `${c.role}:${ledger.sequence.slice(c.from, c.from + c.count).join('|')}`),
  ]);
}

describe('columnRole', () => {
  it.each([
    ['序号', 'serial'], ['编号', 'serial'],
    ['问题', 'problem'], ['存在问题', 'problem'], ['反馈问题', 'problem'], ['巡察反馈问题', 'problem'], ['问题描述', 'problem'], ['反馈意见', 'problem'],
    ['整改措施', 'measure'], ['具体整改措施', 'measure'], ['整改举措', 'measure'], ['整改措施及完成情况', 'measure'], ['整改落实情况', 'measure'], ['整改情况', 'measure'],
    ['完成情况', 'status'], ['整改进展', 'status'], ['整改进度', 'status'], ['是否完成', 'status'], ['整改结果', 'status'],
    ['完成时限', 'deadline'], ['整改时限', 'deadline'], ['整改期限', 'deadline'], ['完成时间', 'deadline'],
    ['责任单位', 'owner'], ['责任领导', 'owner'], ['牵头部门', 'owner'],
    ['问题类别', 'category'], ['问题类型', 'category'],
    ['备注', 'other'], ['', 'other'],
    ['巡察反馈问题整改落实情况台账一览表附件说明', 'other'],
  ])('%s → %s', (label, role) => {
    expect(columnRole(label)).toBe(role);
  });
});

describe('readLedger', () => {
  it('reads a one-row-header ledger: a row per problem, lines per cell', () => {
    const ledger = readLedger(
      table(`<table>
        <tr><td><b>序号</b></td><td><b>问题</b></td><td><b>整改措施</b></td><td><b>完成情况</b></td><td><b>完成时限</b></td></tr>
        <tr><td>1</td><td>耕地保护落实不到位。</td><td>1.制定巡田规范；<br>2.每月抽查巡田记录。</td><td>已完成</td><td>2024年10月</td></tr>
        <tr><td>2</td><td>违法用地查处不及时。</td><td>逐宗建档</td><td>阶段性完成</td><td>2024年12月底前</td></tr>
      </table>`),
    );
    expect(ledger).not.toBeNull();
    expect(ledger?.sequence.slice(0, 5)).toEqual(['序号', '问题', '整改措施', '完成情况', '完成时限']);
    expect(describeRows(ledger as LedgerTable)).toEqual([
      ['serial:1', 'problem:耕地保护落实不到位。', 'measure:1.制定巡田规范；|2.每月抽查巡田记录。', 'status:已完成', 'deadline:2024年10月'],
      ['serial:2', 'problem:违法用地查处不及时。', 'measure:逐宗建档', 'status:阶段性完成', 'deadline:2024年12月底前'],
    ]);
  });

  it('finds the header under a title row, and reads a two-row header', () => {
    const ledger = readLedger(
      table(`<table>
        <tr><td colspan="5">临川县卫生健康局巡察反馈问题整改落实台账</td></tr>
        <tr><th rowspan="2">序号</th><th rowspan="2">反馈问题</th><th rowspan="2">整改措施</th><th colspan="2">整改情况</th></tr>
        <tr><th>完成情况</th><th>完成时限</th></tr>
        <tr><td>1</td><td>签约服务履约率偏低。</td><td>开展专项督查</td><td>已完成</td><td>2024年12月</td></tr>
      </table>`),
    );
    expect(describeRows(ledger as LedgerTable)).toEqual([
      ['serial:1', 'problem:签约服务履约率偏低。', 'measure:开展专项督查', 'status:已完成', 'deadline:2024年12月'],
    ]);
    // The title and header lines are in the sequence (they are in the article's lines too).
    expect(ledger?.sequence[0]).toBe('临川县卫生健康局巡察反馈问题整改落实台账');
  });

  it('lays out rowspans: a problem cell spanning rows leaves the rows below with measures only; a full-width row is a group', () => {
    const ledger = readLedger(
      table(`<table>
        <tr><td>序号</td><td>问题</td><td>整改措施</td><td>完成情况</td></tr>
        <tr><td colspan="4">一、党的建设方面</td></tr>
        <tr><td rowspan="2">1</td><td rowspan="2">三会一课不规范。</td><td>规范记录</td><td>已完成</td></tr>
        <tr><td>交叉检查</td><td>正在推进</td></tr>
        <tr><td></td><td colspan="3">二、作风建设方面</td></tr>
      </table>`),
    );
    expect(describeRows(ledger as LedgerTable)).toEqual([
      ['GROUP', 'serial:一、党的建设方面'],
      ['serial:1', 'problem:三会一课不规范。', 'measure:规范记录', 'status:已完成'],
      ['measure:交叉检查', 'status:正在推进'],
      ['GROUP', 'serial:', 'problem:二、作风建设方面'],
    ]);
  });

  it('takes a second 整改情况 column beside 整改措施 as the status', () => {
    const ledger = readLedger(
      table(`<table>
        <tr><td>序号</td><td>问题</td><td>整改措施</td><td>整改情况</td></tr>
        <tr><td>1</td><td>台账不全。</td><td>补齐台账</td><td>已完成</td></tr>
      </table>`),
    );
    expect(describeRows(ledger as LedgerTable)[0]).toEqual(['serial:1', 'problem:台账不全。', 'measure:补齐台账', 'status:已完成']);
  });

  it.each([
    ['a layout table', '<table><tr><td><a href="/">首页</a></td><td><a href="/zwgk">政务公开</a></td></tr><tr><td colspan="2">正文很长的一段文字……</td></tr></table>'],
    ['a statistics table (no measures, no status)', '<table><tr><td>问题类别</td><td>问题数</td><td>已整改</td></tr><tr><td>党的建设</td><td>5</td><td>4</td></tr></table>'],
    ['a header alone', '<table><tr><td>问题</td><td>整改措施</td></tr></table>'],
    ['a header whose cells are sentences', '<table><tr><td>关于问题整改的说明：巡察组反馈问题共五个方面</td><td>整改措施已经全部落实到位并建立长效机制</td></tr><tr><td>1</td><td>2</td></tr></table>'],
  ])('is no ledger: %s', (_name, html) => {
    expect(readLedger(table(html))).toBeNull();
  });

  it('ignores the rows of a table nested in a cell, and finds the nested ledger itself', () => {
    const d = doc(`<table><tr><td>
        <table><tr><td>问题</td><td>整改措施</td></tr><tr><td>台账不全。</td><td>补齐台账</td></tr></table>
      </td></tr></table>`);
    const ledgers = findLedgers(d);
    expect(ledgers).toHaveLength(1);
    expect(describeRows(ledgers[0] as LedgerTable)).toEqual([['problem:台账不全。', 'measure:补齐台账']]);
  });
});

describe('placeLedgers', () => {
  const html = `<div><p>二、整改台账</p><table>
      <tr><td>问题</td><td>整改措施</td><td>完成情况</td></tr>
      <tr><td>台账不全。</td><td>补齐台账</td><td>已完成</td></tr>
    </table><p>三、下一步工作打算</p></div>`;

  it('finds the ledger among the article lines and marks its lines', () => {
    const d = doc(html);
    const { lines } = joinLines(blockLines(d.body));
    const placed = placeLedgers(lines, findLedgers(d));
    expect(placed).toHaveLength(1);
    expect(placed[0]?.firstLine).toBe(1);
    expect([...ledgerLineSet(placed)]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('matches through the same shadow as the article (traditional → simplified)', () => {
    const d = doc(html.replace('台账不全', '臺賬不全'));
    const shadow = (s: string): string => s.replace('臺賬', '台账');
    const { lines } = joinLines(blockLines(d.body).map(shadow));
    expect(placeLedgers(lines, findLedgers(d), shadow)[0]?.firstLine).toBe(1);
  });

  it('leaves out a ledger whose lines are not in the article as a whole', () => {
    const d = doc(html);
    const { lines } = joinLines(blockLines(d.body).filter((l) => l !== '补齐台账'));
    expect(placeLedgers(lines, findLedgers(d))).toEqual([]);
  });
});
