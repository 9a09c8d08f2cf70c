import type { Notice, NoticeStats } from '../notice/types';

/**
 * The headline figures of a notice as extracted, kept with its page record so the library can
 * show a body's notices side by side (a report's "22 problems, 17 rectified", then the progress
 * notice's) without extracting them again. Positions are dropped: the library has no page.
 */
export interface PageStats extends Omit<NoticeStats, 'other'> {
  /** Other figures as written (rules made, money recovered…), at most OTHER_STATS_LIMIT. */
  other: Array<{ label: string; value: number; unit: string }>;
  /** How many of the extraction's checks warned (figures that do not add up, dates out of order…). */
  warnings: number;
}

/** Enough for a comparison column; a notice with more lists them on its page. */
export const OTHER_STATS_LIMIT = 8;

/** The headline figures of an extracted notice. */
export function pageStatsOf(notice: Pick<Notice, 'stats' | 'checks'>): PageStats {
  const s = notice.stats;
  return {
    problems: s.problems,
    rectified: s.rectified,
    staged: s.staged,
    unrectified: s.unrectified,
    measures: s.measures,
    measuresDone: s.measuresDone,
    other: s.other.slice(0, OTHER_STATS_LIMIT).map(({ label, value, unit }) => ({ label, value, unit })),
    warnings: notice.checks.length,
  };
}

/** Whether any headline figure was found (a notice without one has nothing to compare). */
export function hasFigures(s: PageStats | null): s is PageStats {
  return s !== null && (s.problems !== null || s.rectified !== null || s.staged !== null || s.unrectified !== null || s.measures !== null || s.measuresDone !== null || s.other.length > 0);
}
