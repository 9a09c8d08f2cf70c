import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { EditorView } from '../../utils/annotator/controller';
import { editorFrameSrc, pressedOutsideRequest, readEditorSignal, type EditorPage } from '../../utils/annotator/editor-frame';
import type { NoteEditorAction } from '../../utils/messaging';
import { placeNear } from './position';
import { useStrings } from '../shared/i18n';
import { STRINGS as CATALOG } from './strings';

/** The editor page's size: fixed, so it is placed before it has loaded (its layout fits it, see entrypoints/note-editor/style.css). */
export const EDITOR_WIDTH = 380;
export const EDITOR_HEIGHT = 340;

export interface NoteEditorFrameProps {
  view: EditorView;
  editorPage: EditorPage;
  viewport: { width: number; height: number };
  onSignal: (key: number, action: NoteEditorAction) => void;
}

/**
 * The note editor on the page: an iframe of the extension's note editor page, inside the
 * annotator's closed shadow root. Keys typed in a cross-origin frame are events of that frame's
 * document only, so the page's capture listeners on `window`/`document` never see the note.
 *
 * It listens for the editor's signals (close / saved / deleted) and passes on the reader's presses
 * outside it; see utils/annotator/editor-frame.ts for why each message is trusted.
 */
export function NoteEditorFrame({ view, editorPage, viewport, onSignal }: NoteEditorFrameProps) {
  const STRINGS = useStrings(CATALOG);
  const frame = useRef<HTMLIFrameElement>(null);
  const src = useMemo(() => editorFrameSrc(editorPage.url, view.id, view.nonce), [editorPage.url, view.id, view.nonce]);
  const { origins } = editorPage;
  const latest = useRef(onSignal);
  latest.current = onSignal;

  useEffect(() => {
    const el = frame.current;
    const win = el?.ownerDocument.defaultView;
    if (!el || !win) return undefined;
    const onMessage = (e: MessageEvent) => {
      const action = readEditorSignal(e, el.contentWindow, origins, view.nonce);
      if (action) latest.current(view.key, action);
    };
    win.addEventListener('message', onMessage);
    return () => win.removeEventListener('message', onMessage);
  }, [view.key, view.nonce, origins]);

  useEffect(() => {
    const win = frame.current?.contentWindow;
    if (view.pressedOutside === 0 || !win) return;
    // To the editor page's origins only (a document has one: at most one copy is delivered), so a
    // page that navigated the frame to a page of its own learns nothing.
    for (const o of origins) win.postMessage(pressedOutsideRequest(view.nonce), o);
  }, [view.pressedOutside, view.nonce, origins]);

  const pos = placeNear(view.rect, EDITOR_WIDTH, EDITOR_HEIGHT, viewport);
  return (
    <iframe
      ref={frame}
      class="float editor-frame"
      src={src}
      title={STRINGS.editorTitle}
      width={EDITOR_WIDTH}
      height={EDITOR_HEIGHT}
      style={{ left: `${pos.left}px`, top: `${pos.top}px` }}
      // The keyboard goes to the note at once (the editor page then focuses its textarea).
      onLoad={() => frame.current?.focus({ preventScroll: true })}
    />
  );
}
