import { localDate } from '../notice/dates';
import { addDays, isOverdue } from './deadline';
import type { IsoDate, TrackedCommitment } from './types';

/**
 * When to remind the reader of a tracked commitment whose due date has passed (the optional
 * browser notification, entrypoints/background/reminders.ts). Pure: the caller gives the items,
 * the moment `now` and the ids it has already reminded of; the background does the browser part.
 *
 * A commitment due on day D becomes overdue at the local midnight that starts day D + 1
 * (isOverdue: due < today). It is reminded of once; if it stops being overdue (kept, deleted, or
 * its date moved later) it is forgotten, so it is reminded of again should it fall overdue again.
 */

type Remindable = Pick<TrackedCommitment, 'id' | 'status' | 'due' | 'deletedAt'>;

export interface ReminderPlan<T extends Remindable> {
  /** Overdue and not yet reminded of: the notification lists these, in due-date order. */
  overdue: T[];
  /** The ids to remember as reminded after this check: still overdue ones only (the new ones included). */
  reminded: string[];
  /**
   * When the next not-yet-overdue commitment falls overdue (epoch ms, a local midnight, at least
   * the next one); null when none will.
   */
  nextCheckAt: number | null;
}


/** The local midnight starting `date` (epoch ms). */
export function localMidnight(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

function live(item: Remindable): boolean {
  return item.deletedAt === null;
}

export function planReminders<T extends Remindable>(items: readonly T[], now: Date, remindedIds: ReadonlySet<string>): ReminderPlan<T> {
  const today = localDate(now);
  const overdueNow = items.filter((i) => live(i) && isOverdue(i, today));
  const overdue = overdueNow
    .filter((i) => !remindedIds.has(i.id))
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? '') || a.id.localeCompare(b.id));
  let next: IsoDate | null = null;
  for (const i of items) {
    if (!live(i) || i.status === 'kept' || i.due === null || i.due < today) continue;
    if (next === null || i.due < next) next = i.due;
  }
  return {
    overdue,
    reminded: overdueNow.map((i) => i.id),
    nextCheckAt: next === null ? null : localMidnight(addDays(next, 1)),
  };
}
