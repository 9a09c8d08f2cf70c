import type { NoteEditorAction, NoteEditorRequest, NoteEditorSignal } from '../messaging';

/**
 * The two ends of the note editor iframe's `postMessage` channel. The note is typed in an
 * extension page (entrypoints/note-editor) embedded in the annotator's closed shadow root, so the
 * page's scripts never see its keystrokes; the annotator and the editor only tell each other when
 * to close. `postMessage` is visible to the page and open to it (any script can post to `window`),
 * so every message is checked for who sent it and for the editor's nonce, and none carries text.
 */

const ACTIONS: readonly NoteEditorAction[] = ['close', 'saved', 'deleted'];

/** Where the editor page is: its URL, and the origins its document may have. */
export interface EditorPage {
  /** `runtime.getURL('/note-editor.html')`. */
  url: string;
  /**
   * Chrome gives a per-session (dynamic) URL for a resource with `use_dynamic_url` and serves it by
   * redirecting to the extension's own origin, so the document's origin is not the URL's: both count.
   */
  origins: readonly string[];
}

/** An unguessable token per opened editor. `getRandomValues`, not `randomUUID`: on http pages the content script is not a secure context. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The editor page's URL for one annotation: `base` is `runtime.getURL('/note-editor.html')`. */
export function editorFrameSrc(base: string, id: string, nonce: string): string {
  const url = new URL(base);
  url.search = new URLSearchParams({ id, nonce }).toString();
  return url.href;
}

function fields(data: unknown): { duban?: unknown; nonce?: unknown; action?: unknown } | null {
  return typeof data === 'object' && data !== null ? (data as { duban?: unknown; nonce?: unknown; action?: unknown }) : null;
}

/**
 * The action of a message from the editor iframe, or null when it is not one. Only a message whose
 * `source` is the iframe's own window counts: a page can post messages to its window, but it cannot
 * make them come from our iframe. The origin must be the editor page's too: the page could navigate
 * the iframe (its window stays the same object) to a page of its own.
 */
export function readEditorSignal(e: Pick<MessageEvent, 'source' | 'origin' | 'data'>, frame: Window | null, origins: readonly string[], nonce: string): NoteEditorAction | null {
  if (frame === null || e.source !== frame || !origins.includes(e.origin)) return null;
  const d = fields(e.data);
  if (!d || d.duban !== 'note-editor' || d.nonce !== nonce) return null;
  return ACTIONS.find((a) => a === d.action) ?? null;
}

export function editorSignal(nonce: string, action: NoteEditorAction): NoteEditorSignal {
  return { duban: 'note-editor', nonce, action };
}

export function pressedOutsideRequest(nonce: string): NoteEditorRequest {
  return { duban: 'note-editor', nonce, action: 'pressed-outside' };
}

/**
 * In the editor page: whether a message is the annotator's "pressed outside". It comes from the
 * embedding page's window — which the page's own scripts share — so the nonce (never shown to the
 * page before the editor closes) is what tells the annotator's message from a forged one.
 */
export function isPressedOutside(e: Pick<MessageEvent, 'source' | 'data'>, parent: Window, nonce: string): boolean {
  if (e.source !== parent || nonce === '') return false;
  const d = fields(e.data);
  return d !== null && d.duban === 'note-editor' && d.nonce === nonce && d.action === 'pressed-outside';
}
