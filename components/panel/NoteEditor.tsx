import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { BACKUP_LIMITS } from '../../utils/export/json-backup';
import type { Annotation } from '../../utils/annotations/types';
import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';
import type { ItemActions } from './types';
import type { Drafts } from './use-drafts';

interface Props {
  initial: string;
  /** Resolves true when saved; false keeps the editor open with what was typed. */
  onSave: (note: string) => Promise<boolean>;
  onCancel: () => void;
  /** Each change of the text, so it can be kept above the list (use-drafts.ts). */
  onText?: (text: string) => void;
  /** False when the editor reopens by itself (the item remounted): focus stays where the reader is. */
  autoFocus?: boolean;
}

/** Inline note editor: Ctrl/⌘+Enter saves, Escape cancels; focus starts in the textarea. */
export function NoteEditor({ initial, onSave, onCancel, onText, autoFocus = true }: Props) {
  const PANEL = useStrings(CATALOG);
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();

  useEffect(() => {
    if (autoFocus) area.current?.focus();
    // Only on opening.
  }, []);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    // The text stays in state whatever happens: a failed save must not lose what was typed.
    const saved = await onSave(text);
    if (!saved) {
      setBusy(false);
      area.current?.focus();
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      // Escape would otherwise close the side panel's host dialog in some browsers.
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <div class="note-editor">
      <textarea
        ref={area}
        class="note-input"
        aria-label={PANEL.editorLabel}
        aria-describedby={hintId}
        rows={4}
        // Longer notes would make Duban's own backups unreadable (json-backup.ts limits).
        maxLength={BACKUP_LIMITS.note}
        value={text}
        disabled={busy}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onText?.(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} class="hint">
        {PANEL.editorHint}
      </p>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
          {busy ? PANEL.saving : PANEL.save}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {PANEL.cancel}
        </button>
      </div>
    </div>
  );
}

interface DraftProps {
  annotation: Annotation;
  drafts: Drafts;
  saveNote: ItemActions['saveNote'];
  autoFocus?: boolean;
}

/** The editor of `annotation`'s draft, when it has one: typing keeps the draft, save or cancel ends it. */
export function DraftNoteEditor({ annotation: a, drafts, saveNote, autoFocus = false }: DraftProps) {
  const text = drafts.draftOf(a.id);
  if (text === undefined) return null;
  return (
    <NoteEditor
      initial={text}
      autoFocus={autoFocus}
      onText={(t) => drafts.setDraft(a, t)}
      onCancel={() => drafts.clearDraft(a.id)}
      onSave={async (note) => {
        const saved = await saveNote(a.id, note);
        if (saved) drafts.clearDraft(a.id);
        return saved;
      }}
    />
  );
}
