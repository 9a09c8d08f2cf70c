import { accessSync, constants, statSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';

/**
 * Finding and launching the system Chromium for benches and end-to-end tests. Never downloads a
 * browser: on Debian, `apt-get install -y chromium` provides /usr/bin/chromium.
 */

/** Where a Chromium-family browser may be, in order; `CHROMIUM_PATH` wins when set. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of an executable Chromium, or null. `CHROMIUM_PATH` is checked first; when it is set
 * but not executable it is skipped (see `chromiumMissingReason` for a message that says so).
 */
export function findChromium(): string | null {
  const env = process.env.CHROMIUM_PATH?.trim();
  if (env && isExecutable(env)) return env;
  for (const p of CHROMIUM_CANDIDATES) if (isExecutable(p)) return p;
  return null;
}

/** Why `findChromium()` returned null, as one line for logs. */
export function chromiumMissingReason(): string {
  const env = process.env.CHROMIUM_PATH?.trim();
  const looked = [...(env ? [`CHROMIUM_PATH=${env}`] : []), ...CHROMIUM_CANDIDATES].join(', ');
  return `no executable Chromium found (looked at ${looked}); install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`;
}

/**
 * Flags for a headless Chromium on this machine (we run as root, there is no GPU and no internet
 * beyond the package registries, so nothing should try to phone home).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches a headless Chromium through playwright-core. `extraArgs` are appended to
 * `CHROMIUM_ARGS`. Throws with a clear message when no browser is installed.
 */
export async function launchChromium(opts: { executablePath?: string; extraArgs?: string[]; launch?: LaunchOptions } = {}): Promise<Browser> {
  const executablePath = opts.executablePath ?? findChromium();
  if (!executablePath) throw new Error(chromiumMissingReason());
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    ...opts.launch,
    args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? []), ...(opts.launch?.args ?? [])],
  });
}
