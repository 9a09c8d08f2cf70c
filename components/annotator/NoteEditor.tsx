import { useEffect, useRef } from 'preact/hooks';
import type { Category } from '../../utils/annotations/types';
import { categoryLabel } from '../../utils/i18n/category-label';
import { useLang, useStrings } from '../shared/i18n';
import { STRINGS as CATALOG } from './strings';
import { useEscapeRelease } from './use-escape-release';

export interface NoteEditorProps {
  quote: string;
  categories: readonly Category[];
  /** The draft: owned by the caller (entrypoints/note-editor/App.tsx), which knows what is saved. */
  note: string;
  category: string;
  /** The last failure to show (the typed note stays in the textarea with it). */
  error: string | null;
  /** The draft differs from what is stored: an error then says the text is kept. */
  unsaved: boolean;
  busy: boolean;
  onNote: (note: string) => void;
  onCategory: (category: string) => void;
  onSave: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/**
 * The note editor form of one highlight, as the note editor page shows it (an extension page in an
 * iframe on the reader's page, so page scripts never see the keys typed here). Ctrl/⌘+Enter saves,
 * Esc closes (on its release: see use-escape-release.ts). Note and quote are text nodes and a textarea value, never HTML.
 */
export function NoteEditor({ quote, categories, note, category, error, unsaved, busy, onNote, onCategory, onSave, onDelete, onClose }: NoteEditorProps) {
  const lang = useLang();
  const STRINGS = useStrings(CATALOG);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus({ preventScroll: true });
  }, []);

  const escape = useEscapeRelease(onClose);
  const onKeyDown = (e: KeyboardEvent) => {
    if (escape.onKeyDown(e)) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSave();
    }
  };

  return (
    <div class="editor" role="dialog" aria-label={STRINGS.editorTitle} onKeyDown={onKeyDown} onKeyUp={escape.onKeyUp}>
      <h1>{STRINGS.editorTitle}</h1>
      {quote ? <div class="quote">{quote}</div> : null}
      <div class="categories" role="group" aria-label={STRINGS.category}>
        {categories.map((c) => (
          <button key={c.id} type="button" aria-pressed={c.id === category} data-category={c.id} onClick={() => onCategory(c.id)}>
            <span class="swatch" style={{ background: c.color }} />
            {categoryLabel(c, lang)}
          </button>
        ))}
      </div>
      {/* Read-only while saving: what is being saved is what the reader sees. */}
      <textarea ref={area} value={note} readOnly={busy} aria-label={STRINGS.note} placeholder={STRINGS.notePlaceholder} onInput={(e) => onNote(e.currentTarget.value)} />
      {error ? (
        <div class="error" role="alert">
          {error}
          {unsaved ? `\n${STRINGS.unsavedDraft}` : null}
        </div>
      ) : null}
      <div class="row">
        <span class="hint">{busy ? STRINGS.saving : STRINGS.saveHint}</span>
        <button type="button" disabled={busy} onClick={onDelete}>
          {STRINGS.delete}
        </button>
        <button type="button" onClick={onClose}>
          {STRINGS.close}
        </button>
        <button type="button" class="primary" disabled={busy} onClick={onSave}>
          {STRINGS.save}
        </button>
      </div>
    </div>
  );
}
