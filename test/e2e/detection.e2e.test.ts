import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync, statSync } from 'node:fs';
import { activeTabBadge, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveDirectory } from '../../scripts/lib/fixture-server';

/**
 * The built extension in a real Chromium on fixture pages served under *.gov.cn hosts: the
 * always-injected detector marks notices (toolbar badge) and leaves near misses alone.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
let browser: ExtensionBrowser;
let port = 0;
let close: () => Promise<void> = async () => {};

beforeAll(async () => {
  const served = await serveDirectory(FIXTURES);
  port = served.port;
  close = served.close;
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await close();
});

async function badgeOn(path: string, host = 'www.example.gov.cn'): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(`http://${host}:${port}/${path}`, { waitUntil: 'load' });
  // The detector runs at document_idle and messages the background, which sets the badge.
  let badge = '';
  for (let i = 0; i < 20 && !badge; i++) {
    await page.waitForTimeout(100);
    badge = await activeTabBadge(browser.serviceWorker);
  }
  await page.close();
  return badge;
}

describe('notice detection in Chromium', () => {
  it.each(['notices/000-cms/', 'notices/001-wechat/', 'notices/002-strong-br/', 'notices/variant-traditional-mirror/'])(
    'marks %s as a notice',
    async (path) => {
      expect(await badgeOn(path)).toBe('通');
    },
  );

  it('decodes a GBK table-layout page served without a charset header and marks it', async () => {
    expect(readFileSync(`${FIXTURES}notices/004-table-gbk/page.html`).includes(Buffer.from('gb2312'))).toBe(true);
    expect(await badgeOn('notices/004-table-gbk/')).toBe('通');
  });

  it.each(['near-miss/feedback-meeting-news/', 'near-miss/notice-list-page/', 'near-miss/inspection-announcement-gbk/', 'near-miss/rectification-work-plan/'])(
    'leaves the near miss %s unmarked',
    async (path) => {
      expect(await badgeOn(path)).toBe('');
    },
  );

  it('runs on *.edu.cn too', async () => {
    expect(await badgeOn('notices/variant-university-vsb/', 'www.example.edu.cn')).toBe('通');
  });

  it("keeps the detector out of the page's reach (isolated world)", async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://www.example.gov.cn:${port}/notices/000-cms/`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => Object.keys(window).filter((k) => /duban|notice|detect/i.test(k)));
    expect(seen).toEqual([]);
    await page.close();
  });

  it('injects at most 10 KB of JavaScript into every matched page (the manifest content scripts)', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as { content_scripts: Array<{ js?: string[] }> };
    const files = manifest.content_scripts.flatMap((c) => c.js ?? []);
    expect(files.length).toBeGreaterThan(0);
    const bytes = files.reduce((sum, f) => sum + statSync(`${EXTENSION_DIR}/${f}`).size, 0);
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });
});
