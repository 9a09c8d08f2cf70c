// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAnnotations } from '../../../components/panel/PageAnnotations';
import { useDrafts } from '../../../components/panel/use-drafts';
import { LangProvider } from '../../../components/shared/i18n';
import type { Annotation } from '../../../utils/annotations/types';
import type { AnnotatorState } from '../../../utils/messaging';
import { makeActions, makeAnnotation } from './fixtures';

afterEach(cleanup);

const PAGE = 'http://www.example.gov.cn/notices/000-cms/';
const OTHER = 'http://www.example.gov.cn/notices/001-cms/';
const sections = [
  { id: 's1', heading: '一、关于落实主体责任', level: 1 },
  { id: 's2', heading: '二、关于作风建设', level: 1 },
];

function stateOf(order: string[], statuses: AnnotatorState['statuses'] = {}, pageUrl = PAGE): AnnotatorState {
  return { pageUrl, href: '', title: '通报', isNotice: true, sections, statuses, order };
}

const box = () => screen.getByRole('textbox', { name: '笔记' }) as HTMLTextAreaElement;

/** Like App.tsx: the drafts live above a list that may unmount (a tab switch shows another page). */
function Panel({ annotations, state, actions = makeActions(), shown = true }: { annotations: Annotation[]; state: AnnotatorState | null; actions?: ReturnType<typeof makeActions>; shown?: boolean }) {
  const drafts = useDrafts();
  return shown ? <PageAnnotations key={state?.pageUrl} annotations={annotations} state={state} actions={actions} onReattach={null} drafts={drafts} pageUrl={state?.pageUrl ?? null} /> : <p>…</p>;
}

describe('note drafts', () => {
  it('keeps the editor and the typed text when the grouping changes', () => {
    const a = makeAnnotation({ exact: '建立长效机制', note: '旧笔记', sectionId: 's2' });
    const b = makeAnnotation({ exact: '违规发放津贴', sectionId: 's1' });
    render(<PageAnnotations annotations={[a, b]} state={stateOf([b.id, a.id])} actions={makeActions()} onReattach={null} />);
    fireEvent.click(screen.getAllByRole('button', { name: /编辑笔记: 建立/ })[0]!);
    fireEvent.input(box(), { target: { value: '旧笔记，补充：看明年' } });
    const before = box();

    fireEvent.click(screen.getByLabelText('按章节'));
    // The item did remount: only the draft kept the text.
    expect(box()).not.toBe(before);
    const s2 = screen.getByRole('region', { name: '二、关于作风建设' });
    expect((within(s2).getByRole('textbox', { name: '笔记' }) as HTMLTextAreaElement).value).toBe('旧笔记，补充：看明年');
    // Reopening after a remount leaves focus where the reader is.
    expect(document.activeElement).not.toBe(box());

    fireEvent.click(screen.getByLabelText('按分类'));
    expect(box().value).toBe('旧笔记，补充：看明年');
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
  });

  it('keeps the typed text when a refresh moves the item to the orphaned list, and saves from there', async () => {
    const a = makeAnnotation({ exact: '建立长效机制', note: '' });
    const saveNote = vi.fn(async () => true);
    const actions = makeActions({ saveNote });
    const { rerender } = render(<PageAnnotations annotations={[a]} state={stateOf([a.id])} actions={actions} onReattach={null} />);
    fireEvent.click(screen.getByRole('button', { name: /编辑笔记/ }));
    fireEvent.input(box(), { target: { value: '页面改了也别丢' } });

    rerender(<PageAnnotations annotations={[a]} state={stateOf([], { [a.id]: 'orphaned' })} actions={actions} onReattach={null} />);
    const orphans = screen.getByRole('region', { name: /未能定位/ });
    const area = within(orphans).getByRole('textbox', { name: '笔记' }) as HTMLTextAreaElement;
    expect(area.value).toBe('页面改了也别丢');

    // And back again once re-attached.
    rerender(<PageAnnotations annotations={[a]} state={stateOf([a.id])} actions={actions} onReattach={null} />);
    expect(screen.queryByRole('region', { name: /未能定位/ })).toBeNull();
    expect(box().value).toBe('页面改了也别丢');
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(saveNote).toHaveBeenCalledWith(a.id, '页面改了也别丢');
  });

  it('clears the draft on cancel: a remount shows the note, the next edit starts from it', () => {
    const a = makeAnnotation({ exact: '建立长效机制', note: '旧笔记', sectionId: 's1' });
    render(<PageAnnotations annotations={[a]} state={stateOf([a.id])} actions={makeActions()} onReattach={null} />);
    fireEvent.click(screen.getByRole('button', { name: /编辑笔记/ }));
    fireEvent.input(box(), { target: { value: '不要了' } });
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    fireEvent.click(screen.getByLabelText('按章节'));
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /编辑笔记/ }));
    expect(box().value).toBe('旧笔记');
  });

  it('keeps drafts across tab switches, for their own page only', () => {
    const a = makeAnnotation({ exact: '建立长效机制', note: '' });
    const other = makeAnnotation({ exact: '另一页的话', pageUrl: OTHER, id: 'other-page-1' });
    const { rerender } = render(<Panel annotations={[a]} state={stateOf([a.id])} />);
    fireEvent.click(screen.getByRole('button', { name: /编辑笔记/ }));
    fireEvent.input(box(), { target: { value: '切走再回来' } });

    rerender(<Panel annotations={[]} state={null} shown={false} />);
    rerender(<Panel annotations={[other]} state={stateOf([other.id], {}, OTHER)} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('region', { name: /未保存的笔记/ })).toBeNull();

    rerender(<Panel annotations={[a]} state={stateOf([a.id])} />);
    expect(box().value).toBe('切走再回来');
  });

  it('shows the draft with a notice when the highlight was deleted meanwhile, until discarded', () => {
    const a = makeAnnotation({ exact: '建立长效机制', note: '' });
    const b = makeAnnotation({ exact: '违规发放津贴' });
    const { rerender } = render(<Panel annotations={[a, b]} state={stateOf([a.id, b.id])} />);
    fireEvent.click(screen.getByRole('button', { name: /编辑笔记: 建立/ }));
    fireEvent.input(box(), { target: { value: '写了一半' } });

    // Deleted in another tab: the refresh no longer lists it.
    rerender(<Panel annotations={[b]} state={stateOf([b.id])} />);
    const lost = screen.getByRole('region', { name: /未保存的笔记/ });
    expect(within(lost).getByText(/对应的标注已被删除/)).toBeTruthy();
    expect(within(lost).getByText('建立长效机制')).toBeTruthy();
    expect((within(lost).getByRole('textbox') as HTMLTextAreaElement).value).toBe('写了一半');

    // Undone: the item is back with its editor.
    rerender(<Panel annotations={[a, b]} state={stateOf([a.id, b.id])} />);
    expect(screen.queryByRole('region', { name: /未保存的笔记/ })).toBeNull();
    expect(box().value).toBe('写了一半');

    // Deleted again, the last highlight of the page: still shown, then discarded.
    rerender(<Panel annotations={[]} state={stateOf([])} />);
    expect(screen.getByText(/此页还没有标注/)).toBeTruthy();
    fireEvent.click(within(screen.getByRole('region', { name: /未保存的笔记/ })).getByRole('button', { name: /丢弃/ }));
    expect(screen.queryByRole('region', { name: /未保存的笔记/ })).toBeNull();
    rerender(<Panel annotations={[a]} state={stateOf([a.id])} />);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('says so in English too', () => {
    const a = makeAnnotation({ exact: '建立长效机制' });
    const { rerender } = render(
      <LangProvider lang="en">
        <Panel annotations={[a]} state={stateOf([a.id])} />
      </LangProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Edit note/ }));
    rerender(
      <LangProvider lang="en">
        <Panel annotations={[]} state={stateOf([])} />
      </LangProvider>,
    );
    expect(screen.getByRole('region', { name: /Unsaved notes/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Discard: / })).toBeTruthy();
  });
});
