import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface TabInfo {
  id: number;
  /** Known only where Duban has host access (tab.url needs it). */
  url: string | null;
  title: string | null;
  /** Bumped when the tab finishes loading, so the panel reloads what it shows. */
  loads: number;
}

/** `?tabId=N` pins the panel to one tab (tests open sidepanel.html as an ordinary tab). */
export function pinnedTabId(): number | null {
  const raw = new URLSearchParams(location.search).get('tabId');
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * The tab the panel is about: the active tab of the panel's window, followed as the reader
 * switches tabs or the tab navigates. undefined while looking, null when there is none.
 * `initial` is the tab already found at startup (startup.ts): then nothing is asked again.
 */
export function useTab(initial?: { tab: TabInfo | null; windowId: number | null }): TabInfo | null | undefined {
  const [tab, setTab] = useState<TabInfo | null | undefined>(initial?.tab);

  useEffect(() => {
    const pinned = pinnedTabId();
    let windowId: number | null = initial?.windowId ?? null;
    let current: number | null = initial ? (initial.tab?.id ?? null) : pinned;
    let loads = initial?.tab ? initial.tab.loads + 1 : 0;
    let alive = true;

    const show = async (id: number | null) => {
      current = id;
      if (id === null) return alive && setTab(null);
      try {
        const t = await browser.tabs.get(id);
        if (alive && current === id) setTab({ id, url: t.url ?? null, title: t.title ?? null, loads: loads++ });
      } catch {
        if (alive && current === id) setTab(null);
      }
    };

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinned === null && info.windowId === windowId) void show(info.tabId);
    };
    // `url` arrives on in-page (SPA) navigations too, on the sites Duban has host access to.
    const onUpdated = (id: number, change: { status?: string; title?: string; url?: string }) => {
      if (id === current && (change.status === 'complete' || change.title !== undefined || change.url !== undefined)) void show(id);
    };
    const onRemoved = (id: number) => {
      if (id === current) void show(null);
    };

    const cleanup = () => {
      alive = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.tabs.onActivated.removeListener(onActivated);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    if (pinned === null) browser.tabs.onActivated.addListener(onActivated);
    // Found at startup (with its window): nothing to ask.
    if (initial) return cleanup;
    if (pinned !== null) void show(pinned);
    else {
      void (async () => {
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        windowId = active?.windowId ?? null;
        await show(active?.id ?? null);
      })();
    }
    return cleanup;
    // `initial` is read once, at mount.
  }, []);

  return tab;
}
