import { render, type ComponentType } from 'preact';
import { SettingsRoot } from './SettingsRoot';
import { loadSettings } from './settings-store';

/**
 * Renders an extension page's App into `#app` once the reader's settings are read, so the page
 * opens in their language and theme (no flash of the default).
 */
export function mountWithSettings(App: ComponentType): void {
  const root = document.getElementById('app');
  if (!root) return;
  void loadSettings().then((settings) =>
    render(
      <SettingsRoot initial={settings}>
        <App />
      </SettingsRoot>,
      root,
    ),
  );
}
