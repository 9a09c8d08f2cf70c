import { useEffect, useId, useState } from 'preact/hooks';
import { isEvidenceUrl } from '../../utils/tracking/evidence';
import { TRACKED_STATUSES, type IsoDate, type TrackedCommitment, type TrackedStatus } from '../../utils/tracking/types';
import type { TrackedPatch } from '../../utils/storage/tracked';
import { useStrings } from '../shared/i18n';
import { DeadlineBadge } from './DeadlineBadge';
import { TRACKER } from './strings';

export interface TrackedItemEditorProps {
  item: TrackedCommitment;
  today: IsoDate;
  /** Saves a change (through the background); the item comes back by the list's refresh. */
  onUpdate: (patch: TrackedPatch) => void;
  onUntrack: () => void;
}

/** A tracked commitment's follow-up: status, due date, note, evidence links and its deadline light. */
export function TrackedItemEditor({ item, today, onUpdate, onUntrack }: TrackedItemEditorProps) {
  const t = useStrings(TRACKER);
  const id = useId();
  const [note, setNote] = useState(item.note);
  const [link, setLink] = useState('');
  const [linkError, setLinkError] = useState(false);
  // A change saved elsewhere (another panel, an import) replaces the text shown.
  useEffect(() => setNote(item.note), [item.note]);

  const saveNote = () => {
    if (note !== item.note) onUpdate({ note });
  };
  const addLink = (e: Event) => {
    e.preventDefault();
    const url = link.trim();
    if (!isEvidenceUrl(url)) {
      setLinkError(true);
      return;
    }
    setLinkError(false);
    setLink('');
    if (!item.evidence.includes(url)) onUpdate({ evidence: [...item.evidence, url] });
  };

  return (
    <div class="tr-item" role="group" aria-label={t.itemLabel(item.text)}>
      <p class="tr-head">
        <DeadlineBadge item={item} today={today} />
      </p>
      <div class="tr-fields">
        <label class="tr-field" for={`${id}-status`}>
          {t.status}
          <select id={`${id}-status`} class="tr-status" value={item.status} onChange={(e) => onUpdate({ status: e.currentTarget.value as TrackedStatus })}>
            {TRACKED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.statuses[s]}
              </option>
            ))}
          </select>
        </label>
        <label class="tr-field" for={`${id}-due`}>
          {t.due}
          <input id={`${id}-due`} class="tr-due" type="date" value={item.due ?? ''} onChange={(e) => onUpdate({ due: e.currentTarget.value === '' ? null : e.currentTarget.value })} />
        </label>
      </div>
      {item.dueAsWritten && <p class="tr-written">{t.dueAsWritten(item.dueAsWritten)}</p>}
      <label class="tr-field tr-note-field" for={`${id}-note`}>
        {t.note}
        <textarea id={`${id}-note`} class="tr-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} onBlur={saveNote} />
      </label>
      <fieldset class="tr-evidence">
        <legend>{t.evidence}</legend>
        {item.evidence.length === 0 ? (
          <p class="tr-missing">{t.noEvidence}</p>
        ) : (
          <ul>
            {item.evidence.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {url}
                </a>{' '}
                <button type="button" class="tr-remove" aria-label={t.removeEvidence(url)} onClick={() => onUpdate({ evidence: item.evidence.filter((u) => u !== url) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="tr-add" noValidate onSubmit={addLink}>
          <input
            type="url"
            class="tr-link"
            aria-label={t.evidence}
            aria-invalid={linkError}
            aria-describedby={linkError ? `${id}-link-error` : undefined}
            placeholder="https://…"
            value={link}
            onInput={(e) => setLink(e.currentTarget.value)}
          />
          <button type="submit">{t.addEvidence}</button>
        </form>
        {linkError && (
          <p id={`${id}-link-error`} class="tr-error" role="alert">
            {t.evidenceInvalid}
          </p>
        )}
      </fieldset>
      <button type="button" class="tr-untrack" onClick={onUntrack}>
        {t.untrack}
      </button>
    </div>
  );
}
