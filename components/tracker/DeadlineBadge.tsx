import { daysBetween, deadlineLight } from '../../utils/tracking/deadline';
import type { IsoDate, TrackedCommitment } from '../../utils/tracking/types';
import { useStrings } from '../shared/i18n';
import { TRACKER } from './strings';

export interface DeadlineBadgeProps {
  item: Pick<TrackedCommitment, 'status' | 'due'>;
  today: IsoDate;
}

/** The red / yellow / green light of a tracked item, always with words (never colour alone). */
export function DeadlineBadge({ item, today }: DeadlineBadgeProps) {
  const t = useStrings(TRACKER);
  const light = deadlineLight(item, today);
  const days = item.due ? daysBetween(today, item.due) : null;
  const detail = item.status === 'kept' ? t.keptDone : days === null ? null : days < 0 ? t.daysOverdue(-days) : t.daysLeft(days);
  return (
    <span class={`tr-light tr-light-${light}`} data-light={light}>
      <span class="tr-dot" aria-hidden="true" />
      {t.light[light]}
      {detail && light !== 'none' ? ` · ${detail}` : ''}
    </span>
  );
}
