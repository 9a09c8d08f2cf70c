import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { detectNotice } from '../../utils/notice/detect';
import type { DubanMessage } from '../../utils/messaging';

// Always injected on matched pages, so it stays tiny: the cheap detector only (no Readability),
// and a message to the background only when the page is a notice.
export default defineContentScript({
  matches: ['*://*.gov.cn/*', '*://*.edu.cn/*', '*://mp.weixin.qq.com/*'],
  runAt: 'document_idle',
  main() {
    const detection = detectNotice(document);
    if (!detection.isNotice) return;
    const message: DubanMessage = { type: 'notice-detected', detection, url: location.href };
    void browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the badge is a hint, nothing is lost.
    });
  },
});
