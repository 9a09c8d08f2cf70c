// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../../components/shared/i18n';
import { StatsChart } from '../../../components/workspace/StatsChart';
import type { Lang } from '../../../utils/i18n/lang';
import type { Notice } from '../../../utils/notice/types';
import { fixtureNotice } from './notices';

afterEach(cleanup);

function show(notice: Pick<Notice, 'stats' | 'checks'>, lang: Lang = 'zh', onReveal: ((s: { start: number; end: number }) => void) | null = vi.fn()) {
  const { container } = render(
    <LangProvider lang={lang}>
      <StatsChart stats={notice.stats} checks={notice.checks} onReveal={onReveal} />
    </LangProvider>,
  );
  return { container, onReveal };
}

describe('StatsChart', () => {
  it('writes out the figures of 000-cms under bars drawn to scale', () => {
    const { container } = show(fixtureNotice('000-cms'));
    expect(screen.getByText('问题共 22 个：已整改 17 个，阶段性整改 5 个，未整改 0 个。')).toBeTruthy();
    expect(screen.getByText('整改措施 54 条，已完成 54 条。')).toBeTruthy();
    const bars = container.querySelectorAll('.ws-bar');
    expect(bars).toHaveLength(2);
    // The bars are for the eye only; the sentences above are what a screen reader reads.
    expect(bars[0]?.getAttribute('aria-hidden')).toBe('true');
    const widths = Array.from(bars[0]?.querySelectorAll<HTMLElement>('.ws-bar-seg') ?? []).map((s) => [s.textContent, s.style.width]);
    expect(widths).toEqual([
      ['17', `${(17 / 22) * 100}%`],
      ['5', `${(5 / 22) * 100}%`],
    ]);
  });

  it('lists the other figures and makes each check a button that reveals its passage', () => {
    const fixture = fixtureNotice('synthetic-stats');
    // A second check with its passage, as extraction gives one for a measure claimed done beside plans.
    const notice = { ...fixture, checks: [...fixture.checks, { kind: 'done-vs-planned' as const, message: '此项措施称已完成，同时又有“将”等尚未完成的表述。', start: 600, end: 640 }] };
    const { onReveal } = show(notice);
    expect(screen.getByText('问题共 697 个：已整改 688 个，阶段性整改 4 个，未整改 5 个。')).toBeTruthy();
    const other = screen.getByText('其他数据').nextElementSibling as HTMLElement;
    expect(Array.from(other.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['总体完成率 98.71%', '完善和新建制度 589项', '追回违规发放补贴资金 146万元', '问责 12人', '批评教育 2名']);
    const checks = screen.getAllByRole('button');
    expect(checks.map((b) => b.textContent)).toEqual(['⚠ 问题数不符 通报称反馈问题697个，正文逐条列出8个。', '⚠ 已完成与计划并存 此项措施称已完成，同时又有“将”等尚未完成的表述。']);
    fireEvent.click(checks[0] as HTMLElement);
    expect(onReveal).toHaveBeenCalledWith({ start: 469, end: 478 });
  });

  it('speaks English, and handles a notice with no figures and a check without a passage', () => {
    const notice = fixtureNotice('000-cms');
    show({ stats: { problems: null, rectified: null, staged: null, unrectified: null, measures: null, measuresDone: null, other: [] }, checks: [{ kind: 'date-order', message: '日期顺序异常：反馈在巡察之前（2024-09-13 › 2024-06-28）。' }] }, 'en');
    expect(screen.getByText('The notice gives no rectification figures.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/Dates out of order/)).toBeTruthy();
    cleanup();
    show(notice, 'en');
    expect(screen.getByText('22 problems: 17 rectified, 5 partly rectified, 0 unrectified.')).toBeTruthy();
    expect(screen.getByText('54 of 54 measures done.')).toBeTruthy();
    expect(screen.getAllByRole('button')[0]?.textContent).toBe('⚠ Problem count differs The notice claims 22 problems but itemises 16.');
  });
});
