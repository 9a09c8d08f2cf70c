// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportImport, type ExportImportProps } from '../../../components/panel/ExportImport';
import { exportFileName } from '../../../components/panel/download';
import type { ImportSummary } from '../../../utils/storage/import';

afterEach(cleanup);

const summary: ImportSummary = {
  annotations: { added: 3, updated: 1, unchanged: 2 },
  pages: { added: 1, updated: 0, unchanged: 1 },
  categories: { added: 0, updated: 0, unchanged: 4 },
  tracked: { added: 0, updated: 0, unchanged: 0 },
};

function props(over: Partial<ExportImportProps> = {}): ExportImportProps {
  return {
    pageUrl: 'http://www.example.gov.cn/notices/000-cms/',
    exportMarkdown: async () => ({ ok: true, value: { text: '# 督办', annotations: 2 } }),
    exportBackup: async () => ({ ok: true, value: { text: '{}', annotations: 5 } }),
    importBackup: async () => ({ ok: true, value: summary }),
    download: () => {},
    onError: () => {},
    now: () => new Date(2026, 10, 22, 9, 30),
    ...over,
  };
}

const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('ExportImport', () => {
  it('disables the page exports when there is no page', () => {
    render(<ExportImport {...props({ pageUrl: null })} />);
    expect(button(/导出本页/).disabled).toBe(true);
    expect(button(/JSON 备份（本页）/).disabled).toBe(true);
    expect(button(/导出全部/).disabled).toBe(false);
    expect(screen.getByText('当前没有可导出的页面。')).toBeTruthy();
  });

  it('hides the page exports where "this page" means nothing', () => {
    render(<ExportImport {...props({ pageUrl: null, pageScope: false })} />);
    expect(screen.queryByRole('button', { name: /本页/ })).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('disables every button while one export runs, then downloads a dated file', async () => {
    let finish: () => void = () => {};
    const exportMarkdown = vi.fn(() => new Promise<{ ok: true; value: { text: string; annotations: number } }>((r) => (finish = () => r({ ok: true, value: { text: '# 督办', annotations: 2 } }))));
    const download = vi.fn();
    render(<ExportImport {...props({ exportMarkdown, download })} />);
    fireEvent.click(button(/导出本页/));
    expect(exportMarkdown).toHaveBeenCalledWith('page');
    for (const b of screen.getAllByRole('button')) expect((b as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText('导入 JSON') as HTMLInputElement).disabled).toBe(true);
    finish();
    await waitFor(() => expect(download).toHaveBeenCalledWith('duban-page-2026-11-22.md', '# 督办', 'text/markdown'));
    expect(button(/导出本页/).disabled).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('duban-page-2026-11-22.md');
  });

  it('downloads a JSON backup of everything', async () => {
    const download = vi.fn();
    const exportBackup = vi.fn(props().exportBackup);
    render(<ExportImport {...props({ download, exportBackup })} />);
    fireEvent.click(button(/JSON 备份（全部）/));
    await waitFor(() => expect(download).toHaveBeenCalledWith('duban-2026-11-22.json', '{}', 'application/json'));
    expect(exportBackup).toHaveBeenCalledWith('all');
  });

  it('shows the import summary counts', async () => {
    const importBackup = vi.fn(props().importBackup);
    render(<ExportImport {...props({ importBackup })} />);
    const input = screen.getByLabelText('导入 JSON') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['{"format":"duban-backup"}'], 'b.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('标注 新增 3、更新 1、未变 2'));
    expect(importBackup).toHaveBeenCalledWith('{"format":"duban-backup"}');
    // No tracked items in that backup: none mentioned.
    expect(screen.getByRole('status').textContent).not.toContain('跟踪事项');
  });

  it('counts tracked items when the backup had some', async () => {
    const counts = { annotations: { added: 0, updated: 0, unchanged: 0 }, pages: { added: 1, updated: 0, unchanged: 0 }, categories: { added: 0, updated: 0, unchanged: 4 }, tracked: { added: 2, updated: 1, unchanged: 0 } };
    render(<ExportImport {...props({ importBackup: async () => ({ ok: true as const, value: counts }) })} />);
    fireEvent.change(screen.getByLabelText('导入 JSON'), { target: { files: [new File(['{}'], 'b.json')] } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('；跟踪事项 新增 2、更新 1、未变 0。'));
  });

  it('passes a refusal to the alert region and shows no summary', async () => {
    const onError = vi.fn();
    render(<ExportImport {...props({ onError, importBackup: async () => ({ ok: false, error: 'invalid', message: '数据格式不正确，未做任何更改。' }) })} />);
    fireEvent.change(screen.getByLabelText('导入 JSON'), { target: { files: [new File(['not json'], 'bad.json')] } });
    await waitFor(() => expect(onError).toHaveBeenCalledWith('数据格式不正确，未做任何更改。'));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('exportFileName', () => {
  it.each([
    ['md', 'all', 'duban-2026-01-05.md'],
    ['json', 'page', 'duban-page-2026-01-05.json'],
  ] as const)('%s %s → %s', (kind, scope, name) => {
    expect(exportFileName(kind, scope, new Date(2026, 0, 5, 23, 59))).toBe(name);
  });
});
