import { describe, expect, it } from 'vitest';
import { otherFigures } from '../../../utils/notice/other-figures';

// The figures as a reader sees them; extractStats' tests (stats.test.ts) cover the kinds of figure
// read within a whole notice's statistics.
const seen = (text: string, from = 0, to = text.length, taskSpans: Array<{ start: number; end: number }> = []) =>
  otherFigures(text, from, to, taskSpans).map((o) => `${o.label}=${o.value}${o.unit}`);

describe('otherFigures', () => {
  it('reads the figures of a rectification paragraph in text order, with where each stands', () => {
    const text = '针对巡察反馈问题，问责12人，追回违规资金36.5万元，完善和新建制度15项。';
    expect(seen(text)).toEqual(['问责=12人', '追回违规资金=36.5万元', '完善和新建制度=15项']);
    const first = otherFigures(text, 0, text.length, [])[0];
    expect(first && text.slice(first.start, first.end)).toBe('问责12人');
  });

  it('reads only between from and to', () => {
    const text = '巡察整改：问责12人。\n巡察整改：追回违规资金8万元。';
    const at = text.indexOf('\n') + 1;
    expect(seen(text, at)).toEqual(['追回违规资金=8万元']);
  });

  it('takes a paragraph that does not speak of rectification only inside a task section', () => {
    const text = '一是开展专项治理，清退违规发放的津补贴387万元。';
    expect(seen(text)).toEqual([]);
    expect(seen(text, 0, text.length, [{ start: 0, end: text.length }])).toEqual(['清退违规发放的津补贴=387万元']);
  });

  it('counts a figure repeated in the item that achieved it once', () => {
    expect(seen('巡察整改以来，退还群众多收取的卫生保洁费2.3万元。其中，整改中退还多收取的卫生保洁费2.3万元。')).toHaveLength(1);
  });

  it('gives nothing still planned or owed', () => {
    expect(seen('巡察整改中，计划年底前清退违规占用的土地3宗，尚未追回的资金12万元正在催缴。')).toEqual([]);
  });
});

describe('otherFigures: layout', () => {
  it('reads a figure with a space before its number (`&nbsp;` in the page)', () => {
    expect(seen('巡察整改中，修订完善制度 10 项，追回违规资金 8.6 万元。')).toEqual(['修订完善制度=10项', '追回违规资金=8.6万元']);
  });

  it('never runs a label over a line (a table cell)', () => {
    expect(seen('巡察反馈问题整改台账：规范\n已追缴欠缴土地出让金320万元（巡察反馈问题）。')).toEqual(['追缴欠缴土地出让金=320万元']);
  });
});

describe('otherFigures: lists and rule documents', () => {
  it.each([
    ['巡察整改中，制定修订制度文件34项。', ['制定修订制度文件=34项']],
    ['巡察整改中，建章立制9项。', ['建章立制=9项']],
    ['巡察整改中，修订完善议事规则、报销审核细则等制度11项。', ['修订完善议事规则、报销审核细则等制度=11项']],
    ['巡察整改中，追回违规发放的劳务费、评审费等18.6万元。', ['追回违规发放的劳务费、评审费等=18.6万元']],
  ])('%s', (text, expected) => {
    expect(seen(text)).toEqual(expected);
  });
});

