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
    ['发表于 2025-12-08', '2025-12-08'],
    ['2024-12-20 | 总院党委办公室 | 阅读 2210', '2024-12-20'],
    ['作者：办公室 | 2025-03-05 10:20', '2025-03-05'],
    ['浏览次数：120 2025-03-05', '2025-03-05'],
  ])('reads the info line %s', (line, expected) => {
    expect(dateOf(`<h1>关于巡察整改进展情况的通报</h1><div class="info">${line}</div><div class="content"><p>正文</p></div>`)).toBe(expected);
  });

  it('an unlabelled date is the page\'s only on the meta line under the notice\'s heading', () => {
    const h1 = '<h1>关于巡察整改进展情况的通报</h1>';
    expect(dateOf(`<ul class="related"><li><a href="/a">某某新闻</a> 2024-11-02</li></ul>${h1}<p>正文</p>`)).toBeNull();
    expect(dateOf(`<div class="top">今天是：2025年11月24日 | 设为首页</div>${h1}<p>正文</p>`)).toBeNull();
    expect(dateOf(`${h1}<div class="meta">今天是：2025年11月24日 | 设为首页</div><p>正文</p>`)).toBeNull();
    expect(dateOf(`${h1}<p>公示期：2025-01-01 | 2025-01-10</p>`)).toBeNull();
    expect(dateOf('<div class="info">2024-12-20 | 总院党委办公室 | 阅读 2210</div><p>正文</p>')).toBeNull();
  });

  it('never takes the article\'s publicity period (公开时间：…至…) for the page\'s date', () => {
    const article = '<p>公开时间：2024年2月26日至3月6日。</p>';
    expect(dateOf(`<div class="content">${article}</div>`)).toBeNull();
    expect(dateOf(`<div class="content">${article}</div><div class="info">发布时间：2024年03月05日</div>`)).toBe('2024-03-05');
  });
});
