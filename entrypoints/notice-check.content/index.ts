import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { createClient, type BackgroundRequests } from '../../utils/messaging';
import { detectNotice } from '../../utils/notice/detect';

// Injected by the background only where the tiny gate said "may be a notice": the full detector
// (no Readability). A notice is reported; the background then marks the tab and loads the annotator.
export default defineContentScript({
  matches: ['*://*.gov.cn/*', '*://*.edu.cn/*', '*://mp.weixin.qq.com/*'],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    const detection = detectNotice(document);
    if (!detection.isNotice) return;
    const send = createClient<BackgroundRequests>((m) => browser.runtime.sendMessage(m));
    void send('notice-detected', { url: location.href, detection });
  },
});
