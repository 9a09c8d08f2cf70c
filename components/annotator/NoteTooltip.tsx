import type { TooltipView } from '../../utils/annotator/controller';
import { categoryLabel } from '../../utils/i18n/category-label';
import { useLang, useStrings } from '../shared/i18n';
import { STRINGS as CATALOG } from './strings';

export interface NoteTooltipProps {
  view: TooltipView;
  viewport: { width: number; height: number };
}

const GAP = 6;
const MARGIN = 8;
const WIDTH = 360;
/** Room a tooltip of a few lines needs above the highlight; with less, it goes below. */
const ROOM_ABOVE = 96;

/**
 * The note of the highlight under the pointer (plain text), just above the highlight so it
 * covers neither the highlighted words nor the pointer — below it near the top of the window.
 * Its height is unknown before layout: "above" is a translate of -100% from the line's top.
 */
export function NoteTooltip({ view, viewport }: NoteTooltipProps) {
  const lang = useLang();
  const STRINGS = useStrings(CATALOG);
  const above = view.rect.top >= ROOM_ABOVE;
  const left = Math.min(Math.max(MARGIN, view.rect.left), Math.max(MARGIN, viewport.width - WIDTH - MARGIN));
  const style = above
    ? { left: `${left}px`, top: `${view.rect.top - GAP}px`, transform: 'translateY(-100%)' }
    : { left: `${left}px`, top: `${view.rect.bottom + GAP}px` };
  return (
    <div class="float tooltip" role="tooltip" style={style}>
      {view.category ? (
        <div class="cat">
          <span class="swatch" style={{ background: view.category.color }} />
          {categoryLabel(view.category, lang)}
        </div>
      ) : null}
      {view.note || STRINGS.noNote}
    </div>
  );
}
