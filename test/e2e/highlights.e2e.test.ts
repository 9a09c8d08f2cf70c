import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveDirectory } from '../../scripts/lib/fixture-server';
import type { Annotation } from '../../utils/annotations/types';
import type { AnnotatorState } from '../../utils/messaging';

/**
 * Highlights and notes on live pages, in a real Chromium with the built extension: the reader
 * selects with real (trusted) input, the selection toolbar and note editor answer the keyboard
 * and the mouse, and highlights come back after a reload, a browser restart, page edits and late
 * content — or are reported orphaned, never moved. What the extension stored is read on the
 * extension side (an extension page asks the background); what the page can see is checked from
 * the page's own main world.
 *
 * Pages are served from a temporary copy of the fixtures, so a test can edit a page between two
 * visits (the server reads the file on every request).
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const ROOT = mkdtempSync(join(tmpdir(), 'duban-hl-'));
const CMS = readFileSync(join(FIXTURES, 'notices/000-cms/page.html'), 'utf8');

let browser: ExtensionBrowser;
let ext: Page;
let port = 0;
let closeServer: () => Promise<void> = async () => {};

/** Writes `html` as the page of `/<name>/` and returns its URL. */
function writePage(name: string, html: string): string {
  mkdirSync(join(ROOT, name), { recursive: true });
  writeFileSync(join(ROOT, name, 'page.html'), html);
  return `http://www.example.gov.cn:${port}/${name}/`;
}

/** The 000-cms notice with `edit` applied to its HTML (must change something when given). */
function cmsVariant(edit?: (html: string) => string): string {
  if (!edit) return CMS;
  const out = edit(CMS);
  if (out === CMS) throw new Error('the edit changed nothing');
  return out;
}

beforeAll(async () => {
  cpSync(join(FIXTURES, 'notices/000-cms'), join(ROOT, 'notices/000-cms'), { recursive: true });
  const served = await serveDirectory(ROOT);
  port = served.port;
  closeServer = served.close;
  browser = await launchWithExtension();
  ext = await openExtensionPage();
});

afterAll(async () => {
  await browser?.close();
  await closeServer();
  rmSync(ROOT, { recursive: true, force: true });
});

async function openExtensionPage(): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return p;
}

/** The bits of the extension API these tests call (the service worker's and the extension page's `chrome`). */
interface ChromeApi {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(tabId: number, m: unknown): Promise<unknown> };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}
declare const chrome: ChromeApi;

interface Reply<T> {
  ok: boolean;
  value?: T;
  message?: string;
}

/** A request to the background, sent from an extension page (as the side panel does). */
async function background<T>(type: string, payload: unknown): Promise<T> {
  const r = await ext.evaluate(([t, p]) => chrome.runtime.sendMessage({ duban: 1, type: t, payload: p }), [type, payload] as const);
  const reply = r as Reply<T>;
  if (!reply.ok) throw new Error(`${type} failed: ${reply.message}`);
  return reply.value as T;
}

const stored = (url: string) => background<Annotation[]>('annotations-list', { url });

async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  const id = await browser.serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/** A request to the annotator of `page`'s tab, sent from the service worker (as the side panel does). */
async function annotator<T>(page: Page, type: string, payload: unknown = {}): Promise<Reply<T>> {
  const tabId = await tabIdOf(page);
  return browser.serviceWorker.evaluate(
    async ([id, t, p]) => {
      try {
        return (await chrome.tabs.sendMessage(id, { duban: 1, type: t, payload: p })) as unknown;
      } catch (e) {
        return { ok: false, message: String(e) };
      }
    },
    [tabId, type, payload] as const,
  ) as Promise<Reply<T>>;
}

async function until<T>(what: string, read: () => Promise<T>, good: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let v = await read();
  while (!good(v)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

/** Waits for the annotator (injected by the background) to answer, and returns its state. */
async function annotatorState(page: Page, good: (s: AnnotatorState) => boolean = () => true): Promise<AnnotatorState> {
  const r = await until(
    'the annotator',
    () => annotator<AnnotatorState>(page, 'annotator-state'),
    (x) => x.ok === true && good(x.value as AnnotatorState),
  );
  return r.value as AnnotatorState;
}

async function open(url: string, page?: Page): Promise<Page> {
  const p = page ?? (await browser.context.newPage());
  await p.goto(url, { waitUntil: 'load' });
  await annotatorState(p);
  return p;
}

/** The text of every Range painted under each `duban-*` highlight name, read from the page's main world. */
function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('duban-') && h.size > 0) out[name] = Array.from(h as unknown as Set<AbstractRange>, (r) => (r as Range).toString());
    });
    return out;
  });
}

/**
 * Selects from the `n`-th occurrence of `from` (its first character) to the end of the first
 * `to` after it (default: `from` itself), across whatever elements lie between. Returns the
 * viewport point at the end of the selection.
 */
function select(page: Page, from: string, to: string = from, n = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([a, b, nth]) => {
      // The page's text as the reader sees it: no script or style source.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (/^(SCRIPT|STYLE)$/.test(n.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes: Text[] = [];
      let text = '';
      for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t as Text);
      const starts = nodes.map((t) => {
        const s = text.length;
        text += t.data;
        return s;
      });
      let i = -1;
      for (let k = 0; k <= nth; k++) i = text.indexOf(a, i + 1);
      const j = text.indexOf(b, i);
      if (i < 0 || j < 0) throw new Error(`not on the page: ${a} … ${b}`);
      const at = (offset: number, end: boolean): [Text, number] => {
        for (let k = nodes.length - 1; k >= 0; k--) {
          const s = starts[k] as number;
          if (end ? s < offset : s <= offset) return [nodes[k] as Text, offset - s];
        }
        throw new Error('offset outside the text');
      };
      const range = document.createRange();
      range.setStart(...at(i, false));
      range.setEnd(...at(j + b.length, true));
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const sel = getSelection() as Selection;
      sel.removeAllRanges();
      sel.addRange(range);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] as DOMRect;
      return { x: last.right - 2, y: last.top + last.height / 2 };
    },
    [from, to, n] as const,
  );
}

/** A real (trusted) mouse release at the end of the selection, as after a drag. */
async function release(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.up();
}

/** The note editors open on the page: its extension frames, less a closed one still retiring (hidden, a moment before it goes). */
async function openEditors(page: Page): Promise<Frame[]> {
  const open: Frame[] = [];
  for (const f of page.frames()) {
    if (!f.url().startsWith('chrome-extension://')) continue;
    const owner = await f.frameElement().catch(() => null);
    if (owner && !(await owner.evaluate((el) => (el as Element).classList.contains('retiring')).catch(() => true))) open.push(f);
  }
  return open;
}

/**
 * The note editor: an extension page in an iframe inside the annotator's closed shadow root (the
 * page cannot reach it; Playwright can). Waits until its note has the keyboard.
 */
async function editorFrame(page: Page): Promise<Frame> {
  const find = async () => (await openEditors(page))[0] ?? null;
  const frame = (await until('the note editor', find, (f) => f !== null)) as Frame;
  await frame.waitForFunction(() => document.hasFocus() && document.activeElement?.localName === 'textarea', undefined, { timeout: 5000 });
  return frame;
}

const editorOpen = async (page: Page) => (await openEditors(page)).length > 0;

/** The middle of the first box of the first Range painted as `name`, in viewport coordinates. */
function highlightBox(page: Page, name = 'duban-commitment'): Promise<{ x: number; y: number }> {
  return page.evaluate((n) => {
    const r = Array.from(CSS.highlights.get(n) as unknown as Set<Range>)[0] as Range;
    const b = r.getClientRects()[0] as DOMRect;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, name);
}

/** Selects, releases the mouse, and picks category `key` (1–4) on the toolbar with the keyboard. */
async function highlight(page: Page, from: string, to?: string, key = '1', n = 0): Promise<void> {
  const at = await select(page, from, to, n);
  await release(page, at);
  // The toolbar takes the focus once shown: the number key goes to it, not to the page. (Focus in
  // our closed shadow root shows on the page as its host being the active element.)
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-duban-annotator') ?? false, undefined, { timeout: 5000 });
  await page.keyboard.press(key);
}

describe('highlights and notes on the live page', () => {
  const PHRASE = '设立台长信箱，接受干部职工举报投诉';
  let url = '';

  it('creates a highlight from a selection with the keyboard, and saves a note written in the editor', async () => {
    url = writePage('basic', cmsVariant());
    const page = await open(url);
    await highlight(page, PHRASE);

    const [a] = await until('the stored highlight', () => stored(url), (l) => l.length === 1);
    expect(a?.category).toBe('commitment');
    expect(a?.target.quote.exact).toBe(PHRASE);
    expect(a?.target.sectionHeading).toBe('着力加强党员干部政治纪律和政治规矩教育');
    expect(a?.anchorStatus).toBe('anchored');
    expect(await painted(page)).toEqual({ 'duban-commitment': [PHRASE] });

    // A real click on the highlight opens its editor with the focus in the note.
    const box = await highlightBox(page);
    await page.mouse.click(box.x, box.y);
    const editor = await editorFrame(page);
    expect(await editor.evaluate(() => document.querySelector('.quote')?.textContent)).toBe(PHRASE);
    await page.keyboard.type('核实信箱是否真的无人举报');
    await page.keyboard.press('Control+Enter');
    await until('the saved note', () => stored(url), (l) => l[0]?.note === '核实信箱是否真的无人举报');
    await until('the editor to close', () => editorOpen(page), (o) => !o);
    await page.close();
  });

  it('puts the highlight back on the same text after a reload', async () => {
    const page = await open(url);
    await until('the painted highlight', () => painted(page), (p) => p['duban-commitment']?.[0] === PHRASE);
    const state = await annotatorState(page);
    expect(Object.values(state.statuses)).toEqual(['anchored']);
    expect(state.isNotice).toBe(true);
    expect(state.order).toHaveLength(1);
    await page.close();
  });

  it('re-anchors fuzzily at the right place after a slight edit of the highlighted passage', async () => {
    const quote = '完善出入境审批流程和制度，出国（境）因转机等原因需逗留港澳的，须在审批表中注明并经审批';
    const fuzzyUrl = writePage('fuzzy', cmsVariant());
    const page = await open(fuzzyUrl);
    await highlight(page, quote, undefined, '2');
    await until('the stored highlight', () => stored(fuzzyUrl), (l) => l.length === 1);
    // The notice is revised: two characters inserted inside the passage.
    writePage('fuzzy', cmsVariant((h) => h.replace('因转机等原因', '因转机等特殊原因')));
    await page.reload({ waitUntil: 'load' });
    const state = await annotatorState(page, (s) => Object.keys(s.statuses).length === 1);
    expect(Object.values(state.statuses)).toEqual(['anchored-fuzzy']);
    expect(await painted(page)).toEqual({ 'duban-problem': ['完善出入境审批流程和制度，出国（境）因转机等特殊原因需逗留港澳的，须在审批表中注明并经审批'] });
    const [a] = await until('the reported status', () => stored(fuzzyUrl), (l) => l[0]?.anchorStatus === 'anchored-fuzzy');
    // The stored selectors are the reader's, untouched by re-anchoring.
    expect(a?.target.quote.exact).toBe(quote);
    await page.close();
  });

  it('reports a highlight orphaned when its passage is gone, and does not move it onto a lookalike', async () => {
    const quote = '二是设立台长信箱，接受干部职工举报投诉，畅通干部职工意见申诉渠道';
    const lookalike = '二是设立党委信箱，接受干部职工举报投诉，畅通干部职工意见申诉渠道。';
    const orphanUrl = writePage('orphan', cmsVariant((h) => h.replace('>二是加强学习教育', `>${lookalike}二是加强学习教育`)));
    const page = await open(orphanUrl);
    await highlight(page, quote, undefined, '3');
    await until('the stored highlight', () => stored(orphanUrl), (l) => l.length === 1);
    writePage('orphan', cmsVariant((h) => h.replace('>二是加强学习教育', `>${lookalike}二是加强学习教育`).replace(`${quote}。`, '')));
    await page.reload({ waitUntil: 'load' });
    const state = await annotatorState(page, (s) => Object.keys(s.statuses).length === 1);
    expect(Object.values(state.statuses)).toEqual(['orphaned']);
    expect(state.order).toEqual([]);
    expect(await painted(page)).toEqual({});
    const list = await until('the reported status', () => stored(orphanUrl), (l) => l[0]?.anchorStatus === 'orphaned');
    // Kept, with its quote: never deleted, never moved.
    expect(list).toHaveLength(1);
    expect(list[0]?.target.quote.exact).toBe(quote);
    expect(list[0]?.deletedAt).toBeNull();
    await page.close();
  });

  it('keeps two tabs on the same notice in sync without a reload', async () => {
    const syncUrl = writePage('sync', cmsVariant());
    const a = await open(syncUrl);
    const b = await open(syncUrl);
    await a.bringToFront();
    await highlight(a, '加强固定资产管理', undefined, '4');
    await until('the highlight in the other tab', () => painted(b), (p) => p['duban-follow-up']?.[0] === '加强固定资产管理');
    await a.close();
    await b.close();
  });

  it("gives the page's own scripts no way to read a note", async () => {
    const secretUrl = writePage('secret', cmsVariant());
    const page = await open(secretUrl);
    const SECRET = '机密笔记甲乙丙';
    await highlight(page, '加强固定资产管理', undefined, 'n');
    await editorFrame(page);
    await page.keyboard.type(SECRET);
    const search = () =>
      page.evaluate((secret) => {
        const found: string[] = [];
        const look = (where: string, text: string | null | undefined) => {
          if (text && text.includes(secret)) found.push(where);
        };
        look('html', document.documentElement.outerHTML);
        look('text', document.documentElement.textContent);
        look('innerText', document.body.innerText);
        for (const el of Array.from(document.querySelectorAll('*'))) {
          if (el.shadowRoot) look('open shadow root', el.shadowRoot.innerHTML);
          for (const attr of Array.from(el.attributes)) look('attribute', attr.value);
        }
        CSS.highlights.forEach((_h, name) => look('highlight name', name));
        for (const sheet of Array.from(document.adoptedStyleSheets)) look('adopted sheet', Array.from(sheet.cssRules, (r) => r.cssText).join(''));
        for (const k of Object.getOwnPropertyNames(window)) {
          try {
            const v = (window as unknown as Record<string, unknown>)[k];
            if (typeof v === 'string') look(`window.${k}`, v);
          } catch {
            // cross-origin or throwing getters
          }
        }
        look('localStorage', JSON.stringify({ ...localStorage }));
        look('sessionStorage', JSON.stringify({ ...sessionStorage }));
        look('selection', getSelection()?.toString());
        const hosts = Array.from(document.documentElement.children).filter((c) => c.localName !== 'head' && c.localName !== 'body');
        // The editor iframe is in the closed shadow root: no element of the page, no entry of window.frames.
        const frames = { iframes: document.querySelectorAll('iframe').length, windows: window.length };
        return { found, frames, hosts: hosts.map((h) => ({ name: h.localName, shadowRoot: h.shadowRoot === null ? null : 'open', children: h.childNodes.length })) };
      }, SECRET);
    // While the note is being typed in the editor…
    const typing = await search();
    expect(typing.found).toEqual([]);
    expect(typing.hosts).toEqual([{ name: 'div', shadowRoot: null, children: 0 }]);
    expect(typing.frames).toEqual({ iframes: 0, windows: 0 });
    await page.keyboard.press('Control+Enter');
    await until('the saved note', () => stored(secretUrl), (l) => l[0]?.note === SECRET);
    // …and while the tooltip shows it.
    const box = await highlightBox(page);
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 1, box.y);
    await page.waitForTimeout(200);
    expect((await search()).found).toEqual([]);
    await page.close();
  });

  it('cannot be handed our shadow root by a page that defines custom elements first (attachInternals)', async () => {
    // A hostile page defines the element names an extension might use, and keeps the
    // ElementInternals of every instance: for a custom element, internals.shadowRoot would be
    // the element's shadow root even when it is closed.
    const hijack = `<script>
      window.__internals = [];
      for (const name of ['duban-annotator', 'duban-host', 'duban-ui']) {
        customElements.define(name, class extends HTMLElement {
          constructor() { super(); window.__internals.push(this.attachInternals()); }
        });
      }
    </script>`;
    const url = writePage('hijack', cmsVariant((html) => html.replace('</head>', `${hijack}</head>`)));
    const page = await open(url);
    const SECRET = '劫持测试笔记丁戊';
    await highlight(page, '加强固定资产管理', undefined, 'n');
    await editorFrame(page);
    await page.keyboard.type(SECRET);
    await page.keyboard.press('Control+Enter');
    await until('the saved note', () => stored(url), (l) => l[0]?.note === SECRET);
    const box = await highlightBox(page);
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 1, box.y);
    await page.waitForTimeout(200);
    const seen = await page.evaluate((secret) => {
      const internals = (window as unknown as { __internals: Array<{ shadowRoot: ShadowRoot | null }> }).__internals;
      return {
        instances: internals.length,
        roots: internals.filter((i) => i.shadowRoot !== null).length,
        leaked: internals.some((i) => i.shadowRoot?.textContent?.includes(secret) ?? false),
      };
    }, SECRET);
    expect(seen).toEqual({ instances: 0, roots: 0, leaked: false });
    await page.close();
  });

  it("keeps every key of a note from the page's own listeners, which cannot reach the editor or forge its messages", async () => {
    // A hostile page: capture-phase key and input listeners on window and document log everything,
    // and it keeps every message posted to its window (and the window that sent it).
    const spy = `<script>
      window.__seen = [];
      window.__messages = [];
      for (const target of [window, document]) {
        for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']) {
          target.addEventListener(type, (e) => window.__seen.push(type + ':' + (e.key || '') + ':' + (e.data || '') + ':' + ((e.target && e.target.value) || '')), true);
        }
      }
      window.addEventListener('message', (e) => window.__messages.push({ data: e.data, source: e.source }), true);
    </script>`;
    const spyUrl = writePage('keylogger', cmsVariant((h) => h.replace('</head>', `${spy}</head>`)));
    const page = await open(spyUrl);
    await highlight(page, PHRASE, undefined, 'n');
    const editor = await editorFrame(page);
    // The listeners work: they saw the toolbar's N (typed on the page). From here on, only the note.
    const before = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.splice(0));
    expect(before).toContain('keydown:n::');
    const NOTE = 'Zqxj 秘密 7395';
    await page.keyboard.type(NOTE);
    expect(await editor.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value)).toBe(NOTE);
    const seen = () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(await seen()).toEqual([]);
    // What the page can reach: the focus is "on" the closed shadow host, and nothing inside it.
    const reach = await page.evaluate(() => {
      const active = document.activeElement as Element;
      return { active: active.localName, shadowRoot: active.shadowRoot, iframes: document.querySelectorAll('iframe').length, frames: window.length };
    });
    expect(reach).toEqual({ active: 'div', shadowRoot: null, iframes: 0, frames: 0 });
    // Nor does the editor's URL (with its nonce) show in the page's resource timing.
    expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.includes('note-editor')).length)).toBe(0);
    // The editor page is web-accessible only under a per-session URL: probing the fixed one finds nothing.
    const probe = await page.evaluate(
      (u) => fetch(u, { mode: 'no-cors' }).then(
        () => 'loaded',
        () => 'blocked',
      ),
      `chrome-extension://${browser.extensionId}/note-editor.html`,
    );
    expect(probe).toBe('blocked');
    // A forged "saved" or "deleted" from the page's own window does nothing, whatever its nonce.
    await page.evaluate(() => {
      for (const action of ['deleted', 'close']) window.postMessage({ duban: 'note-editor', nonce: 'guessed', action }, '*');
    });
    await page.waitForTimeout(300);
    expect(await editorOpen(page)).toBe(true);

    await page.keyboard.press('Control+Enter');
    const [a] = await until('the saved note', () => stored(spyUrl), (l) => l[0]?.note === NOTE);
    expect(a?.deletedAt).toBeNull();
    await until('the editor to close', () => editorOpen(page), (o) => !o);
    const log = (await seen()).join('\n');
    for (const ch of NOTE.replace(/ /g, '')) expect(log).not.toContain(ch);

    // The editor talks to the annotator over a private MessagePort: the page's window received
    // no message at all from it (no origin to learn the extension's id or install id from, no
    // handle on the editor's window), only the two it forged itself.
    const pageSaw = () =>
      page.evaluate(() => {
        const messages = (window as unknown as { __messages: Array<{ data: unknown; source: Window | null }> }).__messages;
        return { total: messages.length, notOwn: messages.filter((m) => m.source !== window).length };
      });
    expect(await pageSaw()).toEqual({ total: 2, notOwn: 0 });

    // The same for a reopened editor closed with its button (its "close" goes over the port too),
    // clicked for real: the closed frame stays a moment (hidden) so the click is acknowledged.
    const box = await highlightBox(page);
    await page.mouse.click(box.x, box.y);
    const reopened = await editorFrame(page);
    await reopened.click('button:text-is("关闭")');
    await until('the editor to close', () => editorOpen(page), (o) => !o);
    expect((await stored(spyUrl))[0]?.deletedAt).toBeNull();
    expect(await pageSaw()).toEqual({ total: 2, notOwn: 0 });
    await page.close();
  });

  it('closes the editor on a click outside it when nothing is unsaved, and keeps it open with unsaved text', async () => {
    const outsideUrl = writePage('outside', cmsVariant());
    const page = await open(outsideUrl);
    await highlight(page, PHRASE);
    await until('the stored highlight', () => stored(outsideUrl), (l) => l.length === 1);
    const box = await highlightBox(page);
    // Somewhere on the page away from the highlight and the editor (which opens below it).
    const away = { x: 12, y: Math.max(12, box.y - 120) };
    await page.mouse.click(box.x, box.y);
    await editorFrame(page);
    await page.mouse.click(away.x, away.y);
    await until('the editor to close', () => editorOpen(page), (o) => !o);

    await page.mouse.click(box.x, box.y);
    const editor = await editorFrame(page);
    await page.keyboard.type('还没保存');
    await page.mouse.click(away.x, away.y);
    await page.waitForTimeout(500);
    expect(await editorOpen(page)).toBe(true);
    expect(await editor.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value)).toBe('还没保存');
    // Back in the editor, the keyboard finishes the job: Esc closes without saving.
    await editor.click('textarea');
    await page.keyboard.press('Escape');
    await until('the editor to close', () => editorOpen(page), (o) => !o);
    // The focus comes back to the page (not left in the removed frame): the keyboard carries on there.
    expect(await page.evaluate(() => document.hasFocus())).toBe(true);
    expect((await stored(outsideUrl))[0]?.note).toBe('');
    await page.close();
  });

  it('anchors a highlight on content a page script adds after load', async () => {
    const late = '补充说明：上述整改事项由台办公室牵头督办，每季度通报一次进展。';
    // Split in the source, so the sentence is on the page only once the script has run.
    const script = `<script>setTimeout(function () { var p = document.createElement('p'); p.textContent = ['${late.slice(0, 14)}', '${late.slice(14)}'].join(''); document.querySelector('.TRS_Editor').appendChild(p); }, 2000);</script>`;
    const lateUrl = writePage('late', cmsVariant((h) => h.replace('</body>', `${script}</body>`)));
    const page = await open(lateUrl);
    await page.waitForFunction((t) => document.body.innerText.includes(t), late);
    await highlight(page, '由台办公室牵头督办', undefined, '1');
    await until('the stored highlight', () => stored(lateUrl), (l) => l.length === 1);
    await page.reload({ waitUntil: 'load' });
    // Before the paragraph arrives the highlight has nowhere to go…
    const early = await annotatorState(page);
    expect(await page.evaluate((t) => document.body.innerText.includes(t), late)).toBe(false);
    expect(Object.values(early.statuses)).toEqual(['orphaned']);
    // …and once it is there, the annotator sees the page change and anchors it.
    await until('the late highlight', () => painted(page), (p) => p['duban-commitment']?.[0] === '由台办公室牵头督办');
    const state = await annotatorState(page);
    expect(Object.values(state.statuses)).toEqual(['anchored']);
    await until('the reported status', () => stored(lateUrl), (l) => l[0]?.anchorStatus === 'anchored');
    await page.close();
  });

  it('highlights selections across table cells and a <br>, and finds them again', async () => {
    const extra =
      '<table><tr><td>整改责任单位：台办公室</td><td>完成时限：2025年12月底</td></tr></table><p>第一行：加强督办<br>第二行：按期销号</p>';
    const tableUrl = writePage('table', cmsVariant((h) => h.replace('<p style="text-indent: 2em;">截至2025年9月', `${extra}<p style="text-indent: 2em;">截至2025年9月`)));
    const page = await open(tableUrl);
    await highlight(page, '台办公室', '完成时限：2025年12月', '1');
    await until('the first highlight', () => stored(tableUrl), (l) => l.length === 1);
    await highlight(page, '加强督办', '第二行：按期', '2');
    const list = await until('both highlights', () => stored(tableUrl), (l) => l.length === 2);
    expect(list.map((a) => a.target.quote.exact).sort()).toEqual(['加强督办第二行：按期', '台办公室完成时限：2025年12月'].sort());
    await page.reload({ waitUntil: 'load' });
    await until('both highlights painted', () => painted(page), (p) => Object.keys(p).length === 2);
    expect(await painted(page)).toEqual({ 'duban-commitment': ['台办公室完成时限：2025年12月'], 'duban-problem': ['加强督办第二行：按期'] });
    await page.close();
  });

  it('ignores synthetic (untrusted) events from the page', async () => {
    const synthUrl = writePage('synthetic', cmsVariant());
    const page = await open(synthUrl);
    await select(page, PHRASE);
    await page.evaluate(() => {
      const fire = (target: EventTarget, e: Event) => target.dispatchEvent(e);
      const host = document.querySelector('[data-duban-annotator]') as Element;
      fire(document, new MouseEvent('mousedown', { bubbles: true, button: 0 }));
      fire(document.body, new MouseEvent('mouseup', { bubbles: true, button: 0 }));
      fire(document.body, new KeyboardEvent('keyup', { key: 'Shift', shiftKey: true, bubbles: true }));
      for (const t of [document, document.body, host]) {
        fire(t, new KeyboardEvent('keydown', { key: '1', bubbles: true, composed: true }));
        fire(t, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        fire(t, new MouseEvent('click', { bubbles: true, composed: true }));
      }
    });
    await page.waitForTimeout(600);
    // Had a synthetic event shown the toolbar, it would hold the focus and take this real key.
    await page.keyboard.press('1');
    await page.waitForTimeout(600);
    expect(await stored(synthUrl)).toEqual([]);
    expect(await painted(page)).toEqual({});
    // The same selection with a real mouse release does work.
    await highlight(page, PHRASE);
    await until('the stored highlight', () => stored(synthUrl), (l) => l.length === 1);
    await page.close();
  });

  it('answers the side panel: highlight the selection, jump to a highlight and flash it', async () => {
    const panelUrl = writePage('panel', cmsVariant());
    const page = await open(panelUrl);
    // As the context menu does: the page's selection, highlighted on request from the extension.
    await select(page, '加强固定资产管理');
    const made = await annotator<Annotation>(page, 'annotator-highlight', { category: 'problem' });
    expect(made.ok).toBe(true);
    expect(made.value?.target.quote.exact).toBe('加强固定资产管理');
    await page.evaluate(() => scrollTo(0, 0));
    const jumped = await annotator<boolean>(page, 'annotator-jump', { id: made.value?.id });
    expect(jumped).toEqual({ ok: true, value: true });
    await until('the flash', () => painted(page), (p) => p['duban-flash']?.[0] === '加强固定资产管理', 1000);
    // Smooth scrolling: the highlight's paragraph ends up in the middle of the window.
    await until('the scroll', () => page.evaluate(() => scrollY), (y) => y > 0, 3000);
    await until('the flash to end', () => painted(page), (p) => p['duban-flash'] === undefined, 3000);
    expect(await annotator<boolean>(page, 'annotator-jump', { id: 'no-such-id' })).toEqual({ ok: true, value: false });
    await page.close();
  });

  it('follows an in-page (SPA) navigation to another URL and back', async () => {
    const spaUrl = writePage('spa', cmsVariant());
    const page = await open(spaUrl);
    await highlight(page, PHRASE);
    await until('the stored highlight', () => stored(spaUrl), (l) => l.length === 1);
    // The page's own router: a new URL, the same document.
    await page.evaluate(() => history.pushState({}, '', '/spa/other/'));
    await until('the other page', () => annotatorState(page), (s) => s.href.endsWith('/spa/other/'), 4000);
    expect(await painted(page)).toEqual({});
    await page.evaluate(() => history.back());
    await until('the highlight back', () => painted(page), (p) => p['duban-commitment']?.[0] === PHRASE, 4000);
    await page.close();
  });

  it('survives being injected again: the running annotator keeps its note being typed', async () => {
    const twiceUrl = writePage('twice', cmsVariant());
    const page = await open(twiceUrl);
    await highlight(page, PHRASE, undefined, 'n');
    await editorFrame(page);
    await page.keyboard.type('第一半，');
    // What the background does on every notice-detected or toolbar click.
    const tabId = await tabIdOf(page);
    await browser.serviceWorker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/annotator.js'] }), tabId);
    await page.waitForTimeout(300);
    await page.keyboard.type('第二半');
    await page.keyboard.press('Control+Enter');
    const [a] = await until('the saved note', () => stored(twiceUrl), (l) => l[0]?.note !== '');
    expect(a?.note).toBe('第一半，第二半');
    expect(await painted(page)).toEqual({ 'duban-commitment': [PHRASE] });
    expect(await page.evaluate(() => document.querySelectorAll('[data-duban-annotator]').length)).toBe(1);
    await page.close();
  });

  it('keeps highlights and notes across a browser restart with the same profile', async () => {
    const profileDir = browser.profileDir;
    await browser.close();
    browser = await launchWithExtension({ profileDir });
    ext = await openExtensionPage();
    const page = await open(url);
    await until('the painted highlight', () => painted(page), (p) => p['duban-commitment']?.[0] === PHRASE);
    const [a] = await stored(url);
    expect(a?.note).toBe('核实信箱是否真的无人举报');
    await page.close();
  });
});
