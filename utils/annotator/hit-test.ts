/**
 * Which highlight is under the pointer. The CSS Highlight API paints without elements, so there
 * is nothing to attach a listener to: find the caret position at the point, keep the Ranges that
 * contain it, and confirm with the Range's own line boxes (a caret is found even beside the end
 * of a short line, where no highlight is drawn).
 */

export interface HitTarget {
  id: string;
  range: Range;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position at viewport point (x, y), or null (no text there, or no API). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint.call(doc, x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint.call(doc, x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    // Some engines throw for points outside the viewport.
  }
  return null;
}

const SLOP = 1;

function rectsHold(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

function holds(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    // A node from another document or a doctype: not in any of our ranges.
    return false;
  }
}

/**
 * The target under (x, y): of those whose Range holds the caret there and whose line boxes hold
 * the point, the shortest (a highlight inside another wins, as it is drawn on top). Null if none.
 */
export function hitTest<T extends HitTarget>(doc: Document, x: number, y: number, targets: readonly T[]): T | null {
  if (targets.length === 0) return null;
  const caret = caretAt(doc, x, y);
  let best: T | null = null;
  let bestLength = Infinity;
  for (const t of targets) {
    if (t.range.collapsed) continue;
    // No caret (an image, the margin): the line boxes alone decide.
    if (caret && !holds(t.range, caret.node, caret.offset)) continue;
    if (!rectsHold(t.range, x, y)) continue;
    const length = t.range.toString().length;
    if (length < bestLength) {
      best = t;
      bestLength = length;
    }
  }
  return best;
}
