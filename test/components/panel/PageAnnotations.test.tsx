// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAnnotations } from '../../../components/panel/PageAnnotations';
import { LangProvider } from '../../../components/shared/i18n';
import type { AnnotatorState } from '../../../utils/messaging';
import { makeActions, makeAnnotation } from './fixtures';

afterEach(cleanup);

const sections = [
  { id: 's1', heading: '一、关于落实主体责任', level: 1 },
  { id: 's2', heading: '二、关于作风建设', level: 1 },
];

function stateOf(order: string[], statuses: AnnotatorState['statuses'] = {}): AnnotatorState {
  return { pageUrl: 'http://www.example.gov.cn/notices/000-cms/', href: '', title: '通报', isNotice: true, sections, statuses, order };
}

/** The quotes as the reader sees them, top to bottom, within `root`. */
const quotes = (root: HTMLElement) => [...root.querySelectorAll('blockquote')].map((q) => q.textContent);

describe('PageAnnotations', () => {
  it('groups by category in document order, each item showing label, quote and note', () => {
    const a = makeAnnotation({ exact: '建立长效机制', category: 'commitment', note: '看明年是否落实', sectionId: 's2' });
    const b = makeAnnotation({ exact: '违规发放津贴', category: 'problem', sectionId: 's1' });
    const c = makeAnnotation({ exact: '完善制度12项', category: 'commitment', sectionId: 's1' });
    // Stored order a, b, c; on the page now c comes first.
    render(<PageAnnotations annotations={[a, b, c]} state={stateOf([c.id, b.id, a.id])} actions={makeActions()} onReattach={null} />);

    const commitment = screen.getByRole('region', { name: '承诺' });
    expect(quotes(commitment)).toEqual(['完善制度12项', '建立长效机制']);
    expect(within(commitment).getByText('看明年是否落实')).toBeTruthy();
    expect(within(commitment).getAllByText('（无笔记）')).toHaveLength(1);
    const problem = screen.getByRole('region', { name: '问题' });
    expect(quotes(problem)).toEqual(['违规发放津贴']);
    expect(screen.getByText('共 3 条')).toBeTruthy();
  });

  it('regroups by notice section when toggled', () => {
    const a = makeAnnotation({ exact: '建立长效机制', sectionId: 's2' });
    const b = makeAnnotation({ exact: '违规发放津贴', sectionId: 's1' });
    const c = makeAnnotation({ exact: '页首的话', sectionId: null });
    render(<PageAnnotations annotations={[c, b, a]} state={stateOf([c.id, b.id, a.id])} actions={makeActions()} onReattach={null} />);
    fireEvent.click(screen.getByLabelText('按章节'));
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['未分节 (1)', '一、关于落实主体责任 (1)', '二、关于作风建设 (1)']);
  });

  it('lists orphaned and ambiguous highlights apart with their saved context, and re-attaches on request', async () => {
    const placed = makeAnnotation({ exact: '建立长效机制' });
    const lost = makeAnnotation({ exact: '已删去的一句话', note: '原文被修改了' });
    const twice = makeAnnotation({ exact: '加强监督' });
    const onReattach = vi.fn(async () => true);
    render(
      <PageAnnotations
        annotations={[placed, lost, twice]}
        state={stateOf([placed.id], { [lost.id]: 'orphaned', [twice.id]: 'ambiguous' })}
        actions={makeActions()}
        onReattach={onReattach}
      />,
    );
    const orphans = screen.getByRole('region', { name: /未能定位/ });
    expect(quotes(orphans)).toEqual(['已删去的一句话']);
    expect(within(orphans).getByText('原文被修改了')).toBeTruthy();
    expect(orphans.querySelector('.context-text')?.textContent).toBe('…前文上下文已删去的一句话后文上下文…');
    const ambiguous = screen.getByRole('region', { name: /多处匹配/ });
    expect(quotes(ambiguous)).toEqual(['加强监督']);
    // The main list holds only the placed one.
    expect(quotes(screen.getByRole('region', { name: '本页标注' }))).toEqual(['建立长效机制']);

    fireEvent.click(within(orphans).getByRole('button', { name: '重新附着到所选文字' }));
    expect(onReattach).toHaveBeenCalledWith(lost.id);
  });

  it('edits a note inline: Ctrl+Enter saves, Escape cancels', async () => {
    const a = makeAnnotation({ exact: '建立长效机制', note: '旧笔记' });
    const saveNote = vi.fn(async () => true);
    render(<PageAnnotations annotations={[a]} state={stateOf([a.id])} actions={makeActions({ saveNote })} onReattach={null} />);

    fireEvent.click(screen.getByRole('button', { name: /编辑笔记/ }));
    let box = screen.getByRole('textbox', { name: '笔记' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: '不要保存' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(saveNote).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: /编辑笔记/ }));
    box = screen.getByRole('textbox', { name: '笔记' }) as HTMLTextAreaElement;
    expect(box.value).toBe('旧笔记');
    fireEvent.input(box, { target: { value: '新笔记：核对台账' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(saveNote).toHaveBeenCalledWith(a.id, '新笔记：核对台账');
  });

  it('keeps the editor and the typed text when saving fails', async () => {
    const a = makeAnnotation({ note: '' });
    const saveNote = vi.fn(async () => false);
    render(<PageAnnotations annotations={[a]} state={stateOf([a.id])} actions={makeActions({ saveNote })} onReattach={null} />);
    fireEvent.click(screen.getByRole('button', { name: /编辑笔记/ }));
    fireEvent.input(screen.getByRole('textbox'), { target: { value: '存储满了也别丢' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(saveNote).toHaveBeenCalled());
    await waitFor(() => expect((screen.getByRole('textbox') as HTMLTextAreaElement).disabled).toBe(false));
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('存储满了也别丢');
  });

  it('changes category, deletes and jumps through the actions', () => {
    const a = makeAnnotation({ exact: '建立长效机制' });
    const actions = makeActions({ changeCategory: vi.fn(async () => true), remove: vi.fn(async () => true), jump: vi.fn(async () => true) });
    render(<PageAnnotations annotations={[a]} state={stateOf([a.id])} actions={actions} onReattach={null} />);
    fireEvent.change(screen.getByRole('combobox', { name: '分类' }), { target: { value: 'doubt' } });
    expect(actions.changeCategory).toHaveBeenCalledWith(a.id, 'doubt');
    fireEvent.click(screen.getByRole('button', { name: /定位/ }));
    expect(actions.jump).toHaveBeenCalledWith(a.id);
    fireEvent.click(screen.getByRole('button', { name: /删除/ }));
    expect(actions.remove).toHaveBeenCalledWith(a);
  });

  it('renders notes and quotes as text, never as HTML', () => {
    const a = makeAnnotation({ exact: '<img src=x onerror=alert(1)>', note: '<b>粗体</b>' });
    const { container } = render(<PageAnnotations annotations={[a]} state={null} actions={makeActions({ jump: null })} onReattach={null} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<b>粗体</b>')).toBeTruthy();
    // No annotator: nothing to jump in.
    expect(screen.queryByRole('button', { name: /定位/ })).toBeNull();
  });

  it('says so when the page has no highlights', () => {
    render(<PageAnnotations annotations={[]} state={null} actions={makeActions()} onReattach={null} />);
    expect(screen.getByText(/此页还没有标注/)).toBeTruthy();
  });

  it('speaks English when the reader chose it: category labels, counts, buttons', () => {
    const a = makeAnnotation({ exact: '建立长效机制', category: 'commitment', sectionId: 's2' });
    const b = makeAnnotation({ exact: '违规发放津贴', category: 'imported-x', sectionId: 's1' });
    render(
      <LangProvider lang="en">
        <PageAnnotations annotations={[a, b]} state={stateOf([a.id, b.id])} actions={makeActions()} onReattach={null} />
      </LangProvider>,
    );
    expect(screen.getByText('2 highlights')).toBeTruthy();
    expect(quotes(screen.getByRole('region', { name: 'Commitment' }))).toEqual(['建立长效机制']);
    expect(screen.getByRole('region', { name: 'Unknown category (imported-x)' })).toBeTruthy();
    expect(screen.getAllByText('(no note)')).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: /^Delete: / })).toHaveLength(2);
    fireEvent.click(screen.getByLabelText('By section'));
    expect(screen.getByRole('heading', { level: 2, name: '二、关于作风建设 (1)' })).toBeTruthy();
  });
});
