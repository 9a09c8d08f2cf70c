import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, deadlineLight, isDueWithin, isIsoDate, isOverdue, YELLOW_DAYS } from '../../../utils/tracking/deadline';
import { isEvidenceUrl } from '../../../utils/tracking/evidence';
import type { DeadlineLight, TrackedStatus } from '../../../utils/tracking/types';

const TODAY = '2026-11-24';

describe('deadlineLight', () => {
  const cases: Array<[string, TrackedStatus, string | null, DeadlineLight]> = [
    ['no date', 'to-verify', null, 'none'],
    ['no date but kept', 'kept', null, 'green'],
    ['yesterday, to verify', 'to-verify', '2026-11-23', 'red'],
    ['long ago, broken', 'broken', '2025-12-31', 'red'],
    ['long ago, doubtful', 'doubtful', '2025-12-31', 'red'],
    ['long ago, kept', 'kept', '2025-12-31', 'green'],
    ['today', 'to-verify', TODAY, 'yellow'],
    ['in 10 days', 'to-verify', '2026-12-04', 'yellow'],
    [`in ${YELLOW_DAYS} days (last yellow day)`, 'doubtful', '2026-12-08', 'yellow'],
    [`in ${YELLOW_DAYS + 1} days`, 'to-verify', '2026-12-09', 'green'],
    ['next year', 'to-verify', '2027-06-30', 'green'],
    ['in 10 days, kept', 'kept', '2026-12-04', 'green'],
  ];
  it.each(cases)('%s → %s', (_name, status, due, light) => {
    expect(deadlineLight({ status, due }, TODAY)).toBe(light);
  });
});

describe('isOverdue and isDueWithin', () => {
  const cases: Array<[TrackedStatus, string | null, boolean, boolean]> = [
    // status, due, overdue, due within 30 days
    ['to-verify', null, false, false],
    ['to-verify', '2026-11-23', true, false],
    ['kept', '2026-11-23', false, false],
    ['to-verify', TODAY, false, true],
    ['broken', '2026-12-24', false, true],
    ['to-verify', '2026-12-25', false, false],
    ['kept', '2026-12-01', false, false],
  ];
  it.each(cases)('%s due %s → overdue %s, within 30 days %s', (status, due, overdue, within) => {
    expect(isOverdue({ status, due }, TODAY)).toBe(overdue);
    expect(isDueWithin({ status, due }, TODAY, 30)).toBe(within);
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-24', true],
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2026-1-5', false],
    ['2026-11-24T00:00', false],
    [null, false],
  ])('isIsoDate(%s) → %s', (s, expected) => expect(isIsoDate(s)).toBe(expected));

  it('adds days across months and years, and counts days between', () => {
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween(TODAY, '2026-12-04')).toBe(10);
    expect(daysBetween(TODAY, '2026-11-20')).toBe(-4);
  });
});

describe('isEvidenceUrl', () => {
  it.each([
    ['https://www.ccdi.gov.cn/a.html', true],
    ['http://example.gov.cn/x?y=1', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['ftp://example.com/file', false],
    ['www.example.com', false],
    [' https://example.com', false],
    ['', false],
    [42, false],
  ])('%s → %s', (s, expected) => expect(isEvidenceUrl(s)).toBe(expected));
});
