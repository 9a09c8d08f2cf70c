import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SettingsRoot } from '../../components/shared/SettingsRoot';
import { loadSettings } from '../../components/shared/settings-store';
import { editorSignal, isPressedOutside } from '../../utils/annotator/editor-frame';
import { createClient, type BackgroundRequests, type NoteEditorAction } from '../../utils/messaging';
import { App } from './App';
import './style.css';

// Opened by the annotator as `note-editor.html?id=<annotation id>&nonce=<random>` in an iframe
// inside its closed shadow root (components/annotator/NoteEditorFrame.tsx).
const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const nonce = params.get('nonce') ?? '';

const client = createClient<BackgroundRequests>((m) => browser.runtime.sendMessage(m));

// '*': the page's origin is not known here, and nothing secret goes out — the action and the nonce,
// which dies with this editor (the annotator checks that the message comes from this frame).
const signal = (action: NoteEditorAction): void => window.parent.postMessage(editorSignal(nonce, action), '*');

const onPressedOutside = (listener: () => void): (() => void) => {
  const onMessage = (e: MessageEvent) => {
    if (isPressedOutside(e, window.parent, nonce)) listener();
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
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
