// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStrings } from '../../../components/shared/i18n';
import { loadSettings, saveSettings } from '../../../components/shared/settings-store';
import { SettingsRoot } from '../../../components/shared/SettingsRoot';
import { defineCatalog } from '../../../utils/i18n/lang';

const HELLO = defineCatalog({ hello: '你好' }, { hello: 'Hello' });

function Hello() {
  return <p>{useStrings(HELLO).hello}</p>;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the settings in browser.storage.local', () => {
  it('read as the defaults before anything is saved, then as saved', async () => {
    expect(await loadSettings()).toEqual({ lang: 'zh', theme: 'auto', reminders: false });
    await saveSettings({ lang: 'en', theme: 'dark', reminders: false });
    expect(await loadSettings()).toEqual({ lang: 'en', theme: 'dark', reminders: false });
  });

  it('switch a page live: language of its strings, lang and data-theme of its root', async () => {
    render(
      <SettingsRoot initial={await loadSettings()}>
        <Hello />
      </SettingsRoot>,
    );
    expect(screen.getByText('你好')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('auto'));
    expect(document.documentElement.lang).toBe('zh-CN');

    await act(() => saveSettings({ lang: 'en', theme: 'dark', reminders: false }));
    await waitFor(() => expect(screen.getByText('Hello')).toBeTruthy());
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(document.documentElement.lang).toBe('en-GB');
  });
});
