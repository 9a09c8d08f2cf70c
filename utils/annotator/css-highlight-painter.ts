import type { Category } from '../annotations/types';
import { FLASH_COLOR, FLASH_NAME, highlightName, UNKNOWN_CATEGORY_COLOR, UNKNOWN_NAME, type HighlightPainter, type PaintItem } from './painter';

/**
 * Highlights with the CSS Custom Highlight API: one `Highlight` per category in `CSS.highlights`
 * and `::highlight()` rules in a constructed style sheet appended to `document.adoptedStyleSheets`.
 * The page's DOM is untouched (no wrapping `<mark>`), so its scripts and layout see nothing move.
 * The registry is shared with the page's scripts: it holds Ranges and category names only.
 */

interface HighlightWindow {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: typeof Highlight;
  CSSStyleSheet?: typeof CSSStyleSheet;
}

const CATEGORY_PRIORITY = 1;
// Above every category, so the highlight being jumped to or edited shows whatever it overlaps.
const FLASH_PRIORITY = 10;

/** Null when the browser lacks the API (or adopted style sheets): use the box painter then. */
export function createCssHighlightPainter(doc: Document, win: Window): HighlightPainter | null {
  const w = win as unknown as HighlightWindow;
  const registry = w.CSS?.highlights;
  const HighlightCtor = w.Highlight;
  const SheetCtor = w.CSSStyleSheet;
  if (!registry || !HighlightCtor || !SheetCtor || !Array.isArray(doc.adoptedStyleSheets)) return null;
  let sheet: CSSStyleSheet;
  try {
    sheet = new SheetCtor();
    // Append: the page's own adopted sheets stay as they are.
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    return null;
  }

  const names = new Set<string>();
  const known = new Set<string>();
  const flash = new HighlightCtor();
  flash.priority = FLASH_PRIORITY;
  registry.set(FLASH_NAME, flash);

  const nameOf = (category: string): string => (known.has(category) ? highlightName(category) : UNKNOWN_NAME);

  return {
    kind: 'css-highlights',
    setCategories(categories: readonly Category[]) {
      known.clear();
      const rules = [`::highlight(${UNKNOWN_NAME}){background-color:${UNKNOWN_CATEGORY_COLOR};}`];
      for (const c of categories) {
        known.add(c.id);
        // The colour comes from our own storage but is user-editable: keep it to a plain value.
        const color = CSS_COLOR.test(c.color) ? c.color : UNKNOWN_CATEGORY_COLOR;
        rules.push(`::highlight(${highlightName(c.id)}){background-color:${color};color:inherit;}`);
      }
      rules.push(`::highlight(${FLASH_NAME}){background-color:${FLASH_COLOR};color:#000;}`);
      sheet.replaceSync(rules.join('\n'));
    },
    paint(items: readonly PaintItem[]) {
      const byName = new Map<string, Range[]>();
      for (const item of items) {
        const name = nameOf(item.category);
        const list = byName.get(name) ?? [];
        list.push(item.range);
        byName.set(name, list);
      }
      for (const name of names) if (!byName.has(name)) registry.delete(name);
      names.clear();
      for (const [name, ranges] of byName) {
        const h = new HighlightCtor(...ranges);
        h.priority = CATEGORY_PRIORITY;
        registry.set(name, h);
        names.add(name);
      }
    },
    setFlash(range: Range | null) {
      flash.clear();
      if (range) flash.add(range);
    },
    relayout() {},
    dispose() {
      for (const name of names) registry.delete(name);
      registry.delete(FLASH_NAME);
      names.clear();
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** Hex, rgb()/hsl() and named colours: nothing that could close the rule. */
export const CSS_COLOR = /^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\)|[a-zA-Z]+)$/;
