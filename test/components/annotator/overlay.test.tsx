// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnotatorOverlay, type AnnotatorActions } from '../../../components/annotator/AnnotatorOverlay';
import { categoryLabel, STRINGS } from '../../../components/annotator/strings';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import type { AnnotatorView, EditorView } from '../../../utils/annotator/controller';

const RECT = { left: 100, top: 100, right: 200, bottom: 120 };
const VIEWPORT = { width: 1024, height: 768 };
const EVIL = '<img src=x onerror="window.pwned=1">笔记';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function actions() {
  return {
    pick: vi.fn<(id: string) => void>(),
    note: vi.fn<() => void>(),
    dismissToolbar: vi.fn<() => void>(),
    save: vi.fn<(note: string, category: string) => void>(),
    remove: vi.fn<() => void>(),
    closeEditor: vi.fn<() => void>(),
  } satisfies AnnotatorActions;
}

function show(view: Partial<AnnotatorView>, a: AnnotatorActions = actions()): HTMLElement {
  root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(<AnnotatorOverlay view={{ categories: DEFAULT_CATEGORIES, toolbar: null, editor: null, tooltip: null, ...view }} actions={a} viewport={VIEWPORT} />, root));
  return root;
}

/** happy-dom events carry no isTrusted: the UI acts on trusted ones only, so tests say which. */
function key(target: Element, k: string, opts: KeyboardEventInit = {}, trusted = true): void {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, ...opts });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  act(() => {
    target.dispatchEvent(e);
  });
}

function click(target: Element, trusted = true): void {
  const e = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  act(() => {
    target.dispatchEvent(e);
  });
}

const editorView = (over: Partial<EditorView> = {}): EditorView => ({ key: 1, id: 'a1', category: 'commitment', note: '', quote: '一是整改', rect: RECT, error: null, busy: false, ...over });

describe('the selection toolbar', () => {
  it('labels each category Chinese first with its colour, plus the note button', () => {
    const el = show({ toolbar: { rect: RECT, error: null, busy: false, focusKey: 0 } });
    const buttons = Array.from(el.querySelectorAll('button'), (b) => b.textContent);
    expect(buttons).toEqual(['承诺 Commitment1', '问题 Problem2', '存疑 Doubt3', '跟进 Follow-up4', '笔记 NoteN']);
    expect((el.querySelector('.swatch') as HTMLElement).style.background).toContain('#ffd54f');
    expect(categoryLabel({ id: 'x', label: { zh: '仅中文', en: '' }, color: '#000' })).toBe('仅中文');
  });

  it('answers number keys, N, Enter and Escape — trusted ones only', () => {
    const a = actions();
    const el = show({ toolbar: { rect: RECT, error: null, busy: false, focusKey: 1 } }, a);
    const bar = el.querySelector('[role="toolbar"]') as HTMLElement;
    key(bar, '2', {}, false);
    expect(a.pick).not.toHaveBeenCalled();
    key(bar, '2');
    key(bar, '4');
    key(bar, '9');
    expect(a.pick.mock.calls).toEqual([['problem'], ['follow-up']]);
    key(bar, 'Enter');
    expect(a.pick).toHaveBeenLastCalledWith('commitment');
    key(bar, 'n');
    expect(a.note).toHaveBeenCalledTimes(1);
    key(bar, 'Escape');
    expect(a.dismissToolbar).toHaveBeenCalledTimes(1);
  });

  it('takes the focus when asked, and clicks pick (trusted only)', () => {
    const a = actions();
    const el = show({ toolbar: { rect: RECT, error: null, busy: false, focusKey: 3 } }, a);
    expect(document.activeElement).toBe(el.querySelector('[role="toolbar"]'));
    const problem = el.querySelector('[data-category="problem"]') as HTMLElement;
    click(problem, false);
    expect(a.pick).not.toHaveBeenCalled();
    click(problem);
    expect(a.pick).toHaveBeenCalledWith('problem');
  });

  it('shows a storage failure as text', () => {
    const el = show({ toolbar: { rect: RECT, error: '存储空间已满 / Storage is full', busy: false, focusKey: 0 } });
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('存储空间已满 / Storage is full');
  });
});

describe('the note editor', () => {
  it('saves with Ctrl/Cmd+Enter what was typed, in the chosen category', () => {
    const a = actions();
    const el = show({ editor: editorView() }, a);
    const area = el.querySelector('textarea') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(area);
    area.value = '核实进度';
    act(() => {
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    click(el.querySelector('.categories [data-category="doubt"]') as Element);
    key(area, 'Enter', { ctrlKey: true });
    expect(a.save).toHaveBeenCalledWith('核实进度', 'doubt');
    key(area, 'Enter', { metaKey: true });
    expect(a.save).toHaveBeenCalledTimes(2);
    key(area, 'Escape');
    expect(a.closeEditor).toHaveBeenCalledTimes(1);
  });

  it('keeps the draft and shows the error when a save failed (same editor key)', () => {
    const a = actions();
    const el = show({ editor: editorView() }, a);
    const area = el.querySelector('textarea') as HTMLTextAreaElement;
    area.value = '写了很多字';
    act(() => {
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => render(<AnnotatorOverlay view={{ categories: DEFAULT_CATEGORIES, toolbar: null, tooltip: null, editor: editorView({ error: 'DISK FULL' }) }} actions={a} viewport={VIEWPORT} />, root));
    expect((el.querySelector('textarea') as HTMLTextAreaElement).value).toBe('写了很多字');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('DISK FULL');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(STRINGS.unsavedDraft);
  });

  it('renders note and quote as text, never as HTML', () => {
    const el = show({ editor: editorView({ note: EVIL, quote: EVIL }) });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.quote')?.textContent).toBe(EVIL);
    expect((el.querySelector('textarea') as HTMLTextAreaElement).value).toBe(EVIL);
  });

  it('deletes and closes on trusted clicks', () => {
    const a = actions();
    const el = show({ editor: editorView() }, a);
    const [del, close] = Array.from(el.querySelectorAll('.row button'));
    click(del as Element);
    click(close as Element);
    expect(a.remove).toHaveBeenCalledTimes(1);
    expect(a.closeEditor).toHaveBeenCalledTimes(1);
  });
});

describe('the note tooltip', () => {
  it('shows the category and the note as text', () => {
    const el = show({ tooltip: { rect: RECT, category: DEFAULT_CATEGORIES[1] ?? null, note: EVIL } });
    const tip = el.querySelector('[role="tooltip"]');
    expect(tip?.textContent).toBe(`问题 Problem${EVIL}`);
    expect(el.querySelector('img')).toBeNull();
  });

  it('says when there is no note, and hides while the editor is open', () => {
    expect(show({ tooltip: { rect: RECT, category: null, note: '' } }).querySelector('[role="tooltip"]')?.textContent).toBe(STRINGS.noNote);
    render(null, root);
    root.remove();
    expect(show({ tooltip: { rect: RECT, category: null, note: 'x' }, editor: editorView() }).querySelector('[role="tooltip"]')).toBeNull();
  });
});
