import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import type { Settings } from '../../utils/settings/types';
import { LangProvider } from './i18n';
import { applyDocumentSettings } from './settings-store';
import { useSettings } from './use-settings';

const SettingsContext = createContext<Settings>(DEFAULT_SETTINGS);

/**
 * The root of an extension page: follows the stored settings, puts the language and theme on the
 * document, and gives the language to every component below (useStrings).
 */
export function SettingsRoot({ initial, children }: { initial: Settings; children: ComponentChildren }) {
  const settings = useSettings(initial);
  // Before the first paint: the page never shows in the other theme, even for a frame.
  useLayoutEffect(() => applyDocumentSettings(document, settings), [settings]);
  return (
    <SettingsContext.Provider value={settings}>
      <LangProvider lang={settings.lang}>{children}</LangProvider>
    </SettingsContext.Provider>
  );
}

/** The current settings, for the page that edits them (the options page). */
export function useCurrentSettings(): Settings {
  return useContext(SettingsContext);
}
