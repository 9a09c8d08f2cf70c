/**
 * Page changes, settled: a MutationObserver on `target` (children, subtree, text — observe
 * `document.documentElement`, so an SPA that replaces <body> is still seen) that calls `onSettled`
 * once the page has been quiet for `delay` ms, or at the latest `maxWait` ms after the burst began
 * (a page that never goes quiet — a ticking clock, a live feed — is still followed). Late content
 * and SPA re-renders come in bursts, and re-anchoring once per burst is enough.
 *
 * Mutations inside `ignore` (Duban's own host), adding or removing only such nodes, or inside
 * <head> never count, so painting our UI cannot loop back into re-anchoring. `onSettled` is told
 * how much text the burst added (what was added less what was removed, over the whole burst, if
 * positive): a clock that rewrites its digits adds nothing.
 */
export interface SettledBurst {
  addedChars: number;
}

const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function textLength(node: Node, ignore: (node: Node) => boolean): number {
  if (ignore(node) || NO_TEXT.has(node.nodeName)) return 0;
  return node.textContent?.length ?? 0;
}

export function watchMutations(target: Node, opts: { ignore: (node: Node) => boolean; delay: number; maxWait?: number; onSettled: (burst: SettledBurst) => void }): () => void {
  const doc = target.nodeType === 9 ? (target as Document) : target.ownerDocument;
  const win = doc?.defaultView;
  if (!doc || !win) return () => {};
  let quiet: ReturnType<typeof setTimeout> | null = null;
  let cap: ReturnType<typeof setTimeout> | null = null;
  let added = 0;

  const clear = () => {
    if (quiet !== null) clearTimeout(quiet);
    if (cap !== null) clearTimeout(cap);
    quiet = cap = null;
  };
  const fire = () => {
    clear();
    const addedChars = Math.max(0, added);
    added = 0;
    opts.onSettled({ addedChars });
  };
  const inHead = (node: Node): boolean => doc.head !== null && doc.head.contains(node);
  const counts = (r: MutationRecord): boolean => {
    if (opts.ignore(r.target) || inHead(r.target)) return false;
    if (r.type !== 'childList') return true;
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    return nodes.length === 0 || nodes.some((n) => !opts.ignore(n));
  };
  const growth = (r: MutationRecord): number => {
    if (r.type === 'characterData') return (r.target.textContent?.length ?? 0) - (r.oldValue?.length ?? 0);
    if (r.type !== 'childList') return 0;
    let n = 0;
    for (const node of Array.from(r.addedNodes)) n += textLength(node, opts.ignore);
    for (const node of Array.from(r.removedNodes)) n -= textLength(node, opts.ignore);
    return n;
  };

  const observer = new win.MutationObserver((records) => {
    const relevant = records.filter(counts);
    if (relevant.length === 0) return;
    for (const r of relevant) added += growth(r);
    if (quiet !== null) clearTimeout(quiet);
    quiet = setTimeout(fire, opts.delay);
    if (cap === null && opts.maxWait !== undefined) cap = setTimeout(fire, opts.maxWait);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  return () => {
    observer.disconnect();
    clear();
  };
}
