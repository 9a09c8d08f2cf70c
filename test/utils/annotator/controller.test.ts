import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeHtml } from '../../../scripts/lib/decode-html';
import { describeRange } from '../../../utils/anchoring/anchor';
import type { AnnotationTarget } from '../../../utils/annotations/types';
import { Annotator, type AnnotatorView } from '../../../utils/annotator/controller';
import type { AnnotatorState } from '../../../utils/messaging';
import { FIXTURES } from '../../helpers/fixtures';
import { openDom } from '../anchoring/dom';
import { annotation, fakeBackground, recordingPainter, settle, type FakeBackground } from './fakes';

const URL_A = 'http://www.example.gov.cn/notices/a.html?utm_source=x#top';
const PAGE_A = 'http://www.example.gov.cn/notices/a.html';
const MESSAGES = { noSelection: 'NO-SELECTION', notDescribable: 'NOT-DESCRIBABLE', unknownAnnotation: 'UNKNOWN' };
const PHRASE = '设立台长信箱，接受干部职工举报投诉';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(closers.splice(0).map((c) => c()));
});

function cmsDocument(): Document {
  const { document, close } = openDom(decodeHtml(readFileSync(join(FIXTURES, 'notices', '000-cms', 'page.html'))).html);
  closers.push(close);
  return document;
}

/** A Range over the n-th occurrence of `text` inside one text node of `doc`. */
function rangeOf(doc: Document, text: string): Range {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0 || n.parentElement?.localName === 'script') continue;
    const r = doc.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    return r;
  }
  throw new Error(`not in the document: ${text}`);
}

function select(doc: Document, text: string): void {
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(rangeOf(doc, text));
}

function targetOf(doc: Document, text: string): AnnotationTarget {
  const sel = describeRange(doc.body, rangeOf(doc, text));
  if (!sel) throw new Error('not describable');
  return { ...sel, sectionId: null, sectionHeading: null };
}

function setup(doc: Document, bg: FakeBackground, href = URL_A) {
  const painter = recordingPainter();
  const views: AnnotatorView[] = [];
  let location = href;
  const annotator = new Annotator({
    doc,
    client: bg.client,
    painter,
    isOurs: (n) => (n as Element).localName === 'duban-annotator' || n.parentElement?.localName === 'duban-annotator',
    render: (v) => views.push(v),
    messages: MESSAGES,
    href: () => location,
  });
  // Before the document closes: no retry timer may outlive the test.
  closers.unshift(async () => annotator.dispose());
  return {
    annotator,
    painter,
    view: () => views[views.length - 1] as AnnotatorView,
    navigate: (to: string) => {
      location = to;
    },
  };
}

const paintedText = (p: ReturnType<typeof recordingPainter>) => p.painted.map((i) => `${i.category}:${i.range.toString()}`);

describe('the annotator on a page', () => {
  it('restores stored highlights: anchors, paints, and reports only changed statuses', async () => {
    const doc = cmsDocument();
    const kept = annotation(PAGE_A, targetOf(doc, PHRASE), { anchorStatus: 'anchored', category: 'problem' });
    const gone = annotation(PAGE_A, { ...targetOf(doc, PHRASE), quote: { type: 'TextQuoteSelector', exact: '这句话不在页面上，早已被删除了，而且足够长不会模糊匹配' } }, { anchorStatus: 'anchored' });
    const bg = fakeBackground([kept, gone]);
    const { annotator, painter } = setup(doc, bg);
    await annotator.ready;
    expect(bg.of('annotations-list')).toEqual([{ url: URL_A }]);
    expect(paintedText(painter)).toEqual([`problem:${PHRASE}`]);
    expect(bg.of('anchor-statuses')).toEqual([{ url: URL_A, statuses: [{ id: gone.id, status: 'orphaned' }] }]);
    // Never deleted, never moved: the orphan stays stored as it was.
    expect(bg.of('annotation-delete')).toEqual([]);
    expect(bg.of('annotation-update')).toEqual([]);
  });

  it('saves the page once per visit with the notice fields', async () => {
    const doc = cmsDocument();
    const bg = fakeBackground();
    const { annotator } = setup(doc, bg);
    await annotator.ready;
    const saves = bg.of('page-save') as Array<{ url: string; fields: Record<string, unknown> }>;
    expect(saves).toHaveLength(1);
    expect(saves[0]?.url).toBe(URL_A);
    expect(saves[0]?.fields).toMatchObject({ title: '中共清远广播电视台委员会关于八届市委第五轮巡察整改进展情况的通报', noticeKind: 'progress-notice', publishedDate: '2025-10-16' });
    expect(String(saves[0]?.fields.text)).toContain(PHRASE);
  });

  it('creates a highlight from the selection with its notice section, and paints it at once', async () => {
    const doc = cmsDocument();
    const bg = fakeBackground();
    const { annotator, painter, view } = setup(doc, bg);
    await annotator.ready;
    select(doc, PHRASE);
    annotator.selectionEnded(true);
    expect(view().toolbar?.focusKey).toBeGreaterThan(0);
    await annotator.pick('doubt');
    const [input] = bg.of('annotation-create') as Array<Record<string, unknown>>;
    expect(input).toMatchObject({ pageUrl: URL_A, category: 'doubt', note: '', anchorStatus: 'anchored' });
    const target = input?.target as AnnotationTarget;
    expect(target.quote.exact).toBe(PHRASE);
    expect(target.sectionHeading).toBe('着力加强党员干部政治纪律和政治规矩教育');
    expect(target.sectionId).toEqual(expect.any(String));
    expect(paintedText(painter)).toEqual([`doubt:${PHRASE}`]);
    expect(view().toolbar).toBeNull();
    expect(doc.getSelection()?.isCollapsed).toBe(true);
  });

  it('shows a storage failure in the toolbar and keeps the selection to try again', async () => {
    const doc = cmsDocument();
    const bg = fakeBackground();
    const { annotator, painter, view } = setup(doc, bg);
    await annotator.ready;
    select(doc, PHRASE);
    annotator.selectionEnded(false);
    bg.failNext('annotation-create', 'DISK FULL');
    await annotator.pick('commitment');
    expect(view().toolbar?.error).toBe('DISK FULL');
    expect(painter.painted).toEqual([]);
    await annotator.pick('commitment');
    expect(view().toolbar).toBeNull();
    expect(paintedText(painter)).toEqual([`commitment:${PHRASE}`]);
  });

  it('opens the note editor on a new highlight: an id and a nonce, never the note text', async () => {
    const doc = cmsDocument();
    const bg = fakeBackground();
    const { annotator, painter, view } = setup(doc, bg);
    await annotator.ready;
    select(doc, PHRASE);
    annotator.selectionEnded(true);
    await annotator.note();
    const editor = view().editor;
    expect(editor).toMatchObject({ id: bg.annotations[0]?.id, pressedOutside: 0 });
    expect(editor?.nonce).toMatch(/^[0-9a-f]{32}$/);
    // The note is typed and saved in the editor page (an extension iframe): none of it passes here.
    expect(Object.keys(editor ?? {}).sort()).toEqual(['id', 'key', 'nonce', 'pressedOutside', 'rect']);
    expect(painter.flash?.toString()).toBe(PHRASE);
    expect(view().toolbar).toBeNull();
    // Another editor gets another nonce.
    annotator.closeEditor();
    expect(annotator.openEditor(bg.annotations[0]?.id ?? '')).toBe(true);
    expect(view().editor?.nonce).not.toBe(editor?.nonce);
  });

  it('closes the editor on its signals (for the open editor only), reloading after a save', async () => {
    const doc = cmsDocument();
    const a = annotation(PAGE_A, targetOf(doc, PHRASE), { anchorStatus: 'anchored' });
    const bg = fakeBackground([a]);
    const { annotator, painter, view } = setup(doc, bg);
    await annotator.ready;
    expect(annotator.openEditor(a.id)).toBe(true);
    const key = view().editor?.key ?? -1;
    // A signal of an editor that is no longer open changes nothing.
    annotator.editorSignal(key - 1, 'close');
    expect(view().editor?.key).toBe(key);
    // Saved by the editor page, straight to the background: the page reloads to paint the new category.
    Object.assign(bg.annotations[0] ?? {}, { category: 'problem', note: '已核实' });
    annotator.editorSignal(key, 'saved');
    expect(view().editor).toBeNull();
    expect(painter.flash).toBeNull();
    await settle();
    expect(paintedText(painter)).toEqual([`problem:${PHRASE}`]);
    expect(bg.of('annotations-list')).toHaveLength(2);
    expect(annotator.openEditor(a.id)).toBe(true);
    annotator.editorSignal(view().editor?.key ?? -1, 'close');
    expect(view().editor).toBeNull();
    expect(bg.of('annotations-list')).toHaveLength(2);
  });

  it('a failed creation with a note opens no editor: the toolbar keeps the selection and says why', async () => {
    const doc = cmsDocument();
    const bg = fakeBackground();
    const { annotator, painter, view } = setup(doc, bg);
    await annotator.ready;
    select(doc, PHRASE);
    annotator.selectionEnded(true);
    bg.failNext('annotation-create', 'DISK FULL');
    await annotator.note();
    expect(view().editor).toBeNull();
    expect(view().toolbar?.error).toBe('DISK FULL');
    await annotator.note();
    expect(view().editor?.id).toBe(bg.annotations[0]?.id);
    expect(paintedText(painter)).toEqual([`commitment:${PHRASE}`]);
  });

  it('unpaints at once when the editor page deleted the highlight', async () => {
    const doc = cmsDocument();
    const a = annotation(PAGE_A, targetOf(doc, PHRASE), { anchorStatus: 'anchored', note: '旧笔记' });
    const bg = fakeBackground([a]);
    const { annotator, painter, view } = setup(doc, bg);
    await annotator.ready;
    expect(annotator.openEditor(a.id)).toBe(true);
    expect(view().editor).toMatchObject({ id: a.id });
    expect(painter.flash?.toString()).toBe(PHRASE);
    (bg.annotations[0] as { deletedAt: number | null }).deletedAt = 1;
    annotator.editorSignal(view().editor?.key ?? -1, 'deleted');
    expect(painter.painted).toEqual([]);
    expect(painter.flash).toBeNull();
    expect(view().editor).toBeNull();
    await settle();
    expect(painter.painted).toEqual([]);
  });

  it('passes a press outside on to the open editor, and opens no other editor meanwhile', async () => {
    const doc = cmsDocument();
    const second = '完善出入境审批流程和制度，出国';
    const a = annotation(PAGE_A, targetOf(doc, PHRASE), { anchorStatus: 'anchored' });
    const b = annotation(PAGE_A, targetOf(doc, second), { anchorStatus: 'anchored' });
    const bg = fakeBackground([a, b]);
    const { annotator, view } = setup(doc, bg);
    await annotator.ready;
    select(doc, '加强固定资产管理');
    annotator.selectionEnded(false);
    expect(annotator.openEditor(a.id)).toBe(true);
    annotator.pressedOutside();
    // The editor page decides (it alone knows whether the note has unsaved changes): it is asked.
    expect(view().editor?.pressedOutside).toBeGreaterThan(0);
    expect(view().toolbar).toBeNull();
    const asked = view().editor?.pressedOutside ?? 0;
    annotator.pressedOutside();
    expect(view().editor?.pressedOutside).toBeGreaterThan(asked);
    // No layout here for a hit test: the open editor alone is reason enough to say no.
    expect(annotator.click(1, 1)).toBe(false);
    expect(view().editor?.id).toBe(a.id);
  });

  it('reloads on annotations-changed for its page (or all pages), not for another page', async () => {
    const doc = cmsDocument();
    const bg = fakeBackground();
    const { annotator, painter } = setup(doc, bg);
    await annotator.ready;
    bg.annotations.push(annotation(PAGE_A, targetOf(doc, PHRASE)));
    annotator.onEvent({ type: 'annotations-changed', pageUrl: 'http://www.example.gov.cn/other.html' });
    await settle();
    expect(painter.painted).toEqual([]);
    annotator.onEvent({ type: 'annotations-changed', pageUrl: PAGE_A });
    await settle();
    expect(paintedText(painter)).toEqual([`commitment:${PHRASE}`]);
    expect(bg.of('annotations-list')).toHaveLength(2);
  });

  it('re-anchors when the page changed under a highlight', async () => {
    const doc = cmsDocument();
    const a = annotation(PAGE_A, targetOf(doc, PHRASE));
    const bg = fakeBackground([a]);
    const { annotator, painter } = setup(doc, bg);
    await annotator.ready;
    // An SPA re-renders the paragraph: same text, new nodes.
    const p = rangeOf(doc, PHRASE).startContainer.parentElement as HTMLElement;
    p.innerHTML = `<span>${p.textContent ?? ''}</span>`;
    annotator.pageChanged();
    await settle();
    expect(paintedText(painter)).toEqual([`commitment:${PHRASE}`]);
    expect(painter.painted[0]?.range.startContainer.isConnected).toBe(true);
  });

  it('starts over with its own highlights when an SPA navigates to another URL', async () => {
    const doc = cmsDocument();
    const bg = fakeBackground([annotation(PAGE_A, targetOf(doc, PHRASE))]);
    const { annotator, painter, navigate } = setup(doc, bg);
    await annotator.ready;
    navigate('http://www.example.gov.cn/notices/a.html#section-2');
    expect(annotator.urlChanged()).toBe(false);
    navigate('http://www.example.gov.cn/notices/b.html');
    bg.annotations.length = 0;
    expect(annotator.urlChanged()).toBe(true);
    await settle();
    expect(painter.painted).toEqual([]);
    expect(bg.of('annotations-list').at(-1)).toEqual({ url: 'http://www.example.gov.cn/notices/b.html' });
    expect(bg.of('page-save')).toHaveLength(2);
  });

  it('answers the side panel: state, highlight, reattach, jump and edit', async () => {
    const doc = cmsDocument();
    const second = '完善出入境审批流程和制度，出国';
    const a1 = annotation(PAGE_A, targetOf(doc, second));
    const a2 = annotation(PAGE_A, targetOf(doc, PHRASE));
    const lost = annotation(PAGE_A, { ...targetOf(doc, PHRASE), quote: { type: 'TextQuoteSelector', exact: '早已删除的一句话，长度足够长，不会被模糊匹配到任何地方' } });
    const bg = fakeBackground([a1, a2, lost]);
    const { annotator } = setup(doc, bg);
    const h = annotator.handlers();
    const state = await h['annotator-state']({}, null);
    expect(state.ok).toBe(true);
    const s = (state as { value: AnnotatorState }).value;
    expect(s).toMatchObject({ pageUrl: PAGE_A, href: URL_A, isNotice: true, statuses: { [a1.id]: 'anchored', [a2.id]: 'anchored', [lost.id]: 'orphaned' } });
    // Document order, not storage order.
    expect(s.order).toEqual([a2.id, a1.id]);
    expect(s.sections[0]).toMatchObject({ level: 1, heading: '清远广播电视台党委履行巡察整改主体责任情况' });

    expect(await h['annotator-highlight']({ category: 'problem' }, null)).toEqual({ ok: true, value: null });
    expect(await h['annotator-reattach']({ id: lost.id }, null)).toEqual({ ok: false, error: 'invalid', message: 'NO-SELECTION' });
    select(doc, '加强固定资产管理');
    const moved = await h['annotator-reattach']({ id: lost.id }, null);
    expect(moved.ok).toBe(true);
    expect(bg.of('annotation-update').at(-1)).toMatchObject({ id: lost.id, patch: { anchorStatus: 'anchored', target: { quote: { exact: '加强固定资产管理' } } } });
    const after = (await h['annotator-state']({}, null)) as { value: AnnotatorState };
    expect(after.value.statuses[lost.id]).toBe('anchored');

    expect(await h['annotator-jump']({ id: 'nope' }, null)).toEqual({ ok: true, value: false });
    expect(await h['annotator-edit']({ id: a1.id }, null)).toEqual({ ok: true, value: true });

    select(doc, '堵塞工作漏洞');
    const made = await h['annotator-highlight']({ category: 'problem', openNote: true }, null);
    expect(made).toMatchObject({ ok: true, value: { category: 'problem', target: { quote: { exact: '堵塞工作漏洞' } } } });
  });
});

const LOST_QUOTE = '这句话不在页面上，早已被删除了，而且足够长不会模糊匹配';

describe('re-anchoring a page that keeps changing', () => {
  it('retries an unplaced highlight on a backoff, not on every mutation; then only when text was added', async () => {
    vi.useFakeTimers();
    const doc = cmsDocument();
    const gone = annotation(PAGE_A, { ...targetOf(doc, PHRASE), quote: { type: 'TextQuoteSelector', exact: LOST_QUOTE } });
    const kept = annotation(PAGE_A, targetOf(doc, PHRASE));
    const bg = fakeBackground([kept, gone]);
    const { annotator, painter } = setup(doc, bg);
    const paint = vi.spyOn(painter, 'paint');
    const ready = annotator.ready;
    await vi.advanceTimersByTimeAsync(0);
    await ready;
    const passes = () => paint.mock.calls.length;
    const after = passes();
    // A ticking clock: settled bursts that add no text do not re-anchor.
    for (let i = 0; i < 20; i++) annotator.pageChanged(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(passes()).toBe(after);
    // The retries: 0.25 s, then 1 s, 4 s and 16 s later.
    const at: number[] = [];
    for (const step of [50, 1000, 4000, 16000]) {
      await vi.advanceTimersByTimeAsync(step);
      at.push(passes() - after);
    }
    expect(at).toEqual([1, 2, 3, 4]);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    annotator.pageChanged(19);
    await vi.advanceTimersByTimeAsync(0);
    expect(passes() - after).toBe(4);
    // Text came: worth a look.
    annotator.pageChanged(20);
    await vi.advanceTimersByTimeAsync(0);
    expect(passes() - after).toBe(5);
    expect(bg.of('anchor-statuses')).toHaveLength(1);
  });

  it('still re-anchors at once when a placed highlight went stale', async () => {
    vi.useFakeTimers();
    const doc = cmsDocument();
    const bg = fakeBackground([annotation(PAGE_A, targetOf(doc, PHRASE))]);
    const { annotator, painter } = setup(doc, bg);
    const ready = annotator.ready;
    await vi.advanceTimersByTimeAsync(0);
    await ready;
    const paint = vi.spyOn(painter, 'paint');
    annotator.pageChanged(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(paint).not.toHaveBeenCalled();
    const p = rangeOf(doc, PHRASE).startContainer.parentElement as HTMLElement;
    p.innerHTML = `<span>${p.textContent ?? ''}</span>`;
    annotator.pageChanged(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(paint).toHaveBeenCalledTimes(1);
    expect(paintedText(painter)).toEqual([`commitment:${PHRASE}`]);
  });
});

describe('the keyboard focus', () => {
  /** The page's own search box (focused) and a button of our UI (isOurs: a child of <duban-annotator>). */
  function withFocus(doc: Document): { input: HTMLInputElement; ui: HTMLButtonElement } {
    const input = doc.createElement('input');
    doc.body.prepend(input);
    const host = doc.createElement('duban-annotator');
    const ui = doc.createElement('button');
    host.appendChild(ui);
    doc.documentElement.appendChild(host);
    input.focus();
    return { input, ui };
  }

  it('goes back where it was on the page when the toolbar closes', async () => {
    const doc = cmsDocument();
    const { annotator } = setup(doc, fakeBackground());
    await annotator.ready;
    const { input, ui } = withFocus(doc);
    select(doc, PHRASE);
    annotator.selectionEnded(true);
    // The toolbar takes the focus (the UI focuses it on focusKey).
    ui.focus();
    annotator.hideToolbar();
    expect(doc.activeElement).toBe(input);
  });

  it('goes back after the toolbar made a highlight, and after the editor opened from it closes', async () => {
    const doc = cmsDocument();
    const { annotator, view } = setup(doc, fakeBackground());
    await annotator.ready;
    const { input, ui } = withFocus(doc);
    select(doc, PHRASE);
    annotator.selectionEnded(true);
    ui.focus();
    await annotator.pick('problem');
    expect(doc.activeElement).toBe(input);
    // Toolbar, then N: the editor (focused) opens from the toolbar (focused): still back to the input.
    input.focus();
    select(doc, '接受干部职工');
    annotator.selectionEnded(true);
    ui.focus();
    await annotator.note();
    expect(view().editor).not.toBeNull();
    expect(doc.activeElement).toBe(ui);
    annotator.editorSignal(view().editor?.key ?? -1, 'saved');
    expect(doc.activeElement).toBe(input);
  });

  it('stays where the reader put it after a press outside; goes to the page when the element is gone', async () => {
    const doc = cmsDocument();
    const a = annotation(PAGE_A, targetOf(doc, PHRASE));
    const { annotator, view } = setup(doc, fakeBackground([a]));
    await annotator.ready;
    const { input, ui } = withFocus(doc);
    select(doc, PHRASE);
    annotator.selectionEnded(true);
    ui.focus();
    annotator.pressedOutside();
    annotator.hideToolbar();
    expect(doc.activeElement).toBe(ui);
    // The editor of a stored highlight; the input is removed while it is open.
    input.focus();
    annotator.openEditor(a.id);
    ui.focus();
    input.remove();
    annotator.editorSignal(view().editor?.key ?? -1, 'close');
    // Nowhere to go back to: the page's document has the focus, not our closing UI.
    expect(doc.activeElement).toBe(doc.body);
  });
});

