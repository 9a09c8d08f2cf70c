import { describe, expect, it } from 'vitest';
import { localDate } from '../../../utils/notice/dates';
import { localMidnight, planReminders } from '../../../utils/tracking/reminders';
import type { TrackedStatus } from '../../../utils/tracking/types';

interface Item {
  id: string;
  status: TrackedStatus;
  due: string | null;
  deletedAt: number | null;
}

const item = (id: string, due: string | null, status: TrackedStatus = 'to-verify', deletedAt: number | null = null): Item => ({ id, status, due, deletedAt });

// 24 November 2026, 15:30 local time (whatever the machine's time zone: dates are local).
const NOW = new Date(2026, 10, 24, 15, 30);

describe('localDate and localMidnight', () => {
  it.each([
    [new Date(2026, 10, 24, 15, 30), '2026-11-24'],
    [new Date(2026, 10, 24, 0, 0), '2026-11-24'],
    [new Date(2026, 10, 24, 23, 59, 59), '2026-11-24'],
    [new Date(2026, 0, 5), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
  ])('%s → %s', (now, date) => {
    expect(localDate(now)).toBe(date);
  });

  it('gives the start of the local day', () => {
    expect(localMidnight('2026-11-25')).toBe(new Date(2026, 10, 25).getTime());
    expect(localMidnight('2027-01-01')).toBe(new Date(2027, 0, 1).getTime());
  });
});

describe('planReminders: which items are newly overdue', () => {
  const cases: Array<[string, Item[], string[], string[], string[]]> = [
    // name, items, already reminded, → newly overdue, → remembered as reminded
    ['nothing tracked', [], [], [], []],
    ['due yesterday', [item('a', '2026-11-23')], [], ['a'], ['a']],
    ['due long ago, broken', [item('a', '2025-12-31', 'broken')], [], ['a'], ['a']],
    ['due long ago, doubtful', [item('a', '2025-12-31', 'doubtful')], [], ['a'], ['a']],
    ['due today: not yet', [item('a', '2026-11-24')], [], [], []],
    ['due tomorrow', [item('a', '2026-11-25')], [], [], []],
    ['no due date', [item('a', null)], [], [], []],
    ['kept', [item('a', '2026-11-01', 'kept')], [], [], []],
    ['deleted', [item('a', '2026-11-01', 'to-verify', 1)], [], [], []],
    ['already reminded', [item('a', '2026-11-23')], ['a'], [], ['a']],
    ['one reminded, one new', [item('a', '2026-11-20'), item('b', '2026-11-23')], ['a'], ['b'], ['a', 'b']],
    ['sorted by due date', [item('late', '2026-11-23'), item('early', '2026-10-01'), item('mid', '2026-11-01')], [], ['early', 'mid', 'late'], ['late', 'early', 'mid']],
    ['reminded, then kept: forgotten', [item('a', '2026-11-23', 'kept')], ['a'], [], []],
    ['reminded, then moved later: forgotten', [item('a', '2026-12-31')], ['a'], [], []],
    ['reminded, then deleted: forgotten', [item('a', '2026-11-23', 'to-verify', 5)], ['a'], [], []],
    ['reminded id of an item gone for good', [], ['gone'], [], []],
  ];
  it.each(cases)('%s', (_name, items, reminded, overdue, remember) => {
    const plan = planReminders(items, NOW, new Set(reminded));
    expect(plan.overdue.map((i) => i.id)).toEqual(overdue);
    expect(plan.reminded).toEqual(remember);
  });
});

describe('planReminders: when to check next', () => {
  const cases: Array<[string, Item[], string | null]> = [
    // name, items, → the local midnight starting this day (null: no check needed)
    ['nothing tracked', [], null],
    ['only overdue items', [item('a', '2026-11-01')], null],
    ['no due dates', [item('a', null)], null],
    ['due today: overdue from the next midnight', [item('a', '2026-11-24')], '2026-11-25'],
    ['due tomorrow', [item('a', '2026-11-25')], '2026-11-26'],
    ['the soonest due date wins', [item('a', '2027-03-01'), item('b', '2026-12-10'), item('c', '2027-01-01')], '2026-12-11'],
    ['kept items are not watched', [item('a', '2026-11-25', 'kept'), item('b', '2026-12-10')], '2026-12-11'],
    ['deleted items are not watched', [item('a', '2026-11-25', 'to-verify', 1), item('b', '2026-12-10')], '2026-12-11'],
    ['month and year ends', [item('a', '2026-12-31')], '2027-01-01'],
  ];
  it.each(cases)('%s', (_name, items, day) => {
    const plan = planReminders(items, NOW, new Set());
    expect(plan.nextCheckAt).toBe(day === null ? null : localMidnight(day));
    if (plan.nextCheckAt !== null) expect(plan.nextCheckAt).toBeGreaterThan(NOW.getTime());
  });

  it('just before midnight, an item due today is checked at that midnight', () => {
    const late = new Date(2026, 10, 24, 23, 59, 30);
    const plan = planReminders([item('a', '2026-11-24')], late, new Set());
    expect(plan.overdue).toEqual([]);
    expect(plan.nextCheckAt).toBe(new Date(2026, 10, 25).getTime());
    // …and at that midnight it is overdue.
    expect(planReminders([item('a', '2026-11-24')], new Date(2026, 10, 25), new Set()).overdue.map((i) => i.id)).toEqual(['a']);
  });
});
