import { useId } from 'preact/hooks';
import { truncate } from './arrange';
import { useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';
import type { Draft } from './use-drafts';

interface Props {
  /** Drafts of this page whose highlight was deleted while they were being edited. */
  drafts: readonly Draft[];
  onDiscard: (id: string) => void;
}

/**
 * Notes whose highlight was deleted meanwhile (here, on the page or in another tab): shown with a
 * notice, never dropped silently, so the reader can copy the text or undo the deletion (the
 * editor then reopens with it).
 */
export function StrayDrafts({ drafts, onDiscard }: Props) {
  const PANEL = useStrings(CATALOG);
  const headingId = useId();
  if (drafts.length === 0) return null;
  return (
    <section class="unplaced stray-drafts" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {PANEL.strayDraftsTitle} <span class="count">({drafts.length})</span>
      </h2>
      <p class="hint" role="status">
        {PANEL.strayDraftsHint}
      </p>
      <ul class="items">
        {drafts.map((d) => (
          <li key={d.id} class="item" data-id={d.id}>
            <blockquote class="quote" title={d.quote}>
              {truncate(d.quote, 140)}
            </blockquote>
            <textarea class="note-input" readOnly rows={4} value={d.text} aria-label={`${PANEL.strayDraftLabel}: ${truncate(d.quote, 20)}`} />
            <div class="row actions">
              <button type="button" onClick={() => onDiscard(d.id)} aria-label={`${PANEL.discardDraft}: ${truncate(d.quote, 20)}`}>
                {PANEL.discardDraft}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
