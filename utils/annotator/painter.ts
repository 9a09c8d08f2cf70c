import type { Category } from '../annotations/types';

/**
 * How highlights get on screen. Two ways (css-highlight-painter.ts, box-painter.ts), one
 * interface, so the rest of the annotator does not care which one the browser allows. Neither
 * touches the page's DOM.
 */

export interface PaintItem {
  id: string;
  category: string;
  range: Range;
}

export interface HighlightPainter {
  readonly kind: 'css-highlights' | 'boxes';
  /** Colours by category; call again when the categories change. */
  setCategories(categories: readonly Category[]): void;
  /** Replaces what is painted with `items`. */
  paint(items: readonly PaintItem[]): void;
  /** The highlight being jumped to or edited, drawn above the others; null clears it. */
  setFlash(range: Range | null): void;
  /** Recomputes positions (scroll, resize); a no-op where the browser lays highlights out itself. */
  relayout(): void;
  /** Removes everything this painter registered. */
  dispose(): void;
}

/** Colour of highlights whose category is gone (deleted in the options page). */
export const UNKNOWN_CATEGORY_COLOR = '#bdbdbd';
export const FLASH_COLOR = '#ff9800';

/**
 * A CSS identifier for `::highlight()` made from a category id (which the user may have typed):
 * `duban-` then the id with anything outside [A-Za-z0-9-] escaped as `_<hex>_`. Injective, so two
 * categories never share a name. Carries the id only — never note text: the page can list names.
 */
export function highlightName(categoryId: string): string {
  return `duban-${categoryId.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)?.toString(16) ?? '0'}_`)}`;
}

export const FLASH_NAME = 'duban-flash';
/** Shared by categories not in the list: one name, so a page cannot learn stale ids either. */
export const UNKNOWN_NAME = 'duban-other';
