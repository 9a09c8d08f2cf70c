import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { writtenDeadline } from '../../utils/notice/written-deadline';
import { isDubanEvent } from '../../utils/messaging';
import type { Commitment } from '../../utils/notice/types';
import type { TrackedPatch } from '../../utils/storage/tracked';
import type { TrackedCommitment } from '../../utils/tracking/types';
import { annotatorOf, bg } from './clients';

export interface Tracker {
  items: TrackedCommitment[];
  /** Texts of the commitments being tracked right now (buttons show "Tracking…"). */
  busy: ReadonlySet<string>;
  track: (c: Commitment) => Promise<void>;
  trackAll: (cs: Commitment[]) => Promise<void>;
  update: (id: string, patch: TrackedPatch) => void;
  untrack: (id: string) => void;
  undo: () => void;
  /** The item just untracked, until undone or replaced. */
  removed: TrackedCommitment | null;
}

/**
 * The tracked commitments of the tab's notice, kept live: read from the background, re-read on
 * every 'tracked-changed' for this page. Tracking highlights the sentence through the tab's
 * annotator (only it can describe the passage on the page), then stores the item with the
 * highlight's id; a passage that cannot be placed is tracked anyway, without a highlight.
 */
export function useTracked(tabId: number, pageUrl: string, onError: (message: string | null) => void, highlightFailed: string): Tracker {
  const [items, setItems] = useState<TrackedCommitment[]>([]);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [removed, setRemoved] = useState<TrackedCommitment | null>(null);

  const refresh = useCallback(async () => {
    const r = await bg('tracked-list', { url: pageUrl });
    if (r.ok) setItems(r.value);
    else onError(r.message);
  }, [pageUrl, onError]);

  useEffect(() => {
    void refresh();
    const onMessage = (m: unknown) => {
      if (isDubanEvent(m) && m.type === 'tracked-changed' && (m.pageUrl === null || m.pageUrl === pageUrl)) void refresh();
      // Never answers: the background's own listener replies to requests.
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [pageUrl, refresh]);

  const trackOne = async (c: Commitment): Promise<boolean> => {
    const h = await annotatorOf(tabId)('annotator-highlight-passage', { start: c.start, end: c.end, category: 'commitment' });
    if (!h.ok) {
      onError(h.message);
      return false;
    }
    if (h.value === null) onError(highlightFailed);
    const r = await bg('tracked-create', { pageUrl, text: c.text, annotationId: h.value?.id ?? null, due: c.due, dueAsWritten: writtenDeadline(c) });
    if (!r.ok) onError(r.message);
    return r.ok;
  };

  const run = async (cs: Commitment[]) => {
    setBusy((b) => new Set([...b, ...cs.map((c) => c.text)]));
    onError(null);
    try {
      // One at a time: each highlight is painted before the next passage is described.
      for (const c of cs) if (!(await trackOne(c))) break;
    } finally {
      setBusy((b) => new Set([...b].filter((x) => !cs.some((c) => c.text === x))));
      await refresh();
    }
  };

  const write = (p: Promise<{ ok: boolean; message?: string }>) =>
    void p.then((r) => {
      if (!r.ok && r.message) onError(r.message);
      void refresh();
    });

  return {
    items,
    busy,
    removed,
    track: (c) => run([c]),
    trackAll: (cs) => run(cs.filter((c) => !items.some((i) => i.text === c.text))),
    update: (id, patch) => write(bg('tracked-update', { id, patch })),
    untrack: (id) => {
      const item = items.find((i) => i.id === id) ?? null;
      setRemoved(item);
      write(bg('tracked-delete', { id }));
    },
    undo: () => {
      if (!removed) return;
      setRemoved(null);
      write(bg('tracked-undo', { id: removed.id }));
    },
  };
}
