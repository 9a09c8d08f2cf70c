import type { NoteEditorAction } from '../messaging';

/**
 * The channel between the annotator and the note editor iframe. The note is typed in an extension
 * page (entrypoints/note-editor) embedded in the annotator's closed shadow root, so the page's
 * scripts never see its keystrokes; the annotator and the editor only tell each other when to close.
 *
 * Nothing goes through the page's window. Messages posted to the parent window would reach the
 * page's own `message` listeners with their `origin` (the extension's id in Chrome, defeating
 * `use_dynamic_url`; the per-install moz-extension UUID in Firefox, a stable tracking id) and a
 * handle on our frame (`source`). Instead, once the iframe has loaded, the annotator hands it one
 * end of a `MessageChannel` with a message targeted at the editor's origin (the page never
 * receives it), and from then on both ends talk over the port only. The editor accepts the port
 * only from its parent window and with its nonce (from its URL, which the page never sees).
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

/** The port hand-off, from the annotator to the editor's window (targeted at the editor's origin). */
export interface PortHandoff {
  duban: 'note-editor-port';
  nonce: string;
}

/** Editor → annotator, over the port. */
export interface EditorSignalMessage {
  duban: 'note-editor';
  action: NoteEditorAction;
}

/** Annotator → editor, over the port. */
export interface PressedOutsideMessage {
  duban: 'note-editor';
  action: 'pressed-outside';
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

export function portHandoff(nonce: string): PortHandoff {
  return { duban: 'note-editor-port', nonce };
}

/** Something that can post a message with a transfer list: the iframe's `contentWindow`. */
export interface HandoffTarget {
  postMessage(message: unknown, targetOrigin: string, transfer: Transferable[]): void;
}

/**
 * In the annotator, once the editor iframe has loaded: hands a fresh port to its window, one per
 * origin the editor document may have (a port goes with the message it is transferred by, and a
 * message whose target origin does not match is dropped — with its port — so each origin gets its
 * own channel; at most one is delivered). Returns the annotator's ends: listen on each, post on each.
 * A page that navigated our frame to a page of its own gets nothing: its origin matches none.
 */
export function handOffPorts(target: HandoffTarget, origins: readonly string[], nonce: string, makeChannel: () => MessageChannel = () => new MessageChannel()): MessagePort[] {
  const ours: MessagePort[] = [];
  for (const origin of origins) {
    const channel = makeChannel();
    try {
      target.postMessage(portHandoff(nonce), origin, [channel.port2]);
      ours.push(channel.port1);
    } catch {
      // The frame is gone (or the origin string is malformed): this channel goes nowhere.
      channel.port1.close();
    }
  }
  return ours;
}

/**
 * In the editor page: the port of an annotator's hand-off, or null when the message is not one.
 * Only from the embedding window (our parent) and with this editor's nonce: the page's scripts
 * share that window, but they cannot reach this frame, nor know the nonce.
 */
export function readPortHandoff(e: Pick<MessageEvent, 'source' | 'data' | 'ports'>, parent: Window, nonce: string): MessagePort | null {
  if (e.source !== parent || nonce === '') return null;
  const d = fields(e.data);
  if (!d || d.duban !== 'note-editor-port' || d.nonce !== nonce) return null;
  return e.ports[0] ?? null;
}

export function editorSignal(action: NoteEditorAction): EditorSignalMessage {
  return { duban: 'note-editor', action };
}

/** In the annotator: the action of a message from the editor's port, or null when it is not one. */
export function readEditorSignal(data: unknown): NoteEditorAction | null {
  const d = fields(data);
  if (!d || d.duban !== 'note-editor') return null;
  return ACTIONS.find((a) => a === d.action) ?? null;
}

export function pressedOutsideRequest(): PressedOutsideMessage {
  return { duban: 'note-editor', action: 'pressed-outside' };
}

/** In the editor page: whether a message on its port is the annotator's "pressed outside". */
export function isPressedOutside(data: unknown): boolean {
  const d = fields(data);
  return d !== null && d.duban === 'note-editor' && d.action === 'pressed-outside';
}
