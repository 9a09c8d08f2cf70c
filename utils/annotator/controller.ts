import { describeRange } from '../anchoring/anchor';
import { buildTextIndex, offsetsToRange, type TextIndex } from '../anchoring/text-index';
import type { AnchorStatus } from '../anchoring/types';
import { flattenSections, sectionOf } from '../annotations/section-of';
import { DEFAULT_CATEGORIES, type Annotation, type AnnotationTarget, type Category } from '../annotations/types';
import type { Notice } from '../notice/types';
import type { AnnotatorRequests, AnnotatorState, BackgroundRequests, Client, DubanEvent, Handlers, NoteEditorAction } from '../messaging';
import type { Result } from '../storage/result';
import { normaliseUrl } from '../storage/url';
import { newNonce } from './editor-frame';
import { findPassage } from './find-passage';
import { hitTest } from './hit-test';
import { documentOrder, hasStale, hasUnplaced, isPlaced, placeAnnotations, type Placement } from './page-anchors';
import { ReanchorBackoff } from './reanchor-backoff';
import { readPageNotice, type PageNotice } from './page-notice';
import type { HighlightPainter } from './painter';
import { rangeAnchorRect, rangeStartElement, rangeStartRect, selectedRange, type Rect } from './selection';

/**
 * The annotator of one page: loads the page's highlights from the background, anchors and paints
 * them, creates and edits them from the reader's selection, and answers the side panel. DOM and
 * a `Client` only — no extension API — so it runs in vitest with a fake client; the content
 * script (entrypoints/annotator.content) wires events, messages and the UI to it.
 *
 * Highlights are never deleted or moved by anchoring: one that cannot be placed is reported
 * `orphaned` (or `ambiguous`) and kept as stored.
 */

export interface AnnotatorMessages {
  noSelection: string;
  notDescribable: string;
  unknownAnnotation: string;
}

export interface ToolbarView {
  rect: Rect;
  error: string | null;
  busy: boolean;
  /** Changes whenever the toolbar should take the keyboard focus. */
  focusKey: number;
}

/**
 * The note editor of one stored highlight. The editor itself is an extension page in an iframe
 * (entrypoints/note-editor): it loads the note from the background and saves it there, so the
 * note never passes through this content script, whose DOM events the page can listen to.
 */
export interface EditorView {
  /** Stable while the same editor is open: the UI keeps its iframe (and the draft in it) across re-renders. */
  key: number;
  id: string;
  /** Proves a message comes from (or goes to) this editor: see utils/annotator/editor-frame.ts. */
  nonce: string;
  rect: Rect;
  /** Changes whenever the reader pressed the page outside the editor: the UI asks the editor to close if it can. */
  pressedOutside: number;
}

export interface TooltipView {
  rect: Rect;
  category: Category | null;
  note: string;
}

export interface AnnotatorView {
  categories: readonly Category[];
  toolbar: ToolbarView | null;
  editor: EditorView | null;
  tooltip: TooltipView | null;
}

export interface AnnotatorDeps {
  doc: Document;
  client: Client<BackgroundRequests>;
  painter: HighlightPainter;
  /** Duban's own UI (the shadow host): never indexed, never a selection to highlight. */
  isOurs: (node: Node) => boolean;
  render: (view: AnnotatorView) => void;
  messages: AnnotatorMessages;
  /** The page URL as loaded (location.href). */
  href: () => string;
}

/** The open note editor: which highlight, and where (the note stays in the editor page). */
interface Draft {
  key: number;
  id: string;
  nonce: string;
  range: Range | null;
  pressedOutside: number;
}

const FLASH_MS = 1500;
const FALLBACK_RECT: Rect = { left: 16, top: 16, right: 16, bottom: 16 };

// Range.START_TO_START and END_TO_END.
const sameRange = (a: Range, b: Range): boolean => a.compareBoundaryPoints(0, b) === 0 && a.compareBoundaryPoints(2, b) === 0;

const failure = (message: string): Result<never> => ({ ok: false, error: 'invalid', message });

export class Annotator {
  private categories: readonly Category[] = DEFAULT_CATEGORIES;
  private annotations: readonly Annotation[] = [];
  private placements: Placement[] = [];
  private href: string;
  private pageNotice: PageNotice | null = null;
  /** Anchor statuses as stored (or last reported): only changes are sent. */
  private reported = new Map<string, AnchorStatus | null>();
  private toolbar: { range: Range; error: string | null; busy: boolean; focusKey: number } | null = null;
  private draft: Draft | null = null;
  private tooltipId: string | null = null;
  private tooltipAt: Rect | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private keys = 0;
  private loading: Promise<void> | null = null;
  private reloadQueued = false;
  private anchoring: Promise<void> = Promise.resolve();
  private anchorQueued = false;
  private disposed = false;
  /** Retries for highlights that could not be placed: on a growing delay, not on every mutation. */
  private readonly backoff = new ReanchorBackoff(() => void this.reanchor());
  /** Where the focus was on the page before the toolbar or the editor took it: it goes back there when they close. */
  private returnFocus: Element | null = null;
  /** Resolves when the first load (highlights listed and anchored) is done. */
  readonly ready: Promise<void>;

  constructor(private readonly deps: AnnotatorDeps) {
    this.href = deps.href();
    this.ready = this.start();
  }

  get pageUrl(): string {
    return normaliseUrl(this.href);
  }

  private async start(): Promise<void> {
    await Promise.all([this.loadCategories(), this.reload()]);
    this.savePage();
  }

  // ───────────────────────── loading and anchoring ─────────────────────────

  async loadCategories(): Promise<void> {
    const r = await this.deps.client('categories-list', {});
    if (this.disposed || !r.ok || r.value.length === 0) return;
    this.categories = r.value;
    this.deps.painter.setCategories(this.categories);
    this.paint();
    this.render();
  }

  /** Lists the page's highlights again and re-anchors them; calls made meanwhile coalesce into one more. */
  reload(): Promise<void> {
    if (this.loading) {
      this.reloadQueued = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.reloadQueued = false;
        const url = this.href;
        const r = await this.deps.client('annotations-list', { url });
        if (this.disposed) return;
        // The page moved on meanwhile (SPA navigation): list again for the new page. A change of
        // fragment or tracking parameter is the same page, and its list stands.
        if (normaliseUrl(url) !== normaliseUrl(this.href)) {
          this.reloadQueued = true;
          continue;
        }
        // A failed list keeps what is painted: better stale highlights than none.
        if (!r.ok) continue;
        this.annotations = r.value;
        this.reported = new Map(r.value.map((a) => [a.id, a.anchorStatus]));
        // A new list (a new page, an edit elsewhere): its unplaced highlights get their retries afresh.
        this.backoff.reset();
        await this.reanchor();
      } while (this.reloadQueued && !this.disposed);
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private index(): TextIndex {
    return buildTextIndex(this.deps.doc.body, { skip: (el) => this.deps.isOurs(el) });
  }

  /** Anchors every highlight on a fresh text index; runs one at a time, extra calls coalesce. */
  reanchor(): Promise<void> {
    if (this.anchorQueued) return this.anchoring;
    this.anchorQueued = true;
    this.anchoring = this.anchoring.then(async () => {
      this.anchorQueued = false;
      if (this.disposed) return;
      const annotations = this.annotations;
      const placements = await placeAnnotations(this.index(), annotations);
      // A newer list (or a creation) replaced the annotations meanwhile: its own state stands.
      if (this.disposed || annotations !== this.annotations) return;
      this.placements = placements;
      this.paint();
      this.render();
      this.reportStatuses();
      this.backoff.anchored(hasUnplaced(placements));
    });
    return this.anchoring;
  }

  private reportStatuses(): void {
    const statuses = this.placements.filter((p) => this.reported.get(p.id) !== p.status).map((p) => ({ id: p.id, status: p.status }));
    if (statuses.length === 0) return;
    for (const s of statuses) this.reported.set(s.id, s.status);
    void this.deps.client('anchor-statuses', { url: this.href, statuses });
  }

  private paint(): void {
    const items = this.placements.filter(isPlaced).map((p) => ({ id: p.id, category: this.annotation(p.id)?.category ?? p.category, range: p.range }));
    this.deps.painter.paint(items);
  }

  /** Reads the page (notice or not) once per URL; extraction is the costly part, so it waits until asked. */
  private notice(): PageNotice {
    this.pageNotice ??= readPageNotice(this.deps.doc, this.href);
    return this.pageNotice;
  }

  private savePage(): void {
    if (this.disposed) return;
    const { fields } = this.notice();
    void this.deps.client('page-save', { url: this.href, fields });
  }

  /**
   * After the page changed (debounced; `addedChars` is how much text the changes added): follow an
   * SPA navigation, else re-anchor when a placed highlight went stale, or when highlights are
   * unplaced and the page gained text. Unplaced ones are otherwise retried on the backoff's
   * schedule, so a page that keeps changing (a ticking clock) does not re-anchor on every tick.
   */
  pageChanged(addedChars = 0): void {
    if (this.urlChanged()) return;
    // Boxes (the fallback painter) follow text that moved without changing.
    this.deps.painter.relayout();
    if (hasStale(this.placements) || (hasUnplaced(this.placements) && this.backoff.worthRetrying(addedChars))) void this.reanchor();
  }

  /** Checks location: a new page (URL normalising differently) starts over with its own highlights. */
  urlChanged(): boolean {
    const href = this.deps.href();
    if (normaliseUrl(href) === normaliseUrl(this.href)) {
      this.href = href;
      return false;
    }
    this.href = href;
    this.pageNotice = null;
    this.backoff.reset();
    this.annotations = [];
    this.placements = [];
    this.reported.clear();
    this.toolbar = null;
    // An open note editor stays: it saves by the highlight's id, whatever page the tab shows now,
    // and closing it would throw away what the reader is typing.
    this.tooltipId = null;
    this.deps.painter.setFlash(null);
    this.paint();
    this.render();
    void this.reload().then(() => this.savePage());
    return true;
  }

  onEvent(e: DubanEvent): void {
    if (e.type === 'categories-changed') void this.loadCategories();
    else if (e.type === 'annotations-changed' && (e.pageUrl === null || e.pageUrl === this.pageUrl)) void this.reload();
  }

  // ───────────────────────── creating ─────────────────────────

  private annotation(id: string): Annotation | undefined {
    return this.annotations.find((a) => a.id === id);
  }

  private placement(id: string): Placement | undefined {
    return this.placements.find((p) => p.id === id);
  }

  private categoryId(wanted: string | undefined): string {
    return this.categories.find((c) => c.id === wanted)?.id ?? this.categories[0]?.id ?? 'commitment';
  }

  /** The selectors of `range` and the notice section it sits in, plus the Range as anchoring would make it. */
  private targetOf(range: Range): { target: AnnotationTarget; range: Range } | null {
    const index = this.index();
    const sel = describeRange(index, range);
    if (!sel || sel.quote.exact.trim() === '') return null;
    const info = this.notice();
    const section = info.isNotice && info.notice ? sectionOf(info.notice, sel.quote) : null;
    return {
      target: { quote: sel.quote, position: sel.position, sectionId: section?.sectionId ?? null, sectionHeading: section?.sectionHeading ?? null },
      range: offsetsToRange(index, sel.position.start, sel.position.end),
    };
  }

  private async createFrom(target: AnnotationTarget, range: Range | null, category: string): Promise<Result<Annotation>> {
    const r = await this.deps.client('annotation-create', { pageUrl: this.href, category, note: '', target, anchorStatus: 'anchored' });
    if (!r.ok || this.disposed) return r;
    const a = r.value;
    this.annotations = [...this.annotations, a];
    this.reported.set(a.id, a.anchorStatus);
    if (range) this.placements = [...this.placements, { id: a.id, category: a.category, status: 'anchored', range, text: range.toString() }];
    this.paint();
    return r;
  }

  /** Highlights `range` in `category`; with `openNote`, opens the note editor on it once it is stored. */
  async highlight(range: Range, category: string, openNote = false): Promise<Result<Annotation>> {
    const t = this.targetOf(range);
    if (!t) return failure(this.deps.messages.notDescribable);
    const cat = this.categoryId(category);
    const r = await this.createFrom(t.target, t.range, cat);
    const ours = this.focusInOurs();
    if (r.ok) {
      this.deps.doc.getSelection()?.removeAllRanges();
      this.toolbar = null;
      if (openNote) this.openDraft(r.value.id, t.range);
    }
    // A failed creation opens no editor: the editor page edits stored highlights only. Nothing is
    // typed yet, and the toolbar keeps the selection and shows the error, so the reader tries again.
    this.giveFocusBack(ours);
    this.render();
    return r;
  }

  // ───────────────────────── toolbar ─────────────────────────

  /** The reader finished a selection: show the toolbar next to it (or hide it when there is none). */
  selectionEnded(focus: boolean): void {
    const range = selectedRange(this.deps.doc, this.deps.isOurs);
    if (!range) {
      if (this.toolbar && !this.toolbar.busy) this.hideToolbar();
      return;
    }
    if (focus) this.rememberFocus();
    const same = this.toolbar && sameRange(this.toolbar.range, range);
    if (same && this.toolbar) {
      if (focus) this.toolbar.focusKey = ++this.keys;
    } else {
      this.toolbar = { range, error: null, busy: false, focusKey: focus ? ++this.keys : 0 };
    }
    this.tooltipId = null;
    this.render();
  }

  hideToolbar(): void {
    if (!this.toolbar) return;
    const ours = this.focusInOurs();
    this.toolbar = null;
    this.giveFocusBack(ours);
    this.render();
  }

  /** A category button (or its number key) of the toolbar. */
  async pick(category: string, openNote = false): Promise<void> {
    const tb = this.toolbar;
    if (!tb || tb.busy) return;
    tb.busy = true;
    tb.error = null;
    this.render();
    const r = await this.highlight(tb.range, category, openNote);
    if (!r.ok && this.toolbar === tb) {
      tb.busy = false;
      tb.error = r.message;
      this.render();
    }
  }

  /** "笔记 Note": a highlight in the first category with its note editor open. */
  note(): Promise<void> {
    return this.pick(this.categories[0]?.id ?? 'commitment', true);
  }

  // ───────────────────────── editor ─────────────────────────

  /** Remembers the page's focused element before our UI takes the focus (kept when the focus is already ours: toolbar → editor). */
  private rememberFocus(): void {
    const active = this.deps.doc.activeElement;
    if (active && !this.deps.isOurs(active)) this.returnFocus = active;
  }

  private focusInOurs(): boolean {
    const active = this.deps.doc.activeElement;
    return active !== null && this.deps.isOurs(active);
  }

  /**
   * Once neither the toolbar nor the editor is open: the focus goes back where it was on the page,
   * so a keyboard user carries on from there — if the focus was in our UI as it closed (not when
   * the reader clicked somewhere else meanwhile), and that element is still on the page. Called
   * before the UI is taken down, so the focus never sits in a removed frame: when nothing on the
   * page had it, the page's own document gets it back (else the tab would have no focused frame).
   */
  private giveFocusBack(wasOurs: boolean): void {
    if (this.toolbar || this.draft) return;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (!wasOurs) return;
    const { doc } = this.deps;
    const target = back?.isConnected && !this.deps.isOurs(back) && back !== doc.body && back !== doc.documentElement ? (back as Partial<HTMLElement>) : null;
    if (target && typeof target.focus === 'function') {
      target.focus({ preventScroll: true });
      return;
    }
    (doc.activeElement as Partial<HTMLElement> | null)?.blur?.();
    doc.defaultView?.focus();
  }

  private openDraft(id: string, range: Range | null): void {
    this.rememberFocus();
    this.draft = { key: ++this.keys, id, nonce: newNonce(), range, pressedOutside: 0 };
    this.tooltipId = null;
    this.deps.painter.setFlash(range);
  }

  /** Opens the note editor of a stored highlight; false when it is not one of this page's. */
  openEditor(id: string): boolean {
    if (!this.annotation(id)) return false;
    const p = this.placement(id);
    this.openDraft(id, p && isPlaced(p) ? p.range : null);
    this.render();
    return true;
  }

  /**
   * What the editor page said (the UI has checked it came from editor `key`'s iframe). The note is
   * already stored by then: the page reloads its highlights to paint the category and show the
   * note in the tooltip (the background's annotations-changed does too; reloads coalesce).
   */
  editorSignal(key: number, action: NoteEditorAction): void {
    const d = this.draft;
    if (!d || d.key !== key) return;
    if (action === 'deleted') {
      // Unpaint at once rather than after the round trip of the reload.
      this.annotations = this.annotations.filter((a) => a.id !== d.id);
      this.placements = this.placements.filter((p) => p.id !== d.id);
      this.paint();
    }
    this.closeEditor();
    if (action !== 'close') void this.reload();
  }

  closeEditor(): void {
    if (!this.draft) return;
    const ours = this.focusInOurs();
    this.draft = null;
    this.deps.painter.setFlash(null);
    this.giveFocusBack(ours);
    this.render();
  }

  /**
   * A trusted press on the page, outside Duban's UI: the toolbar goes, and an open editor is asked
   * to close. Only the editor page knows whether its note has unsaved changes — the note never
   * comes here — so it decides: it closes when there are none, and stays open when there are, so a
   * stray click (or selecting a word of the page to quote) does not throw away what was typed.
   */
  pressedOutside(): void {
    const d = this.draft;
    if (!d && !this.toolbar) return;
    if (d) d.pressedOutside = ++this.keys;
    this.toolbar = null;
    // The reader pressed somewhere else on the page: the focus goes there, not back.
    if (!d) this.returnFocus = null;
    this.render();
  }

  // ───────────────────────── pointer ─────────────────────────

  private placedTargets(): Array<Placement & { range: Range }> {
    return this.placements.filter(isPlaced);
  }

  /** Hover: the note of the highlight under the pointer, if any. */
  hover(x: number, y: number): void {
    const hit = this.draft ? null : hitTest(this.deps.doc, x, y, this.placedTargets());
    const id = hit?.id ?? null;
    if (id === this.tooltipId) return;
    this.tooltipId = id;
    this.tooltipAt = hit ? rangeStartRect(hit.range) : null;
    this.render();
  }

  /**
   * A click on a highlight opens its note editor; true when one was hit. Not while an editor is
   * open: it may hold unsaved text (the press before this click asked it to close if it has none,
   * and the reader clicks again).
   */
  click(x: number, y: number): boolean {
    if (this.draft) return false;
    const hit = hitTest(this.deps.doc, x, y, this.placedTargets());
    if (!hit) return false;
    return this.openEditor(hit.id);
  }

  /** Scroll or resize: boxes and floating UI follow their Ranges. */
  relayout(): void {
    this.deps.painter.relayout();
    if (this.tooltipId) this.tooltipId = null;
    this.render();
  }

  // ───────────────────────── side panel requests ─────────────────────────

  state(): AnnotatorState {
    const info = this.notice();
    const statuses: Record<string, AnchorStatus> = {};
    for (const p of this.placements) statuses[p.id] = p.status;
    return {
      pageUrl: this.pageUrl,
      href: this.href,
      title: info.fields.title ?? this.deps.doc.title,
      isNotice: info.isNotice,
      sections: info.isNotice && info.notice ? flattenSections(info.notice.sections) : [],
      statuses,
      order: documentOrder(this.placements),
    };
  }

  jump(id: string): boolean {
    const p = this.placement(id);
    if (!p || !isPlaced(p)) return false;
    rangeStartElement(p.range)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    this.flash(p.range);
    return true;
  }

  /** The extracted notice for the side panel's workspace; null when the page is not a notice. */
  noticeOfPage(): Notice | null {
    const info = this.notice();
    return info.isNotice ? info.notice : null;
  }

  /**
   * Scrolls to a passage of the notice and flashes it. `start`/`end` index `notice.text`, not the
   * page's text (the extraction collapses spaces and restores full-width punctuation): see
   * find-passage.ts.
   */
  reveal(start: number, end: number): boolean {
    const notice = this.noticeOfPage();
    if (!notice || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > notice.text.length || start >= end) return false;
    const range = findPassage(this.index(), notice.text, start, end);
    if (!range) return false;
    rangeStartElement(range)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    this.flash(range);
    return true;
  }

  /**
   * Highlights a passage of the notice (offsets into `notice.text`, as reveal), as if the reader
   * had selected it; an existing highlight of the same category on the same text is returned
   * instead, so tracking a commitment twice makes one highlight. Null when it cannot be placed.
   */
  async highlightPassage(start: number, end: number, category: string): Promise<Result<Annotation | null>> {
    const notice = this.noticeOfPage();
    if (!notice || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > notice.text.length || start >= end) return { ok: true, value: null };
    const found = findPassage(this.index(), notice.text, start, end);
    const t = found ? this.targetOf(found) : null;
    if (!t) return { ok: true, value: null };
    const cat = this.categoryId(category);
    const same = this.placedTargets().find((p) => sameRange(p.range, t.range) && this.annotation(p.id)?.category === cat);
    const existing = same ? this.annotation(same.id) : undefined;
    if (existing) return { ok: true, value: existing };
    const r = await this.createFrom(t.target, t.range, cat);
    this.render();
    return r;
  }

  private flash(range: Range): void {
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.deps.painter.setFlash(range);
    this.flashTimer = setTimeout(() => {
      this.flashTimer = null;
      this.deps.painter.setFlash(this.draft?.range ?? null);
    }, FLASH_MS);
  }

  async reattach(id: string): Promise<Result<Annotation>> {
    if (!this.annotation(id)) return failure(this.deps.messages.unknownAnnotation);
    const range = selectedRange(this.deps.doc, this.deps.isOurs);
    if (!range) return failure(this.deps.messages.noSelection);
    const t = this.targetOf(range);
    if (!t) return failure(this.deps.messages.notDescribable);
    const r = await this.deps.client('annotation-update', { id, patch: { target: t.target, anchorStatus: 'anchored' } });
    if (!r.ok || this.disposed) return r;
    this.reported.set(id, 'anchored');
    this.annotations = this.annotations.map((x) => (x.id === id ? r.value : x));
    this.placements = [...this.placements.filter((p) => p.id !== id), { id, category: r.value.category, status: 'anchored', range: t.range, text: t.range.toString() }];
    this.deps.doc.getSelection()?.removeAllRanges();
    this.paint();
    this.render();
    return r;
  }

  /** The handlers of AnnotatorRequests (background, side panel). */
  handlers(): Handlers<AnnotatorRequests, unknown> {
    const ok = <T>(value: T): Result<T> => ({ ok: true, value });
    return {
      'annotator-state': async () => {
        await this.ready;
        return ok(this.state());
      },
      'annotator-highlight': async (p) => {
        // Take the selection now (before any await), then wait for the categories: a menu or a
        // shortcut may inject us and ask at once, and a custom category must not fall back.
        const range = selectedRange(this.deps.doc, this.deps.isOurs);
        await this.ready;
        if (!range) return ok(null);
        const r = await this.highlight(range, typeof p?.category === 'string' ? p.category : '', p?.openNote === true);
        return r;
      },
      'annotator-jump': (p) => ok(this.jump(String(p?.id))),
      'annotator-edit': (p) => {
        const id = String(p?.id);
        const opened = this.openEditor(id);
        if (opened) this.jump(id);
        return ok(opened);
      },
      'annotator-reattach': (p) => this.reattach(String(p?.id)),
      'annotator-notice': () => ok(this.noticeOfPage()),
      'annotator-reveal': (p) => ok(this.reveal(Number(p?.start), Number(p?.end))),
      'annotator-highlight-passage': (p) => this.highlightPassage(Number(p?.start), Number(p?.end), typeof p?.category === 'string' ? p.category : ''),
    };
  }

  // ───────────────────────── view ─────────────────────────

  render(): void {
    if (this.disposed) return;
    const tb = this.toolbar;
    const d = this.draft;
    const tip = this.tooltipId ? this.annotation(this.tooltipId) : undefined;
    this.deps.render({
      categories: this.categories,
      toolbar: tb ? { rect: rangeAnchorRect(tb.range) ?? FALLBACK_RECT, error: tb.error, busy: tb.busy, focusKey: tb.focusKey } : null,
      editor: d ? { key: d.key, id: d.id, nonce: d.nonce, rect: (d.range && rangeStartRect(d.range)) ?? FALLBACK_RECT, pressedOutside: d.pressedOutside } : null,
      tooltip: tip && this.tooltipAt ? { rect: this.tooltipAt, category: this.categories.find((c) => c.id === tip.category) ?? null, note: tip.note } : null,
    });
  }

  dispose(): void {
    this.disposed = true;
    this.backoff.dispose();
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.deps.painter.dispose();
  }
}
