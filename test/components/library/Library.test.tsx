// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../../components/library/Library';
import { LangProvider } from '../../../components/shared/i18n';
import type { Lang } from '../../../utils/i18n/lang';
import { listLibrary, type LibraryRow } from '../../../utils/storage/library';
import { putPage } from '../../../utils/storage/repository';
import { createTracked, updateTracked } from '../../../utils/storage/tracked';
import { freshDb, pageRecord, unwrap } from '../../utils/storage/helpers';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const TODAY = '2026-11-23';
const A = 'https://a.gov.cn/report.html';
const B = 'https://a.gov.cn/progress.html';
const C = 'https://c.gov.cn/notice.html';

/** Three notices (two of one issuer), with tracked items dated around a fixed today, as the background lists them. */
async function libraryRows(): Promise<LibraryRow[]> {
  const db = await freshDb();
  const figures = { problems: 22, rectified: 12, staged: 10, unrectified: 0, measures: 54, measuresDone: 30, other: [{ label: '完善和新建制度', value: 4, unit: '项' }], warnings: 1 };
  unwrap(await putPage(db, pageRecord(A, { title: '巡察反馈意见', issuer: '甲县委', inspector: '市委第一巡察组', publishedDate: '2024-03-01', stats: figures })));
  const later = { ...figures, rectified: 17, staged: 5, measuresDone: 54, other: [{ label: '追责问责', value: 3, unit: '人' }, { label: '完善和新建制度', value: 12, unit: '项' }], warnings: 0 };
  unwrap(await putPage(db, pageRecord(B, { title: '整改进展情况的通报', issuer: '甲县委', inspector: '市委第一巡察组', publishedDate: '2024-09-13', stats: later })));
  unwrap(await putPage(db, pageRecord(C, { title: '丙局整改通报', issuer: '丙局党组', inspector: '市委第五巡察组', publishedDate: '2025-01-20' })));
  unwrap(await createTracked(db, { pageUrl: A, text: '逾期的承诺', due: '2026-11-01' }));
  unwrap(await createTracked(db, { pageUrl: B, text: '十天后到期', due: '2026-12-03' }));
  const kept = unwrap(await createTracked(db, { pageUrl: C, text: '已兑现的承诺', due: '2026-11-25' }));
  unwrap(await updateTracked(db, kept.id, { status: 'kept' }));
  return unwrap(await listLibrary(db, TODAY));
}

function show(rows: LibraryRow[], lang: Lang = 'zh', onDelete = vi.fn()) {
  render(
    <LangProvider lang={lang}>
      <Library rows={rows} onDelete={onDelete} />
    </LangProvider>,
  );
  return onDelete;
}

/** The titles of the table's rows, top to bottom. */
const titles = () =>
  screen
    .queryAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('link')[0]?.textContent);

describe('the library page', () => {
  it('lists every notice with its columns, newest published first', async () => {
    show(await libraryRows());
    expect(titles()).toEqual(['丙局整改通报', '整改进展情况的通报', '巡察反馈意见']);
    const row = screen.getAllByRole('row')[2]!;
    // The title, and where the notice lives (one notice is often reposted under the same title).
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['整改进展情况的通报a.gov.cn/progress.html', '甲县委', '市委第一巡察组', '2024年9月13日', '0', '待核实 1', '2026年12月3日 30 天内到期 1 项', '删除']);
    const link = within(row).getByRole('link', { name: '在新标签页打开：整改进展情况的通报' });
    expect(link.getAttribute('href')).toBe(B);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('columnheader', { name: '发布日期' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts by a column header, and again the other way', async () => {
    show(await libraryRows());
    fireEvent.click(screen.getByRole('button', { name: '最近期限' }));
    expect(screen.getByRole('columnheader', { name: '最近期限' }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: '发布日期' }).getAttribute('aria-sort')).toBe('none');
    // The kept item gives no next due date: that notice goes last.
    expect(titles()).toEqual(['巡察反馈意见', '整改进展情况的通报', '丙局整改通报']);
    fireEvent.click(screen.getByRole('button', { name: '最近期限' }));
    expect(titles()).toEqual(['整改进展情况的通报', '巡察反馈意见', '丙局整改通报']);
  });

  it('filters by text, issuer and inspector', async () => {
    show(await libraryRows());
    fireEvent.input(screen.getByLabelText('筛选'), { target: { value: '第五' } });
    expect(titles()).toEqual(['丙局整改通报']);
    fireEvent.input(screen.getByLabelText('筛选'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('发文单位'), { target: { value: '甲县委' } });
    expect(titles()).toEqual(['整改进展情况的通报', '巡察反馈意见']);
    fireEvent.change(screen.getByLabelText('巡察组'), { target: { value: '市委第五巡察组' } });
    expect(screen.getByText('没有符合条件的通报。')).toBeTruthy();
    expect(screen.getByText('显示 0 / 3 份通报')).toBeTruthy();
  });

  it('filters by tracked status and by a published date range (either way round)', async () => {
    show(await libraryRows());
    fireEvent.change(screen.getByLabelText('跟踪状态'), { target: { value: 'kept' } });
    expect(titles()).toEqual(['丙局整改通报']);
    fireEvent.change(screen.getByLabelText('跟踪状态'), { target: { value: 'to-verify' } });
    expect(titles()).toEqual(['整改进展情况的通报', '巡察反馈意见']);
    fireEvent.change(screen.getByLabelText('跟踪状态'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('发布日期从'), { target: { value: '2024-06-01' } });
    expect(titles()).toEqual(['丙局整改通报', '整改进展情况的通报']);
    fireEvent.input(screen.getByLabelText('发布日期至'), { target: { value: '2024-12-31' } });
    expect(titles()).toEqual(['整改进展情况的通报']);
    // From after to: the same range.
    fireEvent.input(screen.getByLabelText('发布日期从'), { target: { value: '2024-12-31' } });
    fireEvent.input(screen.getByLabelText('发布日期至'), { target: { value: '2024-06-01' } });
    expect(titles()).toEqual(['整改进展情况的通报']);
    expect(screen.getByRole('status').textContent).toBe('显示 1 / 3 份通报');
  });

  it('has views for overdue and due within 30 days (kept items left out), as of a fixed today', async () => {
    show(await libraryRows());
    const views = screen.getByRole('group', { name: '视图' });
    fireEvent.click(within(views).getByRole('button', { name: '已逾期' }));
    expect(within(views).getByRole('button', { name: '已逾期' }).getAttribute('aria-pressed')).toBe('true');
    expect(titles()).toEqual(['巡察反馈意见']);
    fireEvent.click(within(views).getByRole('button', { name: '30 天内到期' }));
    expect(titles()).toEqual(['整改进展情况的通报']);
    fireEvent.click(within(views).getByRole('button', { name: '全部' }));
    expect(titles()).toHaveLength(3);
  });

  it('groups the notices of an issuer with several, side by side', async () => {
    show(await libraryRows(), 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Grouped by issuer' }));
    const group = screen.getByRole('region', { name: '甲县委' });
    expect(within(group).getByRole('heading').textContent).toBe('甲县委 (2 notices)');
    expect(within(group).getAllByRole('link').map((a) => a.textContent)).toEqual(['巡察反馈意见', '整改进展情况的通报']);
    expect(group.textContent).toContain('1 Mar 2024');
    expect(group.textContent).toContain('1 overdue');
    expect(screen.queryByRole('region', { name: '丙局党组' })).toBeNull();
    // The figures side by side, earliest first, each later one with its change.
    const table = within(group).getByRole('table', { name: 'Figures of the notices of 甲县委, earliest published first' });
    const line = (label: string) =>
      within(table)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('rowheader')?.textContent === label)
        ?.querySelectorAll('td');
    const cells = (label: string) => [...(line(label) ?? [])].map((c) => c.textContent);
    expect(cells('Problems')).toEqual(['22', '22 ±0 on the one before']);
    expect(cells('Rectified')).toEqual(['12', '17 +5 on the one before']);
    expect(cells('Partly rectified')).toEqual(['10', '5 −5 on the one before']);
    expect(cells('Measures done')).toEqual(['30', '54 +24 on the one before']);
    expect(cells('完善和新建制度 (项)')).toEqual(['4', '12 +8 on the one before']);
    expect(cells('追责问责 (人)')).toEqual(['—', '3']);
    expect(cells('Extraction warnings')).toEqual(['1', '0']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent).slice(0, 8)).toEqual(['Published', 'Inspector', 'Problems', 'Rectified', 'Partly rectified', 'Unrectified', 'Measures', 'Measures done']);
  });

  it('says when an issuer’s notices have no figures to compare', async () => {
    const rows = (await libraryRows()).map((r) => ({ ...r, stats: null }));
    show(rows);
    fireEvent.click(screen.getByRole('button', { name: '按发文单位分组' }));
    const group = screen.getByRole('region', { name: '甲县委' });
    expect(group.textContent).toContain('这些通报没有提取到整改数字');
    expect(within(group).getAllByRole('button', { name: /^从通报库删除/ })).toHaveLength(2);
  });

  it('deletes with undo: the row hides at once, storage is asked only after ten seconds', async () => {
    const rows = await libraryRows();
    vi.useFakeTimers();
    const onDelete = show(rows);
    fireEvent.click(screen.getByRole('button', { name: '从通报库删除：巡察反馈意见' }));
    expect(titles()).toEqual(['丙局整改通报', '整改进展情况的通报']);
    const bar = screen.getAllByRole('status').find((s) => s.classList.contains('undo-bar'))!;
    expect(bar.textContent).toBe('已删除「巡察反馈意见」 · 撤销');
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: '撤销' }));
    act(() => void vi.advanceTimersByTime(9_000));
    fireEvent.click(within(bar).getByRole('button', { name: '撤销' }));
    expect(titles()).toHaveLength(3);
    act(() => void vi.advanceTimersByTime(20_000));
    expect(onDelete).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '从通报库删除：丙局整改通报' }));
    act(() => void vi.advanceTimersByTime(10_000));
    expect(onDelete).toHaveBeenCalledWith(C);
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('ends the undo window of a first delete when a second one comes', async () => {
    const rows = await libraryRows();
    const onDelete = show(rows);
    fireEvent.click(screen.getByRole('button', { name: '从通报库删除：巡察反馈意见' }));
    fireEvent.click(screen.getByRole('button', { name: '从通报库删除：丙局整改通报' }));
    expect(onDelete).toHaveBeenCalledWith(A);
    expect(titles()).toEqual(['整改进展情况的通报']);
  });
});

describe('the library page, closed during the undo window', () => {
  it('sends the pending delete when the page goes', async () => {
    const onDelete = show(await libraryRows());
    fireEvent.click(screen.getByRole('button', { name: '从通报库删除：巡察反馈意见' }));
    dispatchEvent(new Event('pagehide'));
    expect(onDelete).toHaveBeenCalledWith(A);
  });
});
