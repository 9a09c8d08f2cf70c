import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../scripts/lib/decode-html';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { describeTextRange } from '../../../utils/anchoring/describe';
import { flattenSections, locateQuote, sectionOf, type SectionedText } from '../../../utils/annotations/section-of';
import { extractNotice, isExtractError } from '../../../utils/notice/extract';
import type { Section } from '../../../utils/notice/types';
import { FIXTURES } from '../../helpers/fixtures';
import { openDom } from '../anchoring/dom';

function section(id: string, heading: string, level: number, start: number, end: number, children: Section[] = []): Section {
  return { id, heading, level, number: null, start, end, headingStart: start, headingEnd: start + heading.length, children };
}

// 0         1         2         3         4
// 一、甲方面\n1.一是整改。\n2.一是整改。\n二、乙方面\n一是整改。
const TEXT = '一、甲方面\n1.一是整改。\n2.一是整改。\n二、乙方面\n一是整改。';
const at = (s: string, from = 0) => TEXT.indexOf(s, from);
const NOTICE: SectionedText = {
  text: TEXT,
  sections: [
    section('s1', '甲方面', 1, 0, at('二、'), [
      section('s1-1', '一是整改', 2, at('1.'), at('2.')),
      section('s1-2', '一是整改', 2, at('2.'), at('二、')),
    ]),
    section('s2', '乙方面', 1, at('二、'), TEXT.length),
  ],
};

const quote = (exact: string, prefix?: string, suffix?: string) => ({ type: 'TextQuoteSelector' as const, exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) });

describe('sectionOf', () => {
  it.each([
    { name: 'the deepest section holding the quote', q: quote('一是整改', '1.'), want: 's1-1' },
    { name: 'the prefix picks between repeats', q: quote('一是整改', '2.'), want: 's1-2' },
    { name: 'the prefix read across a block boundary with page indentation', q: quote('一是整改', '乙方面\n      '), want: 's2' },
    { name: 'the suffix when prefixes tie', q: quote('整改', '一是', '。\n二、'), want: 's1-2' },
    { name: 'a quote crossing blocks in the raw page text (indentation between)', q: quote('整改。\n        2.一是'), want: 's1' },
    { name: 'a quote straddling two top sections: the section of its start', q: quote('整改。\n  二、乙方面'), want: 's1-2' },
  ])('$name', ({ q, want }) => {
    expect(sectionOf(NOTICE, q)?.sectionId).toBe(want);
  });

  it('gives null for text that is not in the notice (page chrome)', () => {
    expect(sectionOf(NOTICE, quote('网站地图'))).toBeNull();
    expect(sectionOf(NOTICE, quote('   '))).toBeNull();
  });

  it('gives null for the preamble before the first section', () => {
    const n: SectionedText = { text: `前言。\n${TEXT}`, sections: [section('s1', '甲方面', 1, 4, 10)] };
    expect(sectionOf(n, quote('前言'))).toBeNull();
  });

  it('returns offsets into the notice text, whitespace and all', () => {
    expect(locateQuote('甲\n  乙丙', quote('乙 丙'))).toEqual({ start: 4, end: 6 });
    expect(locateQuote('甲乙', quote('丁'))).toBeNull();
  });

  it('flattens sections parents first, in document order', () => {
    expect(flattenSections(NOTICE.sections).map((s) => `${s.level}:${s.id}`)).toEqual(['1:s1', '2:s1-1', '2:s1-2', '1:s2']);
  });
});

describe('sectionOf on a real notice page (000-cms)', () => {
  const { document, close } = openDom(decodeHtml(readFileSync(join(FIXTURES, 'notices', '000-cms', 'page.html'))).html);
  afterAll(close);
  const notice = extractNotice(document);
  if (isExtractError(notice)) throw new Error(notice.error);
  const index = buildTextIndex(document.body);

  /** Selectors of the n-th occurrence of `exact` in the page text, as describeRange would make them. */
  function selectors(exact: string, nth = 0) {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = index.text.indexOf(exact, i + 1);
    if (i < 0) throw new Error(`not on the page: ${exact}`);
    return describeTextRange(index.text, i, i + exact.length).quote;
  }

  it.each([
    { exact: '设立台长信箱，接受干部职工举报投诉', heading: '着力加强党员干部政治纪律和政治规矩教育' },
    { exact: '完善出入境审批流程和制度，出国', heading: '完善制度，堵塞漏洞' },
    // "二是加强学习教育" recurs nowhere else, but "二是" alone does: the prefix decides.
    { exact: '加强学习教育。以深入贯彻', heading: '规范置换物品的监管和使用' },
  ])('puts "$exact" under "$heading"', ({ exact, heading }) => {
    expect(sectionOf(notice, selectors(exact))?.sectionHeading).toBe(heading);
  });

  it('tells a repeated phrase apart by its context', () => {
    const first = sectionOf(notice, selectors('每月召开节目审片人员例会', 0));
    const second = sectionOf(notice, selectors('每月召开节目审片人员例会', 1));
    expect(first?.sectionHeading).toBe('强化安全播出意识');
    expect(second?.sectionHeading).toBe('认真落实意识形态工作责任制');
  });

  it('gives null for the navigation menu', () => {
    expect(sectionOf(notice, selectors('网站地图'))).toBeNull();
  });
});
