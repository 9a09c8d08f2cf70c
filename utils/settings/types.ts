import type { Lang } from '../i18n/lang';

/** How the extension's pages and the annotator look: follow the system, or force light or dark. */
export type Theme = 'auto' | 'light' | 'dark';

/** The reader's preferences, stored in `browser.storage.local` under SETTINGS_KEY. */
export interface Settings {
  lang: Lang;
  theme: Theme;
}
