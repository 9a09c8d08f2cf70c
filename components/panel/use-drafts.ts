import { useMemo, useRef, useState } from 'preact/hooks';
import type { Annotation } from '../../utils/annotations/types';

/** A note being edited in the panel, with what is needed to show it once its highlight is gone. */
export interface Draft {
  id: string;
  text: string;
  pageUrl: string;
  quote: string;
}

/**
 * Notes being edited, kept above the list so an item that unmounts (regrouping, a refresh that
 * moves it, a tab switch) reopens its editor with what was typed. Keyed by annotation id: another
 * page's items never pick a draft up.
 */
export interface Drafts {
  /** The typed text; undefined when the annotation is not being edited. */
  draftOf: (id: string) => string | undefined;
  /** Opens (or updates) the draft of `annotation`. */
  setDraft: (annotation: Annotation, text: string) => void;
  /** Closes the draft: on save or cancel. */
  clearDraft: (id: string) => void;
  /** Drafts of `pageUrl` whose annotation is not among `live` (deleted meanwhile), oldest first. */
  strays: (pageUrl: string | null, live: readonly Annotation[]) => Draft[];
}

export function useDrafts(): Drafts {
  const map = useRef(new Map<string, Draft>());
  // The owner re-renders when a draft opens or closes; typing only updates the map (the editor
  // keeps its own copy of the text while mounted).
  const [, setVersion] = useState(0);
  return useMemo<Drafts>(() => {
    const bump = () => setVersion((n) => n + 1);
    return {
      draftOf: (id) => map.current.get(id)?.text,
      setDraft: (a, text) => {
        const opened = !map.current.has(a.id);
        map.current.set(a.id, { id: a.id, text, pageUrl: a.pageUrl, quote: a.target.quote.exact });
        if (opened) bump();
      },
      clearDraft: (id) => {
        if (map.current.delete(id)) bump();
      },
      strays: (pageUrl, live) => {
        if (pageUrl === null) return [];
        const ids = new Set(live.map((a) => a.id));
        return [...map.current.values()].filter((d) => d.pageUrl === pageUrl && !ids.has(d.id));
      },
    };
  }, []);
}
