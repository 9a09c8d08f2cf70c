import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { pageDate } from '../../../utils/notice/page-date';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

function dateOf(body: string): string | null {
  const { document, close } = parseHtml(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`);
  closers.push(close);
  return pageDate(document);
}

describe('pageDate', () => {
  it.each([
    ['发布时间：2024-08-01 10:20', '2024-08-01'],
    ['日期：2024/8/1', '2024-08-01'],
    ['来源：某某县纪委监委 2024年08月01日 【字体：大 中 小】', '2024-08-01'],
  ])('reads the info line %s', (line, expected) => {
    expect(dateOf(`<div class="info">${line}</div><div class="content"><p>正文</p></div>`)).toBe(expected);
  });

  it('never takes the article\'s publicity period (公开时间：…至…) for the page\'s date', () => {
    const article = '<p>公开时间：2024年2月26日至3月6日。</p>';
    expect(dateOf(`<div class="content">${article}</div>`)).toBeNull();
    expect(dateOf(`<div class="content">${article}</div><div class="info">发布时间：2024年03月05日</div>`)).toBe('2024-03-05');
  });
});
