import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractNotice, isExtractError } from '../../../utils/notice/extract';
import { readStatsTable } from '../../../utils/notice/stats-table';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

function doc(body: string): Document {
  const { document, close } = parseHtml(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>整改通报</title></head><body>${body}</body></html>`, 'http://www.example.gov.cn/');
  closers.push(close);
  return document;
}

const TABLE = `<table>
  <tr><td><strong>类别</strong></td><td><strong>反馈问题数</strong></td><td><strong>已整改</strong></td><td><strong>阶段性整改</strong></td></tr>
  <tr><td>党的领导方面</td><td>6</td><td>5</td><td>1</td></tr>
  <tr><td>全面从严治党方面</td><td>8</td><td>7</td><td>1</td></tr>
  <tr><td><strong>合计</strong></td><td><strong>14</strong></td><td><strong>12</strong></td><td><strong>2</strong></td></tr>
</table>`;

describe('readStatsTable', () => {
  it('reads the 合计 row by its columns', () => {
    const t = doc(TABLE).querySelector('table');
    const st = t ? readStatsTable(t) : null;
    expect(st?.totals).toEqual({ problems: { value: 14, line: 13 }, rectified: { value: 12, line: 14 }, staged: { value: 2, line: 15 } });
    expect(st?.sequence[13]).toBe('14');
  });

  it('reads labels with a unit in brackets (反馈问题（个）) and a 总计 row', () => {
    const html = TABLE.replace('反馈问题数', '反馈问题（个）').replace('已整改', '已完成整改(个)').replace('阶段性整改', '阶段性完成（个）').replace('合计', '总计');
    const t = doc(html).querySelector('table');
    const st = t ? readStatsTable(t) : null;
    expect(st?.totals.problems?.value).toBe(14);
    expect(st?.totals.rectified?.value).toBe(12);
    expect(st?.totals.staged?.value).toBe(2);
  });

  it.each([
    ['no 合计 row', TABLE.replace('合计', '其他')],
    ['no count of problems', TABLE.replace('反馈问题数', '负责人')],
    ['a ledger', '<table><tr><td>序号</td><td>问题</td><td>整改措施</td><td>完成情况</td></tr><tr><td>1</td><td>台账不全</td><td>补齐</td><td>已完成</td></tr></table>'],
  ])('is no statistics table: %s', (_name, html) => {
    const t = doc(html).querySelector('table');
    expect(t ? readStatsTable(t) : null).toBeNull();
  });
});

describe('counts given in a table (问题整改情况如下表)', () => {
  it('fill what the prose left open, pointing at the 合计 cells; the prose keeps what it said', () => {
    const d = doc(`<div id="zoom"><p>中共某某县医疗保障局党组关于县委巡察整改进展情况的通报</p>
      <p>根据县委统一部署，2024年4月至6月，县委第一巡察组对局党组开展了巡察。2024年7月5日，巡察组反馈了巡察意见。现将巡察整改进展情况予以公布。</p>
      <p>一、整改工作开展情况</p>
      <p>局党组对反馈的3个方面14个问题，制定整改措施41条。截至2024年12月31日，整改措施已完成37条，问题整改情况如下表：</p>
      ${TABLE}
      <p>二、下一步工作打算</p><p>局党组将持续巩固整改成果。</p>
      <p>欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0000-1234567。</p></div>`);
    const n = extractNotice(d);
    if (isExtractError(n)) throw new Error(n.error);
    const { other: _other, ...core } = n.stats;
    expect(core).toEqual({ problems: 14, rectified: 12, staged: 2, unrectified: null, measures: 41, measuresDone: 37 });
    expect(n.checks.map((c) => c.kind)).not.toContain('stats-sum');
  });
});
