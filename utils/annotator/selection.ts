/**
 * The reader's selection, as a Range Duban may highlight: inside the page's body, not collapsed,
 * with visible text, and not inside Duban's own UI (`isOurs`).
 */
export function selectedRange(doc: Document, isOurs: (node: Node) => boolean): Range | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const body = doc.body;
  if (!body || range.collapsed) return null;
  const inBody = (n: Node) => n === body || body.contains(n);
  if (!inBody(range.startContainer) || !inBody(range.endContainer)) return null;
  if (isOurs(range.commonAncestorContainer)) return null;
  if (range.toString().trim() === '') return null;
  // A copy: the live selection changes under us as the reader clicks on.
  return range.cloneRange();
}

/** A plain rectangle in viewport coordinates (what the UI positions against). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where to put a toolbar for `range`: its last line box (the selection usually ends where the
 * pointer was let go), or its bounding box when it has no line boxes. Null when it is not laid out.
 */
export function rangeAnchorRect(range: Range): Rect | null {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  const r = rects[rects.length - 1] ?? range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0 && r.left === 0 && r.top === 0) return null;
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** The first line box of `range`, for things that should sit at its start (the note editor). */
export function rangeStartRect(range: Range): Rect | null {
  const r = Array.from(range.getClientRects()).find((x) => x.width > 0 || x.height > 0) ?? range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0 && r.left === 0 && r.top === 0) return null;
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** The element a Range starts in (for scrollIntoView). */
export function rangeStartElement(range: Range): Element | null {
  const n = range.startContainer;
  if (n.nodeType !== 1) return n.parentElement;
  const child = n.childNodes[range.startOffset];
  return child && child.nodeType === 1 ? (child as Element) : (n as Element);
}
