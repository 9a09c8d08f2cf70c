// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import { createBoxPainter } from '../../../utils/annotator/box-painter';
import { createCssHighlightPainter } from '../../../utils/annotator/css-highlight-painter';
import { FLASH_NAME, highlightName, UNKNOWN_NAME } from '../../../utils/annotator/painter';

/** happy-dom has no CSS Custom Highlight API: a minimal stand-in with the real shapes. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

function highlightWindow() {
  const registry = new Map<string, FakeHighlight>();
  const win = Object.assign(Object.create(window) as Window, { CSS: { highlights: registry }, Highlight: FakeHighlight, CSSStyleSheet: window.CSSStyleSheet });
  return { registry, win };
}

function paragraph(text: string): { p: HTMLElement; range: (from: number, to: number) => Range } {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.appendChild(p);
  return {
    p,
    range: (from, to) => {
      const r = document.createRange();
      r.setStart(p.firstChild as Text, from);
      r.setEnd(p.firstChild as Text, to);
      return r;
    },
  };
}

describe('highlight names', () => {
  it('are CSS identifiers made of the category id only, distinct for distinct ids', () => {
    expect(highlightName('commitment')).toBe('duban-commitment');
    expect(highlightName('follow-up')).toBe('duban-follow-up');
    const odd = ['我的 分类', 'a_b', 'a.b', 'a b', 'a_20_b'];
    const names = odd.map(highlightName);
    expect(new Set(names).size).toBe(odd.length);
    for (const n of names) expect(n).toMatch(/^duban-[A-Za-z0-9_-]+$/);
  });
});

describe('the CSS highlight painter', () => {
  it('is null where the browser has no highlight registry', () => {
    expect(createCssHighlightPainter(document, window)).toBeNull();
  });

  it('registers one Highlight per category, a flash above them, and rules in an appended adopted sheet', () => {
    const { registry, win } = highlightWindow();
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const painter = createCssHighlightPainter(document, win);
    if (!painter) throw new Error('no painter');
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    // happy-dom does not parse ::highlight() rules: read what the painter wrote.
    const written = vi.spyOn(document.adoptedStyleSheets[1] as CSSStyleSheet, 'replaceSync');
    painter.setCategories(DEFAULT_CATEGORIES);
    const css = String(written.mock.calls.at(-1)?.[0]);
    expect(css).toContain('duban-commitment');
    expect(css).toContain('#ffd54f');

    const { range } = paragraph('一是整改。二是落实。三是督办。');
    painter.paint([
      { id: 'a', category: 'commitment', range: range(0, 4) },
      { id: 'b', category: 'commitment', range: range(5, 9) },
      { id: 'c', category: 'gone-category', range: range(10, 14) },
    ]);
    expect([...registry.keys()].sort()).toEqual([FLASH_NAME, 'duban-commitment', UNKNOWN_NAME].sort());
    expect([...(registry.get('duban-commitment') ?? [])].map(String)).toEqual(['一是整改', '二是落实']);
    painter.setFlash(range(0, 4));
    expect((registry.get(FLASH_NAME)?.priority ?? 0) > (registry.get('duban-commitment')?.priority ?? 0)).toBe(true);
    expect(registry.get(FLASH_NAME)?.size).toBe(1);

    painter.paint([{ id: 'b', category: 'problem', range: range(5, 9) }]);
    expect([...registry.keys()].sort()).toEqual([FLASH_NAME, 'duban-problem'].sort());
    painter.dispose();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('keeps a colour that could break out of its rule out of the sheet', () => {
    const { win } = highlightWindow();
    const painter = createCssHighlightPainter(document, win);
    const written = vi.spyOn(document.adoptedStyleSheets.at(-1) as CSSStyleSheet, 'replaceSync');
    painter?.setCategories([{ id: 'x', label: { zh: '甲', en: 'X' }, color: 'red;}body{display:none' }]);
    const css = String(written.mock.calls.at(-1)?.[0]);
    expect(css).toContain('duban-x');
    expect(css).not.toContain('display');
    painter?.dispose();
  });
});

describe('the box painter (no highlight API)', () => {
  it('draws one box per line rect of each range in its layer, and clears them', () => {
    const layer = document.createElement('div');
    const { range } = paragraph('第一行第二行');
    const r = range(0, 6);
    r.getClientRects = () => [new DOMRect(10, 20, 100, 18), new DOMRect(10, 40, 60, 18)] as unknown as DOMRectList;
    const painter = createBoxPainter(layer);
    painter.setCategories(DEFAULT_CATEGORIES);
    painter.paint([{ id: 'a', category: 'problem', range: r }]);
    expect(layer.children).toHaveLength(2);
    const box = layer.children[0] as HTMLElement;
    expect([box.style.left, box.style.top, box.style.width, box.style.height]).toEqual(['10px', '20px', '100px', '18px']);
    painter.setFlash(r);
    expect(layer.children).toHaveLength(4);
    painter.dispose();
    expect(layer.children).toHaveLength(0);
    // The page itself is untouched: only the layer (in our shadow root) changed.
    expect(document.body.querySelectorAll('div')).toHaveLength(0);
  });
});
