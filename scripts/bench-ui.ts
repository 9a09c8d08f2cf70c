/**
 * `npm run bench:ui` — how long the side panel takes to show the notice workspace, in Chromium
 * with the built extension, on the seed notices (test/fixtures/notices/000-cms, 001-wechat,
 * 002-strong-br, 004-table-gbk served on loopback as *.gov.cn sites).
 *
 * Builds the extension first (`npx wxt build`, as `npm start` does); `--no-build` uses the
 * `.output/chrome-mv3` already there (then run `npm run build` yourself after any change).
 *
 * What is measured, inside the panel: the panel is opened the way the e2e tests open it, a tab
 * navigated to `sidepanel.html?tabId=N` pinned to the notice's tab (a real side panel needs a user
 * gesture), at a side-panel-like 400×900 viewport. The time is from the panel's navigation start
 * (`performance.timeOrigin`) to the mark `duban:workspace-rendered`, which Workspace.tsx sets in
 * an effect once the notice it asked of the page's annotator has rendered, together with the
 * highlights list, or — when later — to the paint of the workspace's first tab (Element Timing,
 * `elementtiming="duban-workspace"`, rendered in the same commit as the list): a render that is
 * not yet on screen does not count as shown. That includes loading the page's scripts, reading
 * the settings, asking the background and the annotator, rendering and painting.
 *
 * Baseline, in the same run and measured the same way: the first contentful paint of the options
 * page (options.html: the same stack — Preact, the settings, one message to the background — with
 * nothing to wait for before its first paint). Runs are interleaved (baseline, then each fixture,
 * RUNS times) after one discarded warm-up of each, so that load on the machine hits all alike.
 *
 * Measures only; never asserts wall-clock (target: ≤ 100 ms). Prints a table; the last line is
 * one JSON object:
 *   sidepanel_render_ms_median — median over the fixtures of each fixture's median;
 *   per_fixture                — each fixture's median ms;
 *   baseline_fcp_ms_median     — the options page's median first contentful paint;
 *   ratio_vs_baseline          — sidepanel_render_ms_median / baseline_fcp_ms_median.
 * Options: --runs N (default 9, at least 7), --no-build.
 */
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumMissingReason, findChromium } from './lib/chromium';
import { launchWithExtension, type ExtensionBrowser } from './lib/extension-browser';
import { serveDirectory } from './lib/fixture-server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const SEEDS = ['000-cms', '001-wechat', '002-strong-br', '004-table-gbk'];
const argv = process.argv.slice(2);
const RUNS = Math.max(7, Number(argv.includes('--runs') ? argv[argv.indexOf('--runs') + 1] : 9) || 9);
const BUILD = !argv.includes('--no-build');
const MARK = 'duban:workspace-rendered';
const TARGET_MS = 100;
const TIMEOUT_MS = 15_000;
const VIEWPORT = { width: 400, height: 900 };

interface Chrome {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, m: unknown): Promise<unknown>;
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

/** The id of the tab showing `url`, once the annotator the background injects into notices answers; 0 if it never does. */
async function annotatedTabId(b: ExtensionBrowser, url: string, page: Page): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const id = await b.serviceWorker.evaluate(async (u) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === u);
      if (tab?.id === undefined) return 0;
      const r = (await c.tabs.sendMessage(tab.id, { duban: 1, type: 'annotator-state', payload: {} }).catch(() => null)) as { ok: boolean } | null;
      return r?.ok ? tab.id : 0;
    }, url);
    if (id) return id;
    await page.waitForTimeout(100);
  }
  return 0;
}

/** The page's first contentful paint, ms from its navigation start. */
const firstContentfulPaint = (page: Page): Promise<number> =>
  page.evaluate(
    (timeout) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no first-contentful-paint')), timeout);
        new PerformanceObserver((list, obs) => {
          const e = list.getEntriesByName('first-contentful-paint')[0];
          if (!e) return;
          obs.disconnect();
          clearTimeout(timer);
          resolve(e.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
    TIMEOUT_MS,
  );

/** When the element marked `elementtiming="<id>"` was first painted, ms from navigation start. */
const elementPaint = (page: Page, id: string): Promise<number> =>
  page.evaluate(
    ([identifier, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no element timing for ${identifier}`)), timeout);
        new PerformanceObserver((list, obs) => {
          const e = list.getEntries().find((x) => (x as PerformanceEntry & { identifier?: string }).identifier === identifier) as (PerformanceEntry & { renderTime: number; loadTime: number }) | undefined;
          if (!e) return;
          obs.disconnect();
          clearTimeout(timer);
          resolve(e.renderTime || e.startTime);
        }).observe({ type: 'element', buffered: true });
      }),
    [id, TIMEOUT_MS] as const,
  );

async function openTab(b: ExtensionBrowser, path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`chrome-extension://${b.extensionId}/${path}`);
  return page;
}

/** One opening of the side panel on `tabId`: ms to the readiness mark, and to the panel's first contentful paint. */
async function panelRun(b: ExtensionBrowser, tabId: number): Promise<{ rendered: number; fcp: number }> {
  const panel = await openTab(b, `sidepanel.html?tabId=${tabId}`);
  try {
    await panel.waitForFunction((m) => performance.getEntriesByName(m, 'mark').length > 0, MARK, { timeout: TIMEOUT_MS });
    const [mark, hasTabs, visible] = await panel.evaluate((m) => [performance.getEntriesByName(m, 'mark')[0]?.startTime ?? NaN, document.querySelector('[role="tablist"]') !== null, document.visibilityState] as const, MARK);
    if (!hasTabs) throw new Error('the workspace rendered without its tabs (not read as a notice?)');
    if (visible !== 'visible') throw new Error(`the panel tab was ${visible}: paint timings would be meaningless`);
    return { rendered: Math.max(mark, await elementPaint(panel, 'duban-workspace')), fcp: await firstContentfulPaint(panel) };
  } finally {
    await panel.close();
  }
}

async function baselineRun(b: ExtensionBrowser): Promise<number> {
  const page = await openTab(b, 'options.html');
  try {
    return await firstContentfulPaint(page);
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  if (!findChromium()) {
    process.stderr.write(`bench:ui needs Chromium · ${chromiumMissingReason()}\n`);
    return 1;
  }
  if (BUILD) {
    process.stdout.write('building the extension (npx wxt build; --no-build to skip)…\n');
    execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const served = await serveDirectory(FIXTURES);
  const b = await launchWithExtension();
  try {
    const tabs: Array<{ name: string; tabId: number }> = [];
    for (const name of SEEDS) {
      const url = `http://www.example.gov.cn:${served.port}/notices/${name}/`;
      const page = await b.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await annotatedTabId(b, url, page);
      if (!tabId) throw new Error(`${name}: the annotator never answered on ${url} (not detected as a notice?)`);
      tabs.push({ name, tabId });
    }

    // One discarded warm-up of each (first load of the extension's scripts in this profile).
    await baselineRun(b);
    for (const t of tabs) await panelRun(b, t.tabId);

    const baseline: number[] = [];
    const rendered = new Map<string, number[]>(SEEDS.map((n) => [n, []]));
    const fcp = new Map<string, number[]>(SEEDS.map((n) => [n, []]));
    for (let r = 0; r < RUNS; r++) {
      baseline.push(await baselineRun(b));
      for (const t of tabs) {
        const x = await panelRun(b, t.tabId);
        rendered.get(t.name)?.push(x.rendered);
        fcp.get(t.name)?.push(x.fcp);
      }
    }

    const base = median(baseline);
    const perFixture: Record<string, number> = {};
    const rows = [['page', 'runs', 'panel FCP ms', 'rendered ms (median)', 'min', 'max', '× baseline']];
    rows.push(['options.html (baseline FCP)', String(RUNS), '', round(base).toFixed(1), round(Math.min(...baseline)).toFixed(1), round(Math.max(...baseline)).toFixed(1), '1.00']);
    for (const name of SEEDS) {
      const xs = rendered.get(name) ?? [];
      const m = median(xs);
      perFixture[name] = round(m);
      rows.push([name, String(xs.length), round(median(fcp.get(name) ?? [])).toFixed(1), round(m).toFixed(1), round(Math.min(...xs)).toFixed(1), round(Math.max(...xs)).toFixed(1), (m / base).toFixed(2)]);
    }
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
    const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    process.stdout.write(`\nside panel: navigation start → workspace and highlights list rendered (${MARK}); ${RUNS} runs each, 400×900\n`);
    process.stdout.write(`${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (1 / 5 / 15 min)\n\n`);
    process.stdout.write(`${line(rows[0] ?? [])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
    for (const r of rows.slice(1)) process.stdout.write(`${line(r)}\n`);

    const overall = median(Object.values(perFixture));
    const ratio = overall / base;
    process.stdout.write(
      `\nmedian over the fixtures: ${round(overall)} ms (target ≤ ${TARGET_MS} ms: ${overall <= TARGET_MS ? 'met' : 'NOT met'}); baseline ${round(base)} ms; ratio ${ratio.toFixed(2)}\n`,
    );
    process.stdout.write(
      `${JSON.stringify({ sidepanel_render_ms_median: round(overall), per_fixture: perFixture, baseline_fcp_ms_median: round(base), ratio_vs_baseline: Math.round(ratio * 100) / 100 })}\n`,
    );
    return 0;
  } finally {
    await b.close();
    await served.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
