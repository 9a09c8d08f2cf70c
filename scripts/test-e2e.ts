/**
 * End-to-end tests in a real Chromium with the built extension (test/e2e/). `npm test` runs them
 * after the unit tests when a Chromium is installed and says plainly that it skipped them
 * otherwise; `npm run test:e2e` (--require-browser) fails instead of skipping.
 */
import { execSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumMissingReason, findChromium } from './lib/chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const requireBrowser = process.argv.includes('--require-browser');

if (!findChromium()) {
  const msg = `端到端测试已跳过 · end-to-end tests SKIPPED: ${chromiumMissingReason()}`;
  process.stdout.write(`${msg}\n`);
  process.exit(requireBrowser ? 1 : 0);
}
process.stdout.write('构建扩展 · building the extension for the end-to-end tests…\n');
execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], { cwd: ROOT, stdio: 'inherit' });
process.exit(r.status ?? 1);
