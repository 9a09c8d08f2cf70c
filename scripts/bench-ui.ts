/**
 * `npm run bench:ui` — how long the side panel takes to show the notice workspace, in Chromium
 * with the built extension, on the seed notices (test/fixtures/notices/000-cms, 001-wechat,
 * 002-strong-br, 004-table-gbk served on loopback as *.gov.cn sites).
 *
 * Builds the extension first (`npx wxt build`, as `npm start` does); `--no-build` uses the
 * `.output/chrome-mv3` already there (then run `npm run build` yourself after any change).
 *
 * What is measured: what a reader sees. The browser's real side panel is opened by a click
 * (chrome.sidePanel.open from a trusted click in one of the extension's pages, see
 * lib/real-side-panel.ts) while the notice's tab is active, and the time runs from that click to
 * the workspace on screen: the mark `duban:workspace-rendered` (Workspace.tsx sets it once the
 * notice has rendered together with the highlights list) or — when later — the paint of the
 * workspace's first tab (Element Timing, `elementtiming="duban-workspace"`): a render not yet on
 * screen does not count as shown. That includes the browser creating the panel, loading its
 * scripts, reading the settings, asking the background and the annotator, rendering and painting.
 *
 * Baseline, in the same run and measured the same way: the same side panel opened on the options
 * page (the same stack — Preact, the settings, one message to the background — with nothing to
 * wait for), click → first contentful paint. Runs are interleaved (baseline, then each fixture,
 * RUNS times) after one discarded warm-up of each, so that load on the machine hits all alike.
 *
 * Where the browser cannot open a side panel headless (chrome.sidePanel missing or refused), or
 * with `--tab`, the panel is opened as a tab pinned to the notice's tab (`sidepanel.html?tabId=N`,
 * as the e2e tests do) and timed from that tab's navigation start; its baseline is options.html's
 * first contentful paint in a tab. The driver then attaches to each new tab (its start pauses for
 * the debugger), which both sides pay.
 *
 * Measures only; never asserts wall-clock (target: ≤ 100 ms). Prints a table and where the time
 * goes; the last line is one JSON object:
 *   method                     — "side panel" or "tab";
 *   sidepanel_render_ms_median — median over the fixtures of each fixture's median;
 *   per_fixture                — each fixture's median ms;
 *   baseline_fcp_ms_median     — the baseline's median;
 *   ratio_vs_baseline          — sidepanel_render_ms_median / baseline_fcp_ms_median;
 *   floor_fcp_ms_median        — the floor's median: a static page of one line (no script, no
 *                                style), added to a copy of the build for the bench only — what any
 *                                page pays to appear there on this machine;
 *   above_floor_ms             — sidepanel_render_ms_median − floor_fcp_ms_median: Duban's own share.
 * Options: --runs N (default 9, at least 7), --no-build, --tab.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumMissingReason, findChromium } from './lib/chromium';
import { annotatedTabId, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './lib/extension-browser';
import { serveDirectory } from './lib/fixture-server';
import { openDriver, openPanel } from './lib/real-side-panel';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const SEEDS = ['000-cms', '001-wechat', '002-strong-br', '004-table-gbk'];
const argv = process.argv.slice(2);
const RUNS = Math.max(7, Number(argv.includes('--runs') ? argv[argv.indexOf('--runs') + 1] : 9) || 9);
const BUILD = !argv.includes('--no-build');
const TAB_ONLY = argv.includes('--tab');
const MARK = 'duban:workspace-rendered';
const TARGET_MS = 100;
const TIMEOUT_MS = 15_000;
const VIEWPORT = { width: 400, height: 900 };
/** Added to the bench's copy of the build only (never shipped): the floor, see Method.floor. */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>督办 Duban</title></head><body><p>督办 Duban</p></body></html>\n';

/** A copy of the build with the floor page in it (a copy: the build itself stays as shipped). */
function extensionWithFloor(): string {
  const dir = mkdtempSync(join(tmpdir(), 'duban-bench-ui-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, FLOOR_PAGE), FLOOR_HTML);
  return dir;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

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

/** Where the time goes: click → the panel's navigation start (0 in a tab), then from that start: its script runs, its first data is read, the workspace has rendered, and is painted. */
interface Phases {
  navigation: number;
  script: number;
  data: number;
  render: number;
  paint: number;
}

interface SeedTab {
  name: string;
  tabId: number;
  page: Page;
}

/** One way of opening the panel: the real side panel, or a tab pinned to the notice's tab. */
interface Method {
  name: 'side panel' | 'tab';
  /** ms to the workspace shown (rendered and painted), the panel's first contentful paint, and the phases. */
  panel(t: SeedTab): Promise<{ rendered: number; fcp: number; phases: Phases }>;
  /** The baseline's first contentful paint, ms. */
  baseline(t: SeedTab): Promise<number>;
  /** The floor's: a static page of one line, no script, no style — what any page pays to appear there. */
  floor(t: SeedTab): Promise<number>;
}

const PHASE_MARKS = [MARK, 'duban:panel-script', 'duban:panel-data'] as const;

/** The browser's real side panel, opened by a click (lib/real-side-panel.ts). */
async function sidePanelMethod(b: ExtensionBrowser): Promise<Method> {
  const driver = await openDriver(b);
  return {
    name: 'side panel',
    panel: async (t) => {
      const o = await openPanel(driver, t.page, { path: 'sidepanel.html', mark: MARK, element: 'duban-workspace', report: PHASE_MARKS, timeoutMs: TIMEOUT_MS });
      const at = (m: string) => o.marks[m] ?? NaN;
      return { rendered: o.shown, fcp: o.fcp, phases: { navigation: o.navigation, script: at('duban:panel-script'), data: at('duban:panel-data'), render: at(MARK), paint: o.elementPaint } };
    },
    baseline: async (t) => (await openPanel(driver, t.page, { path: 'options.html', timeoutMs: TIMEOUT_MS })).fcp,
    floor: async (t) => (await openPanel(driver, t.page, { path: FLOOR_PAGE, timeoutMs: TIMEOUT_MS })).fcp,
  };
}

/** The panel as a tab pinned to the notice's tab (`sidepanel.html?tabId=N`), timed from its own navigation start. */
const tabMethod = (b: ExtensionBrowser): Method => ({
  name: 'tab',
  panel: async (t) => {
    const panel = await openTab(b, `sidepanel.html?tabId=${t.tabId}`);
    try {
      await panel.waitForFunction((m) => performance.getEntriesByName(m, 'mark').length > 0, MARK, { timeout: TIMEOUT_MS });
      const [marks, hasTabs, visible] = await panel.evaluate(
        (names) => [names.map((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? NaN), document.querySelector('[role="tablist"]') !== null, document.visibilityState] as const,
        [...PHASE_MARKS],
      );
      if (!hasTabs) throw new Error('the workspace rendered without its tabs (not read as a notice?)');
      if (visible !== 'visible') throw new Error(`the panel tab was ${visible}: paint timings would be meaningless`);
      const [render = NaN, script = NaN, data = NaN] = marks;
      const paint = await elementPaint(panel, 'duban-workspace');
      return { rendered: Math.max(render, paint), fcp: await firstContentfulPaint(panel), phases: { navigation: 0, script, data, render, paint } };
    } finally {
      await panel.close();
    }
  },
  baseline: () => tabFcp(b, 'options.html'),
  floor: () => tabFcp(b, FLOOR_PAGE),
});

async function tabFcp(b: ExtensionBrowser, path: string): Promise<number> {
  const page = await openTab(b, path);
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
  const extensionDir = extensionWithFloor();
  const b = await launchWithExtension({ extensionDir });
  try {
    const tabs: SeedTab[] = [];
    for (const name of SEEDS) {
      const url = `http://www.example.gov.cn:${served.port}/notices/${name}/`;
      const page = await b.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await annotatedTabId(b.serviceWorker, url);
      if (!tabId) throw new Error(`${name}: the annotator never answered on ${url} (not detected as a notice?)`);
      tabs.push({ name, tabId, page });
    }
    const first = tabs[0] as SeedTab;

    // One discarded warm-up of each (first load of the extension's scripts in this profile); the
    // real side panel's first opening also tells whether this browser can open one headless.
    let method = tabMethod(b);
    if (!TAB_ONLY) {
      try {
        const real = await sidePanelMethod(b);
        await real.baseline(first);
        method = real;
      } catch (e) {
        process.stdout.write(`the real side panel could not be opened here (${e instanceof Error ? e.message : String(e)}): timing the panel as a tab instead\n`);
      }
    }
    await method.baseline(first);
    await method.floor(first);
    for (const t of tabs) await method.panel(t);

    const baseline: number[] = [];
    const floor: number[] = [];
    const rendered = new Map<string, number[]>(SEEDS.map((n) => [n, []]));
    const fcp = new Map<string, number[]>(SEEDS.map((n) => [n, []]));
    const phases: Phases[] = [];
    for (let r = 0; r < RUNS; r++) {
      baseline.push(await method.baseline(tabs[r % tabs.length] as SeedTab));
      floor.push(await method.floor(tabs[r % tabs.length] as SeedTab));
      for (const t of tabs) {
        const x = await method.panel(t);
        rendered.get(t.name)?.push(x.rendered);
        fcp.get(t.name)?.push(x.fcp);
        phases.push(x.phases);
      }
    }

    const base = median(baseline);
    const bottom = median(floor);
    const perFixture: Record<string, number> = {};
    const real = method.name === 'side panel';
    const rows = [['page', 'runs', 'panel FCP ms', 'shown ms (median)', 'min', 'max', '× baseline']];
    const where = real ? 'in the side panel' : 'in a tab';
    rows.push([`static page ${where} (floor FCP)`, String(RUNS), '', round(bottom).toFixed(1), round(Math.min(...floor)).toFixed(1), round(Math.max(...floor)).toFixed(1), (bottom / base).toFixed(2)]);
    rows.push([`options.html ${where} (baseline FCP)`, String(RUNS), '', round(base).toFixed(1), round(Math.min(...baseline)).toFixed(1), round(Math.max(...baseline)).toFixed(1), '1.00']);
    for (const name of SEEDS) {
      const xs = rendered.get(name) ?? [];
      const m = median(xs);
      perFixture[name] = round(m);
      rows.push([name, String(xs.length), round(median(fcp.get(name) ?? [])).toFixed(1), round(m).toFixed(1), round(Math.min(...xs)).toFixed(1), round(Math.max(...xs)).toFixed(1), (m / base).toFixed(2)]);
    }
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
    const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    process.stdout.write(
      real
        ? `\nthe browser's side panel: the click that opens it → workspace and highlights list rendered (${MARK}) and painted; ${RUNS} runs each\n`
        : `\nside panel as a tab, ${VIEWPORT.width}×${VIEWPORT.height}: its navigation start → workspace and highlights list rendered (${MARK}) and painted; ${RUNS} runs each\n`,
    );
    process.stdout.write(`${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (1 / 5 / 15 min)\n\n`);
    process.stdout.write(`${line(rows[0] ?? [])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
    for (const r of rows.slice(1)) process.stdout.write(`${line(r)}\n`);
    const at = (k: keyof Phases) => round(median(phases.map((p) => p[k])));
    process.stdout.write(
      `\nwhere the time goes (medians over all panel runs): ${real ? `click → navigation start ${at('navigation')} ms, then from there: ` : 'from navigation start: '}script runs ${at('script')} → data read ${at('data')} → rendered ${at('render')} → painted ${at('paint')}\n`,
    );

    const overall = median(Object.values(perFixture));
    const ratio = overall / base;
    process.stdout.write(
      `\nmedian over the fixtures: ${round(overall)} ms (target ≤ ${TARGET_MS} ms: ${overall <= TARGET_MS ? 'met' : 'NOT met'}); baseline ${round(base)} ms; ratio ${ratio.toFixed(2)}; ${round(overall - bottom)} ms above the floor of ${round(bottom)} ms${bottom > TARGET_MS ? ' (the floor alone is over the target on this machine)' : ''}\n`,
    );
    process.stdout.write(
      `${JSON.stringify({ method: method.name, sidepanel_render_ms_median: round(overall), per_fixture: perFixture, baseline_fcp_ms_median: round(base), ratio_vs_baseline: Math.round(ratio * 100) / 100, floor_fcp_ms_median: round(bottom), above_floor_ms: round(overall - bottom) })}\n`,
    );
    return 0;
  } finally {
    await b.close();
    await served.close();
    rmSync(extensionDir, { recursive: true, force: true });
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
