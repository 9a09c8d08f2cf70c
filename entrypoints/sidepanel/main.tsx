import { render } from 'preact';
import '../../components/panel/panel.css';
import { SettingsRoot } from '../../components/shared/SettingsRoot';
import './style.css';
import { App } from './App';
import { startup } from './startup';

// For bench:ui's breakdown: when the panel's script starts, and when what it shows first is read.
performance.mark('duban:panel-script');
const root = document.getElementById('app');
// Settings, tab, highlights and notice first, all at once (startup.ts): the first render is the
// whole panel, in the reader's language and theme (no flash of the default, no spinner).
if (root) {
  void startup().then((start) => {
    performance.mark('duban:panel-data');
    render(
      <SettingsRoot initial={start.settings}>
        <App startup={start} />
      </SettingsRoot>,
      root,
    );
  });
}
