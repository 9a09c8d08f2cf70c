import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractNotice, isExtractError } from '../../../utils/notice/extract';
import { columnDue, ledgerStatus } from '../../../utils/notice/ledger-problems';
import type { Notice } from '../../../utils/notice/types';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

describe('ledgerStatus', () => {
  it.each([
    ['已完成', 'done', '已完成'],
    ['完成', 'done', '完成'],
    ['已销号', 'done', '已销号'],
    ['√', 'done', '√'],
    ['是', 'done', '是'],
    ['阶段性完成，已整改29宗，剩余8宗正在推进', 'ongoing', '阶段性'],
    ['基本完成', 'ongoing', '基本完成'],
    ['持续推进', 'ongoing', '持续推进'],
    ['推进中', 'ongoing', '推进中'],
    ['未完成', 'planned', '未完成'],
    ['否', 'planned', '否'],
    ['已建立月报制度', 'done', '已'],
    ['已完成，长期坚持', 'done', '已完成'],
    ['长期坚持', 'ongoing', '长期'],
    // Work begun is under way, not done.
    ['已启动', 'ongoing', '已启动'],
    ['已开工', 'ongoing', '已开工'],
  ])('%s → %s (%s)', (cell, status, cue) => {
    expect(ledgerStatus(cell)).toEqual({ status, cues: [cue] });
  });

  it.each(['', '  ', '见附件', '医政股'])('says nothing about %j', (cell) => {
    expect(ledgerStatus(cell)).toBeNull();
  });
});

describe('columnDue', () => {
  it.each([
    ['2024年12月底前', 2023, '2024-12-31'],
    ['2025年6月30日前', null, '2025-06-30'],
    ['年底前', 2024, '2024-12-31'],
    ['2024年10月', null, '2024-10-31'],
    ['2025年2月', null, '2025-02-28'],
    ['2024.12', null, '2024-12-31'],
    ['2025.06.15', null, '2025-06-15'],
    ['2025-03-31', null, '2025-03-31'],
    ['6月', 2025, '2025-06-30'],
    ['2025年', null, '2025-12-31'],
    ['明年6月底前', 2025, '2026-06-30'],
    ['2025年内', 2024, '2025-12-31'],
    // The column says it is a deadline: a quarter or a span of years alone is one.
    ['第三季度', 2025, '2025-09-30'],
    ['三季度末', 2025, '2025-09-30'],
    ['2026年第一季度', 2025, '2026-03-31'],
    ['2025—2026年', 2025, '2026-12-31'],
    ['2025-2026年', 2025, '2026-12-31'],
    ['2025年—2026年', 2025, '2026-12-31'],
    ['2024年—2025年6月', 2024, '2025-06-30'],
  ])('%s (year %s) → %s', (cell, year, due) => {
    expect(columnDue(cell, year)).toBe(due);
  });

  // `明年` counts from the notice's year (the reference), not from a year another row wrote.
  it('明年上半年 after a row due 2025—2026年, in a 2025 notice → 2026-06-30', () => {
    expect(columnDue('明年上半年', 2026, 2025)).toBe('2026-06-30');
    expect(columnDue('明年6月底前', 2026, 2025)).toBe('2026-06-30');
  });

  it.each(['长期坚持', '立行立改', '持续推进', '6月', ''])('has no date: %j without a year', (cell) => {
    expect(columnDue(cell, null)).toBeNull();
  });
});

function notice(table: string, after = '', signed = '2024年11月20日'): Notice {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>整改通报</title></head><body><div id="zoom">
    <p>中共某某县水利局党组关于县委第二轮巡察整改进展情况的通报</p>
    <p>根据县委统一部署，2024年4月8日至5月31日，县委第三巡察组对县水利局党组开展了常规巡察。2024年7月5日，巡察组向局党组反馈了巡察意见。现将巡察整改进展情况予以公布。</p>
    <p>一、整改工作开展情况</p>
    <p>局党组召开专题会议研究部署整改工作，对反馈问题逐条建立台账，实行销号管理。</p>
    <p>二、反馈问题整改台账</p>
    ${table}
    <p>三、下一步工作打算</p>
    <p>局党组将持续巩固整改成果，防止问题反弹。${after}</p>
    <p>欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0000-1234567。</p>
    <p>中共某某县水利局党组</p><p>${signed}</p>
  </div></body></html>`;
  const { document, close } = parseHtml(html, 'http://www.example.gov.cn/');
  closers.push(close);
  const r = extractNotice(document);
  if (isExtractError(r)) throw new Error(r.error);
  return r;
}

describe('problems and commitments from a ledger table', () => {
  it('reads each row as a problem, each measure line as a measure, the status column as their status', () => {
    const n = notice(`<table>
      <tr><td>序号</td><td>问题</td><td>整改措施</td><td>完成情况</td><td>完成时限</td></tr>
      <tr><td>1</td><td>1.河长制落实不到位。</td><td>1.修订河长巡河制度；<br>2.每月通报巡河情况。</td><td>已完成</td><td>2024年9月</td></tr>
      <tr><td>2</td><td>2.水毁工程修复滞后。</td><td>对12处水毁工程逐一修复</td><td>阶段性完成，已修复9处</td><td>2024年12月底前</td></tr>
    </table>`);
    expect(n.sections.map((s) => s.heading)).toEqual(['整改工作开展情况', '反馈问题整改台账', '下一步工作打算']);
    expect(n.problems.map((p) => [p.id, p.text, p.sectionId])).toEqual([
      ['p1', '河长制落实不到位。', 's2'],
      ['p2', '水毁工程修复滞后。', 's2'],
    ]);
    expect(n.problems[0]?.measures.map((m) => [m.text, m.status, m.cues])).toEqual([
      ['修订河长巡河制度；', 'done', ['已完成']],
      ['每月通报巡河情况。', 'done', ['已完成']],
    ]);
    expect(n.problems[1]?.measures.map((m) => [m.text, m.status])).toEqual([['对12处水毁工程逐一修复', 'ongoing']]);
    // Spans point at the text they name.
    for (const p of n.problems) {
      expect(n.text.slice(p.start, p.end)).toBe(p.text);
      for (const m of p.measures) expect(n.text.slice(m.start, m.end)).toBe(m.text);
    }
    const ledgerCommitments = n.commitments.filter((c) => c.sectionId === 's2');
    expect(ledgerCommitments.map((c) => [c.text, c.kind, c.due, c.cues])).toEqual([
      // Done, but it recurs: followed up all the same.
      ['每月通报巡河情况。', 'recurring', null, ['每月']],
      ['对12处水毁工程逐一修复', 'deadline', '2024-12-31', ['2024年12月底前']],
    ]);
    // The status cell `阶段性完成，已修复9处` is no commitment of its own.
    expect(n.commitments.some((c) => c.text.includes('阶段性完成'))).toBe(false);
  });

  it('keeps a problem for the rows under it when its cell spans them or is left blank', () => {
    const n = notice(`<table>
      <tr><td>序号</td><td>存在问题</td><td>整改措施</td><td>完成情况</td></tr>
      <tr><td rowspan="2">1</td><td rowspan="2">项目资金拨付不及时。</td><td>建立资金拨付台账</td><td>已完成</td></tr>
      <tr><td>开展资金使用专项检查</td><td>正在推进</td></tr>
      <tr><td>2</td><td>档案管理不规范。</td><td>补齐项目档案</td><td>已完成</td></tr>
      <tr><td></td><td></td><td>开展档案管理培训</td><td>已完成</td></tr>
    </table>`);
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => `${m.text}:${m.status}`)])).toEqual([
      ['项目资金拨付不及时。', ['建立资金拨付台账:done', '开展资金使用专项检查:ongoing']],
      ['档案管理不规范。', ['补齐项目档案:done', '开展档案管理培训:done']],
    ]);
  });

  it('reads a ledger without a measures column: the problem is what is promised by the deadline', () => {
    const n = notice(`<table>
      <tr><td>序号</td><td>问题</td><td>完成情况</td><td>整改时限</td><td>责任单位</td></tr>
      <tr><td>1</td><td>农村饮水安全巩固提升工程进度滞后。</td><td>未完成</td><td>2025.06</td><td>农水股</td></tr>
      <tr><td>2</td><td>机关食堂管理不规范。</td><td>已完成</td><td>2024.10</td><td>办公室</td></tr>
    </table>`);
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['农村饮水安全巩固提升工程进度滞后。', 0],
      ['机关食堂管理不规范。', 0],
    ]);
    expect(n.commitments.filter((c) => c.sectionId === 's2').map((c) => [c.text, c.kind, c.due])).toEqual([
      ['农村饮水安全巩固提升工程进度滞后。', 'deadline', '2025-06-30'],
    ]);
  });

  it('skips group rows spanning the table and takes no cell line for a heading', () => {
    const n = notice(`<table>
      <tr><td>序号</td><td>问题</td><td>整改措施</td><td>完成情况</td></tr>
      <tr><td colspan="4">一、落实主体责任方面</td></tr>
      <tr><td>1</td><td>整改责任传导不到位。</td><td>（1）制定责任清单</td><td>已完成</td></tr>
      <tr><td colspan="4">二、作风建设方面</td></tr>
      <tr><td>2</td><td>会议文件过多。</td><td>（1）精简会议</td><td>已完成</td></tr>
    </table>`);
    expect(n.problems.map((p) => p.text)).toEqual(['整改责任传导不到位。', '会议文件过多。']);
    expect(n.problems.flatMap((p) => p.measures.map((m) => m.text))).toEqual(['制定责任清单', '精简会议']);
    expect(n.sections.map((s) => s.heading)).toEqual(['整改工作开展情况', '反馈问题整改台账', '下一步工作打算']);
  });

  it('reads work begun as under way, a bare quarter or span as the deadline, 明年 from the notice, a numeral run into a year', () => {
    // The notice is of 2024-11-20.
    const n = notice(`<table>
      <tr><td>序号</td><td>问题</td><td>整改措施</td><td>完成时限</td><td>整改进展</td></tr>
      <tr><td>1</td><td>工程超概算。</td><td>开展工程竣工决算审计</td><td>2024—2025年</td><td>已启动</td></tr>
      <tr><td>2</td><td>绩效分配不合理。</td><td>修订绩效考核分配方案</td><td>明年上半年</td><td>未完成</td></tr>
      <tr><td>3</td><td>支部设置不匹配。</td><td>按科室调整党支部设置</td><td>第三季度</td><td>正在推进</td></tr>
      <tr><td>4</td><td>理论学习不深入。</td><td>3.2024年7月以来开展专题学习6次</td><td>立行立改</td><td>已完成</td></tr>
    </table>`);
    expect(n.problems.flatMap((p) => p.measures.map((m) => [m.text, m.status]))).toEqual([
      ['开展工程竣工决算审计', 'ongoing'],
      ['修订绩效考核分配方案', 'planned'],
      ['按科室调整党支部设置', 'ongoing'],
      ['2024年7月以来开展专题学习6次', 'done'],
    ]);
    // Row 3's quarter is of the notice's year (2024), not of row 1's 2025.
    expect(n.commitments.filter((c) => c.sectionId === 's2').map((c) => [c.text, c.kind, c.due])).toEqual([
      ['开展工程竣工决算审计', 'deadline', '2025-12-31'],
      ['修订绩效考核分配方案', 'deadline', '2025-06-30'],
      ['按科室调整党支部设置', 'deadline', '2024-09-30'],
    ]);
  });

  it('dates a cell without its year by the notice, not by the inspection year before the table', () => {
    // Inspected and fed back in 2024, published in 2025: `第三季度` is the notice's year's.
    const n = notice(`<table>
      <tr><td>序号</td><td>问题</td><td>整改措施</td><td>完成时限</td><td>整改进展</td></tr>
      <tr><td>1</td><td>工程超概算。</td><td>开展工程竣工决算审计</td><td>2025—2026年</td><td>已启动</td></tr>
      <tr><td>2</td><td>支部设置不匹配。</td><td>按科室调整党支部设置</td><td>第三季度</td><td>正在推进</td></tr>
      <tr><td>3</td><td>制度不健全。</td><td>修订财务制度</td><td>2024年—2025年6月</td><td>正在推进</td></tr>
    </table>`, '', '2025年3月1日');
    expect(n.commitments.filter((c) => c.sectionId === 's2').map((c) => [c.text, c.due])).toEqual([
      ['开展工程竣工决算审计', '2026-12-31'],
      ['按科室调整党支部设置', '2025-09-30'],
      ['修订财务制度', '2025-06-30'],
    ]);
  });

  it('leaves a table that is no ledger to the paragraph rules', () => {
    const n = notice(`<table>
      <tr><td>问题类别</td><td>问题数</td><td>已整改</td></tr>
      <tr><td>党的建设</td><td>5</td><td>4</td></tr>
    </table>`);
    expect(n.problems.some((p) => p.text.includes('党的建设'))).toBe(false);
  });
});

describe('a ledger attached after the signature (附件：整改任务清单)', () => {
  it('ends the notice at the attachment: signature, closing and next steps as without it, the rows still read', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>整改通报</title><meta name="PubDate" content="2024-10-16"></head><body><div id="zoom">
      <p>中共某某县交通运输局党组关于县委第二轮巡察整改进展情况的通报</p>
      <p>根据县委统一部署，2024年4月8日至5月31日，县委第三巡察组对县交通运输局党组开展了常规巡察。2024年7月5日，巡察组向局党组反馈了巡察意见。现将巡察整改进展情况予以公布。</p>
      <p>一、整改工作开展情况</p><p>局党组对反馈的2个问题逐条建立台账，已完成整改1个，阶段性整改1个。</p>
      <p>二、下一步工作计划</p><p>局党组将持续巩固整改成果，确保年底前全部整改到位。</p>
      <p>欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2024年10月15日至10月24日。联系电话：0872-6123580。</p>
      <p>中共某某县交通运输局党组</p><p>2024年10月15日</p>
      <p>附件：整改任务清单</p>
      <table><tr><td>序号</td><td>问题描述</td><td>整改措施</td><td>责任单位</td><td>整改时限</td><td>进展情况</td></tr>
      <tr><td>1</td><td>农村公路养护不到位。</td><td>每季度开展一次养护考核</td><td>公路股</td><td>长期坚持</td><td>已完成，长期坚持</td></tr>
      <tr><td>2</td><td>超限超载治理不力。</td><td>新建不停车检测点2个</td><td>路政股</td><td>2024年12月底前</td><td>正在推进</td></tr></table>
    </div></body></html>`;
    const { document, close } = parseHtml(html, 'http://www.example.gov.cn/');
    closers.push(close);
    const n = extractNotice(document);
    if (isExtractError(n)) throw new Error(n.error);
    expect(n.publishedDate).toBe('2024-10-15');
    // Next steps hold their own sentence only, not the closing lines or the attachment.
    expect(n.commitments.filter((c) => c.sectionId === 's2').map((c) => c.text)).toEqual(['局党组将持续巩固整改成果，确保年底前全部整改到位。']);
    expect(n.problems.map((p) => [p.text, p.sectionId, p.measures.map((m) => m.status)])).toEqual([
      ['农村公路养护不到位。', null, ['done']],
      ['超限超载治理不力。', null, ['ongoing']],
    ]);
    expect(n.commitments.filter((c) => c.sectionId === null).map((c) => [c.text, c.kind, c.due])).toEqual([
      ['每季度开展一次养护考核', 'recurring', null],
      ['新建不停车检测点2个', 'deadline', '2024-12-31'],
    ]);
  });
});
