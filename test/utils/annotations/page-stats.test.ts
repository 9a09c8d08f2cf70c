import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasFigures, OTHER_STATS_LIMIT, pageStatsOf } from '../../../utils/annotations/page-stats';
import { extractNotice, isExtractError } from '../../../utils/notice/extract';
import type { Notice } from '../../../utils/notice/types';
import { readPageStats, Problem } from '../../../utils/storage/validate';
import { FIXTURES, openFixture } from '../../helpers/fixtures';

async function extracted(fixture: string): Promise<Notice> {
  const { document, close } = openFixture(join(FIXTURES, fixture));
  const n = extractNotice(document, { source: fixture, url: 'https://www.example.gov.cn/n.html' });
  await close();
  if (isExtractError(n)) throw new Error(JSON.stringify(n));
  return n;
}

describe('pageStatsOf', () => {
  it('keeps the headline figures and the number of warnings, without positions', async () => {
    const n = await extracted('notices/000-cms/page.html');
    const s = pageStatsOf(n);
    expect(s).toMatchObject({ problems: n.stats.problems, rectified: n.stats.rectified, staged: n.stats.staged, measures: n.stats.measures, warnings: n.checks.length });
    expect(s.problems).not.toBeNull();
    for (const o of s.other) expect(Object.keys(o).sort()).toEqual(['label', 'unit', 'value']);
    // What is stored reads back the same (the library's record of the page).
    expect(readPageStats(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(hasFigures(s)).toBe(true);
  });

  it('caps the other figures, and a notice without figures has nothing to compare', () => {
    const other = Array.from({ length: 20 }, (_, i) => ({ label: `指标${i}`, value: i, unit: '项', start: i, end: i + 1 }));
    const none = { problems: null, rectified: null, staged: null, unrectified: null, measures: null, measuresDone: null };
    const s = pageStatsOf({ stats: { ...none, other }, checks: [] });
    expect(s.other).toHaveLength(OTHER_STATS_LIMIT);
    expect(s.other[0]).toEqual({ label: '指标0', value: 0, unit: '项' });
    expect(hasFigures(pageStatsOf({ stats: { ...none, other: [] }, checks: [] }))).toBe(false);
    expect(hasFigures(null)).toBe(false);
  });

  it('refuses stored figures of the wrong shape', () => {
    expect(readPageStats(undefined)).toBeNull();
    expect(readPageStats({ problems: 3 })).toEqual({ problems: 3, rectified: null, staged: null, unrectified: null, measures: null, measuresDone: null, other: [], warnings: 0 });
    for (const bad of [[], 'x', { problems: -2 }, { other: {} }, { other: [{ label: 1, value: 1, unit: '' }] }, { warnings: 1.5 }]) {
      expect(readPageStats(bad)).toBeInstanceOf(Problem);
    }
  });
});
