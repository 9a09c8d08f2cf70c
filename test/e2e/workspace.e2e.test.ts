import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { openNoticeInBrowser, type NoticeInBrowser } from '../helpers/notice-in-browser';
import { formatDate } from '../../utils/i18n/format-date';

/**
 * The notice workspace of the side panel in Chromium: the built extension, the fixture notice
 * 000-cms served as a web page, and the panel opened as a tab pinned to it
 * (`sidepanel.html?tabId=N`; sidePanel.open() needs a user gesture).
 */

interface ChromeStorage {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
}


let browser: ExtensionBrowser;
let opened: NoticeInBrowser | undefined;
let noticeUrl = '';
let tabId = 0;
let notice: Page;

/** The text of every Range painted as the flash, read from the page's main world (CSS.highlights is the document's). */
const flashed = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('duban-flash') as unknown as Set<AbstractRange> | undefined;
    return h ? Array.from(h, (r) => (r as Range).toString()) : [];
  });

beforeAll(async () => {
  opened = await openNoticeInBrowser();
  ({ browser, notice, noticeUrl, tabId } = opened);
});

afterAll(async () => {
  await opened?.close();
});

async function openPanel(): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('tablist').waitFor();
  return panel;
}

type Lang = 'zh' | 'en';
type Theme = 'light' | 'dark';

/** Writes the reader's settings the way the options page does (browser.storage.local, key `settings`), from an extension context. */
async function setSettings(settings: { lang: Lang; theme: Theme } | null): Promise<void> {
  await browser.serviceWorker.evaluate(async (s) => {
    const c = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
    await (s ? c.storage.local.set({ settings: s }) : c.storage.local.remove('settings'));
  }, settings);
}

/** Relative luminance (0 black … 1 white) of a computed `rgb(…)` colour. */
const luminance = (css: string): number => {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const field = (panel: Page, label: string) => panel.locator('.ws-field').filter({ has: panel.locator('dt', { hasText: label }) }).locator('dd');

describe('notice workspace in Chromium', () => {
  it('opens on the card: issuer, team and dates of the notice', async () => {
    const panel = await openPanel();
    expect(await panel.getByRole('tab', { selected: true }).textContent()).toBe('概览');
    expect(await field(panel, '发布单位').textContent()).toBe('中共清远广播电视台委员会');
    expect(await field(panel, '巡察组').textContent()).toBe('市委第五巡察组');
    expect(await field(panel, '反馈时间').textContent()).toBe(formatDate('2024-09-13', 'zh'));
    expect(await field(panel, '发布日期').textContent()).toBe(formatDate('2025-10-16', 'zh'));
    expect(await field(panel, '公示期').textContent()).toContain(`${formatDate('2025-10-16', 'zh')} 至 ${formatDate('2025-11-16', 'zh')}`);
    expect(await panel.getByText('问题共 22 个：已整改 17 个，阶段性整改 5 个，未整改 0 个。').count()).toBe(1);
    await panel.close();
  });

  it('scrolls the page to an outline node and flashes it', async () => {
    const panel = await openPanel();
    await notice.evaluate(() => scrollTo(0, 0));
    await panel.getByRole('tab', { name: '大纲' }).click();
    const node = panel.getByRole('button', { name: /^问题 加强队伍建设，规范干部选拔任用/ });
    await node.click();
    // Smooth scrolling runs in the visible tab: show the notice as the reader would see it beside the panel.
    await notice.bringToFront();
    await expect.poll(() => flashed(notice), { timeout: 1000 }).toEqual([expect.stringMatching(/^加强队伍建设，规范干部选拔任用/)]);
    await expect.poll(() => notice.evaluate(() => scrollY), { timeout: 3000 }).toBeGreaterThan(0);
    expect(await panel.getByRole('alert').count()).toBe(0);
    await panel.close();
  });

  it('follows its tab after opening: away to a page that is no notice, and back', async () => {
    const panel = await openPanel();
    const away = noticeUrl.replace('notices/000-cms', 'near-miss/notice-list-page');
    await notice.goto(away, { waitUntil: 'load' });
    // No annotator on a list page: the workspace goes, the offer to turn Duban on comes.
    await panel.getByRole('button', { name: '在此页启用督办' }).waitFor();
    expect(await panel.getByRole('tablist').count()).toBe(0);
    await notice.goto(noticeUrl, { waitUntil: 'load' });
    await panel.getByRole('tablist').waitFor({ timeout: 10_000 });
    expect(await field(panel, '发布单位').textContent()).toBe('中共清远广播电视台委员会');
    expect(await panel.getByRole('button', { name: '在此页启用督办' }).count()).toBe(0);
    await panel.close();
  });
});

/**
 * What a reader sees: each view of the workspace in the panel at a side-panel-like size, in both
 * languages and both themes, saved as test-results/screenshots/<view>-<zh|en>-<light|dark>.png.
 * The language and theme are the stored setting (not the system's colour scheme), as the options
 * page would set them. Chinese glyphs need a CJK font on the machine (.ci/run installs
 * fonts-wqy-microhei); that is not something a test can see, so nothing asserts it.
 */
describe('workspace screenshots, both languages and both themes', () => {
  const VIEWS = ['card', 'statistics', 'outline', 'commitments'] as const;
  type View = (typeof VIEWS)[number];
  /**
   * Per view: the tab that shows it, its part (scrolled to the top of the panel, except the card,
   * shown as the panel opens: page title and tabs above it) and visible text of each language.
   */
  const VIEW: Record<View, { tab: { zh: string; en: string }; part: string; text: { zh: string; en: string } }> = {
    card: { tab: { zh: '概览', en: 'Overview' }, part: '.ws-card', text: { zh: '发布单位', en: 'Issuer' } },
    statistics: { tab: { zh: '概览', en: 'Overview' }, part: '.ws-stats', text: { zh: '整改统计', en: 'Statistics' } },
    outline: { tab: { zh: '大纲', en: 'Outline' }, part: '.ws-outline', text: { zh: '通报大纲', en: 'Outline of the notice' } },
    commitments: { tab: { zh: '承诺', en: 'Commitments' }, part: '.ws-commitments', text: { zh: '通报中的承诺', en: 'Commitments in the notice' } },
  };
  const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

  afterAll(() => setSettings(null));

  for (const lang of ['zh', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${lang}, ${theme}`, async () => {
        await setSettings({ lang, theme });
        const panel = await browser.context.newPage();
        await panel.setViewportSize({ width: 400, height: 900 });
        await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
        await panel.getByRole('tablist').waitFor();
        // The settings are read while the notice is asked for: the tabs may be drawn a moment before the
        // root element takes the theme (a timeout here means it never did).
        await panel.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 5000 });
        expect(await panel.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual([lang === 'zh' ? 'zh-CN' : 'en-GB', theme]);

        // The theme really applies: the page's background is dark in dark, light in light.
        const bg = luminance(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor));
        if (theme === 'dark') expect(bg).toBeLessThan(0.1);
        else expect(bg).toBeGreaterThan(0.8);
        const fg = luminance(await panel.evaluate(() => getComputedStyle(document.body).color));
        expect(Math.abs(fg - bg)).toBeGreaterThan(0.5);

        for (const view of VIEWS) {
          const v = VIEW[view];
          await panel.getByRole('tab', { name: v.tab[lang], exact: true }).click();
          expect(await panel.getByRole('tab', { selected: true }).textContent()).toBe(v.tab[lang]);
          const part = panel.locator(v.part);
          if (view === 'card') await panel.evaluate(() => scrollTo(0, 0));
          else await part.evaluate((el) => el.scrollIntoView({ block: 'start' }));
          // Visible text of this language, and none of the other language's for the same thing.
          await expect.poll(() => part.getByText(v.text[lang], { exact: view !== 'commitments' }).first().isVisible()).toBe(true);
          expect(await panel.getByText(v.text[other(lang)], { exact: view !== 'commitments' }).count()).toBe(0);
          await panel.screenshot({ path: `test-results/screenshots/${view}-${lang}-${theme}.png` });
        }
        await panel.close();
      });
    }
  }
});
