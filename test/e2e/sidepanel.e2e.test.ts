import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveDirectory } from '../../scripts/lib/fixture-server';
import type { Annotation } from '../../utils/annotations/types';
import type { AnnotationInput } from '../../utils/storage/repository';

/**
 * The side panel of the built extension in Chromium, opened as a tab pinned to a notice's tab
 * (`sidepanel.html?tabId=N`; sidePanel.open() needs a user gesture). Annotations are seeded
 * through the real protocol from an extension page, and every check of what was stored goes
 * through the protocol too.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface Chrome {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, m: unknown): Promise<unknown>;
  };
}
type Reply<T> = { ok: true; value: T } | { ok: false; message: string };

let browser: ExtensionBrowser;
let closeServer: () => Promise<void> = async () => {};
let port = 0;
let noticeUrl = '';
let tabId = 0;
/** options.html: an extension page to send requests from (the service worker's own don't reach its listener). */
let ext: Page;
let notice: Page;

const Q_EARLY = '建立动态台账并实现“销号”管理';
const Q_MIDDLE = '出国（境）因转机等原因需逗留港澳的';
const Q_LATE = '目前云屏机已与专业公司达成合作协议';
const Q_GONE = '这句话在页面上从来没有出现过';

async function send<T>(type: string, payload: unknown): Promise<T> {
  const reply = (await ext.evaluate(
    ([type, payload]) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ duban: 1, type, payload }),
    [type, payload] as const,
  )) as Reply<T>;
  if (!reply.ok) throw new Error(`${type}: ${reply.message}`);
  return reply.value;
}

const live = () => send<Annotation[]>('annotations-list', { url: noticeUrl });

async function seed(exact: string, category: string, note: string): Promise<Annotation> {
  // Every offset 0: stored order is then creation order, so document order in the panel can only
  // come from the annotator (quotes are unique on the page, so the offset is not needed to place them).
  const start = 0;
  const input: AnnotationInput = {
    pageUrl: noticeUrl,
    category,
    note,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
      sectionId: null,
      sectionHeading: null,
    },
  };
  return send<Annotation>('annotation-create', input);
}

async function openPanel(): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('region', { name: '本页标注' }).waitFor();
  return panel;
}

/** The quotes of the panel's main list, top to bottom. */
const listedQuotes = (panel: Page) => panel.getByRole('region', { name: '本页标注' }).locator('blockquote').allTextContents();

beforeAll(async () => {
  const served = await serveDirectory(FIXTURES);
  port = served.port;
  closeServer = served.close;
  browser = await launchWithExtension();
  noticeUrl = `http://www.example.gov.cn:${port}/notices/000-cms/`;

  ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
  notice = await browser.context.newPage();
  await notice.goto(noticeUrl, { waitUntil: 'load' });

  // Seeded out of document order, so the panel's order is its own doing.
  await seed(Q_LATE, 'doubt', '咖啡机盘活进度存疑，需跟踪');
  await seed(Q_EARLY, 'commitment', '核对台账');
  await seed(Q_MIDDLE, 'commitment', '');
  await seed(Q_GONE, 'problem', '原文已改');

  // The tab id, and an annotator that has anchored all four (the background injects it into notices).
  const sw = browser.serviceWorker;
  for (let i = 0; i < 100; i++) {
    const state = await sw.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) return null;
      const r = (await c.tabs.sendMessage(tab.id, { duban: 1, type: 'annotator-state', payload: {} }).catch(() => null)) as Reply<{ statuses: Record<string, string> }> | null;
      return { id: tab.id, anchored: r?.ok ? Object.keys(r.value.statuses).length : -1 };
    }, noticeUrl);
    if (state) tabId = state.id;
    if (state && state.anchored >= 4) break;
    await notice.waitForTimeout(100);
  }
  expect(tabId).toBeGreaterThan(0);
});

afterAll(async () => {
  await browser?.close();
  await closeServer();
});

describe('side panel in Chromium', () => {
  it('lists the page highlights in document order, keeps the lost one apart, and edits a note', async () => {
    const panel = await openPanel();
    expect(await panel.getByRole('heading', { level: 1 }).textContent()).toContain('巡察整改进展情况的通报');
    await expect.poll(() => listedQuotes(panel)).toEqual([Q_EARLY, Q_MIDDLE, Q_LATE]);
    expect(await panel.getByRole('button', { name: '在此页启用督办' }).count()).toBe(0);
    // Grouped by category: commitment first (the list order), doubt after.
    const headings = await panel.getByRole('region', { name: '本页标注' }).getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(['承诺 (2)', '存疑 (1)']);
    const lost = panel.getByRole('region', { name: /未能定位/ });
    expect(await lost.locator('blockquote').allTextContents()).toEqual([Q_GONE]);
    expect(await lost.getByRole('button', { name: '重新附着到所选文字' }).count()).toBe(1);

    // Edit the first note with the keyboard.
    await panel.getByRole('button', { name: `编辑笔记: ${Q_EARLY}` }).click();
    const box = panel.getByRole('textbox', { name: '笔记' });
    await box.fill('核对台账：销号记录已抽查');
    await box.press('Control+Enter');
    await box.waitFor({ state: 'detached' });
    await expect.poll(async () => (await live()).find((a) => a.target.quote.exact === Q_EARLY)?.note).toBe('核对台账：销号记录已抽查');
    await panel.getByText('核对台账：销号记录已抽查').waitFor();
    await panel.close();
  });

  it('deletes a highlight and brings it back with undo', async () => {
    const panel = await openPanel();
    await panel.getByRole('button', { name: `删除: ${Q_MIDDLE}` }).click();
    await panel.getByRole('button', { name: '撤销' }).waitFor();
    await expect.poll(async () => (await live()).map((a) => a.target.quote.exact)).not.toContain(Q_MIDDLE);
    await expect.poll(() => listedQuotes(panel)).toEqual([Q_EARLY, Q_LATE]);

    await panel.getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => (await live()).map((a) => a.target.quote.exact)).toContain(Q_MIDDLE);
    await expect.poll(() => listedQuotes(panel)).toEqual([Q_EARLY, Q_MIDDLE, Q_LATE]);
    expect(await panel.getByRole('button', { name: '撤销' }).count()).toBe(0);
    await panel.close();
  });

  it('exports the page as Markdown with quote, category, note and a text-fragment link', async () => {
    const panel = await openPanel();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /导出本页/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^duban-page-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain(Q_LATE);
    expect(markdown).toContain('存疑');
    expect(markdown).toContain('咖啡机盘活进度存疑，需跟踪');
    expect(markdown).toContain('#:~:text=');
    await panel.getByRole('status').filter({ hasText: 'duban-page-' }).waitFor();
    await panel.close();
  });

  it('imports its own JSON backup twice without adding anything', async () => {
    const panel = await openPanel();
    const before = await live();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /JSON 备份（全部）/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^duban-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { annotations: unknown[] };
    expect(backup.annotations).toHaveLength(4);

    const input = panel.getByLabel('导入 JSON');
    for (let round = 0; round < 2; round++) {
      await input.setInputFiles(file);
      await panel.getByRole('status').filter({ hasText: '导入完成：标注 新增 0、更新 0、未变 4' }).waitFor();
    }
    const after = await live();
    expect(after.map((a) => [a.id, a.updatedAt]).sort()).toEqual(before.map((a) => [a.id, a.updatedAt]).sort());
    await panel.close();
  });

  it('refuses a malformed JSON file and changes nothing', async () => {
    const panel = await openPanel();
    const before = await live();
    await panel.getByLabel('导入 JSON').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"duban-backup","annotations":[') });
    const alert = panel.getByRole('alert');
    await alert.filter({ hasText: /./ }).waitFor();
    expect(await alert.textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await panel.getByRole('status').filter({ hasText: '导入完成' }).count()).toBe(0);
    expect(await live()).toEqual(before);
    await panel.close();
  });

  it('searches every note: a two-character Chinese substring finds it, one character asks for more', async () => {
    const panel = await openPanel();
    const box = panel.getByRole('searchbox', { name: '搜索所有笔记和引文' });
    await box.fill('盘');
    await panel.getByText('请至少输入两个字符。').waitFor();
    await box.fill('盘活');
    await panel.getByText('找到 1 条').waitFor();
    const result = panel.locator('.search-results');
    expect(await result.locator('.quote-link').allTextContents()).toEqual([Q_LATE]);
    expect(await result.locator('.note').allTextContents()).toEqual(['咖啡机盘活进度存疑，需跟踪']);
    expect(await result.getByRole('heading', { level: 3 }).getByRole('link').getAttribute('href')).toBe(noticeUrl);
    await panel.close();
  });

  it('re-attaches a lost highlight to the text selected on the page, after saying a selection is needed', async () => {
    const panel = await openPanel();
    const lost = panel.getByRole('region', { name: /未能定位/ });
    const button = lost.getByRole('button', { name: '重新附着到所选文字' });
    await button.click();
    await panel.getByRole('alert').filter({ hasText: /./ }).waitFor();
    expect(await lost.locator('blockquote').allTextContents()).toEqual([Q_GONE]);

    const chosen = '堵塞管理漏洞';
    await notice.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent?.indexOf(text) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error('text not on the page');
    }, chosen);
    await button.click();
    await lost.waitFor({ state: 'detached' });
    // By category it joins the "problem" group; by section it sits under the notice section the
    // annotator found for it (the seeded ones were saved without a section).
    await expect.poll(() => listedQuotes(panel)).toEqual([Q_EARLY, Q_MIDDLE, chosen, Q_LATE]);
    await panel.getByLabel('按章节').check();
    const main = panel.getByRole('region', { name: '本页标注' });
    await expect.poll(() => main.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['未分节 (3)', '强化建章立制，堵塞管理漏洞 (1)']);
    const moved = (await live()).find((a) => a.note === '原文已改');
    expect(moved?.target.quote.exact).toBe(chosen);
    expect(moved?.anchorStatus).toBe('anchored');
    await panel.close();
  });

  it('saves a renamed category from the options page, and will not remove one in use', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // "problem" is used by the lost highlight: its remove button is off, with the reason.
    const problemRemove = options.getByRole('button', { name: '移除：问题' });
    await expect.poll(() => problemRemove.isDisabled()).toBe(true);
    await options.getByRole('listitem').filter({ has: problemRemove }).getByText(/有 1 条标注在用此分类/).waitFor();
    expect(await options.getByRole('button', { name: '移除：跟进' }).isDisabled()).toBe(false);

    await options.getByLabel('中文名称').first().fill('承诺事项');
    await options.getByRole('button', { name: '保存分类' }).click();
    await options.getByText('分类已保存。').waitFor();
    const categories = await send<Array<{ id: string; label: { zh: string } }>>('categories-list', {});
    expect(categories.map((c) => c.label.zh)).toEqual(['承诺事项', '问题', '存疑', '跟进']);
    expect(await options.getByText(/已用 .+，可用上限/).count()).toBe(1);
    await options.close();
  });
});
