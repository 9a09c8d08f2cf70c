/**
 * `npm run bench:anchor` — how long re-anchoring highlights takes, and how many land right, for
 * our anchoring core (utils/anchoring) and for `@apache-annotator/dom` doing the same work.
 *
 * On every fixture notice page (test/fixtures/notices/*) and on a synthetic ~1 MiB notice page:
 *  - exact: N = 10/100/500 highlights (16–160 visible characters), anchored on the unchanged
 *    page. Ours: `anchorMany(buildTextIndex(body), selectors)` — index build and
 *    Ranges included. Peer: for each selector (from its own `describeTextQuote`), all matches of
 *    `createTextQuoteSelectorMatcher(selector)(body)` (all of them: that is how one knows a
 *    selector is still unique, which ours also decides).
 *  - edited: 100 of those highlights, each with random small edits made in the DOM's text nodes
 *    at visible characters (< 10 % of the quote's, at least one; < 10 % of the 64 on each side),
 *    re-anchored. Highlights whose edited surroundings would overlap are edited in separate
 *    rounds (the page is restored between rounds); the time is the sum over rounds, each round
 *    building its own index. "Right place" = the mapped old boundaries, widened over edited
 *    characters next to them (the property tests' rule, test/utils/anchoring/edits.ts).
 *
 * The peer runs after all of ours on each page, so that its garbage is not collected during our
 * timings. Ours is also run through `anchorManyInSlices` (8 ms slices) to report the longest task
 * a content script would see.
 *
 * Runs in Chromium when one is installed (the core and the peer bundled with esbuild, pages
 * served from 127.0.0.1 without their scripts, cross-origin isolated, timed inside the page),
 * else in Node with happy-dom (`--node` forces Node too; numbers there are happy-dom's).
 * Measures only; never asserts wall-clock. Prints tables; the last line is one JSON object:
 *   anchor500_ms                — median over the seed pages (test/fixtures/notices/NNN-*) of the
 *                                 median ms to anchor 500 highlights, exact;
 *   speedup_vs_apache_annotator — median over the seed pages of peer ms / our ms, 100 highlights;
 *   fuzzy_reanchored            — share of the seed pages' edited highlights (100 each) placed right;
 *   reanchor100_edited_ms       — median over the seed pages of the ms to re-anchor those 100.
 * Options: --quick (fewer runs), --node, --only TEXT (pages whose name contains TEXT);
 * BENCH_DEBUG=1 prints the stack of a page that fails in Node.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createTextQuoteSelectorMatcher, describeTextQuote } from '@apache-annotator/dom';
import { anchorMany, anchorManyInSlices } from '../utils/anchoring/anchor';
import { describeTextRange } from '../utils/anchoring/describe';
import { buildTextIndex, offsetsToRange, rangeToOffsets } from '../utils/anchoring/text-index';
import { chromiumMissingReason, findChromium, launchChromium } from './lib/chromium';
import { decodeHtml } from './lib/decode-html';
import { parseHtml } from './lib/parse-html';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NOTICES = join(ROOT, 'test', 'fixtures', 'notices');
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const FORCE_NODE = argv.includes('--node');
const ONLY = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '') : null;
const COUNTS = [10, 100, 500];
const EDITED = 100;
const TARGET = { anchor500: 5, speedup: 100, fuzzy: 0.99, edited100: 40, task: 50 };

// ───────────────────────────── pages ─────────────────────────────

interface BenchPage {
  name: string;
  html: string;
  bytes: number;
  /** Made from one of the four seed notices (NNN-layout): the headline numbers come from these. */
  seed: boolean;
  big: boolean;
}

function loadPages(): BenchPage[] {
  const pages = readdirSync(NOTICES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(NOTICES, d.name, 'page.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(NOTICES, name, 'page.html'));
      // GBK fixtures: decode as a browser would; they are served re-encoded as UTF-8.
      const { html } = decodeHtml(bytes);
      return { name, html, bytes: bytes.length, seed: /^\d{3}-/.test(name), big: false };
    });
  const base = pages.find((p) => p.name === '002-cms') ?? pages[0];
  if (base) {
    const html = bigPage(base.html);
    pages.push({ name: `synthetic-1mb (from ${base.name})`, html, bytes: Buffer.byteLength(html), seed: false, big: true });
  }
  return pages;
}

/** ~1 MiB: the seed page's body repeated (each copy numbered, so it is one long page, not 40 equal ones). */
function bigPage(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < 1024 * 1024; i++) {
    const part = `<section class="copy"><h2>第${i}部分</h2>${body.replace(/<script[\s\S]*?<\/script>/gi, '')}</section>`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return `<!DOCTYPE html><html><head>${head}</head><body>${parts.join('\n')}</body></html>`;
}

// ───────────────────────────── the harness (runs in Node and, stringified, in Chromium) ─────────────────────────────

interface Api {
  buildTextIndex: typeof buildTextIndex;
  anchorMany: typeof anchorMany;
  anchorManyInSlices: typeof anchorManyInSlices;
  describeTextRange: typeof describeTextRange;
  offsetsToRange: typeof offsetsToRange;
  rangeToOffsets: typeof rangeToOffsets;
  createTextQuoteSelectorMatcher: typeof createTextQuoteSelectorMatcher;
  describeTextQuote: typeof describeTextQuote;
}

interface HarnessEnv {
  api: Api;
  doc: Document;
  now: () => number;
  gc: (() => void) | null;
}

interface HarnessCfg {
  counts: number[];
  edited: number;
  runs: number;
  warmup: number;
  peerRuns: number;
  /** A peer batch projected to take longer than this is skipped (shown as "-"). */
  peerBudgetMs: number;
  minSampleMs: number;
  seed: number;
}

interface HarnessOut {
  textLength: number;
  textNodes: number;
  indexMs: number;
  /** The first call of all, cold: anchoring every highlight on a fresh page. */
  coldMs: number;
  ours: Record<string, number>;
  oursRight: number;
  peer: Record<string, number | null>;
  peerRight: number;
  peerChecked: number;
  peerDescribeMs: number;
  edited: { quotes: number; rounds: number; ms: number; right: number; fuzzy: number; exact: number; orphaned: number; ambiguous: number; wrong: number };
  /** The first run over the edited rounds, cold. */
  coldEditedMs: number;
  /** Every timed run over the edited rounds (ms), for the spread. */
  editedRunsMs: number[];
  wrongExamples: string[];
  peerEditedRight: number;
  /** Why the peer could not run (happy-dom lacks what its NodeIterator use needs), or null. */
  peerError: string | null;
  longestTaskMs: number;
  /** The longest task of the edited rounds run through anchorManyInSlices (8 ms slices). */
  longestSliceMs: number;
}

/** Self-contained: no helpers from this module's scope (it is stringified into the page). */
async function runHarness(env: HarnessEnv, cfg: HarnessCfg): Promise<HarnessOut> {
  const { api, doc } = env;
  const body = doc.body;
  let a = cfg.seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const median = (xs: number[]) => {
    const s = [...xs].sort((x, y) => x - y);
    const m = s.length >> 1;
    return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  };
  /** The longest single call once warm (cold first calls are reported apart). */
  let longestTaskMs = 0;
  const timeOnce = (fn: () => unknown, warm = true) => {
    const t0 = env.now();
    fn();
    const ms = env.now() - t0;
    if (warm && ms > longestTaskMs) longestTaskMs = ms;
    return ms;
  };
  /** Median per-call ms: batches of ≥ minSampleMs after warm-up, a GC before each. */
  const measure = (fn: () => unknown) => {
    const one = timeOnce(fn, false);
    const inner = Math.max(1, Math.min(200, Math.ceil(cfg.minSampleMs / Math.max(one, 0.001))));
    for (let w = 0; w < cfg.warmup; w++) for (let k = 0; k < inner; k++) fn();
    const out: number[] = [];
    for (let r = 0; r < cfg.runs; r++) {
      if (env.gc) env.gc();
      const t0 = env.now();
      for (let k = 0; k < inner; k++) fn();
      out.push((env.now() - t0) / inner);
    }
    return median(out);
  };

  const index0 = api.buildTextIndex(body);
  const text = index0.text;
  const indexMs = measure(() => api.buildTextIndex(body));

  // Highlights: 16–160 visible characters (the page source's indentation between blocks does not
  // count, as in the matcher), starting and ending on a visible character, as a selection would.
  const isVisible = (i: number) => /\S/.test(text[i] ?? ' ');
  const maxN = Math.max(...cfg.counts);
  const picks: Array<{ start: number; end: number }> = [];
  for (let tries = 0; picks.length < maxN && tries < maxN * 50; tries++) {
    const want = int(16, 160);
    const start = int(0, text.length - 1);
    if (!isVisible(start)) continue;
    let end = start;
    for (let seen = 0; end < text.length && seen < want; end++) if (isVisible(end)) seen++;
    if (!isVisible(end - 1) || end - start > want * 4) continue;
    if ([...text.slice(start, end)].filter((ch) => /\S/.test(ch)).length < want) continue;
    picks.push({ start, end });
  }
  const selectors = picks.map((p) => api.describeTextRange(text, p.start, p.end));

  // ── exact, ours. First what a visit costs: one cold call for all highlights.
  const coldMs = timeOnce(() => api.anchorMany(api.buildTextIndex(body), selectors), false);
  const ours: Record<string, number> = {};
  for (const n of cfg.counts) {
    const list = selectors.slice(0, n);
    ours[n] = measure(() => api.anchorMany(api.buildTextIndex(body), list));
  }
  let oursRight = 0;
  const check = api.buildTextIndex(body);
  api.anchorMany(check, selectors).forEach((r, i) => {
    const o = r.range ? api.rangeToOffsets(check, r.range) : null;
    if (r.result.status === 'anchored' && o && o.start === picks[i]?.start && o.end === picks[i]?.end) oursRight++;
  });

  // ── edited: rounds of highlights whose ±64-character surroundings do not overlap
  const quotes = picks.slice(0, cfg.edited).map((p, i) => ({ ...p, i }));
  const rounds: Array<typeof quotes> = [];
  // The surroundings of a highlight: 64 visible characters each side.
  const reach = (i: number, dir: 1 | -1) => {
    let k = i;
    for (let seen = 0; seen < 64 && k > 0 && k < text.length; k += dir) if (/\S/.test(text[dir === 1 ? k : k - 1] ?? ' ')) seen++;
    return k;
  };
  const span = new Map(quotes.map((q) => [q.i, { from: reach(q.start, -1), to: reach(q.end, 1) }]));
  for (const q of quotes) {
    const { from, to } = span.get(q.i) as { from: number; to: number };
    let round = rounds.find((r) => r.every((o) => to <= (span.get(o.i)?.from ?? 0) || from >= (span.get(o.i)?.to ?? 0)));
    if (!round) rounds.push((round = []));
    round.push(q);
  }
  const visible = text.replace(/\s/g, '');
  const charFrom = () => visible[int(0, visible.length - 1)] ?? '某';
  type Edit = { at: number; kind: 0 | 1 | 2; ch: string }; // 0 insert before, 1 delete, 2 replace
  const plans = rounds.map((round) => {
    const edits: Edit[] = [];
    const taken = new Set<number>();
    // Edits at visible characters only (whitespace is layout), counted against visible characters.
    const place = (pool: number[], count: number) => {
      for (let k = 0, tries = 0; k < count && tries < 100; tries++) {
        const at = pool[int(0, pool.length - 1)];
        if (at === undefined || taken.has(at)) continue;
        taken.add(at);
        edits.push({ at, kind: int(0, 2) as 0 | 1 | 2, ch: charFrom() });
        k++;
      }
    };
    const visibleIn = (from: number, to: number) => {
      const out: number[] = [];
      for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) if (isVisible(i)) out.push(i);
      return out;
    };
    const below = (n: number) => Math.max(0, Math.ceil(n / 10) - 1);
    for (const q of round) {
      const inside = visibleIn(q.start, q.end);
      const before = visibleIn(q.start - 512, q.start).slice(-64);
      const after = visibleIn(q.end, q.end + 512).slice(0, 64);
      place(inside, int(1, Math.max(1, below(inside.length))));
      place(before, int(0, below(before.length)));
      place(after, int(0, below(after.length)));
    }
    edits.sort((x, y) => x.at - y.at);
    // Old boundary → new offset (lo: an insertion at it goes after; hi: before), edited new characters.
    const shiftBefore = (o: number) => {
      let d = 0;
      for (const e of edits) {
        if (e.at >= o) break;
        d += e.kind === 0 ? 1 : e.kind === 1 ? -1 : 0;
      }
      return d;
    };
    const changed = new Set<number>();
    const points: number[] = [];
    for (const e of edits) {
      const n = e.at + shiftBefore(e.at);
      points.push(n);
      if (e.kind !== 1) changed.add(n);
    }
    const bounds = (o: number): [number, number] => {
      const lo = o + shiftBefore(o);
      const hi = lo + (edits.some((e) => e.at === o && e.kind === 0) ? 1 : 0);
      let x = lo;
      let y = hi;
      while (changed.has(x - 1)) x--;
      while (changed.has(y)) y++;
      return points.some((p) => p >= x - 1 && p <= y + 1) ? [x - 1, y + 1] : [x, y];
    };
    return { round, edits, expect: round.map((q) => ({ start: bounds(q.start), end: bounds(q.end) })) };
  });
  /** Applies a round's edits to the DOM's text nodes (from the end backwards); returns the undo. */
  const applyEdits = (edits: Edit[]) => {
    const saved = new Map<Text, string>();
    for (let k = edits.length - 1; k >= 0; k--) {
      const e = edits[k] as Edit;
      let lo = 0;
      let hi = index0.nodes.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((index0.starts[mid] as number) <= e.at) lo = mid;
        else hi = mid - 1;
      }
      // Skip empty nodes: the edit goes into the node that holds character `at`.
      while (lo < index0.nodes.length - 1 && (index0.starts[lo + 1] as number) <= e.at) lo++;
      const node = index0.nodes[lo] as Text;
      if (!saved.has(node)) saved.set(node, node.data);
      const off = e.at - (index0.starts[lo] as number);
      if (e.kind === 0) node.insertData(off, e.ch);
      else if (off < node.length) node.replaceData(off, 1, e.kind === 1 ? '' : e.ch);
    }
    return () => saved.forEach((data, node) => (node.data = data));
  };
  const within = (x: number, [lo, hi]: [number, number]) => x >= lo && x <= hi;
  const edited = { quotes: quotes.length, rounds: rounds.length, ms: 0, right: 0, fuzzy: 0, exact: 0, orphaned: 0, ambiguous: 0, wrong: 0 };
  const runsMs: number[] = [];
  const wrongExamples: string[] = [];
  let coldEditedMs = 0;
  for (let r = 0; r < cfg.runs + cfg.warmup; r++) {
    let total = 0;
    for (const plan of plans) {
      const undo = applyEdits(plan.edits);
      const list = plan.round.map((q) => selectors[q.i] as (typeof selectors)[number]);
      if (env.gc) env.gc();
      let results: ReturnType<typeof api.anchorMany> = [];
      let index = index0;
      total += timeOnce(() => {
        index = api.buildTextIndex(body);
        results = api.anchorMany(index, list);
      }, r >= cfg.warmup);
      if (r === 0) {
        results.forEach((res, k) => {
          const o = res.range ? api.rangeToOffsets(index, res.range) : null;
          const ex = plan.expect[k];
          const right = !!(o && ex && within(o.start, ex.start) && within(o.end, ex.end));
          if (right) edited.right++;
          else if (o) {
            edited.wrong++;
            const q = plan.round[k];
            if (q && wrongExamples.length < 5) {
              wrongExamples.push(`${JSON.stringify(text.slice(q.start, q.end))} → ${JSON.stringify(index.text.slice(o.start, o.end))} at ${o.start}-${o.end}, expected ${JSON.stringify(ex)}`);
            }
          }
          if (res.result.status === 'anchored-fuzzy') edited.fuzzy++;
          else if (res.result.status === 'anchored') edited.exact++;
          else if (res.result.status === 'orphaned') edited.orphaned++;
          else edited.ambiguous++;
        });
      }
      undo();
    }
    if (r === 0) coldEditedMs = total;
    if (r >= cfg.warmup) runsMs.push(total);
  }
  edited.ms = median(runsMs);

  // ── edited, in slices: the longest task when the work yields every 8 ms (anchorManyInSlices)
  let longestSliceMs = 0;
  for (const plan of plans) {
    const undo = applyEdits(plan.edits);
    const list = plan.round.map((q) => selectors[q.i] as (typeof selectors)[number]);
    if (env.gc) env.gc();
    let last = env.now();
    const index = api.buildTextIndex(body);
    await api.anchorManyInSlices(index, list, {
      sliceMs: 8,
      now: env.now,
      yieldToHost: () => {
        longestSliceMs = Math.max(longestSliceMs, env.now() - last);
        return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
          last = env.now();
        });
      },
    });
    longestSliceMs = Math.max(longestSliceMs, env.now() - last);
    undo();
  }

  const peer: Record<string, number | null> = Object.fromEntries(cfg.counts.map((n) => [n, null]));
  let peerRight = 0;
  let peerChecked = 0;
  let peerDescribeMs = 0;
  let peerEditedRight = 0;
  let peerError: string | null = null;
  try {
    // ── the peer, after all of ours (its garbage — async generators, Ranges, NodeIterators — must
    //    not be collected during our timings). Exact: its own selectors, described on the same ranges.
    const peerN = Math.max(...cfg.counts.filter((n) => n <= 100), cfg.edited);
    const peerSelectors: Awaited<ReturnType<typeof api.describeTextQuote>>[] = [];
    const d0 = env.now();
    for (const p of picks.slice(0, Math.max(peerN, maxN))) {
      peerSelectors.push(await api.describeTextQuote(api.offsetsToRange(index0, p.start, p.end), body));
      if (peerSelectors.length >= peerN && env.now() - d0 > cfg.peerBudgetMs) break;
    }
    peerDescribeMs = (env.now() - d0) / peerSelectors.length;
    const peerAll = async (sels: typeof peerSelectors) => {
      const found: Range[][] = [];
      for (const s of sels) {
        const ms: Range[] = [];
        for await (const m of api.createTextQuoteSelectorMatcher(s)(body)) ms.push(m);
        found.push(ms);
      }
      return found;
    };
    let perQuote = 0;
    for (const n of cfg.counts) {
      if (n > peerSelectors.length || (perQuote && perQuote * n * (cfg.peerRuns + 1) > cfg.peerBudgetMs)) {
        peer[n] = null;
        continue;
      }
      const sels = peerSelectors.slice(0, n);
      const t0 = env.now();
      const found = await peerAll(sels);
      perQuote = (env.now() - t0) / n;
      if (n >= peerChecked) {
        peerChecked = n;
        peerRight = 0;
        found.forEach((ms, i) => {
          const o = ms.length === 1 && ms[0] ? api.rangeToOffsets(index0, ms[0]) : null;
          if (o && o.start === picks[i]?.start && o.end === picks[i]?.end) peerRight++;
        });
      }
      const out: number[] = [];
      for (let r = 0; r < cfg.peerRuns; r++) {
        if (env.gc) env.gc();
        const t1 = env.now();
        await peerAll(sels);
        out.push(env.now() - t1);
      }
      peer[n] = median(out);
    }

    // ── edited, the peer: its selectors on the same edited pages
    for (const plan of plans) {
      const sels = plan.round.map((q) => peerSelectors[q.i]).filter((s) => s !== undefined);
      if (sels.length < plan.round.length) continue;
      const undo = applyEdits(plan.edits);
      const index = api.buildTextIndex(body);
      const found = await peerAll(sels);
      found.forEach((ms, k) => {
        const o = ms.length === 1 && ms[0] ? api.rangeToOffsets(index, ms[0]) : null;
        const ex = plan.expect[k];
        if (o && ex && within(o.start, ex.start) && within(o.end, ex.end)) peerEditedRight++;
      });
      undo();
    }
  } catch (e) {
    peerError = e instanceof Error ? e.message : String(e);
  }

  return { textLength: text.length, textNodes: index0.nodes.length, indexMs, coldMs, ours, oursRight, peer, peerRight, peerChecked, peerDescribeMs, edited, editedRunsMs: runsMs, coldEditedMs, wrongExamples, peerEditedRight, peerError, longestTaskMs, longestSliceMs };
}

// ───────────────────────────── environments ─────────────────────────────

interface Row {
  page: BenchPage;
  out: HarnessOut | null;
  error?: string;
}

function config(page: BenchPage, seed: number): HarnessCfg {
  return {
    counts: COUNTS,
    edited: EDITED,
    runs: QUICK ? 5 : 11,
    warmup: QUICK ? 1 : 3,
    peerRuns: page.big ? 1 : QUICK ? 1 : 3,
    peerBudgetMs: page.big ? 20_000 : QUICK ? 1500 : 4000,
    minSampleMs: 5,
    seed,
  };
}

const seedOf = (name: string) => [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);

function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

async function runNode(pages: BenchPage[]): Promise<{ label: string; rows: Row[] }> {
  const gc = exposeGc();
  const rows: Row[] = [];
  const api: Api = { buildTextIndex, anchorMany, anchorManyInSlices, describeTextRange, offsetsToRange, rangeToOffsets, createTextQuoteSelectorMatcher, describeTextQuote };
  for (const page of pages) {
    const parsed = parseHtml(page.html, 'http://fixture.example.gov.cn/');
    // happy-dom gives Ranges the window's own document: move the page there so Ranges work.
    const win = parsed.document.defaultView as unknown as Window & typeof globalThis;
    const doc = win.document;
    const el = doc.adoptNode(parsed.document.documentElement);
    doc.documentElement.remove();
    doc.appendChild(el);
    // The peer reads NodeFilter, Range, Node… from the global scope, and needs NodeIterator's
    // referenceNode, which happy-dom lacks: a thin wrapper keeps track of it.
    Object.assign(globalThis, { NodeFilter: win.NodeFilter, Range: win.Range, Node: win.Node, Text: win.Text, Element: win.Element, Document: win.Document });
    const createNodeIterator = doc.createNodeIterator.bind(doc);
    doc.createNodeIterator = ((root: Node, whatToShow?: number, filter?: NodeFilter | null) => {
      const it = createNodeIterator(root, whatToShow, filter);
      let referenceNode: Node = root;
      let pointerBeforeReferenceNode = true;
      const step = (n: Node | null, before: boolean) => {
        if (n) {
          referenceNode = n;
          pointerBeforeReferenceNode = before;
        }
        return n;
      };
      return {
        root: it.root,
        whatToShow: it.whatToShow,
        filter: it.filter,
        get referenceNode() {
          return referenceNode;
        },
        get pointerBeforeReferenceNode() {
          return pointerBeforeReferenceNode;
        },
        nextNode: () => step(it.nextNode(), false),
        previousNode: () => step(it.previousNode(), true),
        detach: () => undefined,
      } as NodeIterator;
    }) as typeof doc.createNodeIterator;
    try {
      rows.push({ page, out: await runHarness({ api, doc, now: () => performance.now(), gc }, config(page, seedOf(page.name))) });
    } catch (e) {
      if (process.env.BENCH_DEBUG) console.error(e);
      rows.push({ page, out: null, error: e instanceof Error ? e.message.split('\n')[0] : String(e) });
    } finally {
      await parsed.close();
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return { label: `Node ${process.version} + happy-dom`, rows };
}

async function bundleForBrowser(): Promise<string> {
  const esbuild = await import('esbuild');
  const res = await esbuild.build({
    stdin: {
      contents: `import { anchorMany, anchorManyInSlices } from './utils/anchoring/anchor';
import { describeTextRange } from './utils/anchoring/describe';
import { buildTextIndex, offsetsToRange, rangeToOffsets } from './utils/anchoring/text-index';
import { createTextQuoteSelectorMatcher, describeTextQuote } from '@apache-annotator/dom';
window.__anchorBench = { anchorMany, anchorManyInSlices, describeTextRange, buildTextIndex, offsetsToRange, rangeToOffsets, createTextQuoteSelectorMatcher, describeTextQuote };`,
      resolveDir: ROOT,
      sourcefile: 'bench-anchor-entry.ts',
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

/** Pages from memory on 127.0.0.1, cross-origin isolated so performance.now() has 5 µs resolution. */
async function servePages(pages: BenchPage[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const m = /^\/page\/(\d+)\.html$/.exec(req.url ?? '');
    const page = m ? pages[Number(m[1])] : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    // The page's own scripts are left out: nothing may change the DOM under the bench.
    res.end(page.html.replace(/<script\b[\s\S]*?<\/script>/gi, ''));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

async function runChromium(pages: BenchPage[], executablePath: string): Promise<{ label: string; rows: Row[] }> {
  const bundle = await bundleForBrowser();
  const harness = runHarness.toString();
  const { server, origin } = await servePages(pages);
  const browser = await launchChromium({ executablePath, extraArgs: ['--js-flags=--expose-gc'] });
  const rows: Row[] = [];
  let label = `Chromium ${browser.version()}`;
  try {
    // JavaScript stays on (the peer's NodeIterator filter is a callback); the served pages have no scripts.
    const context = await browser.newContext();
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    let isolated = true;
    for (const [i, page] of pages.entries()) {
      const tab = await context.newPage();
      try {
        await tab.goto(`${origin}/page/${i}.html`, { waitUntil: 'load', timeout: 30_000 });
        // tsx/esbuild may wrap named inner functions in __name(): the page gets a no-op one.
        const expr = `(async () => {
          ${bundle}
          const __name = (f) => f;
          const env = { api: window.__anchorBench, doc: document, now: () => performance.now(), gc: typeof window.gc === 'function' ? () => window.gc() : null };
          const out = await (${harness})(env, ${JSON.stringify(config(page, seedOf(page.name)))});
          out.isolated = self.crossOriginIsolated === true;
          return out;
        })()`;
        const out = (await tab.evaluate(expr)) as HarnessOut & { isolated: boolean };
        if (!out.isolated) isolated = false;
        rows.push({ page, out });
      } catch (e) {
        rows.push({ page, out: null, error: e instanceof Error ? e.message.split('\n')[0] : String(e) });
      } finally {
        await tab.close().catch(() => undefined);
      }
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    if (!isolated) label += '; not cross-origin isolated: 100 µs timer';
  } finally {
    await browser.close().catch(() => undefined);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return { label, rows };
}

// ───────────────────────────── report ─────────────────────────────

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function table(head: string[], body: string[][]): string[] {
  const cols = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c + ' '.repeat(Math.max(0, (cols[i] ?? 0) - width(c))) : ' '.repeat(Math.max(0, (cols[i] ?? 0) - width(c))) + c)).join('  ').trimEnd();
  return [line(head), line(cols.map((n) => '-'.repeat(n))), ...body.map(line)];
}

interface Summary {
  anchor500_ms: number | null;
  speedup_vs_apache_annotator: number | null;
  fuzzy_reanchored: number | null;
  reanchor100_edited_ms: number | null;
}

function report(env: string, label: string, rows: Row[]): { lines: string[]; summary: Summary } {
  const lines = ['', `=== ${env}: ${label} ===`, ''];
  lines.push('Exact (unchanged page): median ms to anchor N highlights — ours (index build + match + Ranges) vs @apache-annotator/dom (all matches of each selector)');
  const exactHead = ['page', 'KB', 'text', 'index', `cold ${Math.max(...COUNTS)}`, ...COUNTS.map((n) => `ours ${n}`), ...COUNTS.map((n) => `peer ${n}`), 'speedup@100', 'right ours/peer'];
  const exactBody = rows.map(({ page, out, error }) => {
    if (!out) return [page.name, (page.bytes / 1024).toFixed(0), `ERROR ${error ?? ''}`];
    const sp = out.peer[100] && out.ours[100] ? (out.peer[100] as number) / (out.ours[100] as number) : null;
    const maxN = Math.max(...COUNTS);
    return [
      page.name,
      (page.bytes / 1024).toFixed(0),
      String(out.textLength),
      fmt(out.indexMs),
      fmt(out.coldMs),
      ...COUNTS.map((n) => fmt(out.ours[n])),
      ...COUNTS.map((n) => fmt(out.peer[n])),
      sp === null ? '-' : `${sp.toFixed(0)}×`,
      `${out.oursRight}/${maxN} ${out.peerRight}/${out.peerChecked}`,
    ];
  });
  lines.push(...table(exactHead, exactBody));
  lines.push('', `Edited: ${EDITED} highlights, each with < 10 % of its visible characters and of the 64 on each side edited in the DOM; ms = sum over rounds (index rebuilt per round)`);
  const editHead = ['page', 'rounds', 'ms', 'cold ms', 'right', 'fuzzy', 'exact', 'orphaned', 'ambiguous', 'WRONG', 'peer right', 'longest task ms'];
  const editBody = rows
    .filter((r) => r.out)
    .map(({ page, out }) => {
      const e = (out as HarnessOut).edited;
      return [page.name, String(e.rounds), fmt(e.ms), fmt((out as HarnessOut).coldEditedMs), `${e.right}/${e.quotes}`, String(e.fuzzy), String(e.exact), String(e.orphaned), String(e.ambiguous), String(e.wrong), String((out as HarnessOut).peerEditedRight), fmt((out as HarnessOut).longestTaskMs)];
    });
  lines.push(...table(editHead, editBody));
  for (const { page, out } of rows) for (const w of out?.wrongExamples ?? []) lines.push(`  wrong on ${page.name}: ${w}`);
  for (const { page, out } of rows) if (page.big && out) lines.push(`  ${page.name}, every run (ms): ${out.editedRunsMs.map((x) => fmt(x)).join(' ')}`);
  const peerErrors = [...new Set(rows.map((r) => r.out?.peerError).filter((e): e is string => !!e))];
  for (const e of peerErrors) lines.push(`  the peer could not run here: ${e}`);

  const seeds = rows.filter((r) => r.page.seed && r.out).map((r) => r.out as HarnessOut);
  const speedups = seeds.filter((o) => o.peer[100] && o.ours[100]).map((o) => (o.peer[100] as number) / (o.ours[100] as number));
  const right = seeds.reduce((n, o) => n + o.edited.right, 0);
  const total = seeds.reduce((n, o) => n + o.edited.quotes, 0);
  const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
  const summary: Summary = {
    anchor500_ms: r3(median(seeds.map((o) => o.ours[500] as number))),
    speedup_vs_apache_annotator: speedups.length ? Math.round(median(speedups) as number) : null,
    fuzzy_reanchored: total ? r3(right / total) : null,
    reanchor100_edited_ms: r3(median(seeds.map((o) => o.edited.ms))),
  };
  const worst = (xs: number[]) => (xs.length ? Math.max(...xs) : null);
  const all = rows.filter((r) => r.out).map((r) => r.out as HarnessOut);
  const big = rows.find((r) => r.page.big)?.out;
  lines.push(
    '',
    `${env}, over the ${seeds.length} seed pages (NNN-*): medians; worst page in brackets`,
    `  500 highlights, exact:        ${fmt(summary.anchor500_ms)} ms [${fmt(worst(seeds.map((o) => o.ours[500] as number)))}]   (target ≤ ${TARGET.anchor500} ms)`,
    `  speedup vs the peer @100:     ${summary.speedup_vs_apache_annotator ?? '-'}× [${speedups.length ? Math.min(...speedups).toFixed(0) : '-'}× at least]   (target ≥ ${TARGET.speedup}×)`,
    `  100 edited, re-anchored right: ${right}/${total} = ${summary.fuzzy_reanchored ?? '-'}   (target ≥ ${TARGET.fuzzy}); the peer: ${seeds.reduce((n, o) => n + o.peerEditedRight, 0)}/${total}`,
    `  100 edited, time:             ${fmt(summary.reanchor100_edited_ms)} ms [${fmt(worst(seeds.map((o) => o.edited.ms)))}]   (target ≤ ${TARGET.edited100} ms)`,
    `  wrong places after edits:     ${seeds.reduce((n, o) => n + o.edited.wrong, 0)} (all pages: ${all.reduce((n, o) => n + o.edited.wrong, 0)})`,
    `  longest single call, warm:    ${fmt(worst(all.map((o) => o.longestTaskMs)))} ms over all pages${big ? `, ${fmt(big.longestTaskMs)} ms on the 1 MiB page (500 exact: ${fmt(big.ours[500])} ms)` : ''}   (target: no task > ${TARGET.task} ms)`,
    `  longest task in 8 ms slices:  ${fmt(worst(all.map((o) => o.longestSliceMs)))} ms over all pages (anchorManyInSlices, edited rounds, index build included)`,
    `  first call on a fresh page:   500 exact ${fmt(median(seeds.map((o) => o.coldMs)))} ms [${fmt(worst(all.map((o) => o.coldMs)))}], edited rounds ${fmt(median(seeds.map((o) => o.coldEditedMs)))} ms [${fmt(worst(all.map((o) => o.coldEditedMs)))}] (JIT not warm yet)`,
  );
  return { lines, summary };
}

function machineLoad(): string {
  return `${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`;
}

async function main(): Promise<number> {
  const pages = loadPages().filter((p) => ONLY === null || p.name.includes(ONLY));
  const print = (lines: string[]) => process.stdout.write(`${lines.join('\n')}\n`);
  print([
    'Duban anchoring bench',
    `pages: ${pages.length} (${pages.filter((p) => p.seed).length} seed pages NNN-*, ${pages.filter((p) => p.big).map((p) => `${p.name} ${(p.bytes / 1048576).toFixed(2)} MiB`).join(', ')})`,
    `method: per page the same ${Math.max(...COUNTS)} highlights (16–160 visible chars) for both; ours ${QUICK ? 5 : 11} runs after warm-up, batches ≥ 5 ms, GC before each;`,
    '        the peer 3 runs (1 on the 1 MiB page), batches it would need too long for are skipped ("-"). Medians.',
    `machine: ${machineLoad()}`,
  ]);
  let failed = false;
  let summary: Summary | null = null;
  let env = 'node';
  const exe = FORCE_NODE ? null : findChromium();
  if (exe) {
    try {
      const res = await runChromium(pages, exe);
      const rep = report('Chromium', res.label, res.rows);
      print(rep.lines);
      summary = rep.summary;
      env = 'chromium';
      if (res.rows.some((r) => r.error)) failed = true;
    } catch (e) {
      failed = true;
      print(['', `Chromium part failed (${exe}): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`]);
    }
  } else if (!FORCE_NODE) {
    print(['', `Chromium not used: ${chromiumMissingReason()}; measuring in Node.`]);
  }
  if (!summary || FORCE_NODE) {
    const res = await runNode(pages);
    const rep = report('Node', res.label, res.rows);
    print(rep.lines);
    summary ??= rep.summary;
    if (res.rows.some((r) => r.error)) failed = true;
  }
  print(['', `headline numbers from ${env}; ${machineLoad()} at the end (other processes on the machine inflate the times and the longest tasks)`, JSON.stringify(summary)]);
  return failed ? 1 : 0;
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
