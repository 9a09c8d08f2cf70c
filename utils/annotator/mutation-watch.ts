/**
 * Page changes, settled: a MutationObserver on the body (children, subtree, text) that calls
 * `onSettled` once the page has been quiet for `delay` ms — late content and SPA re-renders come
 * in bursts, and re-anchoring once per burst is enough. Mutations inside `ignore` (Duban's own
 * host) never count, so painting our UI cannot loop back into re-anchoring.
 */
export function watchMutations(target: Node, opts: { ignore: (node: Node) => boolean; delay: number; onSettled: () => void }): () => void {
  const win = target.ownerDocument?.defaultView;
  if (!win) return () => {};
  let timer: ReturnType<typeof setTimeout> | null = null;
  const observer = new win.MutationObserver((records) => {
    if (!records.some((r) => !opts.ignore(r.target))) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      opts.onSettled();
    }, opts.delay);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
