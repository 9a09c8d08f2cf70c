import { anchorMany, anchorManyInSlices } from '../anchoring/anchor';
import type { TextIndex } from '../anchoring/text-index';
import type { AnchorStatus } from '../anchoring/types';
import type { Annotation } from '../annotations/types';

/**
 * Where each stored highlight sits on the page now. Anchoring itself is the core's
 * (utils/anchoring); this keeps what the annotator needs on top: the Range, the text it held
 * when anchored (to notice when the page changed under it), and the document order.
 */

export interface Placement {
  id: string;
  category: string;
  status: AnchorStatus;
  /** Null unless `anchored` or `anchored-fuzzy`. */
  range: Range | null;
  /** What `range` held when it was anchored: a Range whose text differs now has gone stale. */
  text: string;
}

/** Above this many highlights, anchoring yields to the page between slices. */
export const SLICE_THRESHOLD = 40;

export async function placeAnnotations(index: TextIndex, annotations: readonly Annotation[]): Promise<Placement[]> {
  const list = annotations.map((a) => ({ quote: a.target.quote, position: a.target.position }));
  const anchored = list.length > SLICE_THRESHOLD ? await anchorManyInSlices(index, list) : anchorMany(index, list);
  return annotations.map((a, i) => {
    const r = anchored[i];
    const range = r?.range ?? null;
    return { id: a.id, category: a.category, status: r?.result.status ?? 'orphaned', range, text: range ? range.toString() : '' };
  });
}

export const isPlaced = (p: Placement): p is Placement & { range: Range } => p.range !== null && (p.status === 'anchored' || p.status === 'anchored-fuzzy');

/**
 * Whether the page changed under a placed highlight (its text nodes were replaced, edited or
 * removed): its Range no longer holds the text it was anchored on.
 */
export function isStale(p: Placement): boolean {
  if (!isPlaced(p)) return false;
  const start = p.range.startContainer;
  if (!start.isConnected || !p.range.endContainer.isConnected) return true;
  return p.range.toString() !== p.text;
}

/** Whether the page changed under a placed highlight: it is anchored again once the page settles. */
export function hasStale(placements: readonly Placement[]): boolean {
  return placements.some(isStale);
}

/**
 * Whether some highlights are not placed (orphaned, ambiguous: late content, an SPA that renders
 * after load). These are retried on a schedule (reanchor-backoff.ts), not on every mutation.
 */
export function hasUnplaced(placements: readonly Placement[]): boolean {
  return placements.some((p) => !isPlaced(p));
}

// Range.START_TO_START and END_TO_END, spelled out: the core uses no DOM globals.
const START_TO_START = 0;
const END_TO_END = 2;

/** Ids of the placed highlights in the order they sit on the page (start, then end). */
export function documentOrder(placements: readonly Placement[]): string[] {
  const placed = placements.filter(isPlaced);
  placed.sort((a, b) => {
    try {
      return a.range.compareBoundaryPoints(START_TO_START, b.range) || a.range.compareBoundaryPoints(END_TO_END, b.range);
    } catch {
      return 0;
    }
  });
  return placed.map((p) => p.id);
}
