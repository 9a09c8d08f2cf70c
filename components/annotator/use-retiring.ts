import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The value shown until just now, kept for `ms` after it was replaced or cleared, so that a
 * closing iframe outlives the input that closed it. The note editor closes on a key (Esc,
 * Ctrl+Enter) or a click inside its own frame; taking the frame out of the page in the same
 * instant can drop that input's last events (the key's release) with it, and Chromium then never
 * acknowledges them to whoever sent them — an automation driver waits forever. A hidden frame (no
 * focus, no pointer, nothing for a screen reader) for a moment more costs the reader nothing.
 *
 * Worked out during render, not in an effect: the retiring frame must stay mounted through the
 * very commit that closes it (unmounted for one commit, it would be a new, empty frame).
 */
export function useRetiring<T extends { key: number }>(current: T | null, ms: number): T | null {
  const last = useRef<T | null>(null);
  const retiring = useRef<T | null>(null);
  const [, rerender] = useState(0);
  if (last.current && last.current.key !== current?.key) retiring.current = last.current;
  last.current = current;
  const shown = retiring.current;

  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => {
      if (retiring.current !== shown) return;
      retiring.current = null;
      rerender((n) => n + 1);
    }, ms);
    return () => clearTimeout(timer);
  }, [shown, ms]);
  return shown;
}
