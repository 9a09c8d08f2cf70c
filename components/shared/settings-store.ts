import { browser } from 'wxt/browser';
import { LOCALE } from '../../utils/i18n/lang';
import { readSettings, SETTINGS_KEY, settingsChange } from '../../utils/settings/settings';
import type { Settings } from '../../utils/settings/types';

/**
 * The reader's settings in `browser.storage.local` (small, synchronous to read for every context,
 * and `storage.onChanged` tells every page and content script when the options page changes them).
 * The only place that touches that storage: components receive the values.
 */
export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return readSettings(got[SETTINGS_KEY]);
  } catch {
    // No storage (a test page, the extension going away): the defaults still give a working UI.
    return readSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new settings whenever they change anywhere; returns the unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = settingsChange(changes, area);
    if (next) listener(next);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The page's language (for screen readers and fonts) and theme, on its root element. */
export function applyDocumentSettings(doc: Document, settings: Settings): void {
  doc.documentElement.lang = LOCALE[settings.lang];
  doc.documentElement.dataset.theme = settings.theme;
}
