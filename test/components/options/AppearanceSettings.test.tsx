// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppearanceSettings } from '../../../components/options/AppearanceSettings';
import { LangProvider } from '../../../components/shared/i18n';
import type { Settings } from '../../../utils/settings/types';

afterEach(cleanup);

describe('AppearanceSettings', () => {
  it('offers the languages, each named in itself, and the themes, under visible labels', () => {
    const onChange = vi.fn<(s: Settings) => void>();
    render(<AppearanceSettings settings={{ lang: 'zh', theme: 'auto', reminders: false }} onChange={onChange} />);
    const lang = screen.getByRole('combobox', { name: '语言 Language' }) as HTMLSelectElement;
    expect([...lang.options].map((o) => o.textContent)).toEqual(['中文', 'English']);
    expect(lang.value).toBe('zh');
    const theme = screen.getByRole('combobox', { name: '外观' }) as HTMLSelectElement;
    expect([...theme.options].map((o) => o.textContent)).toEqual(['跟随系统', '浅色', '深色']);

    fireEvent.change(lang, { target: { value: 'en' } });
    expect(onChange).toHaveBeenLastCalledWith({ lang: 'en', theme: 'auto', reminders: false });
    fireEvent.change(theme, { target: { value: 'dark' } });
    expect(onChange).toHaveBeenLastCalledWith({ lang: 'zh', theme: 'dark', reminders: false });
  });

  it('speaks English, and still names 中文 in Chinese', () => {
    render(
      <LangProvider lang="en">
        <AppearanceSettings settings={{ lang: 'en', theme: 'light', reminders: false }} onChange={() => {}} />
      </LangProvider>,
    );
    const lang = screen.getByRole('combobox', { name: 'Language 语言' }) as HTMLSelectElement;
    expect([...lang.options].map((o) => o.textContent)).toEqual(['中文', 'English']);
    expect(lang.value).toBe('en');
    const theme = screen.getByRole('combobox', { name: 'Theme' }) as HTMLSelectElement;
    expect([...theme.options].map((o) => o.textContent)).toEqual(['System', 'Light', 'Dark']);
    expect(theme.value).toBe('light');
  });
});
