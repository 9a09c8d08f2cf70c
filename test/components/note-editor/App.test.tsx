// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STRINGS as CATALOG } from '../../../components/annotator/strings';
import { App } from '../../../entrypoints/note-editor/App';
import type { AnnotationTarget } from '../../../utils/annotations/types';
import type { NoteEditorAction } from '../../../utils/messaging';
import { annotation, fakeBackground, type FakeBackground } from '../../utils/annotator/fakes';

afterEach(cleanup);

const STRINGS = CATALOG.zh;

const PAGE = 'http://www.example.gov.cn/notices/a.html';
const EVIL = '<img src=x onerror="window.pwned=1">笔记';

function target(exact: string): AnnotationTarget {
  return { quote: { type: 'TextQuoteSelector', exact }, position: { type: 'TextPositionSelector', start: 0, end: exact.length }, sectionId: null, sectionHeading: null };
}

/** The editor page on a fake background; `outside()` is the annotator reporting a press on the page. */
function open(bg: FakeBackground, id: string) {
  const signal = vi.fn<(action: NoteEditorAction) => void>();
  let listener: (() => void) | null = null;
  const onPressedOutside = vi.fn((l: () => void) => {
    listener = l;
    return () => {
      listener = null;
    };
  });
  render(<App id={id} client={bg.client} signal={signal} onPressedOutside={onPressedOutside} />);
  return {
    signal,
    outside: () =>
      act(() => {
        listener?.();
      }),
  };
}

const area = () => screen.getByRole('textbox', { name: STRINGS.note }) as HTMLTextAreaElement;

function type(text: string): void {
  const t = area();
  t.value = text;
  fireEvent.input(t);
}

describe('the note editor page', () => {
  it('loads the highlight from the background: quote and note as text, its category pressed, the focus in the note', async () => {
    const a = annotation(PAGE, target(EVIL), { note: EVIL, category: 'doubt' });
    const bg = fakeBackground([a]);
    open(bg, a.id);
    expect(screen.getByRole('status').textContent).toBe(STRINGS.loading);
    await waitFor(() => expect(area().value).toBe(EVIL));
    expect(bg.of('annotation-get')).toEqual([{ id: a.id }]);
    expect(document.querySelector('.quote')?.textContent).toBe(EVIL);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: '存疑' }).getAttribute('aria-pressed')).toBe('true');
    // Preact runs effects after paint.
    await waitFor(() => expect(document.activeElement).toBe(area()));
  });

  it('saves what was typed, in the chosen category, with Ctrl/⌘+Enter, then says "saved" (and nothing else)', async () => {
    const a = annotation(PAGE, target('一是整改'));
    const bg = fakeBackground([a]);
    const { signal } = open(bg, a.id);
    await waitFor(() => area());
    type('核实进度');
    fireEvent.click(screen.getByRole('button', { name: '问题' }));
    fireEvent.keyDown(area(), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(signal).toHaveBeenCalledWith('saved'));
    expect(bg.of('annotation-update')).toEqual([{ id: a.id, patch: { note: '核实进度', category: 'problem' } }]);
    expect(signal.mock.calls).toEqual([['saved']]);
    expect(bg.annotations[0]).toMatchObject({ note: '核实进度', category: 'problem' });
  });

  it('keeps the typed note when a save fails, shows why (Chinese first), and saves on retry', async () => {
    const a = annotation(PAGE, target('一是整改'));
    const bg = fakeBackground([a]);
    const { signal } = open(bg, a.id);
    await waitFor(() => area());
    type('写了很多字');
    bg.failNext('annotation-update', '存储空间已满 / Storage is full');
    fireEvent.click(screen.getByRole('button', { name: STRINGS.save }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('存储空间已满 / Storage is full'));
    expect(screen.getByRole('alert').textContent).toContain(STRINGS.unsavedDraft);
    expect(area().value).toBe('写了很多字');
    expect(signal).not.toHaveBeenCalled();
    fireEvent.keyDown(area(), { key: 'Enter', metaKey: true });
    await waitFor(() => expect(signal).toHaveBeenCalledWith('saved'));
    expect(bg.annotations[0]?.note).toBe('写了很多字');
  });

  it('closes on Esc and on 关闭 Close; deletes on 删除 Delete, or shows why it could not', async () => {
    const a = annotation(PAGE, target('一是整改'));
    const bg = fakeBackground([a]);
    const { signal } = open(bg, a.id);
    await waitFor(() => area());
    // Esc closes on its release, after a press in the editor; a release alone does nothing.
    fireEvent.keyUp(area(), { key: 'Escape' });
    expect(signal).not.toHaveBeenCalled();
    fireEvent.keyDown(area(), { key: 'Escape' });
    expect(signal).not.toHaveBeenCalled();
    fireEvent.keyUp(area(), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: STRINGS.close }));
    expect(signal.mock.calls).toEqual([['close'], ['close']]);
    bg.failNext('annotation-delete', '删除失败 / Could not delete');
    fireEvent.click(screen.getByRole('button', { name: STRINGS.delete }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('删除失败 / Could not delete'));
    fireEvent.click(screen.getByRole('button', { name: STRINGS.delete }));
    await waitFor(() => expect(signal).toHaveBeenLastCalledWith('deleted'));
    expect(bg.annotations[0]?.deletedAt).not.toBeNull();
  });

  it('closes on a press outside only when nothing would be lost', async () => {
    const a = annotation(PAGE, target('一是整改'), { note: '旧笔记' });
    const bg = fakeBackground([a]);
    const { signal, outside } = open(bg, a.id);
    await waitFor(() => area());
    outside();
    expect(signal.mock.calls).toEqual([['close']]);
    type('旧笔记，加一句');
    outside();
    fireEvent.click(screen.getByRole('button', { name: '问题' }));
    type('旧笔记');
    outside();
    // Back to the stored note, but in another category: still unsaved.
    expect(signal.mock.calls).toEqual([['close']]);
    fireEvent.click(screen.getByRole('button', { name: '承诺' }));
    outside();
    expect(signal.mock.calls).toEqual([['close'], ['close']]);
  });

  it('says so when the highlight is gone or the background cannot be reached, and still closes', async () => {
    const gone = annotation(PAGE, target('一是整改'), { deletedAt: 5 });
    const bg = fakeBackground([gone]);
    const { signal } = open(bg, gone.id);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(STRINGS.missing));
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: STRINGS.close }));
    expect(signal).toHaveBeenCalledWith('close');
    cleanup();

    const down = fakeBackground();
    down.failNext('annotation-get', '督办后台暂时无法连接 / unreachable');
    const second = open(down, 'x');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('督办后台暂时无法连接 / unreachable'));
    fireEvent.keyDown(screen.getByRole('button', { name: STRINGS.close }), { key: 'Escape' });
    fireEvent.keyUp(screen.getByRole('button', { name: STRINGS.close }), { key: 'Escape' });
    expect(second.signal).toHaveBeenCalledWith('close');
  });
});
