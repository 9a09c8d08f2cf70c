import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/**
 * Opens the browser's real side panel with the built extension and reads what happened in it —
 * for bench:ui, which measures what a reader sees: from the click that opens the panel to the
 * workspace on screen.
 *
 * `chrome.sidePanel.open()` needs a user gesture, so a driver tab on one of the extension's own
 * pages (options.html) gets a button whose click handler opens the panel: Playwright's click is
 * a real input event, hence a real gesture. The panel is not a page Playwright attaches to (no
 * debugger pause inflates its start); the driver reads the panel's document directly, through
 * `chrome.extension.getViews()` (same extension, same process), down to its performance entries.
 * Clock: the click and the panel's marks are both read as `performance.timeOrigin + t` (the
 * machine's wall clock in ms, sub-millisecond), so "click → shown" spans two documents.
 */
export interface PanelOpening {
  /** Click → the panel document's navigation start. */
  navigation: number;
  /** Click → the readiness mark and the first paint of the element, whichever is later (NaN when not asked for). */
  shown: number;
  /** Click → the panel's first contentful paint. */
  fcp: number;
  /** From the panel's own navigation start: the given marks (NaN when absent) and the element's paint. */
  marks: Record<string, number>;
  elementPaint: number;
}

export interface OpenOptions {
  /** The extension page the panel shows (`chrome.sidePanel.setOptions({ path })`). */
  path: string;
  /** Wait for this mark… */
  mark?: string;
  /** …and for the paint of the element marked `elementtiming="<element>"`. Without either: the first contentful paint. */
  element?: string;
  /** Marks to report (from the panel's navigation start). */
  report?: readonly string[];
  timeoutMs: number;
  /** Leave the panel open (the e2e tests go on with it); else it is closed before this returns. */
  keepOpen?: boolean;
}

const BUTTON = 'duban-bench-open-panel';

/** The driver tab: options.html with the opening button. Throws with the browser's reason when the side panel API is missing. */
export async function openDriver(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  // The functions below are serialised into the page as tsx compiled them; its esbuild keeps
  // function names with a `__name` helper that only exists in Node (a string is not compiled).
  await page.evaluate('globalThis.__name = (f) => f');
  const problem = await page.evaluate((id) => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    if (!c.sidePanel?.open) return 'chrome.sidePanel.open is not available';
    const button = document.createElement('button');
    button.id = id;
    button.textContent = 'open side panel';
    button.style.cssText = 'position:fixed;left:0;top:0;width:160px;height:40px;z-index:2147483647';
    // Synchronous in the handler: the gesture does not survive an await.
    button.addEventListener('click', () => {
      const w = window as unknown as DriverWindow;
      w.__clickedAt = performance.timeOrigin + performance.now();
      w.__opened = c.sidePanel.open({ windowId: w.__windowId }).then(
        () => null,
        (e: unknown) => String(e),
      );
    });
    document.body.appendChild(button);
    return null;
  }, BUTTON);
  if (problem) throw new Error(problem);
  return page;
}

/** Opens the side panel on `path` while `tab` is the active tab of its window, and waits for it to be shown; closes it again. */
export async function openPanel(driver: Page, tab: Page, opts: OpenOptions): Promise<PanelOpening> {
  await driver.evaluate(async (path) => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const w = window as unknown as DriverWindow;
    w.__windowId = (await c.windows.getCurrent()).id;
    await c.sidePanel.setOptions({ path, enabled: true });
  }, opts.path);
  // The panel follows the active tab of its window; the driver's click does not activate the driver.
  await tab.bringToFront();
  await driver.click(`#${BUTTON}`);
  let keep = opts.keepOpen === true;
  try {
    return await driver.evaluate(readOpening, { path: opts.path, mark: opts.mark ?? null, element: opts.element ?? null, report: [...(opts.report ?? [])], timeoutMs: opts.timeoutMs });
  } catch (e) {
    keep = false;
    throw e;
  } finally {
    if (!keep) await closeSidePanel(driver, opts.path);
  }
}

/** What the open side panel on `path` shows, as its body's text ('' when it is not open). */
export function sidePanelText(driver: Page, path: string): Promise<string> {
  return driver.evaluate((p) => {
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const v = c.extension.getViews().find((w) => w !== window && w.location.pathname === `/${p}`);
    return v?.document.body.innerText ?? '';
  }, path);
}

/** Closes the side panel on `path` and waits until it is gone. */
export async function closeSidePanel(driver: Page, path: string): Promise<void> {
  await driver.evaluate(closePanel, path);
}

interface ChromeApi {
  sidePanel: {
    open(o: { windowId?: number }): Promise<void>;
    setOptions(o: { path?: string; enabled?: boolean }): Promise<void>;
    close?(o: { windowId?: number }): Promise<void>;
  };
  windows: { getCurrent(): Promise<{ id?: number }> };
  extension: { getViews(): Window[] };
}

interface DriverWindow {
  __windowId?: number;
  __clickedAt: number;
  __opened: Promise<string | null>;
}

/** In the driver: waits for the panel's view and what was asked of it. Self-contained (it is serialised into the page). */
async function readOpening(a: { path: string; mark: string | null; element: string | null; report: string[]; timeoutMs: number }): Promise<PanelOpening> {
  const w = window as unknown as DriverWindow;
  const failed = await w.__opened;
  if (failed) throw new Error(`sidePanel.open: ${failed}`);
  const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
  const end = performance.now() + a.timeoutMs;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const find = () => c.extension.getViews().find((v) => v !== window && v.location.pathname === `/${a.path}` && v.document.readyState !== 'loading') ?? null;
  let view = find();
  while (!view) {
    if (performance.now() > end) throw new Error(`the side panel never showed ${a.path} (is it in another process?)`);
    await sleep(5);
    view = find();
  }
  const v = view as Window & typeof globalThis;
  const observed = (type: string, pick: (e: PerformanceEntry) => number | null): Promise<number> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} entry in the side panel`)), Math.max(0, end - performance.now()));
      new v.PerformanceObserver((list, obs) => {
        for (const e of list.getEntries()) {
          const t = pick(e);
          if (t === null) continue;
          obs.disconnect();
          clearTimeout(timer);
          resolve(t);
          return;
        }
      }).observe({ type, buffered: true });
    });
  const fcp = observed('paint', (e) => (e.name === 'first-contentful-paint' ? e.startTime : null));
  const paint = a.element
    ? observed('element', (e) => {
        const x = e as PerformanceEntry & { identifier?: string; renderTime?: number };
        return x.identifier === a.element ? x.renderTime || x.startTime : null;
      })
    : Promise.resolve(NaN);
  const markAt = (name: string) => v.performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN;
  if (a.mark) {
    while (Number.isNaN(markAt(a.mark))) {
      if (performance.now() > end) throw new Error(`the side panel never set the mark ${a.mark}`);
      await sleep(5);
    }
  }
  const [f, p] = await Promise.all([fcp, paint]);
  const origin = v.performance.timeOrigin - w.__clickedAt;
  const ready = Math.max(a.mark ? markAt(a.mark) : -Infinity, a.element ? p : -Infinity);
  return {
    navigation: origin,
    shown: Number.isFinite(ready) ? origin + ready : NaN,
    fcp: origin + f,
    marks: Object.fromEntries(a.report.map((n) => [n, markAt(n)])),
    elementPaint: p,
  };
}

/** In the driver: closes the panel (sidePanel.close where the browser has it, else the panel closes itself) and waits until its view is gone. */
async function closePanel(path: string): Promise<void> {
  const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
  const w = window as unknown as DriverWindow;
  const views = () => c.extension.getViews().filter((v) => v !== window && v.location.pathname === `/${path}`);
  if (c.sidePanel.close) await c.sidePanel.close({ windowId: w.__windowId }).catch(() => undefined);
  for (const v of views()) v.close();
  for (let i = 0; i < 400 && views().length > 0; i++) await new Promise((r) => setTimeout(r, 5));
}
