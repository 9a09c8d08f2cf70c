import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import { annotationsToMarkdown } from '../../../utils/export/markdown';
import {
  escapeMarkdownLine,
  markdownAutolink,
  markdownBlockquote,
  markdownLink,
  markdownParagraphs,
} from '../../../utils/export/markdown-text';
import { enInput, zhInput } from './markdown-cases';
import { annotation, page } from './records';

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');

describe('annotationsToMarkdown', () => {
  it('writes the Chinese report of one notice: sections in document order, orphans apart, deleted left out', () => {
    expect(annotationsToMarkdown(zhInput())).toBe(golden('report.zh.md'));
  });

  it('writes the English report of everything: a page without highlights, highlights of an unlisted page', () => {
    expect(annotationsToMarkdown(enInput())).toBe(golden('report.en.md'));
  });

  it('opens each passage with a text fragment link to the page', () => {
    const md = annotationsToMarkdown(zhInput());
    const links = [...md.matchAll(/\[在原文中打开\]\(<([^>]+)>\)/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    expect(links).toEqual([
      'https://www.example.gov.cn/xxgk/2025/notice.html#:~:text=中共某某局党组,-关于巡察整改进展情况的通报',
      'https://www.example.gov.cn/xxgk/2025/notice.html#:~:text=已整改完成17个，阶段性整改完成5个',
      'https://www.example.gov.cn/xxgk/2025/notice.html#:~:text=我们将于2025年12月底前完成剩余整改任务',
    ]);
  });

  it('shows a note literally: no HTML, emphasis, heading or list comes through', () => {
    const note = '<img src=x onerror=alert(1)> **x**\n# 标题\n- 列表\n<script>alert(1)</script>';
    const md = annotationsToMarkdown({
      pages: [page({ title: '关于[整改]的*通报* <b>' })],
      annotations: [annotation('n1', '已整改完成17个', { note })],
      categories: DEFAULT_CATEGORIES,
      lang: 'zh',
      now: 0,
      timeZone: 'UTC',
    });
    expect(md).toContain(
      '批注：\\<img src=x onerror=alert(1)\\> \\*\\*x\\*\\*\\\n\\# 标题\\\n\\- 列表\\\n\\<script\\>alert(1)\\</script\\>\n',
    );
    expect(md).toContain('## [关于\\[整改\\]的\\*通报\\* \\<b\\>](<https://www.example.gov.cn/xxgk/2025/notice.html>)');
    // Nothing that a renderer could take as a tag is left unescaped.
    expect(md).not.toMatch(/(^|[^\\])<(img|script|b)\b/m);
  });

  it('links only web pages: a javascript: URL from an imported file stays text', () => {
    const url = 'javascript:alert(1)';
    const md = annotationsToMarkdown({
      pages: [page({ url, title: 'x' })],
      annotations: [annotation('j1', '已整改完成17个', { pageUrl: url })],
      categories: DEFAULT_CATEGORIES,
      lang: 'en',
      now: 0,
      timeZone: 'UTC',
    });
    expect(md).not.toContain('](');
    expect(md).toContain('## x\n');
    expect(md).toContain('- URL: javascript:alert(1)\n');
  });

  it('says so when there is nothing to export', () => {
    const md = annotationsToMarkdown({ pages: [], annotations: [], categories: [], lang: 'zh', now: 0, timeZone: 'UTC' });
    expect(md).toBe('# 督办批注导出\n\n导出时间：1970-01-01 00:00（UTC） · 0 个页面 · 0 条批注\n\n没有可导出的批注。\n');
  });
});

describe('escapeMarkdownLine', () => {
  it.each([
    { text: 'plain 文本', expected: 'plain 文本' },
    { text: '**x** _y_ `z` ~~s~~', expected: '\\*\\*x\\*\\* \\_y\\_ \\`z\\` \\~\\~s\\~\\~' },
    { text: '<img src=x onerror=alert(1)>', expected: '\\<img src=x onerror=alert(1)\\>' },
    { text: '[a](b) ![c](d)', expected: '\\[a\\](b) !\\[c\\](d)' },
    { text: '&lt; & | $x$ C#', expected: '\\&lt; \\& \\| \\$x\\$ C\\#' },
    { text: 'back\\slash', expected: 'back\\\\slash' },
    { text: '# heading', expected: '\\# heading' },
    { text: '> quote', expected: '\\> quote' },
    { text: '- item', expected: '\\- item' },
    { text: '+ item', expected: '\\+ item' },
    { text: '===', expected: '\\===' },
    { text: '12. item', expected: '12\\. item' },
    { text: '3) item', expected: '3\\) item' },
    { text: '    indented', expected: 'indented' },
    { text: '17+5≠23？ 2025.6', expected: '17+5≠23？ 2025.6' },
    { text: '（一）“清仓见底”', expected: '（一）“清仓见底”' },
  ])('$text → $expected', ({ text, expected }) => {
    expect(escapeMarkdownLine(text)).toBe(expected);
  });

  it('leaves line-start characters alone in text that follows something on its line', () => {
    expect(escapeMarkdownLine('- 1. > x', false)).toBe('- 1. \\> x');
  });
});

describe('Markdown blocks of plain text', () => {
  it('keeps the lines of a note with hard breaks and its blank lines as paragraphs', () => {
    expect(markdownParagraphs('第一行\n- 第二行\r\n\n\n第三段', '批注：')).toBe('批注：第一行\\\n\\- 第二行\n\n第三段');
    expect(markdownParagraphs('- 开头', '批注：')).toBe('批注：- 开头');
    expect(markdownParagraphs('  ', 'Note: ')).toBe('Note:');
  });

  it('quotes each line, blank lines included', () => {
    expect(markdownBlockquote('第一行 **x**\n> 第二行\n\n第四行')).toBe('> 第一行 \\*\\*x\\*\\*\\\n> \\> 第二行\n>\n> 第四行');
  });

  it('puts URLs in angle brackets, with blanks and brackets encoded', () => {
    expect(markdownLink('打开', 'https://a.gov.cn/x (1).html?q=<b>')).toBe('[打开](<https://a.gov.cn/x%20(1).html?q=%3Cb%3E>)');
    expect(markdownAutolink('https://a.gov.cn/a b')).toBe('<https://a.gov.cn/a%20b>');
    expect(markdownLink('[x]', 'data:text/html,<script>')).toBe('\\[x\\]');
  });
});
