import { browser } from 'wxt/browser';

/**
 * Loading the heavier scripts into a tab on demand (scripting API). Both are built by WXT as
 * runtime-registered content scripts; the host permissions for notice sites, or `activeTab`
 * after a user gesture anywhere else, allow the injection. Failures (a chrome:// page, no
 * permission) are answered with false, never thrown.
 */
const ANNOTATOR = '/content-scripts/annotator.js' as const;
const NOTICE_CHECK = '/content-scripts/notice-check.js' as const;

type Script = typeof ANNOTATOR | typeof NOTICE_CHECK;

async function inject(tabId: number, file: Script): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    return true;
  } catch {
    return false;
  }
}

/** The annotator guards against a second run in the same tab itself. */
export const injectAnnotator = (tabId: number) => inject(tabId, ANNOTATOR);

export const injectNoticeCheck = (tabId: number) => inject(tabId, NOTICE_CHECK);

/** The toolbar badge says "this page is a notice"; per tab, cleared when the tab navigates. */
export async function markNotice(tabId: number, confidence: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: '通' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b71c1c' });
    await browser.action.setTitle({ tabId, title: `督办 Duban：检测到整改通报 · rectification notice detected (${Math.round(confidence * 100)}%)` });
  } catch {
    // The tab closed meanwhile.
  }
}
