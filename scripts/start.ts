/**
 * `npm start [-- page.html | https://…]`: builds Duban and opens Chromium with it loaded on the
 * bundled sample notice (served on loopback as a *.gov.cn site), or on the page given. With a
 * display the browser stays open for you; without one (a server, CI) it says so, runs headless,
 * prints what Duban found and saves a screenshot.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTabBadge, askActiveAnnotator, launchWithExtension, type ExtensionBrowser } from './lib/extension-browser';
import { serveDirectory } from './lib/fixture-server';
import { findChromium, chromiumMissingReason } from './lib/chromium';
import { extractSource } from './lib/extract-source';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = resolve(ROOT, 'public/sample/notice.html');

async function main(): Promise<number> {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!findChromium()) {
    process.stderr.write(`未找到 Chromium · ${chromiumMissingReason()}\n`);
    return 1;
  }
  process.stdout.write('构建扩展 · building the extension…\n');
  execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const isUrl = !!arg && /^https?:\/\//i.test(arg);
  const file = isUrl ? null : resolve(arg ?? SAMPLE);
  const served = file ? await serveDirectory(dirname(file)) : null;
  const url = isUrl ? (arg as string) : `http://www.sample.gov.cn:${served?.port}/${basename(file ?? '')}`;
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (headless) process.stdout.write('没有图形显示，以无头模式运行 · no display found: running headless.\n');

  const browser = await launchWithExtension({ headless });
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(800);
  const badge = await activeTabBadge(browser.serviceWorker).catch(() => '');
  process.stdout.write(`页面 page: ${url}\n徽标 badge: ${badge ? `“${badge}” — 检测到整改通报 · notice detected` : '（无）none — not detected as a notice'}\n`);
  process.stdout.write(`${await annotatorLine(browser)}\n`);

  // What Duban found, from the same core the extension runs.
  const found = await extractSource(file ?? url);
  if ('error' in found) process.stdout.write(`无法解析 cannot extract: ${found.error}\n`);
  else {
    const s = found.stats;
    process.stdout.write(
      [
        `类型 kind: ${found.kind} (${Math.round(found.confidence * 100)}%)`,
        `标题 title: ${found.title ?? '—'}`,
        `发布单位 issuer: ${found.issuer ?? '—'} · 巡察组 inspector: ${found.inspector ?? '—'} · 轮次 round: ${found.round ?? '—'}`,
        `巡察 inspection: ${found.inspectionPeriod?.start ?? '?'} – ${found.inspectionPeriod?.end ?? '?'} · 反馈 feedback: ${found.feedbackDate ?? '—'} · 公开期 publicity: ${found.publicityPeriod?.start ?? '?'} – ${found.publicityPeriod?.end ?? '?'}`,
        `统计 stats: 问题 ${s.problems ?? '—'} · 已整改 ${s.rectified ?? '—'} · 阶段性 ${s.staged ?? '—'} · 未整改 ${s.unrectified ?? '—'} · 措施 ${s.measuresDone ?? '—'}/${s.measures ?? '—'}`,
        `结构 structure: ${found.sections.length} 个一级部分 top sections · ${found.problems.length} 个问题 problems · ${found.commitments.length} 项承诺 commitments`,
        ...found.checks.slice(0, 6).map((c) => `⚠ ${c.message}`),
      ].join('\n') + '\n',
    );
  }

  if (headless) {
    const shot = resolve(ROOT, 'test-results/start.png');
    mkdirSync(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot, fullPage: false });
    process.stdout.write(`截图 screenshot: ${shot}\n`);
    await browser.close();
    await served?.close();
    return 0;
  }
  process.stdout.write('浏览器已打开，关闭窗口或按 Ctrl-C 结束 · close the window or press Ctrl-C to stop.\n');
  await new Promise<void>((r) => browser.context.on('close', () => r()));
  await served?.close();
  return 0;
}

/** Whether the annotator is on the page, ready to highlight (it loads on notices and pages with highlights). */
async function annotatorLine(browser: ExtensionBrowser): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const reply = (await askActiveAnnotator(browser.serviceWorker, 'annotator-state').catch(() => null)) as { ok?: boolean; value?: { statuses: Record<string, string> } } | null;
    if (reply?.ok && reply.value) {
      const n = Object.keys(reply.value.statuses).length;
      return `标注 annotator: 已就绪，选中文字即可高亮（本页已有 ${n} 条） · ready: select text to highlight (${n} on this page)`;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return '标注 annotator: 未在此页运行（点击工具栏按钮启用） · not running here (click the toolbar button to turn it on)';
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
