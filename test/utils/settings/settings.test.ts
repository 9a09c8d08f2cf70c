import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, settingsChange } from '../../../utils/settings/settings';

describe('readSettings', () => {
  it.each([
    ['nothing stored (first run)', undefined, { lang: 'zh', theme: 'auto', reminders: false }],
    ['null', null, { lang: 'zh', theme: 'auto', reminders: false }],
    ['not an object', 'en', { lang: 'zh', theme: 'auto', reminders: false }],
    ['an array', ['en', 'dark'], { lang: 'zh', theme: 'auto', reminders: false }],
    ['both set', { lang: 'en', theme: 'dark' }, { lang: 'en', theme: 'dark', reminders: false }],
    ['only the language', { lang: 'en' }, { lang: 'en', theme: 'auto', reminders: false }],
    ['only the theme', { theme: 'light' }, { lang: 'zh', theme: 'light', reminders: false }],
    ['unknown values', { lang: 'fr', theme: 'sepia' }, { lang: 'zh', theme: 'auto', reminders: false }],
    ['wrong types', { lang: 1, theme: true }, { lang: 'zh', theme: 'auto', reminders: false }],
    ['reminders on', { lang: 'en', theme: 'dark', reminders: true }, { lang: 'en', theme: 'dark', reminders: true }],
    ['only reminders', { reminders: true }, { lang: 'zh', theme: 'auto', reminders: true }],
    ['reminders not a boolean', { reminders: 'yes' }, { lang: 'zh', theme: 'auto', reminders: false }],
    ['reminders a number', { reminders: 1 }, { lang: 'zh', theme: 'auto', reminders: false }],
    ['extra fields (dropped)', { lang: 'en', theme: 'dark', fontSize: 20 }, { lang: 'en', theme: 'dark', reminders: false }],
  ])('%s', (_name, stored, expected) => {
    expect(readSettings(stored)).toEqual(expected);
  });

  it('defaults to Chinese following the system theme, reminders off', () => {
    expect(DEFAULT_SETTINGS).toEqual({ lang: 'zh', theme: 'auto', reminders: false });
  });
});

describe('settingsChange', () => {
  it('reads the new settings of a change to the local area', () => {
    expect(settingsChange({ [SETTINGS_KEY]: { newValue: { lang: 'en', theme: 'dark' } } }, 'local')).toEqual({ lang: 'en', theme: 'dark', reminders: false });
    // Removed: back to the defaults.
    expect(settingsChange({ [SETTINGS_KEY]: {} }, 'local')).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores other keys and other areas', () => {
    expect(settingsChange({ other: { newValue: 1 } }, 'local')).toBeNull();
    expect(settingsChange({ [SETTINGS_KEY]: { newValue: { lang: 'en' } } }, 'sync')).toBeNull();
  });
});
