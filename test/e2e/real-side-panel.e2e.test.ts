import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSidePanel, openDriver, openPanel, sidePanelText } from '../../scripts/lib/real-side-panel';
import { openNoticeInBrowser, type NoticeInBrowser } from '../helpers/notice-in-browser';

/**
 * The browser's own side panel, as a reader opens it — not a tab standing in for it: a trusted
 * click in one of the extension's pages calls chrome.sidePanel.open(), and the panel follows the
 * active tab of its window (scripts/lib/real-side-panel.ts reads it through getViews()).
 */
let b: NoticeInBrowser;
let driver: Page;
const PANEL = 'sidepanel.html';

beforeAll(async () => {
  b = await openNoticeInBrowser('notices/000-cms');
  driver = await openDriver(b.browser);
});

afterAll(async () => {
  await b?.close();
});

describe('the real side panel in Chromium', () => {
  it("opens on the active notice's workspace, and follows the reader to another tab and back", async () => {
    const opened = await openPanel(driver, b.notice, { path: PANEL, mark: 'duban:workspace-rendered', element: 'duban-workspace', timeoutMs: 15_000, keepOpen: true });
    try {
      // Shown: rendered and painted, after the click.
      expect(opened.shown).toBeGreaterThan(0);
      const text = await sidePanelText(driver, PANEL);
      expect(text).toContain('中共清远广播电视台委员会');
      expect(text).toContain('市委第五巡察组');
      expect(text).toContain('问题共 22 个：已整改 17 个，阶段性整改 5 个，未整改 0 个。');

      // The reader switches to a tab with a page that is no notice: the panel follows it.
      const other = await b.browser.context.newPage();
      await other.goto(b.noticeUrl.replace('notices/000-cms', 'near-miss/notice-list-page'), { waitUntil: 'load' });
      await other.bringToFront();
      await expect.poll(() => sidePanelText(driver, PANEL), { timeout: 10_000 }).toContain('在此页启用督办');
      expect(await sidePanelText(driver, PANEL)).not.toContain('市委第五巡察组');

      // And back to the notice's tab.
      await b.notice.bringToFront();
      await expect.poll(() => sidePanelText(driver, PANEL), { timeout: 10_000 }).toContain('市委第五巡察组');
      await other.close();
    } finally {
      await closeSidePanel(driver, PANEL);
    }
    expect(await sidePanelText(driver, PANEL)).toBe('');
  });
});
