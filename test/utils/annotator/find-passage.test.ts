import { afterEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { findPassage } from '../../../utils/annotator/find-passage';
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
