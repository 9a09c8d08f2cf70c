import { useState } from 'preact/hooks';
import type { Annotation } from '../../utils/annotations/types';
import { truncate } from './arrange';
import { CategoryBadge } from './CategoryBadge';
import { CategorySelect } from './CategorySelect';
import { DraftNoteEditor } from './NoteEditor';
import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';
import type { ItemActions } from './types';
import type { Drafts } from './use-drafts';

export const QUOTE_CHARS = 140;

interface Props {
  annotation: Annotation;
  actions: ItemActions;
  /** Notes being edited, kept above the list: the editor is open while the item has a draft. */
  drafts: Drafts;
  /** Matched after small edits to the page: said so, since the passage may read differently. */
  fuzzy?: boolean;
}

/** One highlight of the current page: colour, label, quote, note and what can be done with it. */
export function AnnotationItem({ annotation: a, actions, drafts, fuzzy = false }: Props) {
  const PANEL = useStrings(CATALOG);
  const editing = drafts.draftOf(a.id) !== undefined;
  // Focus moves into the editor when the reader opens it, not when it reopens after a remount.
  const [openedHere, setOpenedHere] = useState(false);
  const category = actions.categories.find((c) => c.id === a.category);
  const quote = truncate(a.target.quote.exact, QUOTE_CHARS);
  const jump = actions.jump;

  return (
    <li class="item" style={{ borderInlineStartColor: category?.color ?? 'transparent' }} data-id={a.id}>
      <div class="item-head">
        <CategoryBadge category={category} fallback={PANEL.unknownCategory(a.category)} />
        {fuzzy && <span class="tag">{PANEL.fuzzy}</span>}
      </div>
      <blockquote class="quote" title={a.target.quote.exact}>
        {quote}
      </blockquote>
      {editing ? (
        <DraftNoteEditor annotation={a} drafts={drafts} saveNote={actions.saveNote} autoFocus={openedHere} />
      ) : (
        <p class={a.note ? 'note' : 'note empty'}>{a.note || PANEL.noNote}</p>
      )}
      <div class="row actions">
        {!editing && (
          <button
            type="button"
            onClick={() => {
              setOpenedHere(true);
              drafts.setDraft(a, a.note);
            }}
            aria-label={`${PANEL.edit}: ${truncate(a.target.quote.exact, 20)}`}
          >
            {PANEL.edit}
          </button>
        )}
        <CategorySelect value={a.category} categories={actions.categories} onChange={(c) => void actions.changeCategory(a.id, c)} />
        {jump && (
          <button type="button" onClick={() => void jump(a.id)} aria-label={`${PANEL.jump}: ${truncate(a.target.quote.exact, 20)}`}>
            {PANEL.jump}
          </button>
        )}
        <button type="button" class="danger" onClick={() => void actions.remove(a)} aria-label={`${PANEL.delete}: ${truncate(a.target.quote.exact, 20)}`}>
          {PANEL.delete}
        </button>
      </div>
    </li>
  );
}
