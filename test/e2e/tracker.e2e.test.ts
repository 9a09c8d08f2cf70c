import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { openNoticeInBrowser, type NoticeInBrowser } from '../helpers/notice-in-browser';
import { localDateIn } from '../helpers/local-date';

/**
 * The commitment tracker in Chromium: the built extension, the fixture notice 000-cms served as a
 * web page, the side panel opened as a tab pinned to it (as in workspace.e2e.test.ts).
 */

interface Chrome {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, m: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

interface Tracked {
  id: string;
  pageUrl: string;
  annotationId: string | null;
  text: string;
  status: string;
  due: string | null;
}

let browser: ExtensionBrowser;
let opened: NoticeInBrowser | undefined;
let noticeUrl = '';
let tabId = 0;
let notice: Page;

/** The text of every Range under the `duban-commitment` highlight, read from the page's main world. */
const commitmentHighlights = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('duban-commitment') as unknown as Set<AbstractRange> | undefined;
    return h ? Array.from(h, (r) => (r as Range).toString()) : [];
  });

/** Every live tracked item, asked of the background from the panel (an extension page). */
const storedItems = (panel: Page) =>
  panel.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const r = (await c.runtime.sendMessage({ duban: 1, type: 'tracked-list', payload: {} })) as { ok: boolean; value?: unknown };
    return (r.ok ? r.value : []) as Tracked[];
  });

beforeAll(async () => {
  opened = await openNoticeInBrowser();
  ({ browser, notice, noticeUrl, tabId } = opened);
});

afterAll(async () => {
  await opened?.close();
});

describe('commitment tracker in Chromium', () => {
  it('tracks a commitment: a highlight on the page, an item to verify, and a yellow light once due in 10 days', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('tablist').waitFor();
    await panel.getByRole('tab', { name: '承诺' }).click();
    expect(await panel.locator('.tr-count').textContent()).toMatch(/^已跟踪 0 \/ \d+ 条$/);

    const text = '目前云屏机已与专业公司达成合作协议，逐步盘活。';
    await panel.getByRole('button', { name: `跟踪这条承诺：${text}` }).click();
    const item = panel.getByRole('group', { name: `跟踪事项：${text}` });
    await item.waitFor();

    // Stored with status to-verify and the extracted due date (none for this sentence), under the page's URL.
    const stored = await storedItems(panel);
    expect(stored).toEqual([expect.objectContaining({ pageUrl: noticeUrl, text, status: 'to-verify', due: null, annotationId: expect.any(String) })]);
    // The sentence is highlighted on the page as a commitment.
    await expect.poll(() => commitmentHighlights(notice)).toEqual([expect.stringContaining('逐步盘活')]);
    expect(await item.locator('.tr-light').textContent()).toBe('无期限');
    expect(await item.getByLabel('状态').inputValue()).toBe('to-verify');

    // Due in 10 days: yellow, said in words.
    await item.getByLabel('期限').fill(localDateIn(10));
    await expect.poll(() => item.locator('.tr-light').getAttribute('data-light')).toBe('yellow');
    expect(await item.locator('.tr-light').textContent()).toBe('黄灯：即将到期 · 还剩 10 天');
    await expect.poll(async () => (await storedItems(panel))[0]?.due).toBe(localDateIn(10));
    expect(await panel.getByRole('alert').count()).toBe(0);
    await panel.close();
  });
});
