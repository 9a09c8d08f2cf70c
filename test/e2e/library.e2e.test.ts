import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotatedTabId, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { openNoticeInBrowser, type NoticeInBrowser } from '../helpers/notice-in-browser';
import { localDateIn } from '../helpers/local-date';

/**
 * The library page in Chromium: the fixture notice 000-cms served as a web page, a commitment
 * tracked from the side panel (opened as a tab pinned to it) with a due date in 10 days, then the
 * library lists the notice under "due within 30 days". Screenshots in both languages and themes.
 */

interface Chrome {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, m: unknown): Promise<unknown>;
  };
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
}

let browser: ExtensionBrowser;
let opened: NoticeInBrowser | undefined;
let noticeUrl = '';
let tabId = 0;

async function setSettings(settings: { lang: 'zh' | 'en'; theme: 'light' | 'dark' } | null): Promise<void> {
  await browser.serviceWorker.evaluate(async (s) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    await (s ? c.storage.local.set({ settings: s }) : c.storage.local.remove('settings'));
  }, settings);
}

beforeAll(async () => {
  opened = await openNoticeInBrowser();
  ({ browser, noticeUrl, tabId } = opened);
});

afterAll(async () => {
  await setSettings(null).catch(() => {});
  await opened?.close();
});

describe('library page in Chromium', () => {
  it('lists a notice whose tracked commitment is due in 10 days under 30 天内到期', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('tablist').waitFor();
    await panel.getByRole('tab', { name: '承诺' }).click();
    const text = '目前云屏机已与专业公司达成合作协议，逐步盘活。';
    await panel.getByRole('button', { name: `跟踪这条承诺：${text}` }).click();
    const item = panel.getByRole('group', { name: `跟踪事项：${text}` });
    await item.waitFor();
    await item.getByLabel('期限').fill(localDateIn(10));
    await expect.poll(() => item.locator('.tr-light').getAttribute('data-light')).toBe('yellow');
    expect(await panel.getByRole('link', { name: '通报库' }).getAttribute('href')).toBe('library.html');
    await panel.close();

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.getByRole('table').waitFor();
    await library.getByRole('group', { name: '视图' }).getByRole('button', { name: '30 天内到期' }).click();
    const rows = library.getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    const row = rows.nth(1);
    expect(await row.getByRole('link').getAttribute('href')).toBe(noticeUrl);
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('中共清远广播电视台委员会');
    expect(await row.getByRole('cell').nth(5).textContent()).toBe('待核实 1');
    expect(await row.getByRole('cell').nth(6).textContent()).toContain('30 天内到期 1 项');
    // Nothing is overdue.
    await library.getByRole('group', { name: '视图' }).getByRole('button', { name: '已逾期' }).click();
    await expect.poll(() => rows.count()).toBe(0);
    expect(await library.getByRole('alert').count()).toBe(0);
    await library.close();
  });

  it('shows two notices of one issuer side by side with the figures each page gave', async () => {
    // The same notice in a WeChat layout, at another address: the library's second notice of that issuer.
    const wechatUrl = noticeUrl.replace('000-cms', '000-wechat');
    const wechat = await browser.context.newPage();
    await wechat.goto(wechatUrl, { waitUntil: 'load' });
    await annotatedTabId(browser.serviceWorker, wechatUrl);
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.getByRole('table').waitFor();
    await library.getByRole('button', { name: '按发文单位分组' }).click();
    const group = library.getByRole('region', { name: '中共清远广播电视台委员会' });
    await expect.poll(() => group.getByRole('heading').textContent()).toBe('中共清远广播电视台委员会（2 份通报）');
    const table = group.getByRole('table');
    const cells = (label: string) => table.getByRole('row').filter({ has: library.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell').allTextContents();
    expect(await cells('问题总数')).toEqual(['22', '22 较前一份 ±0']);
    expect(await cells('已整改')).toEqual(['17', '17 较前一份 ±0']);
    expect(await cells('已完成措施')).toEqual(['54', '54 较前一份 ±0']);
    await library.setViewportSize({ width: 1200, height: 900 });
    await library.screenshot({ path: 'test-results/screenshots/library-groups-zh-light.png', fullPage: true });
    await library.close();
    await wechat.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`screenshot: ${lang}, ${theme}`, async () => {
        await setSettings({ lang, theme });
        const library = await browser.context.newPage();
        await library.setViewportSize({ width: 1200, height: 700 });
        await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
        await library.getByRole('table').waitFor();
        expect(await library.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual([lang === 'zh' ? 'zh-CN' : 'en-GB', theme]);
        expect(await library.getByRole('heading', { level: 1 }).textContent()).toBe(lang === 'zh' ? '通报库' : 'Library of notices');
        await library.screenshot({ path: `test-results/screenshots/library-${lang}-${theme}.png` });
        await library.close();
      });
    }
  }
});
