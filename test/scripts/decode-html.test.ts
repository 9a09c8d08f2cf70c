import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../scripts/lib/decode-html';

const TEXT = '关于十届区委第三轮巡察整改进展情况的通报';
const page = (head = '') => `<!DOCTYPE html><html><head>${head}<title>${TEXT}</title></head><body><p>${TEXT}</p></body></html>`;

describe('decodeHtml', () => {
  it('reads a page declared gb2312 or gbk with the GB18030 decoder, as browsers do (€, 䶮, 𠮷)', () => {
    for (const label of ['gb2312', 'gbk']) {
      const r = decodeHtml(iconv.encode(page(`<meta charset="${label}">`).replace('通报', '通报王𠮷李䶮€'), 'gb18030'));
      expect(r.html).toContain('王𠮷李䶮€');
    }
  });

  it('reads an undeclared page as UTF-8 when its bytes are UTF-8', () => {
    const r = decodeHtml(new TextEncoder().encode(page()));
    expect(r.encoding).toBe('UTF-8');
    expect(r.html).toContain(TEXT);
  });

  it('reads an undeclared page whose bytes are not UTF-8 as GB18030 (a Chinese-locale browser\'s fallback)', () => {
    const r = decodeHtml(iconv.encode(page(), 'gbk'));
    expect(r.encoding).toBe('GB18030');
    expect(r.html).toContain(TEXT);
    expect(r.html).not.toContain('\ufffd');
  });

  it('follows a declaration: <meta charset>, the HTTP header, a BOM', () => {
    expect(decodeHtml(iconv.encode(page('<meta charset="gbk">'), 'gbk')).html).toContain(TEXT);
    expect(decodeHtml(iconv.encode(page(), 'gbk'), 'text/html; charset=GB2312').html).toContain(TEXT);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page())]);
    expect(decodeHtml(bom).html).toContain(TEXT);
    // Declared is declared, as in a browser: a page that says UTF-8 but is GBK is not second-guessed.
    const wrong = decodeHtml(iconv.encode(page('<meta charset="utf-8">'), 'gbk'));
    expect(wrong.encoding).toBe('UTF-8');
    expect(wrong.html).not.toContain(TEXT);
  });

  it('reads Big5 when it is declared', () => {
    const big5 = '關於巡察整改進展情況的通報';
    const r = decodeHtml(iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>${big5}</body></html>`, 'big5'));
    expect(r.html).toContain(big5);
  });
});
