import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { findArticle } from '../../../utils/notice/article';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

function documentOf(html: string): Document {
  const { document, close } = parseHtml(html, 'http://fixture.example.gov.cn/');
  closers.push(close);
  return document;
}

// A notice paragraph of 60 Chinese characters; six of them make an article of 360.
const PARAGRAPH = '针对巡察反馈的问题，局党组逐条制定整改措施，明确责任领导、责任部门和完成时限，实行清单化管理、销号式推进，目前已完成整改。';
const article = (paragraphs: number) =>
  `<p>一、整改工作的组织领导情况</p>${Array.from({ length: paragraphs }, () => `<p>${PARAGRAPH}</p>`).join('')}<p>联系电话：0731-12345678</p>`;
const page = (box: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于巡察整改进展情况的通报_宁州市统计局</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/a">机构概况</a><a href="/b">政务公开</a></div>${box}
<div class="footer">主办：宁州市统计局 网站标识码：4310000001</div></body></html>`;

describe('findArticle', () => {
  it('reads a CMS container holding the article as it is, without running Readability', () => {
    const a = findArticle(documentOf(page(`<div class="TRS_Editor">${article(6)}</div>`)));
    expect(a.via).toBe('selector');
    // Readability gives the title it read; not run, it gives none.
    expect(a.readabilityTitle).toBeNull();
    expect(a.lines[0]).toBe('一、整改工作的组织领导情况');
    expect(a.lines).toContain('联系电话：0731-12345678');
    expect(a.lines).toHaveLength(8);
  });

  it('still runs Readability on a CMS container too short to be sure of (under 300 characters)', () => {
    const a = findArticle(documentOf(page(`<div class="TRS_Editor">${article(3)}</div>`)));
    expect(a.readabilityTitle).not.toBeNull();
    expect(a.lines).toContain(PARAGRAPH);
  });

  it('still runs Readability on a generic box (`.content`), which any template may use for anything', () => {
    const a = findArticle(documentOf(page(`<div class="content">${article(6)}</div>`)));
    expect(a.readabilityTitle).not.toBeNull();
    expect(a.lines).toContain(PARAGRAPH);
    expect(a.lines.some((l) => l.includes('网站标识码'))).toBe(false);
  });

  it('does not run Readability when told not to', () => {
    const a = findArticle(documentOf(page(`<div class="content">${article(6)}</div>`)), false);
    expect(a.readabilityTitle).toBeNull();
    expect(a.lines).toContain(PARAGRAPH);
  });
});
