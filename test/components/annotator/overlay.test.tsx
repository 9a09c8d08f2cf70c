// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnotatorOverlay, type AnnotatorActions } from '../../../components/annotator/AnnotatorOverlay';
import { STRINGS as CATALOG } from '../../../components/annotator/strings';
import { LangProvider } from '../../../components/shared/i18n';
import { categoryLabel } from '../../../utils/i18n/category-label';
import type { Lang } from '../../../utils/i18n/lang';
import type { Theme } from '../../../utils/settings/types';

const STRINGS = CATALOG.zh;
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import type { AnnotatorView, EditorView } from '../../../utils/annotator/controller';
import type { EditorPage } from '../../../utils/annotator/editor-frame';
import type { NoteEditorAction } from '../../../utils/messaging';

const RECT = { left: 100, top: 100, right: 200, bottom: 120 };
const VIEWPORT = { width: 1024, height: 768 };
const EVIL = '<img src=x onerror="window.pwned=1">笔记';
const EDITOR: EditorPage = { url: 'chrome-extension://0f2d7c9a-dynamic/note-editor.html', origins: ['chrome-extension://0f2d7c9a-dynamic', 'chrome-extension://abcdefghijklmnop'] };
const NONCE = '0123456789abcdef0123456789abcdef';

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
    editorSignal: vi.fn<(key: number, action: NoteEditorAction) => void>(),
  } satisfies AnnotatorActions;
}

function overlay(view: Partial<AnnotatorView>, a: AnnotatorActions) {
  return <AnnotatorOverlay view={{ categories: DEFAULT_CATEGORIES, toolbar: null, editor: null, tooltip: null, ...view }} actions={a} viewport={VIEWPORT} editorPage={EDITOR} />;
}

function show(view: Partial<AnnotatorView>, a: AnnotatorActions = actions(), connected = true): HTMLElement {
  root = document.createElement('div');
  if (connected) document.body.appendChild(root);
  act(() => render(overlay(view, a), root));
  return root;
}

/** The editor frame, out of the document: happy-dom then tries no page load (and reports no failed one). */
const showFrame = (view: Partial<AnnotatorView>, a: AnnotatorActions = actions()) => show(view, a, false);

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

const editorView = (over: Partial<EditorView> = {}): EditorView => ({ key: 1, id: 'a1', nonce: NONCE, rect: RECT, pressedOutside: 0, ...over });

/**
 * The iframe's window. happy-dom loads no chrome-extension:// page (contentWindow is null): a
 * stand-in object has the one property the checks use, its identity, and records what it is sent.
 */
function fakeFrameWindow(frame: HTMLIFrameElement): { postMessage: ReturnType<typeof vi.fn> } {
  const win = { postMessage: vi.fn() };
  Object.defineProperty(frame, 'contentWindow', { value: win, configurable: true });
  return win;
}

/** A message as the browser delivers it to the page's window. */
function post(data: unknown, source: unknown, origin: string): void {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as MessageEventSource }));
  });
}

describe('the selection toolbar', () => {
  it('labels each category in the UI language (Chinese by default) with its colour, plus the note button', () => {
    const el = show({ toolbar: { rect: RECT, error: null, busy: false, focusKey: 0 } });
    const buttons = Array.from(el.querySelectorAll('button'), (b) => b.textContent);
    expect(buttons).toEqual(['承诺1', '问题2', '存疑3', '跟进4', '笔记N']);
    expect((el.querySelector('.swatch') as HTMLElement).style.background).toContain('#ffd54f');
    expect(categoryLabel({ id: 'x', label: { zh: '仅中文', en: '' }, color: '#000' }, 'en')).toBe('仅中文');
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

describe('the note editor frame', () => {
  it('embeds the extension editor page for the highlight, with its nonce, and no note text', () => {
    const el = showFrame({ editor: editorView() });
    const frame = el.querySelector('iframe') as HTMLIFrameElement;
    const src = new URL(frame.getAttribute('src') ?? '');
    expect(src.href.split('?')[0]).toBe(EDITOR.url);
    expect([...src.searchParams]).toEqual([
      ['id', 'a1'],
      ['nonce', NONCE],
    ]);
    expect(frame.title).toBe(STRINGS.editorTitle);
    expect(el.querySelector('textarea')).toBeNull();
    expect(frame.style.left).toBe('100px');
  });

  it("hands the editor a port once it has loaded — to the editor's origins only — and acts on the signals on it", async () => {
    const a = actions();
    const el = showFrame({ editor: editorView({ key: 7 }) }, a);
    const frame = el.querySelector('iframe') as HTMLIFrameElement;
    const frameWindow = fakeFrameWindow(frame);
    // A page script posting to its own window: the annotator no longer listens there at all.
    post({ duban: 'note-editor', nonce: NONCE, action: 'saved' }, frameWindow, EDITOR.origins[1] as string);
    act(() => {
      frame.dispatchEvent(new Event('load'));
    });
    const calls = frameWindow.postMessage.mock.calls as Array<[unknown, string, MessagePort[]]>;
    expect(calls.map(([m, o]) => [m, o])).toEqual(EDITOR.origins.map((o) => [{ duban: 'note-editor-port', nonce: NONCE }, o]));
    const editorEnd = calls[1]?.[2][0] as MessagePort;
    editorEnd.postMessage({ duban: 'note-editor', action: 'explode' });
    editorEnd.postMessage({ duban: 'note-editor', action: 'deleted' });
    await vi.waitFor(() => expect(a.editorSignal).toHaveBeenCalled());
    expect(a.editorSignal.mock.calls).toEqual([[7, 'deleted']]);
    for (const [, , [p]] of calls) p?.close();
  });

  it('keeps the same frame across re-renders, and passes a press outside on over the port', async () => {
    const el = showFrame({ editor: editorView() });
    const frame = el.querySelector('iframe') as HTMLIFrameElement;
    const win = fakeFrameWindow(frame);
    act(() => {
      frame.dispatchEvent(new Event('load'));
    });
    const ends = (win.postMessage.mock.calls as Array<[unknown, string, MessagePort[]]>).map((c) => c[2][0] as MessagePort);
    const got: unknown[] = [];
    for (const p of ends) p.onmessage = (e) => got.push(e.data);
    act(() => render(overlay({ editor: editorView({ pressedOutside: 5 }) }, actions()), root));
    expect(el.querySelector('iframe')).toBe(frame);
    // Nothing more posted to the frame's window: the press goes over the ports.
    expect(win.postMessage).toHaveBeenCalledTimes(EDITOR.origins.length);
    await vi.waitFor(() => expect(got).toHaveLength(EDITOR.origins.length));
    expect(got[0]).toEqual({ duban: 'note-editor', action: 'pressed-outside' });
    for (const p of ends) p.close();
    act(() => render(null, root));
  });
  it('keeps a closed editor\'s own frame a moment, hidden and out of reach, then takes it out', () => {
    vi.useFakeTimers();
    try {
      const el = showFrame({ editor: editorView({ key: 3 }) });
      const frame = el.querySelector('iframe') as HTMLIFrameElement;
      expect(frame.classList.contains('retiring')).toBe(false);
      act(() => render(overlay({ editor: null }, actions()), root));
      // The same element (not a new, empty frame), hidden from sight, keyboard and screen readers.
      expect(el.querySelectorAll('iframe')).toHaveLength(1);
      expect(el.querySelector('iframe')).toBe(frame);
      expect(frame.classList.contains('retiring')).toBe(true);
      expect(frame.getAttribute('aria-hidden')).toBe('true');
      expect(frame.tabIndex).toBe(-1);
      // A new editor opened meanwhile is a frame of its own, in reach.
      act(() => render(overlay({ editor: editorView({ key: 4 }) }, actions()), root));
      const frames = [...el.querySelectorAll('iframe')];
      expect(frames).toHaveLength(2);
      expect(frames.filter((f) => !f.classList.contains('retiring'))).toHaveLength(1);
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(el.querySelectorAll('iframe')).toHaveLength(1);
      expect(el.querySelector('iframe')?.classList.contains('retiring')).toBe(false);
      act(() => render(overlay({ editor: null }, actions()), root));
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(el.querySelector('iframe')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('in the reader\'s language and theme', () => {
  function showIn(lang: Lang, theme: Theme, view: Partial<AnnotatorView>): HTMLElement {
    root = document.createElement('div');
    document.body.appendChild(root);
    const view_ = { categories: DEFAULT_CATEGORIES, toolbar: null, editor: null, tooltip: null, ...view };
    act(() =>
      render(
        <LangProvider lang={lang}>
          <AnnotatorOverlay view={view_} actions={actions()} viewport={VIEWPORT} editorPage={EDITOR} theme={theme} />
        </LangProvider>,
        root,
      ),
    );
    return root;
  }

  it('shows the toolbar and the tooltip in English, and puts the theme on its root', () => {
    const el = showIn('en', 'dark', { toolbar: { rect: RECT, error: null, busy: false, focusKey: 0 } });
    expect(Array.from(el.querySelectorAll('button'), (b) => b.textContent)).toEqual(['Commitment1', 'Problem2', 'Doubt3', 'Follow-up4', 'NoteN']);
    expect(el.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe('Duban highlight');
    expect(el.querySelector('.ui')?.getAttribute('data-theme')).toBe('dark');
    render(null, root);
    root.remove();
    const tip = showIn('en', 'light', { tooltip: { rect: RECT, category: DEFAULT_CATEGORIES[1] ?? null, note: '' } }).querySelector('[role="tooltip"]');
    expect(tip?.textContent).toBe('Problem(no note)');
  });
});

describe('the note tooltip', () => {
  it('shows the category and the note as text', () => {
    const el = show({ tooltip: { rect: RECT, category: DEFAULT_CATEGORIES[1] ?? null, note: EVIL } });
    const tip = el.querySelector('[role="tooltip"]');
    expect(tip?.textContent).toBe(`问题${EVIL}`);
    expect(el.querySelector('img')).toBeNull();
  });

  it('says when there is no note, and hides while the editor is open', () => {
    expect(show({ tooltip: { rect: RECT, category: null, note: '' } }).querySelector('[role="tooltip"]')?.textContent).toBe(STRINGS.noNote);
    render(null, root);
    root.remove();
    expect(showFrame({ tooltip: { rect: RECT, category: null, note: 'x' }, editor: editorView() }).querySelector('[role="tooltip"]')).toBeNull();
  });
});
