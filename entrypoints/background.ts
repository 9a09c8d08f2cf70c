import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isDubanMessage } from '../utils/messaging';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isDubanMessage(message) || tabId === undefined) return;
    // The toolbar badge says "this page is a notice"; per tab, cleared when the tab navigates.
    void browser.action.setBadgeText({ tabId, text: '通' });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#b71c1c' });
    void browser.action.setTitle({ tabId, title: `督办 Duban：检测到整改通报 · rectification notice detected (${Math.round(message.detection.confidence * 100)}%)` });
  });
});
