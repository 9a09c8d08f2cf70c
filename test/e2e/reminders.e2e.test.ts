import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { localDateIn } from '../helpers/local-date';

/**
 * Due-date reminders in Chromium. The reader grants `alarms` and `notifications` in a browser
 * prompt the test driver cannot answer, so this runs a copy of the built extension whose manifest
 * lists them as granted (moved from optional_permissions to permissions) — that copy stands for
 * the reader's "Allow"; everything else is the build as shipped. Then: reminders turned on in the
 * options page, a commitment overdue, the background's alarm fires → one notification in the
 * reader's language, remembered so the next alarm does not repeat it; reminders off → no alarm.
 */

interface Chrome {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined>; create(name: string, info: { when: number }): Promise<void> };
  notifications: { getAll(): Promise<Record<string, boolean>>; create: (...args: unknown[]) => Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

let browser: ExtensionBrowser;
let extensionDir = '';
let options: Page;

const alarm = () =>
  browser.serviceWorker.evaluate(async () => {
    const a = await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('duban-reminders');
    return a ? a.scheduledTime : null;
  });

/** Fires the background's alarm now (as the browser would when its time comes). */
const fireAlarm = () => browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create('duban-reminders', { when: Date.now() }));

/** What the background asked the browser to show: the real notification, its title and text recorded on the way. */
const shown = () =>
  browser.serviceWorker.evaluate(async () => {
    const g = globalThis as unknown as { chrome: Chrome; shownNotifications?: unknown[] };
    return { calls: g.shownNotifications ?? [], open: Object.keys(await g.chrome.notifications.getAll()) };
  });

beforeAll(async () => {
  extensionDir = mkdtempSync(join(tmpdir(), 'duban-granted-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
  expect(manifest.optional_permissions).toEqual(['alarms', 'notifications']);
  manifest.permissions = [...manifest.permissions, ...(manifest.optional_permissions ?? [])];
  delete manifest.optional_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  browser = await launchWithExtension({ extensionDir });
  // Record what the background shows (the call goes through to the real API).
  await browser.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { chrome: Chrome; shownNotifications: unknown[] };
    g.shownNotifications = [];
    const create = g.chrome.notifications.create.bind(g.chrome.notifications);
    g.chrome.notifications.create = (...args: unknown[]) => {
      g.shownNotifications.push(args[1]);
      return create(...args);
    };
  });
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

describe('due-date reminders in Chromium', () => {
  it('notifies once when a tracked commitment falls overdue, and stops when turned off', async () => {
    expect(await alarm()).toBeNull();
    const box = options.getByRole('checkbox', { name: '承诺逾期时发送浏览器通知' });
    // A click, not check(): the box is controlled and turns on only once the browser has answered
    // the permission request, which check() (it verifies right after its click) may not wait for.
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    // On: the background keeps one alarm (hourly, or sooner when something falls due).
    await expect.poll(alarm).not.toBeNull();

    // An item due yesterday, tracked as the side panel does it (a message from an extension page).
    const text = '目前云屏机已与专业公司达成合作协议，逐步盘活。';
    const created = await options.evaluate(
      ([t, due]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ duban: 1, type: 'tracked-create', payload: { pageUrl: 'http://www.example.gov.cn/notices/000-cms/', text: t, due } }),
      [text, localDateIn(-1)] as const,
    );
    expect(created).toMatchObject({ ok: true });
    const id = (created as { value: { id: string } }).value.id;

    await fireAlarm();
    // The background remembers the item only once the browser has taken the notification, so
    // wait for that memory: the recorded call alone can be seen before the notification exists.
    const reminded = () => browser.serviceWorker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('reminded')).reminded);
    await expect.poll(reminded, { timeout: 5000 }).toEqual([id]);
    await expect.poll(async () => (await shown()).open, { timeout: 5000 }).toEqual(['duban-reminders']);
    const { calls } = await shown();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ type: 'basic', title: '督办：1 项承诺已逾期', message: `• ${text}` });

    // The next alarm finds nothing new: no second notification for the same item.
    await fireAlarm();
    await options.waitForTimeout(1000);
    expect((await shown()).calls).toHaveLength(1);

    // Off: the options page clears the alarm (and gives the permissions back where it can).
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(false);
    await expect.poll(alarm).toBeNull();
  });
});
