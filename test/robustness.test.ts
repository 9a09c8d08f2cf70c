import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../scripts/lib/decode-html';
import { parseHtml } from '../scripts/lib/parse-html';
import { detectNotice } from '../utils/notice/detect';
import { extractNotice, isExtractError, type ExtractResult } from '../utils/notice/extract';
import { fixtureCases } from './helpers/fixtures';

/**
 * Extraction never throws, whatever the page: it returns a Notice (`isNotice` boolean, `text`
 * string) or `{error}`. Random inputs come from a seeded PRNG, so every run sees the same pages.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Parses and extracts; the DOM is closed afterwards. Throws only if extractNotice throws. */
async function extractHtml(html: string, source = 'robustness'): Promise<ExtractResult> {
  const { document, close } = parseHtml(html, 'http://robustness.example.gov.cn/');
  try {
    return extractNotice(document, { source });
  } finally {
    await close();
  }
}

function expectWellFormed(r: ExtractResult, what: string): void {
  if (isExtractError(r)) {
    expect(typeof r.error, what).toBe('string');
    return;
  }
  expect(typeof r.isNotice, what).toBe('boolean');
  expect(typeof r.text, what).toBe('string');
}

/** One random edit of `s`: delete, duplicate or swap slices of up to 200 characters. */
function mutate(s: string, rnd: () => number): string {
  if (s.length < 2) return s + s;
  const int = (n: number): number => Math.floor(rnd() * n);
  const a = int(s.length);
  const b = Math.min(s.length, a + 1 + int(200));
  switch (int(3)) {
    case 0:
      return s.slice(0, a) + s.slice(b);
    case 1:
      return s.slice(0, b) + s.slice(a, b) + s.slice(b);
    default: {
      const c = int(s.length);
      const d = Math.min(s.length, c + 1 + int(200));
      if (d <= a) return s.slice(0, c) + s.slice(a, b) + s.slice(d, a) + s.slice(c, d) + s.slice(b);
      if (c >= b) return s.slice(0, a) + s.slice(c, d) + s.slice(b, c) + s.slice(a, b) + s.slice(d);
      // Overlapping slices: move the first one to the end instead.
      return s.slice(0, a) + s.slice(b) + s.slice(a, b);
    }
  }
}

const fixtures = [...fixtureCases('notices'), ...fixtureCases('near-miss')];

describe('pathological pages', () => {
  const deep = `<html><body>${'<div>'.repeat(10000)}巡察整改进展情况${'</div>'.repeat(10000)}</body></html>`;
  it.each([
    { name: 'empty string', html: '' },
    { name: '<html></html>', html: '<html></html>' },
    { name: 'only text', html: '只有文字，没有标签。巡察整改' },
    { name: 'only whitespace', html: ' \n\t\u3000 ' },
    { name: '10k nested divs', html: '<div>'.repeat(10000) },
    { name: '10k nested divs with text, closed', html: deep },
    { name: 'unclosed tags', html: '<html><body><p>巡察<div><span>整改<table><tr><td>问题<p>一是<b><i><section>' },
    { name: 'stray closing tags', html: '</div></p></table></body></html>巡察整改</section>' },
    { name: 'comment and CDATA soup', html: '<!-- <p>巡察整改 --><![CDATA[ 整改 ]]><!--' },
    { name: 'a notice title and nothing else', html: '<title>关于巡察整改情况的通报</title>' },
  ])('$name', async ({ name, html }) => {
    expectWellFormed(await extractHtml(html), name);
  });

  it.each([1, 2, 3, 4, 5])('random binary junk decoded as latin1 (seed %i)', async (seed) => {
    const rnd = mulberry32(seed);
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
    expectWellFormed(await extractHtml(bytes.toString('latin1')), `junk ${seed}`);
  });

  it('random binary junk with tags sprinkled in', async () => {
    const rnd = mulberry32(99);
    const parts: string[] = [];
    const tags = ['<p>', '</p>', '<div>', '<br>', '<table><tr><td>', '巡察', '整改', '一、', '（一）', '1.', '一是', '<script>', '</script>', '<!--'];
    for (let i = 0; i < 5000; i++) {
      parts.push(rnd() < 0.3 ? tags[Math.floor(rnd() * tags.length)]! : String.fromCharCode(Math.floor(rnd() * 256)));
    }
    expectWellFormed(await extractHtml(parts.join('')), 'junk with tags');
  });

  // happy-dom's textContent/querySelector recurse and overflow on such a page; the core falls back
  // to iterative walks so the CLI still returns a Notice.
  it('a 10k-deep page still yields a Notice (not an error)', async () => {
    const r = await extractHtml(deep);
    expect(isExtractError(r) ? r.error : null).toBeNull();
  });
});

describe('large pages', () => {
  it('a ~5 MB page (a fixture article repeated, with chrome)', async () => {
    const { html } = decodeHtml(readFileSync(fixtures.find((f) => f.name === 'notices/000-cms')?.page ?? fixtures[0]!.page));
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
    const nav = `<nav>${'<a href="/x">首页</a><a href="/y">政务公开</a>'.repeat(200)}</nav>`;
    const footer = '<footer>版权所有 ICP备案号 网站标识码 主办单位</footer>';
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>巡察整改</title></head><body>${nav}${body.repeat(Math.ceil(5e6 / body.length))}${footer}</body></html>`;
    expect(page.length).toBeGreaterThan(5e6);
    expectWellFormed(await extractHtml(page), '5 MB');
  });

  it('a page whose text is one 1 MB line', async () => {
    const line = '巡察整改一是加强学习，'.repeat(Math.ceil(1e6 / 11));
    const r = await extractHtml(`<html><body><p>${line}</p></body></html>`);
    expectWellFormed(r, '1 MB line');
  });

  it('a page of one 1 MB line without any punctuation', async () => {
    expectWellFormed(await extractHtml(`<html><body><p>${'巡'.repeat(1e6)}</p></body></html>`), '1 MB unpunctuated');
  });

  it('a page of 50,000 <p> elements', async () => {
    const ps = '<p>巡察整改一是加强学习。</p>'.repeat(50000);
    expectWellFormed(await extractHtml(`<html><body>${ps}</body></html>`), '50k <p>');
  });
});

describe.each(fixtures)('$name, damaged', ({ name, page }) => {
  const bytes = readFileSync(page);

  it('truncated at 10 random byte offsets', async () => {
    const rnd = mulberry32(seedOf(`${name}/truncate`));
    for (let i = 0; i < 10; i++) {
      const at = Math.floor(rnd() * bytes.length);
      const { html } = decodeHtml(bytes.subarray(0, at));
      expectWellFormed(await extractHtml(html, page), `${name} cut at ${at}`);
    }
  });

  // 20 mutations accumulate on one copy of the page; it is extracted after every 4th (5 pages of
  // growing damage), which keeps the file within its time budget as fixtures are added.
  it('with 20 random mutations (delete / duplicate / swap slices)', async () => {
    const rnd = mulberry32(seedOf(`${name}/mutate`));
    let html = decodeHtml(bytes).html;
    for (let i = 1; i <= 20; i++) {
      html = mutate(html, rnd);
      if (i % 4 === 0) expectWellFormed(await extractHtml(html, page), `${name} after ${i} mutations`);
    }
  });

  it('detection on the first 30% of the bytes does not crash', async () => {
    const { html } = decodeHtml(bytes.subarray(0, Math.floor(bytes.length * 0.3)));
    const { document, close } = parseHtml(html, 'http://robustness.example.gov.cn/');
    try {
      const d = detectNotice(document);
      expect(typeof d.isNotice).toBe('boolean');
      expect(d.confidence).toBeGreaterThanOrEqual(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    } finally {
      await close();
    }
  });
});
