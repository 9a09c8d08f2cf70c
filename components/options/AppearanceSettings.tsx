import { useId } from 'preact/hooks';
import { LANGS, isLang } from '../../utils/i18n/lang';
import { isTheme, THEMES } from '../../utils/settings/settings';
import type { Settings, Theme } from '../../utils/settings/types';
import { useStrings } from '../shared/i18n';
import { LANG_NAMES, OPTIONS as CATALOG } from './strings';

interface Props {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

/** The UI language and the theme: two native selects, each with its visible label. */
export function AppearanceSettings({ settings, onChange }: Props) {
  const OPTIONS = useStrings(CATALOG);
  const id = useId();
  const themeNames: Record<Theme, string> = { auto: OPTIONS.themeAuto, light: OPTIONS.themeLight, dark: OPTIONS.themeDark };
  return (
    <section class="appearance" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{OPTIONS.appearanceTitle}</h2>
      <div class="row wrap">
        <label class="field">
          <span>{OPTIONS.language}</span>
          <select
            value={settings.lang}
            onChange={(e) => {
              const lang = e.currentTarget.value;
              if (isLang(lang)) onChange({ ...settings, lang });
            }}
          >
            {LANGS.map((l) => (
              // Each name in its own language, and marked so for screen readers.
              <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{OPTIONS.theme}</span>
          <select
            value={settings.theme}
            onChange={(e) => {
              const theme = e.currentTarget.value;
              if (isTheme(theme)) onChange({ ...settings, theme });
            }}
          >
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {themeNames[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
