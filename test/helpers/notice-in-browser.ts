import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { annotatedTabId, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveDirectory } from '../../scripts/lib/fixture-server';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface NoticeInBrowser {
  browser: ExtensionBrowser;
  /** The tab showing the notice. */
  notice: Page;
  noticeUrl: string;
  /** Its tab id, once the annotator the background injects into notices answers. */
  tabId: number;
  /** Closes the browser and the fixture server. */
  close: () => Promise<void>;
}

/**
 * Chromium with the built extension and one fixture notice open in a tab, served on loopback as a
 * `*.gov.cn` site (`fixture` relative to test/fixtures, e.g. `notices/000-cms`).
 */
export async function openNoticeInBrowser(fixture = 'notices/000-cms'): Promise<NoticeInBrowser> {
  const served = await serveDirectory(FIXTURES);
  const browser = await launchWithExtension();
  const noticeUrl = `http://www.example.gov.cn:${served.port}/${fixture}/`;
  const notice = await browser.context.newPage();
  await notice.goto(noticeUrl, { waitUntil: 'load' });
  const tabId = await annotatedTabId(browser.serviceWorker, noticeUrl);
  if (tabId <= 0) throw new Error(`the annotator never answered on ${noticeUrl}`);
  return {
    browser,
    notice,
    noticeUrl,
    tabId,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}
