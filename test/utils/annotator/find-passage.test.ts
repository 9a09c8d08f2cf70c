import { afterEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { findPassage } from '../../../utils/annotator/find-passage';
import { extractNotice, isExtractError } from '../../../utils/notice/extract';
import { openDom } from '../anchoring/dom';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

function pageIndex(body: string) {
  const { document, close } = openDom(`<html><body>${body}</body></html>`);
  closers.push(close);
  return buildTextIndex(document.body);
}

// notice text as the extraction writes it → the page as published → what must be found.
const CASES: Array<{ name: string; page: string; text: string; passage: string; found: string | null }> = [
  { name: 'same text', page: '<p>一、加强领导。</p><p>二、完善制度。</p>', text: '一、加强领导。\n二、完善制度。', passage: '完善制度', found: '完善制度' },
  { name: 'a space after the numeral on the page', page: '<p>（3） 落实责任。</p><p>（4） 扎实推动高质量发展。</p>', text: '（3）落实责任。\n（4）扎实推动高质量发展。', passage: '（4）扎实推动高质量发展。', found: '（4） 扎实推动高质量发展。' },
  { name: 'half-width brackets on the page', page: '<p>(1)加强学习。</p><p>(2)加强学习。</p>', text: '（1）加强学习。\n（2）加强学习。', passage: '（2）加强学习。', found: '(2)加强学习。' },
  { name: 'the context picks the right one of equal passages', page: '<p>甲单位：已整改。</p><p>乙单位：已整改。</p>', text: '甲单位：已整改。\n乙单位：已整改。', passage: '已整改。', found: '已整改。' },
  { name: 'not on the page', page: '<p>完全不同的一段话。</p>', text: '这一句话不在页面上。', passage: '这一句话不在页面上。', found: null },
];

describe('findPassage', () => {
  it.each(CASES)('$name', ({ page, text, passage, found }) => {
    const index = pageIndex(page);
    const start = text.lastIndexOf(passage);
    const range = findPassage(index, text, start, start + passage.length);
    expect(range?.toString() ?? null).toBe(found);
  });

  it('takes the occurrence its context names', () => {
    const index = pageIndex('<p>甲单位：已整改。</p><p>乙单位：已整改。</p>');
    const text = '甲单位：已整改。\n乙单位：已整改。';
    const first = findPassage(index, text, 4, 8);
    const second = findPassage(index, text, 13, 17);
    expect(first?.startContainer.textContent).toBe('甲单位：已整改。');
    expect(second?.startContainer.textContent).toBe('乙单位：已整改。');
  });
});

describe('findPassage on a notice whose numerals the browser draws (<ol>)', () => {
  // `text` carries `1.`, `（1）` the page's DOM does not hold; every passage the side panel shows
  // (problems, measures, commitments, headings) leaves the numeral out and so is found on the page.
  const page = [
    '<div class="TRS_Editor">',
    '<p>中共某某集团有限公司委员会关于市委第六巡察组巡察反馈意见整改情况的通报</p>',
    '<p>按照市委统一部署，市委第六巡察组对集团党委开展了常规巡察，6月20日反馈了巡察意见。现将整改情况通报如下。</p>',
    '<p>一、整改工作总体情况</p><p>巡察反馈问题3个，集团党委制定整改措施6条。</p>',
    '<p>二、反馈问题整改情况</p><p>（一）党的领导弱化</p>',
    '<ol><li>服务重大项目建设主动性不强。<ul><li>已建立重大项目调度机制。</li><li>计划2025年11月底前完工。</li></ul></li>',
    '<li>融资结构不合理。<ol><li>已制定债务风险防控工作方案。</li><li>拟于2025年12月底前置换高息融资。</li></ol></li></ol>',
    '<p>（二）全面从严治党责任落实不到位</p>',
    '<ol start="3"><li>公务用车管理不规范。<ol><li>已处置超标车辆4台。</li><li>将每季度开展一次专项检查。</li></ol></li></ol>',
    '<p>三、下一步工作打算</p><p>集团党委将持续巩固整改成果。</p>',
    '<p>欢迎广大干部群众监督。联系电话：0794-8265017</p>',
    '</div>',
  ].join('');

  it('finds every problem, measure, commitment and heading on the page', () => {
    const { document, close } = openDom(`<html><head><title>整改情况的通报</title></head><body>${page}</body></html>`);
    closers.push(close);
    const notice = extractNotice(document, { source: 'ol' });
    if (isExtractError(notice)) throw new Error(notice.error);
    expect(notice.text).toContain('\n3.公务用车管理不规范。\n（1）已处置超标车辆4台。');
    const spans: Array<[number, number]> = [
      ...notice.problems.flatMap((p) => [[p.start, p.end] as [number, number], ...p.measures.map((m) => [m.start, m.end] as [number, number])]),
      ...notice.commitments.map((c) => [c.start, c.end] as [number, number]),
      ...notice.sections.flatMap(function all(s): Array<[number, number]> {
        return [[s.headingStart, s.headingEnd], ...s.children.flatMap(all)];
      }),
    ];
    expect(notice.problems).toHaveLength(3);
    const index = buildTextIndex(document.body);
    for (const [start, end] of spans) {
      const passage = notice.text.slice(start, end);
      expect(findPassage(index, notice.text, start, end)?.toString(), passage).toBe(passage);
    }
  });
});
