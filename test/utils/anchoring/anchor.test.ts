import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../scripts/lib/decode-html';
import { anchorMany, anchorSelectors, describeRange } from '../../../utils/anchoring/anchor';
import { buildTextIndex, offsetsToRange, rangeToOffsets } from '../../../utils/anchoring/text-index';
import { FIXTURES } from '../../helpers/fixtures';
import { openDom } from './dom';
import { randInt, rng } from './edits';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

function openFixture(name: string): Document {
  const { html } = decodeHtml(readFileSync(join(FIXTURES, 'notices', name, 'page.html')));
  const dom = openDom(html);
  closers.push(dom.close);
  return dom.document;
}

describe('describeRange / anchorSelectors / anchorMany on fixture pages', () => {
  it.each(['000-cms', '001-table-gbk', '002-strong-br', '004-wechat'])('%s: selections come back on the same text, also after the page is edited', (name) => {
    const doc = openFixture(name);
    const index = buildTextIndex(doc.body);
    const r = rng(name.length * 7919);
    // 60 selections of 4–120 characters, described from DOM Ranges as a user's selection would be.
    const picks: Array<{ start: number; end: number }> = [];
    while (picks.length < 60) {
      const len = randInt(r, 4, 120);
      const start = randInt(r, 0, index.text.length - len);
      if (/\S/.test(index.text.slice(start, start + len))) picks.push({ start, end: start + len });
    }
    const stored = picks.map((p) => describeRange(index, offsetsToRange(index, p.start, p.end)));
    stored.forEach((s, i) => expect(s?.position).toEqual({ type: 'TextPositionSelector', ...picks[i] }));
    const selectors = stored.map((s) => s ?? { quote: { type: 'TextQuoteSelector' as const, exact: '' } });

    const same = anchorMany(buildTextIndex(doc.body), selectors);
    same.forEach((a, i) => {
      expect(a.result.status).toBe('anchored');
      expect(a.range && rangeToOffsets(index, a.range)).toEqual(picks[i]);
    });

    // The page gets a banner above the article and one character changed inside every long quote.
    const banner = doc.createElement('div');
    banner.textContent = '【网站已改版，欢迎提出意见建议】';
    doc.body.insertBefore(banner, doc.body.firstChild);
    const before = buildTextIndex(doc.body);
    const edited = new Set<number>();
    picks.forEach((p, i) => {
      const quote = index.text.slice(p.start, p.end);
      if (quote.replace(/\s+/g, '').length < 32 || i % 2) return;
      // One visible character, the tenth, changed.
      let at = before.text.indexOf(quote, p.start);
      for (let seen = 0; seen < 10 || /\s/.test(before.text[at] ?? ''); at++) if (!/\s/.test(before.text[at] ?? '')) seen++;
      const k = before.starts.findLastIndex((s) => s <= at);
      const node = before.nodes[k];
      if (!node || at - (before.starts[k] as number) >= node.length) return;
      node.replaceData(at - (before.starts[k] as number), 1, '某');
      edited.add(i);
    });
    const after = anchorMany(buildTextIndex(doc.body), selectors);
    after.forEach((a, i) => {
      const p = picks[i] as { start: number; end: number };
      const shift = banner.textContent?.length ?? 0;
      // Quotes that overlap an edited one may have lost a character too: only the untouched ones must be exact.
      if (edited.has(i)) expect(a.result.status).toBe('anchored-fuzzy');
      if (a.result.status === 'anchored' || a.result.status === 'anchored-fuzzy') {
        expect(a.range && rangeToOffsets(buildTextIndex(doc.body), a.range)).toEqual({ start: p.start + shift, end: p.end + shift });
      } else {
        expect(a.range).toBeNull();
      }
    });
    const landed = after.filter((a) => a.range).length;
    expect(landed / after.length).toBeGreaterThanOrEqual(0.95);
  });

  it('a selection across a table cell boundary and a <br> is described and re-anchored', () => {
    const dom = openDom(
      '<html><body><p>整改措施：<br>一是召开专题会议；<br>二是建立台账。</p><table><tr><td>问题</td><td>完成时限</td></tr><tr><td>制度不健全</td><td>２０２５年６月底前</td></tr></table></body></html>',
    );
    closers.push(dom.close);
    const doc = dom.document;
    const cells = doc.querySelectorAll('td');
    const range = doc.createRange();
    range.setStart((cells[2] as Element).firstChild as Text, 2);
    range.setEnd((cells[3] as Element).firstChild as Text, 5);
    const s = describeRange(doc.body, range);
    expect(s?.quote.exact).toBe('不健全２０２５年');
    const brRange = doc.createRange();
    brRange.setStart(doc.querySelector('p')?.firstChild as Text, 2);
    brRange.setEnd(doc.querySelector('p')?.childNodes[2] as Text, 4);
    const b = describeRange(doc.body, brRange);
    expect(b?.quote.exact).toBe('措施：一是召开');
    for (const sel of [s, b]) {
      if (!sel) throw new Error('not described');
      const a = anchorSelectors(doc.body, sel);
      expect(a.result.status).toBe('anchored');
      expect(a.range?.toString()).toBe(sel.quote.exact);
    }
  });

  it('text under a skipped element (Duban’s own shadow host) is not page text', () => {
    const dom = openDom('<html><body><p>整改到位</p><div id="duban-root">批注：整改到位</div></body></html>');
    closers.push(dom.close);
    const doc = dom.document;
    const skip = (el: Element) => el.id === 'duban-root';
    const index = buildTextIndex(doc.body, { skip });
    expect(index.text).toBe('整改到位');
    const a = anchorSelectors(doc.body, { quote: { type: 'TextQuoteSelector', exact: '整改到位' } }, { skip });
    expect(a.result.status).toBe('anchored');
  });

  it('an orphan has no range and a range outside the root has no selectors', () => {
    const dom = openDom('<html><body><p id="a">整改到位</p><p id="b">已完成</p></body></html>');
    closers.push(dom.close);
    const doc = dom.document;
    const a = anchorSelectors(doc.body, { quote: { type: 'TextQuoteSelector', exact: '未完成整改任务' } });
    expect(a).toEqual({ result: { status: 'orphaned', match: null, candidates: [] }, range: null });
    const range = doc.createRange();
    range.selectNodeContents(doc.getElementById('b') as Element);
    expect(describeRange(doc.getElementById('a') as Element, range)).toBeNull();
  });
});
