/**
 * The page text that selectors are written against, and the way back from its offsets to DOM
 * Ranges. DOM only (no extension APIs): the text is the data of every Text node under the root,
 * in document order, concatenated as is — no separators for `<p>`, `<br>` or table cells, no
 * whitespace collapsing — so an offset maps to exactly one (node, offset) and a Range crossing
 * element boundaries, cells and `<br>` is just two offsets. The text of `<script>`, `<style>`,
 * `<noscript>` and `<template>` is left out, and so is anything `skip` says (Duban's own shadow
 * host). An index describes the DOM when it was built: rebuild it after the page changes.
 */

export interface TextIndex {
  root: Node;
  /** The page text: TextPositionSelector offsets are into this string. */
  text: string;
  /** The Text nodes, in document order. */
  nodes: Text[];
  /** Where each node's data starts in `text` (same order as `nodes`). */
  starts: number[];
}

export interface TextIndexOptions {
  /** Elements whose whole subtree is left out of the text (besides script, style, …). */
  skip?: (el: Element) => boolean;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * Walks `root` iteratively (pages nest thousands of levels deep: no recursion) with
 * firstChild/nextSibling, skipping whole subtrees without a filter callback per node. ~2 ms for
 * a 1 MiB page in Chromium (bench:anchor, "index").
 */
export function buildTextIndex(root: Node, opts: TextIndexOptions = {}): TextIndex {
  const skip = opts.skip;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  if (root.nodeType === TEXT_NODE) {
    const t = root as Text;
    return { root, text: t.data, nodes: [t], starts: [0] };
  }
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    } else if (type === ELEMENT_NODE && node.firstChild) {
      const el = node as Element;
      if (!SKIPPED.has(el.localName) && !(skip && skip(el))) {
        node = node.firstChild;
        continue;
      }
    }
    // Next in document order, climbing out of finished subtrees (never above root).
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** End of node i's data in the text. */
function nodeEnd(index: TextIndex, i: number): number {
  return i + 1 < index.starts.length ? (index.starts[i + 1] as number) : index.text.length;
}

/** The first node whose data ends after `offset` (a start boundary: at a node seam, the next node). */
function nodeForStart(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodeEnd(index, mid) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first node whose data ends at or after `offset` (an end boundary: at a seam, the node before). */
function nodeForEnd(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodeEnd(index, mid) >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A Range over `text[start, end)`. At a seam between two text nodes the start goes into the
 * later node and the end into the earlier one, so the Range holds no empty edges. Offsets are
 * clamped to the text and to each node's current length (a node may have changed since).
 */
export function offsetsToRange(index: TextIndex, start: number, end: number): Range {
  const doc = index.root.nodeType === 9 ? (index.root as Document) : (index.root.ownerDocument as Document);
  const range = doc.createRange();
  const n = index.nodes.length;
  const len = index.text.length;
  let s = Math.max(0, Math.min(len, Math.floor(Math.min(start, end))));
  let e = Math.max(0, Math.min(len, Math.floor(Math.max(start, end))));
  if (n === 0) {
    range.setStart(index.root, 0);
    range.collapse(true);
    return range;
  }
  if (e < s) [s, e] = [e, s];
  const si = Math.min(nodeForStart(index, s), n - 1);
  const ei = e === 0 ? 0 : Math.min(nodeForEnd(index, e), n - 1);
  const sNode = index.nodes[si] as Text;
  const eNode = index.nodes[ei] as Text;
  range.setStart(sNode, Math.min(sNode.length, Math.max(0, s - (index.starts[si] as number))));
  if (s === e && si !== ei) {
    range.collapse(true);
    return range;
  }
  range.setEnd(eNode, Math.min(eNode.length, Math.max(0, e - (index.starts[ei] as number))));
  return range;
}

/**
 * The text offsets of a Range, or null when it is not inside the index's root. A boundary in an
 * element (before its k-th child) or in text that is not indexed (inside a skipped element)
 * maps to where the next indexed text starts.
 */
export function rangeToOffsets(index: TextIndex, range: Range): { start: number; end: number } | null {
  const start = pointToOffset(index, range.startContainer, range.startOffset);
  const end = pointToOffset(index, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return start <= end ? { start, end } : { start: end, end: start };
}

function pointToOffset(index: TextIndex, container: Node, offset: number): number | null {
  const root = index.root;
  if (container !== root && !root.contains(container)) return null;
  if (container.nodeType === TEXT_NODE) {
    const i = findNode(index, container);
    if (i !== -1) {
      const node = index.nodes[i] as Text;
      return (index.starts[i] as number) + Math.max(0, Math.min(offset, node.length));
    }
    // Text that is not indexed: what follows it.
    return firstIndexedAfter(index, (t) => (container.compareDocumentPosition(t) & DOCUMENT_POSITION_FOLLOWING) !== 0);
  }
  if (container.nodeType !== ELEMENT_NODE && container.nodeType !== 9 && container.nodeType !== 11) {
    // A comment or processing instruction: what follows it.
    return firstIndexedAfter(index, (t) => (container.compareDocumentPosition(t) & DOCUMENT_POSITION_FOLLOWING) !== 0);
  }
  const child = container.childNodes[offset];
  if (child) {
    // Before `child`: text at or after it (its own descendants included).
    return firstIndexedAfter(index, (t) => t === child || (child.compareDocumentPosition(t) & DOCUMENT_POSITION_FOLLOWING) !== 0);
  }
  // After the container's last child: text after its whole subtree.
  return firstIndexedAfter(index, (t) => !container.contains(t) && (container.compareDocumentPosition(t) & DOCUMENT_POSITION_FOLLOWING) !== 0);
}

/** The start offset of the first indexed node for which `isAfter` holds (monotone in document order). */
function firstIndexedAfter(index: TextIndex, isAfter: (t: Text) => boolean): number {
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(index.nodes[mid] as Text)) hi = mid;
    else lo = mid + 1;
  }
  return lo < index.nodes.length ? (index.starts[lo] as number) : index.text.length;
}

/** Position of a Text node in the index by binary search in document order, or -1. */
function findNode(index: TextIndex, node: Node): number {
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = index.nodes[mid] as Text;
    if (m === node) return mid;
    if (node.compareDocumentPosition(m) & DOCUMENT_POSITION_PRECEDING) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}
