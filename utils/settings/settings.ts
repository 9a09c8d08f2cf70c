import { DEFAULT_LANG, isLang } from '../i18n/lang';
import type { Settings, Theme } from './types';

/** The one `browser.storage.local` key the settings live under. */
export const SETTINGS_KEY = 'settings';

export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export const DEFAULT_SETTINGS: Settings = { lang: DEFAULT_LANG, theme: 'auto', reminders: false };

export function isTheme(x: unknown): x is Theme {
  return x === 'auto' || x === 'light' || x === 'dark';
}

/**
 * The settings from whatever storage holds (nothing on a first run, or a value written by another
 * version): each field that is missing or invalid takes its default, unknown fields are dropped.
 */
export function readSettings(stored: unknown): Settings {
  const o = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    lang: isLang(o.lang) ? o.lang : DEFAULT_SETTINGS.lang,
    theme: isTheme(o.theme) ? o.theme : DEFAULT_SETTINGS.theme,
    reminders: typeof o.reminders === 'boolean' ? o.reminders : DEFAULT_SETTINGS.reminders,
  };
}

/**
 * The new settings in a `storage.onChanged` event, or null when the event is about other keys
 * (or another storage area).
 */
export function settingsChange(changes: Record<string, { newValue?: unknown }>, area: string): Settings | null {
  if (area !== 'local' || !(SETTINGS_KEY in changes)) return null;
  return readSettings(changes[SETTINGS_KEY]?.newValue);
}
