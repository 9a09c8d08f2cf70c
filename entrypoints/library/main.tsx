import { render } from 'preact';
import '../../components/panel/panel.css';
import '../../components/library/library.css';
import { SettingsRoot } from '../../components/shared/SettingsRoot';
import { loadSettings } from '../../components/shared/settings-store';
import { App } from './App';

const root = document.getElementById('app');
// The settings first, so the page opens in the reader's language and theme (no flash of the default).
if (root) {
  void loadSettings().then((settings) =>
    render(
      <SettingsRoot initial={settings}>
        <App />
      </SettingsRoot>,
      root,
    ),
  );
}
