import { browser } from 'wxt/browser';
import { createClient, type AnnotatorRequests } from '../../utils/messaging';
import type { DubanDB } from '../../utils/storage/db';
import { listCategories } from '../../utils/storage/repository';
import { DEFAULT_CATEGORIES, type Category } from '../../utils/annotations/types';
import { categoryLabel } from '../../utils/i18n/category-label';
import { loadSettings, watchSettings } from '../../components/shared/settings-store';
import { MENUS } from './strings';
import { injectAnnotator } from './inject';

/**
 * The ways to act without the selection toolbar: the context menu (one entry per category, with
 * a note, turn Duban on, open the side panel), the keyboard commands declared in the manifest,
 * and the toolbar button. Each is a user gesture, which grants `activeTab`: that is what lets
 * Duban run on a page outside the notice sites it has host access to.
 */
const MENU_ROOT = 'duban';
const MENU_HIGHLIGHT = 'duban-hl:';
const MENU_NOTE = 'duban-note';
const MENU_ENABLE = 'duban-enable';
const MENU_PANEL = 'duban-panel';

function annotatorOf(tabId: number) {
  return createClient<AnnotatorRequests>((m) => browser.tabs.sendMessage(tabId, m));
}

/** Opens the side panel; must run before any await so the user gesture still counts. */
function openPanel(tabId: number | undefined, windowId: number | undefined): void {
  const panel = (browser as unknown as { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } }).sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (panel && tabId !== undefined) void panel.open({ tabId }).catch(() => undefined);
  else if (panel && windowId !== undefined) void panel.open({ windowId }).catch(() => undefined);
  else if (sidebar) void sidebar.open().catch(() => undefined);
}

/** Injects the annotator if needed, then highlights the tab's selection in `category`. */
async function highlightIn(tabId: number, category: string, openNote: boolean): Promise<void> {
  if (!(await injectAnnotator(tabId))) return;
  const send = annotatorOf(tabId);
  // A freshly injected annotator may need a moment before it listens.
  for (let i = 0; i < 10; i++) {
    const r = await send('annotator-highlight', { category, openNote });
    if (r.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function categoriesOf(db: DubanDB): Promise<readonly Category[]> {
  const r = await listCategories(db);
  return r.ok && r.value.length > 0 ? r.value : DEFAULT_CATEGORIES;
}

let building: Promise<void> = Promise.resolve();

/**
 * (Re)builds the context menu from the current categories, in the reader's language. One build at
 * a time: two interleaved builds (categories and language changed together) would create each id twice.
 */
export function rebuildMenus(db: DubanDB): Promise<void> {
  building = building.then(() => buildMenus(db)).catch(() => undefined);
  return building;
}

async function buildMenus(db: DubanDB): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  const [categories, { lang }] = await Promise.all([categoriesOf(db), loadSettings()]);
  const s = MENUS[lang];
  await menus.removeAll();
  menus.create({ id: MENU_ROOT, title: s.root, contexts: ['selection', 'page'] });
  for (const c of categories) {
    menus.create({ id: `${MENU_HIGHLIGHT}${c.id}`, parentId: MENU_ROOT, title: s.highlightAs(categoryLabel(c, lang)), contexts: ['selection'] });
  }
  menus.create({ id: MENU_NOTE, parentId: MENU_ROOT, title: s.highlightWithNote, contexts: ['selection'] });
  menus.create({ id: MENU_ENABLE, parentId: MENU_ROOT, title: s.enable, contexts: ['page'] });
  menus.create({ id: MENU_PANEL, parentId: MENU_ROOT, title: s.openPanel, contexts: ['page', 'selection'] });
}

export function installMenusAndCommands(db: DubanDB): void {
  browser.runtime.onInstalled.addListener(() => void rebuildMenus(db));
  // The menus persist across service worker restarts: rebuilt only when the language changes.
  watchSettings(() => void rebuildMenus(db));

  browser.contextMenus?.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    const id = String(info.menuItemId);
    if (id === MENU_PANEL) return openPanel(tabId, tab?.windowId);
    if (tabId === undefined) return;
    if (id === MENU_ENABLE) return void injectAnnotator(tabId);
    if (id === MENU_NOTE) return void categoriesOf(db).then((cs) => highlightIn(tabId, cs[0]?.id ?? 'commitment', true));
    if (id.startsWith(MENU_HIGHLIGHT)) void highlightIn(tabId, id.slice(MENU_HIGHLIGHT.length), false);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (command === 'open-side-panel') return openPanel(tabId, tab?.windowId);
    if (tabId === undefined) return;
    const openNote = command === 'highlight-with-note';
    if (command === 'highlight-selection' || openNote) void categoriesOf(db).then((cs) => highlightIn(tabId, cs[0]?.id ?? 'commitment', openNote));
  });

  // The toolbar button: the side panel, and Duban turned on in this tab (activeTab).
  (browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction)?.onClicked.addListener((tab) => {
    openPanel(tab.id, tab.windowId);
    if (tab.id !== undefined) void injectAnnotator(tab.id);
  });
}
