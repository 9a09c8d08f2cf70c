import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { EditorView } from '../../utils/annotator/controller';
import { editorFrameSrc, handOffPorts, pressedOutsideRequest, readEditorSignal, type EditorPage } from '../../utils/annotator/editor-frame';
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
  /** Closed, staying hidden a moment before it goes (use-retiring.ts): out of sight, of reach and of the keyboard. */
  retiring?: boolean;
}

/**
 * The note editor on the page: an iframe of the extension's note editor page, inside the
 * annotator's closed shadow root. Keys typed in a cross-origin frame are events of that frame's
 * document only, so the page's capture listeners on `window`/`document` never see the note.
 *
 * Once the frame has loaded it hands the editor a MessagePort (targeted at the editor's origin), and
 * hears the editor's signals (close / saved / deleted) and passes on the reader's presses outside
 * it over that port only: nothing goes through the page's window (utils/annotator/editor-frame.ts).
 */
export function NoteEditorFrame({ view, editorPage, viewport, onSignal, retiring = false }: NoteEditorFrameProps) {
  const STRINGS = useStrings(CATALOG);
  const frame = useRef<HTMLIFrameElement>(null);
  const src = useMemo(() => editorFrameSrc(editorPage.url, view.id, view.nonce), [editorPage.url, view.id, view.nonce]);
  const { origins } = editorPage;
  const latest = useRef(onSignal);
  latest.current = onSignal;
  /** Our ends of the channels handed to the editor on its last load (at most one is connected). */
  const ports = useRef<MessagePort[]>([]);

  const closePorts = () => {
    for (const p of ports.current) p.close();
    ports.current = [];
  };
  useEffect(() => closePorts, []);

  const onLoad = () => {
    const el = frame.current;
    const win = el?.contentWindow;
    closePorts();
    if (el && win) {
      ports.current = handOffPorts(win, origins, view.nonce);
      for (const p of ports.current) {
        p.onmessage = (e: MessageEvent) => {
          const action = readEditorSignal(e.data);
          if (action) latest.current(view.key, action);
        };
      }
    }
    // The keyboard goes to the note at once (the editor page then focuses its textarea) — unless it closed meanwhile.
    if (!retiring) el?.focus({ preventScroll: true });
  };

  useEffect(() => {
    if (view.pressedOutside === 0) return;
    for (const p of ports.current) p.postMessage(pressedOutsideRequest());
  }, [view.pressedOutside]);

  const pos = placeNear(view.rect, EDITOR_WIDTH, EDITOR_HEIGHT, viewport);
  return (
    <iframe
      ref={frame}
      class={retiring ? 'float editor-frame retiring' : 'float editor-frame'}
      src={src}
      title={STRINGS.editorTitle}
      aria-hidden={retiring ? 'true' : undefined}
      tabIndex={retiring ? -1 : undefined}
      width={EDITOR_WIDTH}
      height={EDITOR_HEIGHT}
      style={{ left: `${pos.left}px`, top: `${pos.top}px` }}
      onLoad={onLoad}
    />
  );
}
