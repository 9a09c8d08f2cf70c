import { afterEach, describe, expect, it } from 'vitest';
import { buildTextIndex, offsetsToRange, rangeToOffsets } from '../../../utils/anchoring/text-index';
import { openDom } from './dom';

const PAGE = `<!DOCTYPE html><html><head><title>通报</title><style>p{color:red}</style><script>var note = "不算";</script></head>
<body><div id="article"><h1>关于巡察整改进展情况的通报</h1><p>一、<strong>整改</strong>情况：<span>台党委<span>召开</span>专题会议</span>。</p><p>第一行<br>第二行<br/>第三行</p><table><tr><td>序号</td><td>问题</td></tr><tr><td>1</td><td>整改“一岗双责”落实不到位</td></tr></table><noscript>请启用脚本</noscript><template><p>模板</p></template><div id="duban-host">督办工具栏</div><p>完成率１００％。</p></div></body></html>`;

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

function open(html = PAGE): Document {
  const dom = openDom(html);
  closers.push(dom.close);
  return dom.document;
}

const skipHost = (el: Element) => el.id === 'duban-host';

describe('buildTextIndex', () => {
  it('concatenates the text nodes in document order, without script, style, noscript, template or what skip says', () => {
    const doc = open();
    const index = buildTextIndex(doc.body, { skip: skipHost });
    expect(index.text).toBe(
      '关于巡察整改进展情况的通报一、整改情况：台党委召开专题会议。第一行第二行第三行序号问题1整改“一岗双责”落实不到位完成率１００％。',
    );
    expect(index.nodes.map((n) => n.data).join('')).toBe(index.text);
    index.nodes.forEach((n, i) => expect(index.text.startsWith(n.data, index.starts[i])).toBe(true));
  });

  it('from the document: the head title counts, script and style do not', () => {
    const index = buildTextIndex(open(), { skip: skipHost });
    expect(index.text.startsWith('通报\n')).toBe(true);
    expect(index.text).not.toContain('不算');
    expect(index.text).not.toContain('color');
  });

  it('walks a page nested 20,000 levels deep (no recursion)', () => {
    const doc = open('<html><body></body></html>');
    const chain: Element[] = [doc.body];
    for (let i = 0; i < 20_000; i++) {
      const child = doc.createElement(i % 2 ? 'span' : 'div');
      if (i % 1000 === 0) child.appendChild(doc.createTextNode(`${i / 1000},`));
      (chain[chain.length - 1] as Element).appendChild(child);
      chain.push(child);
    }
    (chain[chain.length - 1] as Element).appendChild(doc.createTextNode('底'));
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe('0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,底');
    // happy-dom tears a document down recursively: take the chain apart from the bottom first.
    for (let i = chain.length - 1; i > 0; i--) (chain[i] as Element).remove();
  });

  it('an empty root and a text node root', () => {
    const doc = open('<html><body><div id="e"></div><p id="t">整改</p></body></html>');
    const empty = buildTextIndex(doc.getElementById('e') as Element);
    expect(empty.text).toBe('');
    expect(offsetsToRange(empty, 0, 0).collapsed).toBe(true);
    const t = (doc.getElementById('t') as Element).firstChild as Text;
    const single = buildTextIndex(t);
    expect(single.text).toBe('整改');
    expect(offsetsToRange(single, 0, 2).toString()).toBe('整改');
  });
});

describe('offsetsToRange and rangeToOffsets', () => {
  it('round-trip every [start, end) of the page text across <p>, <br>, <td> and nested <span>', () => {
    // Range.toString() reads every Text node in the range, skipped ones too: the plain page has
    // none. (happy-dom also loses ranges that span a <template>; browsers do not.)
    const plain = PAGE.replace(/<noscript>.*<\/template>/, '').replace(/<div id="duban-host">[^<]*<\/div>/, '');
    const withSkipped = PAGE.replace(/<template>.*<\/template>/, '');
    for (const html of [plain, withSkipped]) {
      const doc = open(html);
      const index = buildTextIndex(doc.body, { skip: skipHost });
      const n = index.text.length;
      let checked = 0;
      for (let s = 0; s <= n; s++) {
        for (let e = s; e <= n; e += 1 + (e % 3)) {
          const range = offsetsToRange(index, s, e);
          if (html === plain) expect(range.toString()).toBe(index.text.slice(s, e));
          expect(rangeToOffsets(index, range)).toEqual({ start: s, end: e });
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(1000);
    }
  });

  it('at a seam between two text nodes, the start goes into the later node and the end into the earlier one', () => {
    const doc = open('<html><body><p>台党委<span>召开</span>专题会议</p></body></html>');
    const index = buildTextIndex(doc.body);
    const range = offsetsToRange(index, 3, 5);
    expect(range.startContainer).toBe(index.nodes[1]);
    expect(range.startOffset).toBe(0);
    expect(range.endContainer).toBe(index.nodes[1]);
    expect(range.endOffset).toBe(2);
  });

  it('element boundaries map to the next indexed text: whole cells, after a <br>, a whole table', () => {
    const doc = open();
    const index = buildTextIndex(doc.body, { skip: skipHost });
    const text = index.text;
    const cells = Array.from(doc.querySelectorAll('td'));
    const r = doc.createRange();
    r.selectNodeContents(cells[3] as Element);
    expect(rangeToOffsets(index, r)).toEqual({ start: text.indexOf('整改“'), end: text.indexOf('完成率') });
    const offsets = rangeToOffsets(index, r) as { start: number; end: number };
    expect(text.slice(offsets.start, offsets.end)).toBe('整改“一岗双责”落实不到位');

    const br = doc.querySelector('br') as Element;
    r.setStartAfter(br);
    r.setEndBefore(doc.querySelector('table') as Element);
    expect(text.slice(...Object.values(rangeToOffsets(index, r) ?? {}))).toBe('第二行第三行');

    r.selectNode(doc.querySelector('table') as Element);
    const t = rangeToOffsets(index, r) as { start: number; end: number };
    expect(text.slice(t.start, t.end)).toBe('序号问题1整改“一岗双责”落实不到位');
  });

  it('a boundary inside skipped text (the shadow host, a script) maps to the next indexed text', () => {
    const doc = open();
    const index = buildTextIndex(doc.body, { skip: skipHost });
    const host = doc.getElementById('duban-host') as Element;
    const r = doc.createRange();
    r.setStart(host.firstChild as Text, 2);
    r.setEnd(host.firstChild as Text, 4);
    const at = index.text.indexOf('完成率');
    expect(rangeToOffsets(index, r)).toEqual({ start: at, end: at });
  });

  it('a range outside the root gives null', () => {
    const doc = open();
    const article = doc.getElementById('article') as Element;
    const index = buildTextIndex(article.querySelector('table') as Element);
    const r = doc.createRange();
    r.selectNodeContents(doc.querySelector('h1') as Element);
    expect(rangeToOffsets(index, r)).toBeNull();
  });

  it('offsets are clamped and put in order', () => {
    const doc = open('<html><body><p>整改<b>落实</b></p></body></html>');
    const index = buildTextIndex(doc.body);
    expect(offsetsToRange(index, -5, 99).toString()).toBe('整改落实');
    expect(offsetsToRange(index, 3, 1).toString()).toBe('改落');
  });
});
