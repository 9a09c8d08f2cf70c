import type { Category } from '../annotations/types';
import { CSS_COLOR } from './css-highlight-painter';
import { FLASH_COLOR, UNKNOWN_CATEGORY_COLOR, type HighlightPainter, type PaintItem } from './painter';

/**
 * The fallback where `CSS.highlights` is missing: translucent boxes over each line of a Range
 * (`getClientRects()`), drawn in `layer` — a `position: fixed` element inside Duban's shadow root
 * with `pointer-events: none`, so the page's DOM stays untouched and clicks reach the text.
 * Viewport coordinates: call `relayout()` on scroll and resize.
 */
export function createBoxPainter(layer: HTMLElement): HighlightPainter {
  const doc = layer.ownerDocument;
  let items: readonly PaintItem[] = [];
  let flash: Range | null = null;
  const colors = new Map<string, string>();

  function box(rect: DOMRect, color: string, opacity: string): HTMLElement {
    const el = doc.createElement('div');
    const s = el.style;
    s.position = 'absolute';
    s.left = `${rect.left}px`;
    s.top = `${rect.top}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    s.background = color;
    s.opacity = opacity;
    s.mixBlendMode = 'multiply';
    return el;
  }

  function draw(): void {
    const frag = doc.createDocumentFragment();
    const height = doc.defaultView?.innerHeight ?? doc.documentElement.clientHeight;
    const onScreen = (r: DOMRect) => r.width > 0 && r.height > 0 && r.bottom >= 0 && r.top <= height;
    for (const item of items) {
      const color = colors.get(item.category) ?? UNKNOWN_CATEGORY_COLOR;
      for (const r of Array.from(item.range.getClientRects())) if (onScreen(r)) frag.appendChild(box(r, color, '0.45'));
    }
    if (flash) for (const r of Array.from(flash.getClientRects())) if (onScreen(r)) frag.appendChild(box(r, FLASH_COLOR, '0.6'));
    layer.replaceChildren(frag);
  }

  return {
    kind: 'boxes',
    setCategories(categories: readonly Category[]) {
      colors.clear();
      for (const c of categories) colors.set(c.id, CSS_COLOR.test(c.color) ? c.color : UNKNOWN_CATEGORY_COLOR);
      draw();
    },
    paint(next: readonly PaintItem[]) {
      items = next;
      draw();
    },
    setFlash(range: Range | null) {
      flash = range;
      draw();
    },
    relayout: draw,
    dispose() {
      items = [];
      flash = null;
      layer.replaceChildren();
    },
  };
}
