import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../utils/i18n/format-date';

describe('formatDate', () => {
  it.each([
    ['2024-09-13', 'zh', '2024年9月13日'],
    ['2024-09-13', 'en', '13 Sept 2024'],
    ['2025-01-01', 'zh', '2025年1月1日'],
  ] as const)('%s in %s → %s (a calendar date, whatever the time zone)', (iso, lang, expected) => {
    expect(formatDate(iso, lang).replace('Sep ', 'Sept ')).toBe(expected);
  });

  it('passes through text that is not an ISO date', () => {
    expect(formatDate('6月底前', 'zh')).toBe('6月底前');
  });

  it('formats timestamps with the time', () => {
    const ms = new Date(2026, 10, 23, 9, 5).getTime();
    expect(formatDateTime(ms, 'zh')).toBe('2026年11月23日 09:05');
    expect(formatDateTime(ms, 'en')).toMatch(/23 Nov 2026,? 09:05/);
  });
});
