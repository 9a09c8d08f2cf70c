// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hitTest } from '../../../utils/annotator/hit-test';
import { watchMutations } from '../../../utils/annotator/mutation-watch';
import { documentOrder, hasStale, hasUnplaced, isStale, type Placement } from '../../../utils/annotator/page-anchors';
import { listenToPage, type PageInput } from '../../../utils/annotator/page-events';
import { rangeStartElement, selectedRange } from '../../../utils/annotator/selection';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
  document.documentElement.querySelectorAll('duban-annotator').forEach((e) => e.remove());
  vi.restoreAllMocks();
});

function text(s: string, tag = 'p'): Text {
  const el = document.createElement(tag);
  el.textContent = s;
  document.body.appendChild(el);
  return el.firstChild as Text;
}

function range(node: Text, from: number, to: number, endNode: Text = node): Range {
  const r = document.createRange();
  r.setStart(node, from);
  r.setEnd(endNode, to);
  return r;
}

const placement = (id: string, r: Range | null, status: Placement['status'] = 'anchored'): Placement => ({ id, category: 'c', status, range: r, text: r ? r.toString() : '' });

/** happy-dom events have no isTrusted: tests say which they are. */
function trusted<E extends Event>(e: E, value = true): E {
  Object.defineProperty(e, 'isTrusted', { value });
  return e;
}

describe('selectedRange', () => {
  it('gives a copy of a selection with text in the body', () => {
    const t = text('一是整改。');
    document.getSelection()?.addRange(range(t, 0, 4));
    const r = selectedRange(document, () => false);
    expect(r?.toString()).toBe('一是整改');
    document.getSelection()?.removeAllRanges();
    expect(r?.toString()).toBe('一是整改');
  });

  it('ignores collapsed, blank, and our own selections', () => {
    const t = text('一是  整改');
    const sel = document.getSelection();
    sel?.addRange(range(t, 2, 2));
    expect(selectedRange(document, () => false)).toBeNull();
    sel?.removeAllRanges();
    sel?.addRange(range(t, 2, 4));
    expect(selectedRange(document, () => false)).toBeNull();
    sel?.removeAllRanges();
    sel?.addRange(range(t, 0, 4));
    expect(selectedRange(document, (n) => n === t || n === t.parentNode)).toBeNull();
  });

  it('finds the element a range starts in', () => {
    const t = text('甲乙');
    expect(rangeStartElement(range(t, 0, 1))?.localName).toBe('p');
  });
});

describe('placements', () => {
  it('go stale when the text under them changes or leaves the page', () => {
    const t = text('一是整改。二是落实。');
    const p = placement('a', range(t, 0, 4));
    expect(isStale(p)).toBe(false);
    t.data = '一是改正。二是落实。';
    expect(isStale(p)).toBe(true);
    const u = text('三是督办。');
    const q = placement('b', range(u, 0, 4));
    u.parentElement?.remove();
    expect(isStale(q)).toBe(true);
  });

  it('tell stale ones from ones not placed yet', () => {
    const t = text('一是整改。');
    const placed = placement('a', range(t, 0, 4));
    expect(hasStale([placed])).toBe(false);
    expect(hasUnplaced([placed])).toBe(false);
    expect(hasUnplaced([placed, placement('b', null, 'orphaned')])).toBe(true);
    expect(hasStale([placed, placement('b', null, 'orphaned')])).toBe(false);
    t.data = '二是落实。';
    expect(hasStale([placed])).toBe(true);
  });

  it('are ordered as they sit in the document, unplaced ones left out', () => {
    const t1 = text('第一段。');
    const t2 = text('第二段。');
    expect(documentOrder([placement('second', range(t2, 0, 3)), placement('lost', null, 'orphaned'), placement('first', range(t1, 0, 3)), placement('inner', range(t1, 1, 2))])).toEqual([
      'first',
      'inner',
      'second',
    ]);
  });
});

describe('hitTest', () => {
  it('finds the shortest range holding the caret and the point', () => {
    const t = text('一二三四五六七八九十');
    const outer = range(t, 0, 8);
    const inner = range(t, 2, 4);
    outer.getClientRects = () => [new DOMRect(0, 0, 80, 20)] as unknown as DOMRectList;
    inner.getClientRects = () => [new DOMRect(20, 0, 20, 20)] as unknown as DOMRectList;
    // happy-dom does no layout: ten pixels per character on one line.
    const doc = document as unknown as { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } };
    doc.caretPositionFromPoint = (x: number) => ({ offsetNode: t, offset: Math.floor(x / 10) });
    const targets = [
      { id: 'outer', range: outer },
      { id: 'inner', range: inner },
    ];
    expect(hitTest(document, 25, 10, targets)?.id).toBe('inner');
    expect(hitTest(document, 65, 10, targets)?.id).toBe('outer');
    // Beside the line: the caret is found, the line boxes say no.
    expect(hitTest(document, 95, 10, targets)).toBeNull();
    delete doc.caretPositionFromPoint;
  });
});

describe('watchMutations', () => {
  it('calls back once per burst, and never for changes inside our own host', async () => {
    const host = document.createElement('duban-annotator');
    document.body.appendChild(host);
    const onSettled = vi.fn();
    const stop = watchMutations(document.body, { ignore: (n) => n === host || host.contains(n), delay: 30, onSettled });
    host.appendChild(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 80));
    expect(onSettled).not.toHaveBeenCalled();
    text('甲');
    text('乙');
    await new Promise((r) => setTimeout(r, 10));
    text('丙');
    await new Promise((r) => setTimeout(r, 80));
    expect(onSettled).toHaveBeenCalledTimes(1);
    stop();
    text('丁');
    await new Promise((r) => setTimeout(r, 80));
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  /** Lets the MutationObserver deliver its records (a microtask), then moves the fake clock on. */
  async function tick(ms: number): Promise<void> {
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(ms);
  }

  it('still calls back, at most every maxWait, on a page that never goes quiet — and says how much text came', async () => {
    vi.useFakeTimers();
    try {
      const clock = text('12:00:00');
      const onSettled = vi.fn();
      const stop = watchMutations(document.documentElement, { ignore: () => false, delay: 250, maxWait: 2000, onSettled });
      // A clock ticking every 100 ms: never quiet for 250 ms.
      for (let i = 0; i < 45; i++) {
        clock.data = `12:00:${String(i).padStart(2, '0')}`;
        await tick(100);
      }
      expect(onSettled).toHaveBeenCalledTimes(2);
      // Rewriting the digits adds no text.
      expect(onSettled.mock.calls.map((c) => (c[0] as { addedChars: number }).addedChars)).toEqual([0, 0]);
      await tick(300);
      onSettled.mockClear();
      // Replacing the clock's text node: added and removed in one record, no growth either.
      (clock.parentElement as HTMLElement).textContent = '12:01:00';
      await tick(300);
      expect(onSettled.mock.calls).toEqual([[{ addedChars: 0 }]]);
      text('迟到的正文内容：一是整改落实，二是建立长效机制，三是加强监督。');
      await tick(300);
      expect((onSettled.mock.calls[1]?.[0] as { addedChars: number }).addedChars).toBeGreaterThanOrEqual(20);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('watches the whole document: a replaced <body> is still seen, our host and <head> are not', async () => {
    vi.useFakeTimers();
    try {
      const host = document.createElement('duban-annotator');
      const onSettled = vi.fn();
      const stop = watchMutations(document.documentElement, { ignore: (n) => n === host || host.contains(n), delay: 50, onSettled });
      document.documentElement.appendChild(host);
      host.appendChild(document.createElement('div'));
      document.head.appendChild(document.createElement('style')).textContent = 'p { color: red }';
      await tick(100);
      expect(onSettled).not.toHaveBeenCalled();
      const old = document.body;
      const body = document.createElement('body');
      document.documentElement.replaceChild(body, old);
      await tick(100);
      expect(onSettled).toHaveBeenCalledTimes(1);
      body.appendChild(document.createElement('p')).textContent = '新的 body 里迟到的一大段正文，足够二十个字符以上。';
      await tick(100);
      expect(onSettled).toHaveBeenCalledTimes(2);
      expect((onSettled.mock.calls[1]?.[0] as { addedChars: number }).addedChars).toBeGreaterThanOrEqual(20);
      stop();
      document.documentElement.replaceChild(old, body);
      host.remove();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('listenToPage', () => {
  function input(): PageInput & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      selectionEnded: (focus) => calls.push(`selection:${focus}`),
      pressedOutside: () => calls.push('pressed'),
      hover: () => calls.push('hover'),
      click: () => calls.push('click'),
      viewportChanged: () => calls.push('viewport'),
      escape: () => calls.push('escape'),
    };
  }

  it('acts on trusted input only, and not on input inside our UI', async () => {
    const host = document.createElement('duban-annotator');
    document.documentElement.appendChild(host);
    const i = input();
    const stop = listenToPage(document, (n) => n === host, i);
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.body.dispatchEvent(trusted(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }), false));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    host.dispatchEvent(trusted(new MouseEvent('mouseup', { bubbles: true })));
    await new Promise((r) => setTimeout(r, 10));
    expect(i.calls).toEqual([]);

    document.body.dispatchEvent(trusted(new MouseEvent('mouseup', { bubbles: true })));
    document.body.dispatchEvent(trusted(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true })));
    document.body.dispatchEvent(trusted(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true, bubbles: true })));
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    document.body.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await new Promise((r) => setTimeout(r, 10));
    expect(i.calls.sort()).toEqual(['click', 'escape', 'selection:false', 'selection:true', 'selection:true']);
    stop();
    document.body.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(i.calls).toHaveLength(5);
  });
});
