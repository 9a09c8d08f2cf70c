import { browser } from 'wxt/browser';
import { loadSettings } from '../../components/shared/settings-store';
import type { Annotation, Category } from '../../utils/annotations/types';
import type { AnnotatorState } from '../../utils/messaging';
import type { Notice } from '../../utils/notice/types';
import type { Settings } from '../../utils/settings/types';
import type { Result } from '../../utils/storage/result';
import { annotatorOf, bg } from './clients';
import { pinnedTabId, type TabInfo } from './use-tab';

/**
 * Everything the panel shows first, asked for at once when its script starts — before the first
 * render — instead of one request after another from effects (each effect waits for a frame):
 * the settings, the tab, then, in parallel, the annotator's state, the page's highlights, the
 * notice and the categories. App and Workspace start from it; later changes go through their
 * usual refreshes. bench:ui measures the difference.
 */
export interface PanelStartup {
  settings: Settings;
  /** The tab the panel is about (null: none), with the window whose active tab it follows. */
  tab: TabInfo | null;
  windowId: number | null;
  /** null when no annotator answered (not a notice, not turned on): the panel then waits for one as before. */
  state: AnnotatorState | null;
  annotations: Result<Annotation[]> | null;
  categories: Result<Category[]>;
  /** The notice, asked only of an annotator on a notice. */
  notice: Result<Notice | null> | null;
}

async function firstTab(): Promise<{ tab: TabInfo | null; windowId: number | null }> {
  try {
    const pinned = pinnedTabId();
    const t = pinned !== null ? await browser.tabs.get(pinned) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (t?.id === undefined) return { tab: null, windowId: null };
    return { tab: { id: t.id, url: t.url ?? null, title: t.title ?? null, loads: 0 }, windowId: t.windowId ?? null };
  } catch {
    return { tab: null, windowId: null };
  }
}

/** The annotator's state and notice, asked together (an annotator on another page answers a null notice cheaply: its state already extracted). */
function askAnnotator(tabId: number) {
  const annotator = annotatorOf(tabId);
  return { state: annotator('annotator-state', {}), notice: annotator('annotator-notice', {}) };
}

/** The highlights of `url`: those the background read for the tab when that was the page, else asked again (null: no page). */
async function listFor(url: string | null, read: { url: string | null; annotations: Annotation[] }): Promise<Result<Annotation[]> | null> {
  if (url === null) return null;
  return url === read.url ? { ok: true, value: read.annotations } : bg('annotations-list', { url });
}

export async function startup(): Promise<PanelStartup> {
  const settings = loadSettings();
  const categories = bg('categories-list', {});
  // A panel pinned to a tab asks that tab's annotator, and the background for its highlights, at
  // once, alongside the tab lookup.
  const pinned = pinnedTabId();
  const early = pinned !== null ? { ...askAnnotator(pinned), listed: bg('tab-annotations', { tabId: pinned }) } : null;
  const { tab, windowId } = await firstTab();
  if (!tab) return { settings: await settings, tab, windowId, state: null, annotations: null, categories: await categories, notice: null };
  const asked = early ?? askAnnotator(tab.id);
  const listed = early?.listed ?? bg('tab-annotations', { tabId: tab.id });
  const [s, l] = await Promise.all([asked.state, listed]);
  const state = s.ok ? s.value : null;
  // The annotator's URL wins (the tab's may be unknown without host access, or be mid-navigation).
  const annotations = l.ok ? await listFor(state?.pageUrl ?? l.value.url, l.value) : l;
  return { settings: await settings, tab, windowId, state, annotations, categories: await categories, notice: state?.isNotice ? await asked.notice : null };
}
