import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumMissingReason, findChromium } from './chromium';

/**
 * Chromium with the built extension loaded, the way a user has it: a persistent profile (so
 * IndexedDB survives a restart), the extension from `.output/chrome-mv3`, and `*.gov.cn` hosts
 * mapped to loopback so fixtures served locally look like real government sites.
 */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  profileDir: string;
  close: () => Promise<void>;
}

export const EXTENSION_DIR = resolve(import.meta.dirname ?? '.', '../../.output/chrome-mv3');

export async function launchWithExtension(opts: { profileDir?: string; headless?: boolean; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumMissingReason());
  const { chromium } = await import('playwright-core');
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'duban-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: opts.headless ?? true,
    args: [
      ...CHROMIUM_ARGS,
      // Playwright always adds --disable-extensions; this is what lets ours through.
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP gov.cn 127.0.0.1, MAP *.edu.cn 127.0.0.1',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, profileDir, close: () => context.close() };
}

/** The toolbar badge text Duban set on the active tab. */
interface ChromeApi {
  tabs: { query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

export async function activeTabBadge(sw: Worker): Promise<string> {
  return sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '' : c.action.getBadgeText({ tabId: tab.id });
  });
}

interface ChromeTabsApi {
  tabs: {
    query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Asks the active tab's annotator (utils/messaging.ts AnnotatorRequests); null when none answers. */
export async function askActiveAnnotator(sw: Worker, type: string, payload: unknown = {}): Promise<unknown> {
  return sw.evaluate(
    async ([t, p]) => {
      const c = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) return null;
      return c.tabs.sendMessage(tab.id, { duban: 1, type: t, payload: p }).catch(() => null);
    },
    [type, payload] as const,
  );
}

interface ChromeTabsQueryAll {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/**
 * The id of the tab showing `url`, once the annotator the background injects there answers
 * (tests open a notice, then drive its side panel by tab id). 0 when none answered in ~10 s.
 */
export async function annotatedTabId(sw: Worker, url: string, tries = 100, everyMs = 100): Promise<number> {
  for (let i = 0; i < tries; i++) {
    const id = await sw.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: ChromeTabsQueryAll }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === u);
      if (tab?.id === undefined) return 0;
      const r = (await c.tabs.sendMessage(tab.id, { duban: 1, type: 'annotator-state', payload: {} }).catch(() => null)) as { ok?: boolean } | null;
      return r?.ok ? tab.id : 0;
    }, url);
    if (id !== 0) return id;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return 0;
}
