import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SettingsRoot } from '../../components/shared/SettingsRoot';
import { loadSettings } from '../../components/shared/settings-store';
import { editorSignal, isPressedOutside, readPortHandoff } from '../../utils/annotator/editor-frame';
import { createClient, type BackgroundRequests, type NoteEditorAction } from '../../utils/messaging';
import { App } from './App';
import './style.css';

// Opened by the annotator as `note-editor.html?id=<annotation id>&nonce=<random>` in an iframe
// inside its closed shadow root (components/annotator/NoteEditorFrame.tsx).
const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const nonce = params.get('nonce') ?? '';

const client = createClient<BackgroundRequests>((m) => browser.runtime.sendMessage(m));

// The annotator hands this page a MessagePort once the frame has loaded (targeted at this page's
// origin, so the embedding page never sees it): every signal goes over that port, and nothing is
// ever posted to the parent window, whose `message` listeners are the page's as well (they would
// learn the extension's origin, and get a handle on this frame). Signals before the port (there
// should be none: the reader cannot act before the frame has loaded) wait for it.
let port: MessagePort | null = null;
const waiting: NoteEditorAction[] = [];
const outside = new Set<() => void>();

window.addEventListener('message', (e: MessageEvent) => {
  // One port per document: the first that comes from our parent with our nonce.
  if (port) return;
  const p = readPortHandoff(e, window.parent, nonce);
  if (!p) return;
  port = p;
  p.onmessage = (m: MessageEvent) => {
    if (isPressedOutside(m.data)) for (const l of outside) l();
  };
  for (const action of waiting.splice(0)) p.postMessage(editorSignal(action));
});

const signal = (action: NoteEditorAction): void => {
  if (port) port.postMessage(editorSignal(action));
  else waiting.push(action);
};

const onPressedOutside = (listener: () => void): (() => void) => {
  outside.add(listener);
  return () => outside.delete(listener);
};

// The annotator focuses the frame once it has loaded; the note may have rendered (and asked for
// the focus) before that, so the focus goes to the textarea whenever the frame gets it empty-handed.
window.addEventListener('focus', () => {
  if (document.activeElement === document.body) document.querySelector<HTMLElement>('textarea, button')?.focus({ preventScroll: true });
});

const root = document.getElementById('app');
if (root) {
  void loadSettings().then((settings) =>
    render(
      <SettingsRoot initial={settings}>
        <App id={id} client={client} signal={signal} onPressedOutside={onPressedOutside} />
      </SettingsRoot>,
      root,
    ),
  );
}
