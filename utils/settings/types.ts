import type { Lang } from '../i18n/lang';

/** How the extension's pages and the annotator look: follow the system, or force light or dark. */
export type Theme = 'auto' | 'light' | 'dark';

/** The reader's preferences, stored in `browser.storage.local` under SETTINGS_KEY. */
export interface Settings {
  lang: Lang;
  theme: Theme;
  /**
   * A browser notification when a tracked commitment's due date passes (entrypoints/background/
   * reminders.ts). Off by default: turning it on asks for the optional `alarms` and
   * `notifications` permissions, and it is saved on only when they are granted.
   */
  reminders: boolean;
}
