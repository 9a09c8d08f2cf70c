import { describe, expect, it } from 'vitest';
import type { TextQuoteSelector } from '../../../utils/anchoring/types';
import {
  encodeTerm,
  formatTextDirective,
  textDirectiveTerms,
  textFragmentUrl,
  type TextDirectiveTerms,
} from '../../../utils/export/text-fragment';

/** A notice as Duban's notice text has it: one line per block. */
const NOTICE = [
  '关于巡察整改进展情况的通报',
  '一、关于“学习贯彻不到位”问题',
  '已整改完成17个，阶段性整改完成5个，未整改完成0个。',
  '（一）迅速部署，压实整改责任。台党委坚持把巡察整改作为重要的政治任务，第一时间召开专题会议传达学习反馈意见，研究部署整改工作。',
  '下一步，我们将持续推进整改，已整改完成17个，阶段性整改完成5个的成果要巩固。',
].join('\n');

/** The same page as the page text sees it when the HTML has nothing between paragraphs. */
const FLAT = NOTICE.replace(/\n/g, '');

/** The selector for the `nth` occurrence of `exact` in `text`, with 32 characters of context. */
function quoteIn(text: string, exact: string, nth = 0): TextQuoteSelector {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(exact, at + 1);
  if (at === -1) throw new Error(`not found: ${exact}`);
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
  if (at > 0) quote.prefix = text.slice(Math.max(0, at - 32), at);
  if (at + exact.length < text.length) quote.suffix = text.slice(at + exact.length, at + exact.length + 32);
  return quote;
}

/**
 * Where a browser would start the match: places in `page` (blocks = lines) where prefix, then
 * textStart (and, for an exact match, suffix) follow each other, whitespace and line breaks
 * between terms allowed, no term crossing a line.
 */
function startsInPage(terms: TextDirectiveTerms, page: string): number {
  const pieces = [terms.prefix, terms.textStart, terms.textEnd === undefined ? terms.suffix : undefined];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(pieces.filter((p): p is string => p !== undefined).map(escape).join('\\s*'), 'g');
  return [...page.matchAll(pattern)].length;
}

describe('textFragmentUrl', () => {
  it.each([
    {
      name: 'ASCII with the directive syntax characters & - , and %',
      url: 'https://example.gov.cn/a.html',
      quote: { type: 'TextQuoteSelector', prefix: 'Rules on ', exact: 'year-end & co-operation, 50%', suffix: ' done.' },
      expected:
        'https://example.gov.cn/a.html#:~:text=Rules%20on-,year%2Dend%20%26%20co%2Doperation%2C%2050%25,-done',
    },
    {
      name: 'an existing fragment is replaced, the query kept',
      url: 'https://example.gov.cn/a.html?id=7#section-2',
      quote: { type: 'TextQuoteSelector', prefix: '\n', exact: '已整改完成17个，阶段性整改完成5个', suffix: '，未整改完成0个。' },
      expected:
        'https://example.gov.cn/a.html?id=7#:~:text=%E5%B7%B2%E6%95%B4%E6%94%B9%E5%AE%8C%E6%88%9017%E4%B8%AA%EF%BC%8C%E9%98%B6%E6%AE%B5%E6%80%A7%E6%95%B4%E6%94%B9%E5%AE%8C%E6%88%905%E4%B8%AA',
    },
    {
      name: 'an existing text directive is replaced',
      url: 'https://example.gov.cn/a.html#:~:text=old',
      quote: { type: 'TextQuoteSelector', exact: 'Rectification of the problems found in the inspection' },
      expected: 'https://example.gov.cn/a.html#:~:text=Rectification%20of%20the%20problems%20found%20in%20the%20inspection',
    },
    {
      name: 'a quote of only blanks gives the page URL alone',
      url: 'https://example.gov.cn/a.html#top',
      quote: { type: 'TextQuoteSelector', prefix: '前文', exact: ' \n ', suffix: '后文' },
      expected: 'https://example.gov.cn/a.html',
    },
  ] satisfies { name: string; url: string; quote: TextQuoteSelector; expected: string }[])('$name', ({ url, quote, expected }) => {
    expect(textFragmentUrl(url, quote)).toBe(expected);
  });

  it('never throws on a quote cut inside a surrogate pair', () => {
    const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: '𠀀整改\ud840' };
    expect(() => textFragmentUrl('https://example.gov.cn/', quote)).not.toThrow();
  });
});

describe('encodeTerm', () => {
  it.each([
    { term: 'a-b', expected: 'a%2Db' },
    { term: 'a&b', expected: 'a%26b' },
    { term: 'a,b', expected: 'a%2Cb' },
    { term: "(it's)!*", expected: '%28it%27s%29%21%2A' },
    { term: '（一）', expected: '%EF%BC%88%E4%B8%80%EF%BC%89' },
    { term: '“清仓见底”，', expected: '%E2%80%9C%E6%B8%85%E4%BB%93%E8%A7%81%E5%BA%95%E2%80%9D%EF%BC%8C' },
    { term: '17+5≠23？', expected: '17%2B5%E2%89%A023%EF%BC%9F' },
  ])('$term → $expected', ({ term, expected }) => {
    expect(encodeTerm(term)).toBe(expected);
  });

  it('formats the four terms in the order of the syntax', () => {
    expect(formatTextDirective({ prefix: 'a-', textStart: 'b', textEnd: 'c,', suffix: '-d' })).toBe('a%2D-,b,c%2C,-%2Dd');
    expect(formatTextDirective({ textStart: '整改' })).toBe('%E6%95%B4%E6%94%B9');
  });
});

describe('textDirectiveTerms', () => {
  it.each([
    {
      name: 'a long enough quote between punctuation stands alone',
      quote: quoteIn(NOTICE, '已整改完成17个，阶段性整改完成5个'),
      expected: { textStart: '已整改完成17个，阶段性整改完成5个' },
    },
    {
      name: 'full-width quotation marks are part of the term; the context stays on the line before and after',
      quote: quoteIn(NOTICE, '“学习贯彻不到位”问题'),
      expected: { prefix: '一、关于', textStart: '“学习贯彻不到位”问题', suffix: '已整改完成17个' },
    },
    {
      name: 'a full stop or comma at an edge of the quote is left to the context',
      quote: quoteIn(NOTICE, '。\n（一）迅速部署，'),
      expected: { prefix: '未整改完成0个。', textStart: '（一）迅速部署', suffix: '，压实整改责任' },
    },
    {
      name: 'a short quote always gets context, confined to its block',
      quote: quoteIn(NOTICE, '整改责任'),
      expected: { prefix: '（一）迅速部署，压实', textStart: '整改责任' },
    },
    {
      name: 'a quote over two blocks: textStart from the first line, textEnd from the last',
      quote: quoteIn(NOTICE, '未整改完成0个。\n（一）迅速部署'),
      expected: { prefix: '阶段性整改完成5个，', textStart: '未整改完成0个。', textEnd: '（一）迅速部署', suffix: '，压实整改责任' },
    },
    {
      name: 'the same quote with the blocks run together: the break is put back from the notice text',
      quote: quoteIn(FLAT, '未整改完成0个。（一）迅速部署'),
      pageText: NOTICE,
      expected: { prefix: '阶段性整改完成5个，', textStart: '未整改完成0个。', textEnd: '（一）迅速部署', suffix: '，压实整改责任。台党委' },
    },
    {
      name: 'without the notice text the break is guessed after the sentence',
      quote: quoteIn(FLAT, '未整改完成0个。（一）迅速部署'),
      expected: { prefix: '阶段性整改完成5个，', textStart: '未整改完成0个。', textEnd: '（一）迅速部署', suffix: '，压实整改责任' },
    },
  ] satisfies { name: string; quote: TextQuoteSelector; pageText?: string; expected: TextDirectiveTerms }[])(
    '$name',
    ({ quote, pageText, expected }) => {
      expect(textDirectiveTerms(quote, pageText)).toEqual(expected);
    },
  );

  it('cuts a long quote into textStart … textEnd at word boundaries, ending the start at a comma', () => {
    const exact = '台党委坚持把巡察整改作为重要的政治任务，第一时间召开专题会议传达学习反馈意见，研究部署整改工作';
    const terms = textDirectiveTerms(quoteIn(NOTICE, exact));
    expect(terms?.textStart).toBe('台党委坚持把巡察整改作为重要的政治任务');
    expect(terms?.prefix).toBeUndefined();
    const end = terms?.textEnd ?? '';
    expect(exact.endsWith(end)).toBe(true);
    expect(end.length).toBeGreaterThanOrEqual(10);
    expect(end.length).toBeLessThanOrEqual(20);
  });

  it('gives a quote that starts inside a word a prefix, so the browser need not find a word start there', () => {
    // `研究` is one word: a link starting at `究` matches nothing without the prefix.
    const terms = textDirectiveTerms(quoteIn(NOTICE, '究部署整改工作'));
    expect(terms?.textStart).toBe('究部署整改工作');
    expect(terms?.prefix?.endsWith('意见，研')).toBe(true);
  });

  it('adds context when the page holds the quote twice, and it then starts once', () => {
    const exact = '已整改完成17个，阶段性整改完成5个';
    const alone = textDirectiveTerms(quoteIn(NOTICE, exact, 0));
    expect(alone).toEqual({ textStart: exact });
    expect(startsInPage(alone ?? { textStart: '' }, NOTICE)).toBe(2);

    for (const nth of [0, 1]) {
      const terms = textDirectiveTerms(quoteIn(NOTICE, exact, nth), NOTICE);
      expect(terms?.textStart).toBe(exact);
      expect(terms?.prefix).toBeDefined();
      expect(startsInPage(terms ?? { textStart: '' }, NOTICE)).toBe(1);
    }
  });

  it('lengthens textEnd until its first occurrence after textStart is the end of the quote', () => {
    const exact = 'We will check the work in March, and then we will check the work in June, and after that we will check the work';
    const terms = textDirectiveTerms({ type: 'TextQuoteSelector', exact });
    expect(terms).toEqual({ textStart: 'We will check the work', textEnd: 'in June, and after that we will check the work' });
    const afterStart = exact.slice('We will check the work'.length);
    expect(afterStart.indexOf(terms?.textEnd ?? '')).toBe(afterStart.length - (terms?.textEnd ?? '').length);
  });

  it('returns null for a quote with no text', () => {
    expect(textDirectiveTerms({ type: 'TextQuoteSelector', exact: '  ' })).toBeNull();
  });
});
