// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CategoryEditor, type CategoryUsage } from '../../../components/options/CategoryEditor';
import { LangProvider } from '../../../components/shared/i18n';
import { DEFAULT_CATEGORIES, type Category } from '../../../utils/annotations/types';
import type { Result } from '../../../utils/storage/result';

afterEach(cleanup);

const saved = async (c: Category[]): Promise<Result<Category[]>> => ({ ok: true, value: c });
const rows = () => screen.getAllByRole('listitem');
const zhLabels = () => screen.getAllByLabelText('中文名称').map((i) => (i as HTMLInputElement).value);
const saveButton = () => screen.getByRole('button', { name: '保存分类' }) as HTMLButtonElement;

describe('CategoryEditor', () => {
  it('speaks English when the reader chose it, problems included', () => {
    render(
      <LangProvider lang="en">
        <CategoryEditor categories={DEFAULT_CATEGORIES} usage={{ problem: { live: 1, deleted: 0 } }} onSave={saved} />
      </LangProvider>,
    );
    fireEvent.input(screen.getAllByLabelText('Chinese label')[0]!, { target: { value: ' ' } });
    expect(screen.getByText('The Chinese label is required.')).toBeTruthy();
    expect(screen.getByText('In use by 1 highlight: move them to another category in the side panel first.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Remove: 问题' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Add a category' }));
    expect((screen.getAllByLabelText('Chinese label')[4] as HTMLInputElement).value).toBe('New category');
  });

  it('shows each category with its labels and colour, and nothing to save yet', () => {
    render(<CategoryEditor categories={DEFAULT_CATEGORIES} usage={{}} onSave={saved} />);
    expect(zhLabels()).toEqual(['承诺', '问题', '存疑', '跟进']);
    expect((within(rows()[1]!).getByLabelText('颜色') as HTMLInputElement).value).toBe('#ef9a9a');
    expect(saveButton().disabled).toBe(true);
  });

  it('refuses an empty or duplicate Chinese label and says why', () => {
    render(<CategoryEditor categories={DEFAULT_CATEGORIES} usage={{}} onSave={saved} />);
    const [first, second] = screen.getAllByLabelText('中文名称');
    fireEvent.input(first!, { target: { value: '  ' } });
    expect(screen.getByText('中文名称不能为空。')).toBeTruthy();
    expect(first!.getAttribute('aria-invalid')).toBe('true');
    expect(saveButton().disabled).toBe(true);
    fireEvent.input(first!, { target: { value: '问题' } });
    expect(screen.getAllByText('与另一分类同名。')).toHaveLength(2);
    expect(saveButton().disabled).toBe(true);
    fireEvent.input(second!, { target: { value: '问题清单' } });
    expect(saveButton().disabled).toBe(false);
  });

  it('cannot remove a category in use, and explains why', () => {
    const usage: CategoryUsage = { problem: { live: 3, deleted: 0 }, doubt: { live: 0, deleted: 1 } };
    render(<CategoryEditor categories={DEFAULT_CATEGORIES} usage={usage} onSave={saved} />);
    const remove = (name: string) => screen.getByRole('button', { name: `移除：${name}` }) as HTMLButtonElement;
    expect(remove('问题').disabled).toBe(true);
    expect(within(rows()[1]!).getByText(/有 3 条标注在用此分类，不能移除/)).toBeTruthy();
    expect(remove('存疑').disabled).toBe(true);
    expect(within(rows()[2]!).getByText(/1 条已删除（仍可撤销）的标注/)).toBeTruthy();
    expect(remove('跟进').disabled).toBe(false);
    fireEvent.click(remove('跟进'));
    expect(zhLabels()).toEqual(['承诺', '问题', '存疑']);
  });

  it('adds, reorders and saves, in the order shown', async () => {
    const onSave = vi.fn(saved);
    render(<CategoryEditor categories={DEFAULT_CATEGORIES} usage={{}} onSave={onSave} makeId={() => 'c-new'} />);
    fireEvent.click(screen.getByRole('button', { name: '添加分类' }));
    const added = screen.getAllByLabelText('中文名称')[4]!;
    fireEvent.input(added, { target: { value: '亮点' } });
    fireEvent.input(screen.getAllByLabelText('英文名称')[4]!, { target: { value: 'Highlight' } });
    fireEvent.click(screen.getByRole('button', { name: '上移：亮点' }));
    fireEvent.click(screen.getByRole('button', { name: '下移：承诺' }));
    expect(zhLabels()).toEqual(['问题', '承诺', '存疑', '亮点', '跟进']);
    expect((screen.getByRole('button', { name: '上移：问题' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(saveButton());
    await waitFor(() => expect(screen.getByText('分类已保存。')).toBeTruthy());
    const list = onSave.mock.calls[0]![0];
    expect(list.map((c) => c.id)).toEqual(['problem', 'commitment', 'doubt', 'c-new', 'follow-up']);
    expect(list[3]).toMatchObject({ id: 'c-new', label: { zh: '亮点', en: 'Highlight' } });
    expect(list[3]!.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps the draft and shows the refusal when saving fails', async () => {
    const onSave = async (): Promise<Result<Category[]>> => ({ ok: false, error: 'invalid', message: '分类“doubt”仍有 2 条标注在用' });
    render(<CategoryEditor categories={DEFAULT_CATEGORIES} usage={null} onSave={onSave} />);
    fireEvent.input(screen.getAllByLabelText('中文名称')[0]!, { target: { value: '承诺事项' } });
    fireEvent.click(saveButton());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('仍有 2 条标注在用'));
    expect(zhLabels()[0]).toBe('承诺事项');
    expect(screen.getByText('有未保存的修改。')).toBeTruthy();
  });

  it('shows categories changed elsewhere unless the reader is editing', () => {
    const { rerender } = render(<CategoryEditor categories={DEFAULT_CATEGORIES} usage={{}} onSave={saved} />);
    const imported = [...DEFAULT_CATEGORIES, { id: 'x', label: { zh: '导入的', en: 'Imported' }, color: '#123456' }];
    rerender(<CategoryEditor categories={imported} usage={{}} onSave={saved} />);
    expect(zhLabels()).toEqual(['承诺', '问题', '存疑', '跟进', '导入的']);
    fireEvent.input(screen.getAllByLabelText('中文名称')[0]!, { target: { value: '正在改' } });
    rerender(<CategoryEditor categories={DEFAULT_CATEGORIES} usage={{}} onSave={saved} />);
    expect(zhLabels()[0]).toBe('正在改');
  });
});
