import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveDirectory } from '../../scripts/lib/fixture-server';
import { formatDate } from '../../utils/i18n/format-date';

/**
 * The notice workspace of the side panel in Chromium: the built extension, the fixture notice
 * 000-cms served as a web page, and the panel opened as a tab pinned to it
 * (`sidepanel.html?tabId=N`; sidePanel.open() needs a user gesture).
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface Chrome {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, m: unknown): Promise<unknown>;
  };
}

let browser: ExtensionBrowser;
let closeServer: () => Promise<void> = async () => {};
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
  const served = await serveDirectory(FIXTURES);
  closeServer = served.close;
  browser = await launchWithExtension();
  noticeUrl = `http://www.example.gov.cn:${served.port}/notices/000-cms/`;
  notice = await browser.context.newPage();
  await notice.goto(noticeUrl, { waitUntil: 'load' });

  // The tab id, once the annotator the background injects into notices answers.
  for (let i = 0; i < 100 && tabId === 0; i++) {
    tabId = await browser.serviceWorker.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) return 0;
      const r = (await c.tabs.sendMessage(tab.id, { duban: 1, type: 'annotator-state', payload: {} }).catch(() => null)) as { ok: boolean } | null;
      return r?.ok ? tab.id : 0;
    }, noticeUrl);
    if (tabId === 0) await notice.waitForTimeout(100);
  }
  expect(tabId).toBeGreaterThan(0);
});

afterAll(async () => {
  await browser?.close();
  await closeServer();
});

async function openPanel(): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('tablist').waitFor();
  return panel;
}

/** What a reader sees, in both themes (test-results/screenshots/<view>-zh-<light|dark>.png). */
async function shoot(panel: Page, view: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: theme });
    await panel.screenshot({ path: `test-results/screenshots/${view}-zh-${theme}.png`, fullPage: true });
  }
  await panel.emulateMedia({ colorScheme: null });
}

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
    await shoot(panel, 'card');
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
    await shoot(panel, 'outline');
    await panel.close();
  });
});
