import type { Rect } from '../../utils/annotator/selection';

/**
 * Where a floating panel of about `width` × `height` px goes next to `rect` (viewport
 * coordinates): below it, or above when there is no room below, kept inside the viewport.
 */
export function placeNear(rect: Rect, width: number, height: number, viewport: { width: number; height: number }): { left: number; top: number } {
  const gap = 6;
  const margin = 8;
  const below = rect.bottom + gap;
  const top = below + height <= viewport.height - margin || rect.top - gap - height < margin ? below : rect.top - gap - height;
  const left = Math.min(Math.max(margin, rect.left), Math.max(margin, viewport.width - width - margin));
  return { left, top: Math.max(margin, Math.min(top, viewport.height - margin - Math.min(height, viewport.height / 2))) };
}
