import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { imageHeading } from '../../../utils/notice/image-headings';

describe('imageHeading', () => {
  const closers: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of closers) await c();
  });
  const read = (body: string, isBlock: (el: Element) => boolean = (el) => el.tagName === 'P'): string | null => {
    const { document, close } = parseHtml(`<html><body>${body}</body></html>`);
    closers.push(close);
    const img = document.querySelector('img');
    if (!img) throw new Error('no image');
    return imageHeading(img, isBlock, document.body);
  };

  it.each([
    { name: 'a numbered heading alone in its block', body: '<p><span><img alt="  三、 下一步工作打算 "></span></p>', expected: '三、 下一步工作打算' },
    { name: 'text beside it in its block', body: '<p><img alt="三、下一步工作打算"><span>正文</span></p>', expected: null },
    { name: 'text beside it, no block but the root', body: '<img alt="三、下一步工作打算"><span>正文</span>', expected: null },
    { name: 'a number without Chinese (a file name)', body: '<p><img alt="1.png"></p>', expected: null },
    { name: 'over forty characters', body: `<p><img alt="一、${'整改'.repeat(20)}"></p>`, expected: null },
    { name: 'a numbered photo caption, no part heading', body: '<p><img alt="2.整改专题会议现场"></p>', expected: null },
    { name: 'a category heading', body: '<p><img alt="（一）党的建设方面"></p>', expected: '（一）党的建设方面' },
  ])('$name → $expected', ({ body, expected }) => {
    expect(read(body)).toBe(expected);
  });
});
