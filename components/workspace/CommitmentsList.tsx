import type { ComponentChildren } from 'preact';
import { formatDate } from '../../utils/i18n/format-date';
import type { Commitment } from '../../utils/notice/types';
import { useLang, useStrings } from '../shared/i18n';
import { WORKSPACE } from './strings';
import { DEADLINE_CUE } from '../../utils/notice/written-deadline';

export interface CommitmentsListProps {
  commitments: Commitment[];
  /** Shows a commitment's sentence on the page; absent when no page can be reached. */
  onReveal: ((span: { start: number; end: number }) => void) | null;
  /** Shown under the heading (the tracker's "Track all"). */
  actions?: ComponentChildren;
  /** Shown under each commitment (its "Track" button or its tracked item). */
  renderExtra?: (c: Commitment) => ComponentChildren;
}

/** The sentences of the notice that promise future action; the slots let the side panel add tracking. */
export function CommitmentsList({ commitments, onReveal, actions, renderExtra }: CommitmentsListProps) {
  const t = useStrings(WORKSPACE);
  const lang = useLang();
  return (
    <section class="ws-commitments" aria-labelledby="ws-commitments-title">
      <h2 id="ws-commitments-title">
        {t.commitmentsLabel} <span class="ws-count">{t.commitmentCount(commitments.length)}</span>
      </h2>
      {actions}
      {commitments.length === 0 ? (
        <p class="ws-missing">{t.noCommitments}</p>
      ) : (
        <ol class="ws-commitment-list">
          {commitments.map((c) => {
            const written = c.cues.filter((w) => DEADLINE_CUE.test(w)).join('、');
            const due = c.due ? t.dueWritten(written || t.due, formatDate(c.due, lang)) : c.kind === 'deadline' && written ? written : t.noDue;
            const other = c.cues.filter((w) => !(c.due && DEADLINE_CUE.test(w)));
            return (
              <li key={c.start} class={`ws-commitment ws-kind-${c.kind}`}>
                <button type="button" class="ws-node" disabled={!onReveal} onClick={() => onReveal?.({ start: c.start, end: c.end })}>
                  <span class={`ws-tag ws-kind-tag-${c.kind}`}>{t.kind[c.kind]}</span> <span class="ws-text">{c.text}</span>
                </button>
                <p class="ws-meta">
                  <span class="ws-due">{t.dueLine(due)}</span>
                  {other.length > 0 && <span class="ws-cues"> · {t.cues(other.join(t.listJoin))}</span>}
                </p>
                {renderExtra?.(c)}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
