import { useEffect, useRef, useState } from 'preact/hooks';
import type { Category } from '../../utils/annotations/types';
import type { EditorView } from '../../utils/annotator/controller';
import { placeNear } from './position';
import { categoryLabel, STRINGS } from './strings';

export interface NoteEditorProps {
  view: EditorView;
  categories: readonly Category[];
  viewport: { width: number; height: number };
  onSave: (note: string, category: string) => void;
  onDelete: () => void;
  onClose: () => void;
}

/**
 * The note editor of one highlight. Its draft lives here (the parent keys it by `view.key`), so a
 * re-render after a failed save — a full disk — keeps every typed word on screen with the error.
 * Ctrl/⌘+Enter saves, Esc closes. Note and quote are text nodes, never HTML.
 */
export function NoteEditor({ view, categories, viewport, onSave, onDelete, onClose }: NoteEditorProps) {
  const [note, setNote] = useState(view.note);
  const [category, setCategory] = useState(view.category);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    // Keys typed here are the reader's note, not the page's shortcuts.
    e.stopPropagation();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSave(note, category);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const pos = placeNear(view.rect, 380, 260, viewport);
  return (
    <div
      class="float editor"
      role="dialog"
      aria-label={STRINGS.editorTitle}
      style={{ left: `${pos.left}px`, top: `${pos.top}px` }}
      onKeyDown={onKeyDown}
      onKeyUp={(e) => e.stopPropagation()}
    >
      <h2>{STRINGS.editorTitle}</h2>
      {view.quote ? <div class="quote">{view.quote}</div> : null}
      <div class="categories" role="group" aria-label={STRINGS.category}>
        {categories.map((c) => (
          <button key={c.id} type="button" aria-pressed={c.id === category} data-category={c.id} onClick={(e) => e.isTrusted && setCategory(c.id)}>
            <span class="swatch" style={{ background: c.color }} />
            {categoryLabel(c)}
          </button>
        ))}
      </div>
      <textarea ref={area} value={note} placeholder={STRINGS.notePlaceholder} onInput={(e) => setNote(e.currentTarget.value)} />
      {view.error ? (
        <div class="error" role="alert">
          {view.error}
          {'\n'}
          {STRINGS.unsavedDraft}
        </div>
      ) : null}
      <div class="row">
        <span class="hint">{view.busy ? STRINGS.saving : STRINGS.saveHint}</span>
        <button type="button" disabled={view.busy} onClick={(e) => e.isTrusted && onDelete()}>
          {STRINGS.delete}
        </button>
        <button type="button" onClick={(e) => e.isTrusted && onClose()}>
          {STRINGS.close}
        </button>
        <button type="button" class="primary" disabled={view.busy} onClick={(e) => e.isTrusted && onSave(note, category)}>
          {STRINGS.save}
        </button>
      </div>
    </div>
  );
}
