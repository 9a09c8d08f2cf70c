/**
 * `npm run bench:store` — the storage layer on REAL IndexedDB: Chromium, a persistent profile on
 * disk (an incognito context would keep IndexedDB in memory), a page served from 127.0.0.1 so the
 * database belongs to a real origin, utils/storage bundled with esbuild and timed inside the page.
 *
 * Data: annotations with realistic quotes and notes (sentences of test/fixtures/seeds/*.txt) over
 * ~1,000 pages, one page holding 1,000 of them, inserted with bulk puts in chunks. The SAME rows go
 * into two databases: the current layout (DubanDB, schema v3: rows plus one `pageAnnotations`
 * record per page) and the v2 layout as it shipped (raw Dexie at version 2, the baseline). They
 * grow from 10k to 100k annotations; at each size it measures medians of
 *  (a) `listAnnotations` of the 1,000-annotation page, current layout and v2 layout (v2's
 *      listAnnotations as it shipped, below), interleaved so both meet the same machine load
 *      (target ≤ 25 ms at 100k);
 *  (b) `searchAnnotations` (bigram index) for a fixed set of Chinese substrings, Latin too
 *      (target ≤ 100 ms at 10k for the median query);
 *  (c) for comparison, a full scan: read every row (one getAll) and filter with `includes`.
 * Hits of (b) and (c) are compared, so the index is checked against the scan on every query.
 * Search reads the same `annotations` table and `*grams` index in both layouts: timed on ours only.
 * At the end (unless --no-upgrade) the v2 database is opened with DubanDB: the v2 → v3 upgrade at
 * the largest size, timed, and its page listed against ours.
 *
 * Without a Chromium (or with --node-only) it says so and runs the same code in Node on
 * fake-indexeddb, marking `"env":"node"`. Only measures and prints — no wall-clock assertions.
 * Last line of stdout: one JSON object, `{"page_query_ms_100k": …, "search_ms_10k": …, …}`.
 *
 * Options: --node-only, --quick (fewer timed runs), --no-upgrade, --sizes=10000,100000 (the sizes
 * the databases grow through; the JSON keys of a size not run are null).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Dexie from 'dexie';
import type { DubanDB } from '../utils/storage/db';
import type { patchPageAnnotations } from '../utils/storage/page-annotations';
import type { fromStored, toStored } from '../utils/storage/records';
import type { dbSchemaV2 } from '../utils/storage/schema';
import type { listAnnotations, searchAnnotations } from '../utils/storage/repository';
import { CHROMIUM_ARGS, chromiumMissingReason, findChromium } from './lib/chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const NODE_ONLY = argv.includes('--node-only');
const NO_UPGRADE = argv.includes('--no-upgrade');
const SIZES = (argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length).split(',').map(Number) ?? [10_000, 100_000]).filter((n) => n > 0);

/** What the page (or Node) hands the bench: the storage API, nothing else of this module. */
interface StoreApi {
  Dexie: typeof Dexie;
  DubanDB: typeof DubanDB;
  dbSchemaV2: typeof dbSchemaV2;
  listAnnotations: typeof listAnnotations;
  searchAnnotations: typeof searchAnnotations;
  patchPageAnnotations: typeof patchPageAnnotations;
  toStored: typeof toStored;
  fromStored: typeof fromStored;
}

/** Which database a step works on: `ours` (DubanDB, current schema) or `v2` (the baseline). */
type Layout = 'ours' | 'v2';

interface BenchConfig {
  pages: number;
  hotPageAnnotations: number;
  /** The page holding `hotPageAnnotations` annotations (the first ones generated). */
  hotUrl: string;
  listRuns: number;
  searchRuns: number;
  sentences: string[];
  queries: string[];
  dbName: string;
  v2DbName: string;
}

interface QueryResult {
  query: string;
  hits: number;
  candidates: number;
  indexMs: number;
  scanMs: number;
  scanHits: number;
}

interface Measured {
  openMs: number;
  listFirstMs: number;
  listMs: number;
  /** The v2 layout's listAnnotations (as shipped) of the same page, interleaved with listMs. */
  v2ListMs: number;
  v2ListFirstMs: number;
  /** The v2 rows read with IndexedDB alone (one IDBIndex.getAll): the floor under v2ListMs. */
  v2RawListMs: number;
  listCount: number;
  v2ListCount: number;
  queries: QueryResult[];
}

interface SizeResult extends Measured {
  size: number;
  insertMs: number;
  v2InsertMs: number;
}

interface Upgraded {
  ms: number;
  /** The upgraded database's hot page equals ours (ids and content). */
  same: boolean;
  count: number;
}

// Fixed queries, from common to rare in the seeds; 新规定 and "rules in" only occur in notes.
const QUERIES = ['整改', '主体责任', '意识形态', '民主生活会', '长效机制', '销号', '新规定', 'rules in'];

/**
 * Adds annotations number `from` to `to - 1` to one layout's database, 5,000 rows per transaction;
 * returns the time spent writing. Ours: bulkPut of the rows and patchPageAnnotations (what
 * importRecords does) in one transaction; v2: bulkPut of the rows. Annotation i depends only on i
 * (its own seeded PRNG; ids too), so both databases and every run hold the same rows. Runs in the
 * page (serialised with toString: it may use nothing of this module but types) or in Node.
 */
async function fillBody(api: StoreApi, cfg: BenchConfig, layout: Layout, from: number, to: number): Promise<number> {
  let seed = 0;
  const rand = (n: number): number => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  const pick = <T,>(xs: readonly T[]): T => xs[rand(xs.length)] as T;
  const slice = (text: string, min: number, max: number): string => {
    const len = Math.min(text.length, min + rand(max - min + 1));
    const start = rand(text.length - len + 1);
    return text.slice(start, start + len);
  };
  const notes = [
    () => '',
    () => '',
    () => '',
    () => `问：${slice(pick(cfg.sentences), 4, 12)}的完成时限？`,
    () => '三月份要新规定，届时索取文本',
    () => 'ask for the new rules in March',
    () => '17+5≠23? 数字对不上',
    () => `跟进：${slice(pick(cfg.sentences), 6, 20)}`,
    () => `与上期通报不一致，${slice(pick(cfg.sentences), 4, 10)}`,
    () => `承诺${1 + rand(12)}月底前完成，需核实`,
  ];
  const categories = ['commitment', 'problem', 'doubt', 'follow-up'];
  const pageUrl = (p: number): string => `https://www.example${p % 37}.gov.cn/xcgz/2024${String(1 + (p % 12)).padStart(2, '0')}/t2024_${p}.html`;
  const make = (i: number) => {
    seed = Math.imul(i + 1, 0x9e3779b1) >>> 0;
    const hot = i < cfg.hotPageAnnotations;
    const sentence = pick(cfg.sentences);
    const exact = slice(sentence, 8, 60);
    const at = sentence.indexOf(exact);
    const start = hot ? i * 80 : rand(20_000);
    const t0 = 1_700_000_000_000 + i * 1_000;
    const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
    return {
      id: `${hex(rand(2 ** 32))}-${hex(rand(2 ** 32))}-${hex(i)}`,
      pageUrl: hot ? cfg.hotUrl : pageUrl(1 + rand(cfg.pages - 1)),
      category: pick(categories),
      note: pick(notes)(),
      target: {
        quote: { type: 'TextQuoteSelector' as const, exact, prefix: sentence.slice(Math.max(0, at - 32), at), suffix: sentence.slice(at + exact.length, at + exact.length + 32) },
        position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
        sectionId: `s${rand(6)}`,
        sectionHeading: null,
      },
      createdAt: t0,
      updatedAt: t0,
      deletedAt: !hot && rand(50) === 0 ? t0 + 500 : null,
      anchorStatus: 'anchored' as const,
    };
  };
  let ms = 0;
  if (layout === 'ours') {
    const db = new api.DubanDB(cfg.dbName);
    await db.open();
    try {
      for (let i = from; i < to; i += 5_000) {
        const chunk = Array.from({ length: Math.min(5_000, to - i) }, (_, k) => api.toStored(make(i + k)));
        const t = performance.now();
        await db.transaction('rw', [db.annotations, db.pageAnnotations], async () => {
          await db.annotations.bulkPut(chunk);
          await api.patchPageAnnotations(db, [], chunk.map(api.fromStored));
        });
        ms += performance.now() - t;
      }
    } finally {
      db.close();
    }
    return ms;
  }
  const v2 = new api.Dexie(cfg.v2DbName);
  v2.version(2).stores(api.dbSchemaV2);
  await v2.open();
  try {
    for (let i = from; i < to; i += 5_000) {
      const chunk = Array.from({ length: Math.min(5_000, to - i) }, (_, k) => api.toStored(make(i + k)));
      const t = performance.now();
      await v2.table('annotations').bulkPut(chunk);
      ms += performance.now() - t;
    }
  } finally {
    v2.close();
  }
  return ms;
}

/**
 * Opens both databases as a side panel would and times (a) listing the hot page, ours and v2 in
 * turn, (b) index search and (c) full-scan search for each query, on ours. Self-contained like
 * fillBody.
 */
async function measureBody(api: StoreApi, cfg: BenchConfig, scanRuns: number): Promise<Measured> {
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  };
  const time = async (fn: () => Promise<unknown>): Promise<number> => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const db = new api.DubanDB(cfg.dbName);
  const openMs = await time(() => db.open());
  const v2 = new api.Dexie(cfg.v2DbName);
  v2.version(2).stores(api.dbSchemaV2);
  await v2.open();
  try {
    let listCount = 0;
    const list = async () => {
      const res = await api.listAnnotations(db, cfg.hotUrl);
      listCount = res.ok ? res.value.length : -1;
    };
    // v2's listAnnotations as it shipped: the page's rows through the `pageUrl` index, live ones
    // kept, grams stripped, document order (the same comparator as records.ts).
    let v2ListCount = 0;
    const v2List = async () => {
      const rows = (await v2.table('annotations').where('pageUrl').equals(cfg.hotUrl).toArray()) as Parameters<typeof api.fromStored>[0][];
      const kept = rows.filter((r) => r.deletedAt === null).map(api.fromStored);
      kept.sort((a, b) => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      v2ListCount = kept.length;
    };
    const listFirstMs = await time(list);
    const v2ListFirstMs = await time(v2List);
    const listTimes: number[] = [];
    const v2Times: number[] = [];
    const rawTimes: number[] = [];
    const idb = v2.backendDB();
    const rawList = () =>
      new Promise((resolve, reject) => {
        const request = idb.transaction('annotations', 'readonly').objectStore('annotations').index('pageUrl').getAll(cfg.hotUrl);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    for (let r = 0; r < cfg.listRuns; r++) {
      // Alternate which layout goes first: neither always reads right after the other.
      if (r % 2) {
        listTimes.push(await time(list));
        v2Times.push(await time(v2List));
      } else {
        v2Times.push(await time(v2List));
        listTimes.push(await time(list));
      }
      rawTimes.push(await time(rawList));
    }

    const queries: QueryResult[] = [];
    for (const q of cfg.queries) {
      let hits = 0;
      let candidates = 0;
      const search = async () => {
        const res = await api.searchAnnotations(db, q);
        hits = res.ok ? res.value.annotations.length : -1;
        candidates = res.ok ? res.value.candidates : -1;
      };
      await search();
      const indexTimes: number[] = [];
      for (let r = 0; r < cfg.searchRuns; r++) indexTimes.push(await time(search));
      // The baseline: read every row (one getAll, the fastest full read) and filter.
      let scanHits = 0;
      const scanTimes: number[] = [];
      for (let r = 0; r < scanRuns; r++) {
        scanTimes.push(
          await time(async () => {
            const rows = await db.annotations.toArray();
            scanHits = rows.filter((a) => a.deletedAt === null && (a.target.quote.exact.includes(q) || a.note.toLowerCase().includes(q))).length;
          }),
        );
      }
      queries.push({ query: q, hits, candidates, indexMs: median(indexTimes), scanMs: median(scanTimes), scanHits });
    }
    return { openMs, listFirstMs, listMs: median(listTimes), v2ListMs: median(v2Times), v2ListFirstMs, v2RawListMs: median(rawTimes), listCount, v2ListCount, queries };
  } finally {
    db.close();
    v2.close();
  }
}

/**
 * Opens the v2 database with DubanDB: the v2 → v3 upgrade, timed; then checks its hot page
 * against ours (same rows were written to both). Self-contained like fillBody.
 */
async function upgradeBody(api: StoreApi, cfg: BenchConfig): Promise<Upgraded> {
  const upgraded = new api.DubanDB(cfg.v2DbName);
  const t0 = performance.now();
  await upgraded.open();
  const ms = performance.now() - t0;
  const ours = new api.DubanDB(cfg.dbName);
  await ours.open();
  try {
    const [a, b] = await Promise.all([api.listAnnotations(upgraded, cfg.hotUrl, { includeDeleted: true }), api.listAnnotations(ours, cfg.hotUrl, { includeDeleted: true })]);
    const same = a.ok && b.ok && JSON.stringify(a.value) === JSON.stringify(b.value);
    return { ms, same, count: a.ok ? a.value.length : -1 };
  } finally {
    upgraded.close();
    ours.close();
  }
}

// ───────────────────────────── harness ─────────────────────────────

function loadSentences(): string[] {
  const dir = join(ROOT, 'test', 'fixtures', 'seeds');
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  return text
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .split(/[。；！？\n]/)
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => s.length >= 10);
}

/** Idle time before timing each size: see the comment in `run`. */
const SETTLE_MS = 5_000;
const HOT_URL = 'https://www.example0.gov.cn/xcgz/202401/t2024_0.html';

function config(): BenchConfig {
  return {
    pages: 1_000,
    hotPageAnnotations: 1_000,
    hotUrl: HOT_URL,
    listRuns: QUICK ? 5 : 21,
    searchRuns: QUICK ? 3 : 11,
    sentences: loadSentences(),
    queries: QUERIES,
    dbName: 'duban-bench',
    v2DbName: 'duban-bench-v2',
  };
}

/** Full scans are slow (seconds at 100k): fewer runs of them. */
function scanRunsFor(size: number): number {
  if (QUICK) return 1;
  return size > 20_000 ? 1 : 3;
}

/** One environment: fill the database, then measure it, for each size in turn. */
interface Env {
  fill(layout: Layout, from: number, to: number): Promise<number>;
  measure(scanRuns: number): Promise<Measured>;
  upgrade(): Promise<Upgraded>;
  settle(): Promise<void>;
}

async function run(env: Env): Promise<{ results: SizeResult[]; upgrade: Upgraded | null }> {
  const results: SizeResult[] = [];
  let made = 0;
  let insertMs = 0;
  let v2InsertMs = 0;
  for (const size of SIZES) {
    process.stderr.write(`filling to ${size}… `);
    insertMs += await env.fill('ours', made, size);
    v2InsertMs += await env.fill('v2', made, size);
    made = size;
    process.stderr.write(`writing so far ${Math.round(insertMs / 1000)} s ours, ${Math.round(v2InsertMs / 1000)} s v2; `);
    // Timed as a side panel meets the database: reopened in a fresh page after the writes are
    // over, not in the middle of the compactions that a burst of up to 90,000 puts leaves behind.
    await env.settle();
    process.stderr.write('measuring…\n');
    results.push({ size, insertMs, v2InsertMs, ...(await env.measure(scanRunsFor(size))) });
  }
  if (NO_UPGRADE || results.length === 0) return { results, upgrade: null };
  process.stderr.write(`upgrading the v2 database (${made}) to the current schema…\n`);
  return { results, upgrade: await env.upgrade() };
}

async function bundleStore(): Promise<string> {
  const esbuild = await import('esbuild');
  const res = await esbuild.build({
    stdin: {
      contents: `import Dexie from 'dexie';
import { DubanDB } from './utils/storage/db';
import { listAnnotations, searchAnnotations } from './utils/storage/repository';
import { patchPageAnnotations } from './utils/storage/page-annotations';
import { fromStored, toStored } from './utils/storage/records';
import { dbSchemaV2 } from './utils/storage/schema';
window.__dubanStore = { Dexie, DubanDB, dbSchemaV2, listAnnotations, searchAnnotations, patchPageAnnotations, toStored, fromStored };`,
      resolveDir: ROOT,
      sourcefile: 'bench-store-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
  const file = res.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

async function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    if (req.url !== '/bench.html') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // Cross-origin isolated: performance.now() at 5 µs resolution instead of 100 µs.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end('<!doctype html><meta charset="utf-8"><title>bench:store</title><p>bench:store</p>');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function runChromium(executablePath: string): Promise<Run> {
  const bundle = await bundleStore();
  const fillSource = fillBody.toString();
  const measureSource = measureBody.toString();
  const upgradeSource = upgradeBody.toString();
  for (const source of [fillSource, measureSource, upgradeSource]) {
    const helper = /\b__(?!name\b)[a-zA-Z]+\(/.exec(source);
    if (helper) throw new Error(`the bench was compiled with a helper the page lacks (${helper[0]})`);
  }
  const cfg = JSON.stringify(config());
  const { server, origin } = await serve();
  // A persistent profile on disk: IndexedDB as a user has it (LevelDB files), not the in-memory
  // store of an incognito context (which is what browser.newContext() would give).
  const profile = mkdtempSync(join(tmpdir(), 'duban-bench-store-'));
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
  const load0 = loadavg()[0] ?? 0;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // A fresh document for every step: nothing cached in the page between filling and measuring.
    const fresh = async () => {
      await page.goto(`${origin}/bench.html`, { waitUntil: 'load' });
      await page.addScriptTag({ content: bundle });
    };
    // tsx/esbuild may wrap named inner functions in __name(): the page gets a no-op one.
    const call = async <T,>(source: string, args: string): Promise<T> => {
      await fresh();
      return (await page.evaluate(`(async () => { const __name = (f) => f; return (${source})(window.__dubanStore, ${cfg}, ${args}); })()`)) as T;
    };
    const { results, upgrade } = await run({
      fill: (layout, from, to) => call<number>(fillSource, `${JSON.stringify(layout)}, ${from}, ${to}`),
      measure: (scanRuns) => call<Measured>(measureSource, String(scanRuns)),
      upgrade: () => call<Upgraded>(upgradeSource, ''),
      settle: () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS)),
    });
    const isolated = (await page.evaluate('self.crossOriginIsolated === true')) as boolean;
    const version = context.browser()?.version() ?? '';
    const label = `Chromium ${version}, persistent profile on disk, page on ${origin}${isolated ? ' (cross-origin isolated)' : ''}`;
    return { env: 'chromium', label, load: [load0, loadavg()[0] ?? 0], results, upgrade };
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function runNode(): Promise<Run> {
  // What 'fake-indexeddb/auto' does (its subpath has no types under package exports).
  const fake = await import('fake-indexeddb');
  Object.assign(globalThis, { indexedDB: fake.indexedDB, IDBKeyRange: fake.IDBKeyRange });
  const [{ default: Dexie }, { DubanDB }, repo, records, pa, schema] = await Promise.all([
    import('dexie'),
    import('../utils/storage/db'),
    import('../utils/storage/repository'),
    import('../utils/storage/records'),
    import('../utils/storage/page-annotations'),
    import('../utils/storage/schema'),
  ]);
  const api: StoreApi = {
    Dexie,
    DubanDB,
    dbSchemaV2: schema.dbSchemaV2,
    listAnnotations: repo.listAnnotations,
    searchAnnotations: repo.searchAnnotations,
    patchPageAnnotations: pa.patchPageAnnotations,
    toStored: records.toStored,
    fromStored: records.fromStored,
  };
  const cfg = config();
  const load0 = loadavg()[0] ?? 0;
  await Dexie.delete(cfg.dbName);
  await Dexie.delete(cfg.v2DbName);
  const { results, upgrade } = await run({
    fill: (layout, from, to) => fillBody(api, cfg, layout, from, to),
    measure: (scanRuns) => measureBody(api, cfg, scanRuns),
    upgrade: () => upgradeBody(api, cfg),
    settle: async () => undefined,
  });
  return { env: 'node', label: `Node ${process.version} + fake-indexeddb (in memory: not comparable with a browser)`, load: [load0, loadavg()[0] ?? 0], results, upgrade };
}

interface Run {
  env: 'chromium' | 'node';
  label: string;
  /** 1-minute load average at start and end: other work on the machine skews the timings. */
  load: [number, number];
  results: SizeResult[];
  upgrade: Upgraded | null;
}

// ───────────────────────────── report ─────────────────────────────

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const round = (ms: number): number => Math.round(ms * 100) / 100;

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function report(run: Run): void {
  console.log(`bench:store — ${run.label}`);
  console.log(`${cpus().length} CPUs; load average ${run.load[0].toFixed(1)} at start, ${run.load[1].toFixed(1)} at end (other processes skew timings)`);
  console.log('');
  console.log('list one page of 1,000 — listAnnotations, median (first, cold): ours (schema v3, one pageAnnotations record) vs the v2 layout (rows via the pageUrl index), interleaved');
  console.log(`${'size'.padEnd(8)} ${'ours ms'.padEnd(16)} ${'v2 ms'.padEnd(16)} ${'v2 ÷ ours'.padEnd(10)} ${'v2 raw getAll'.padEnd(14)} ${'writing ours / v2'.padEnd(20)} open db`);
  for (const r of run.results) {
    const flag = r.listCount === 1_000 && r.v2ListCount === 1_000 ? '' : `  ← listed ${r.listCount} / ${r.v2ListCount}, expected 1000`;
    console.log(
      `${String(r.size).padEnd(8)} ${`${fmt(r.listMs)} (${fmt(r.listFirstMs)})`.padEnd(16)} ${`${fmt(r.v2ListMs)} (${fmt(r.v2ListFirstMs)})`.padEnd(16)} ${`${(r.v2ListMs / r.listMs).toFixed(1)}×`.padEnd(10)} ${fmt(r.v2RawListMs).padEnd(14)} ${`${(r.insertMs / 1000).toFixed(1)} / ${(r.v2InsertMs / 1000).toFixed(1)} s`.padEnd(20)} ${fmt(r.openMs)} ms${flag}`,
    );
  }
  if (run.upgrade) {
    const u = run.upgrade;
    console.log(`v2 → v3 upgrade of the ${run.results.at(-1)?.size ?? '?'}-annotation v2 database: ${(u.ms / 1000).toFixed(1)} s; its page of ${u.count} ${u.same ? 'equals ours' : '← DIFFERS from ours'}`);
  }
  console.log('');
  console.log('substring search: index (bigrams) vs full scan (getAll + includes), medians');
  console.log(`${'size'.padEnd(8)} ${'query'.padEnd(12)} ${'hits'.padStart(6)} ${'read'.padStart(7)} ${'index ms'.padStart(9)} ${'scan ms'.padStart(9)} ${'speed-up'.padStart(9)}`);
  for (const r of run.results) {
    for (const q of r.queries) {
      const flag = q.hits === q.scanHits ? '' : `  ← scan found ${q.scanHits}`;
      console.log(
        `${String(r.size).padEnd(8)} ${q.query.padEnd(12 - [...q.query].filter((c) => c > '\u2e80').length)} ${String(q.hits).padStart(6)} ${String(q.candidates).padStart(7)} ${fmt(q.indexMs).padStart(9)} ${fmt(q.scanMs).padStart(9)} ${`${(q.scanMs / q.indexMs).toFixed(0)}×`.padStart(9)}${flag}`,
      );
    }
  }
  const at = (size: number) => run.results.find((r) => r.size === size);
  const r10 = at(10_000);
  const r100 = at(100_000);
  const searchMedian = (r: SizeResult | undefined) => (r ? round(medianOf(r.queries.map((q) => q.indexMs))) : null);
  const searchMax = (r: SizeResult | undefined) => (r ? round(Math.max(...r.queries.map((q) => q.indexMs))) : null);
  const scanMedian = (r: SizeResult | undefined) => (r ? round(medianOf(r.queries.map((q) => q.scanMs))) : null);
  const mismatches = run.results.flatMap((r) => r.queries.filter((q) => q.hits !== q.scanHits).map((q) => `${r.size}:${q.query}`));
  const summary = {
    page_query_ms_100k: r100 ? round(r100.listMs) : null,
    search_ms_10k: searchMedian(r10),
    v2_page_query_ms_100k: r100 ? round(r100.v2ListMs) : null,
    page_query_speedup_100k: r100 ? round(r100.v2ListMs / r100.listMs) : null,
    search_ms_100k: searchMedian(r100),
    search_max_ms_10k: searchMax(r10),
    search_max_ms_100k: searchMax(r100),
    scan_ms_10k: scanMedian(r10),
    scan_ms_100k: scanMedian(r100),
    page_query_ms_10k: r10 ? round(r10.listMs) : null,
    page_query_first_ms_100k: r100 ? round(r100.listFirstMs) : null,
    v2_raw_getall_ms_100k: r100 ? round(r100.v2RawListMs) : null,
    insert_ms_100k: r100 ? Math.round(r100.insertMs) : null,
    v2_insert_ms_100k: r100 ? Math.round(r100.v2InsertMs) : null,
    upgrade_ms: run.upgrade ? Math.round(run.upgrade.ms) : null,
    upgrade_same: run.upgrade ? run.upgrade.same : null,
    load: run.load.map((l) => round(l)),
    index_scan_mismatches: mismatches.length,
    env: run.env,
  };
  console.log('');
  console.log(`search_ms = median over the ${QUERIES.length} queries of each query's median; targets: page query ≤ 25 ms at 100k, search ≤ 100 ms at 10k`);
  if (mismatches.length > 0) console.log(`index and scan disagree on: ${mismatches.join(', ')}`);
  console.log(JSON.stringify(summary));
}

async function main(): Promise<void> {
  const executablePath = NODE_ONLY ? null : findChromium();
  if (!executablePath && !NODE_ONLY) console.log(`Chromium skipped: ${chromiumMissingReason()}. Running in Node on fake-indexeddb instead.`);
  report(executablePath ? await runChromium(executablePath) : await runNode());
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
