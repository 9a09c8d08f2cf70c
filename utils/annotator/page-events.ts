/**
 * The reader's input on the page, as the annotator needs it. Only trusted events count
 * (`isTrusted`): a page script can dispatch a mouseup or a keyup, but it must not be able to
 * drive Duban. Events from inside Duban's own UI (`isOurs`: the shadow host, which is what
 * events from a closed shadow root are retargeted to) are left to that UI.
 */

export interface PageInput {
  /** A selection may have been made; `focus`: the toolbar may take the keyboard focus. */
  selectionEnded(focus: boolean): void;
  /** A press outside Duban's UI: floating things that belong to the old selection go. */
  pressedOutside(): void;
  hover(x: number, y: number): void;
  /** A click that selected nothing. */
  click(x: number, y: number): void;
  viewportChanged(): void;
  escape(): void;
}

/** How long after a trusted press or key a settled selectionchange still counts as the reader's. */
const USER_SELECTION_WINDOW_MS = 1500;
const SELECTION_SETTLE_MS = 350;

export function listenToPage(doc: Document, isOurs: (node: Node) => boolean, input: PageInput): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  const ac = new AbortController();
  const opts = { capture: true, passive: true, signal: ac.signal } as const;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void, ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
    return t;
  };
  const fromPage = (e: Event): boolean => e.isTrusted && !(e.target instanceof win.Node && isOurs(e.target));
  let lastUserInput = -Infinity;
  let frame = 0;
  let hoverAt: { x: number; y: number } | null = null;
  let viewport = false;

  const onFrame = () => {
    frame = 0;
    if (viewport) {
      viewport = false;
      input.viewportChanged();
    }
    if (hoverAt) {
      const { x, y } = hoverAt;
      hoverAt = null;
      input.hover(x, y);
    }
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(onFrame);
  };

  doc.addEventListener(
    'mousedown',
    (e) => {
      if (!fromPage(e)) return;
      lastUserInput = Date.now();
      input.pressedOutside();
    },
    opts,
  );
  doc.addEventListener(
    'mouseup',
    (e) => {
      if (!fromPage(e) || e.button !== 0) return;
      lastUserInput = Date.now();
      // After the browser has finished updating the selection for this release.
      later(() => input.selectionEnded(true), 0);
    },
    opts,
  );
  doc.addEventListener(
    'keyup',
    (e) => {
      if (!fromPage(e)) return;
      lastUserInput = Date.now();
      // Releasing Shift ends a keyboard selection; a Shift+arrow keyup mid-selection shows the
      // toolbar without taking the focus (the reader may go on extending).
      if (e.key === 'Shift') input.selectionEnded(true);
      else if (e.shiftKey) input.selectionEnded(false);
    },
    opts,
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (fromPage(e) && e.key === 'Escape') input.escape();
    },
    opts,
  );
  doc.addEventListener(
    'touchend',
    (e) => {
      if (fromPage(e)) lastUserInput = Date.now();
    },
    opts,
  );
  // Touch selection handles and other ways of selecting end with no mouseup: a selection that
  // settles soon after the reader's own input counts. One made by a page script alone does not.
  let settle: ReturnType<typeof setTimeout> | null = null;
  doc.addEventListener(
    'selectionchange',
    () => {
      if (settle !== null) clearTimeout(settle);
      settle = later(() => {
        settle = null;
        if (Date.now() - lastUserInput < USER_SELECTION_WINDOW_MS) input.selectionEnded(false);
      }, SELECTION_SETTLE_MS);
    },
    opts,
  );
  doc.addEventListener(
    'click',
    (e) => {
      if (!fromPage(e) || e.button !== 0) return;
      const sel = doc.getSelection();
      if (sel && !sel.isCollapsed) return;
      input.click(e.clientX, e.clientY);
    },
    opts,
  );
  doc.addEventListener(
    'mousemove',
    (e) => {
      // Over Duban's own UI nothing of the page is hovered.
      if (!fromPage(e)) return;
      hoverAt = { x: e.clientX, y: e.clientY };
      schedule();
    },
    opts,
  );
  const onViewport = (e: Event) => {
    if (!e.isTrusted) return;
    viewport = true;
    schedule();
  };
  doc.addEventListener('scroll', onViewport, opts);
  win.addEventListener('resize', onViewport, opts);

  return () => {
    ac.abort();
    for (const t of timers) clearTimeout(t);
    timers.clear();
    if (frame) win.cancelAnimationFrame(frame);
  };
}
