import { useEffect, useRef } from 'preact/hooks';
import type { Category } from '../../utils/annotations/types';
import type { ToolbarView } from '../../utils/annotator/controller';
import { placeNear } from './position';
import { categoryLabel } from '../../utils/i18n/category-label';
import { useLang, useStrings } from '../shared/i18n';
import { STRINGS as CATALOG } from './strings';

export interface SelectionToolbarProps {
  view: ToolbarView;
  categories: readonly Category[];
  viewport: { width: number; height: number };
  onPick: (categoryId: string) => void;
  onNote: () => void;
  onDismiss: () => void;
}

/**
 * The toolbar next to a selection: one button per category and one for a note. Keyboard: it takes the
 * focus when the reader finishes a selection; 1–9 pick a category, N adds a note, Enter picks the
 * focused button (the first category on the bar itself), ←/→ move, Esc closes. Only trusted
 * events act: a page script can reach none of this through the closed shadow root anyway.
 */
export function SelectionToolbar({ view, categories, viewport, onPick, onNote, onDismiss }: SelectionToolbarProps) {
  const lang = useLang();
  const STRINGS = useStrings(CATALOG);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (view.focusKey) bar.current?.focus({ preventScroll: true });
  }, [view.focusKey]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.altKey || e.ctrlKey || e.metaKey) return;
    const n = Number(e.key);
    const buttons = Array.from(bar.current?.querySelectorAll('button') ?? []);
    if (Number.isInteger(n) && n >= 1 && n <= categories.length) {
      e.preventDefault();
      const c = categories[n - 1];
      if (c) onPick(c.id);
    } else if (e.key === 'n' || e.key === 'N') {
      e.preventDefault();
      onNote();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onDismiss();
    } else if (e.key === 'Enter' && e.target === bar.current) {
      e.preventDefault();
      const c = categories[0];
      if (c) onPick(c.id);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const root = bar.current?.getRootNode() as ShadowRoot | undefined;
      const at = buttons.indexOf(root?.activeElement as HTMLButtonElement);
      const next = buttons[(at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1) + (at < 0 ? 1 : 0)) % buttons.length];
      next?.focus();
    }
  };

  const pos = placeNear(view.rect, 700, 40, viewport);
  return (
    <div
      ref={bar}
      class="float toolbar"
      role="toolbar"
      tabIndex={0}
      aria-label={STRINGS.toolbarLabel}
      title={STRINGS.toolbarHint}
      style={{ left: `${pos.left}px`, top: `${pos.top}px` }}
      onKeyDown={onKeyDown}
      // Keeps the page's selection: a press on the bar would otherwise collapse it.
      onMouseDown={(e) => e.preventDefault()}
    >
      {categories.map((c, i) => (
        <button key={c.id} type="button" disabled={view.busy} data-category={c.id} onClick={(e) => e.isTrusted && onPick(c.id)}>
          <span class="swatch" style={{ background: c.color }} />
          {categoryLabel(c, lang)}
          {i < 9 ? <span class="key">{i + 1}</span> : null}
        </button>
      ))}
      <button type="button" disabled={view.busy} onClick={(e) => e.isTrusted && onNote()}>
        {STRINGS.note}
        <span class="key">N</span>
      </button>
      {view.error ? (
        <div class="error" role="alert">
          {view.error}
        </div>
      ) : null}
    </div>
  );
}
