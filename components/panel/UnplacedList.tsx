import { useId } from 'preact/hooks';
import type { Annotation } from '../../utils/annotations/types';
import { truncate } from './arrange';
import { CategoryBadge } from './CategoryBadge';
import { DraftNoteEditor } from './NoteEditor';
import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';
import type { ItemActions } from './types';
import type { Drafts } from './use-drafts';

interface Props {
  title: string;
  items: readonly Annotation[];
  actions: ItemActions;
  /** A note being edited when the item lost its place stays open here with what was typed. */
  drafts: Drafts;
  /** Null when no annotator runs on the page (nothing to re-attach to). */
  onReattach: ((id: string) => Promise<boolean>) | null;
}

const CONTEXT_CHARS = 40;

/**
 * Highlights that could not be placed on the page (orphaned) or could be placed in several spots
 * (ambiguous). They are never moved by guesswork: the reader selects the text and re-attaches.
 * The saved context (prefix … quote … suffix) helps find where the passage went.
 */
export function UnplacedList({ title, items, actions, drafts, onReattach }: Props) {
  const PANEL = useStrings(CATALOG);
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <section class="unplaced" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span class="count">({items.length})</span>
      </h2>
      <p class="hint">{PANEL.unplacedHint}</p>
      <ul class="items">
        {items.map((a) => {
          const { exact, prefix = '', suffix = '' } = a.target.quote;
          const category = actions.categories.find((c) => c.id === a.category);
          return (
            <li key={a.id} class="item" data-id={a.id} style={{ borderInlineStartColor: category?.color ?? 'transparent' }}>
              <CategoryBadge category={category} fallback={PANEL.unknownCategory(a.category)} />
              <blockquote class="quote">{truncate(exact, 140)}</blockquote>
              {drafts.draftOf(a.id) !== undefined ? (
                <DraftNoteEditor annotation={a} drafts={drafts} saveNote={actions.saveNote} />
              ) : (
                a.note && <p class="note">{a.note}</p>
              )}
              <p class="context">
                <span class="context-label">{PANEL.context}
                  {PANEL.contextSeparator}</span>
                <span class="context-text">
                  …{Array.from(prefix).slice(-CONTEXT_CHARS).join('')}
                  <mark>{truncate(exact, 60)}</mark>
                  {Array.from(suffix).slice(0, CONTEXT_CHARS).join('')}…
                </span>
              </p>
              <div class="row actions">
                {onReattach && (
                  <button type="button" onClick={() => void onReattach(a.id)}>
                    {PANEL.reattach}
                  </button>
                )}
                <button type="button" class="danger" onClick={() => void actions.remove(a)} aria-label={`${PANEL.delete}: ${truncate(exact, 20)}`}>
                  {PANEL.delete}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
