import { browser } from 'wxt/browser';
import type { DubanEvent } from '../../utils/messaging';

/**
 * Live sync: after a change, every extension page (side panel, options) and every tab's
 * annotator hears about it and reloads what it shows. Tabs without an annotator simply have no
 * listener; the rejections say so and are ignored. Sending to a tab id needs no `tabs` permission.
 */
export function broadcast(event: DubanEvent): void {
  void browser.runtime.sendMessage(event).catch(() => undefined);
  void browser.tabs
    .query({})
    .then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, event).catch(() => undefined);
      }
    })
    .catch(() => undefined);
}
