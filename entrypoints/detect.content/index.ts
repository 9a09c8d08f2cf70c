import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { createClient, type BackgroundRequests } from '../../utils/messaging';
import { mayBeNotice } from '../../utils/notice/gate';

// Injected into every matched page, so it stays tiny (budget: 10 KB with WXT's wrapper): one
// cheap test and one message. The background decides what else to load: the full detector when
// the page may be a notice, the annotator when the page has highlights.
export default defineContentScript({
  matches: ['*://*.gov.cn/*', '*://*.edu.cn/*', '*://mp.weixin.qq.com/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    const send = createClient<BackgroundRequests>((m) => browser.runtime.sendMessage(m));
    // A failure (background restarting) only means no badge this time: nothing is lost.
    void send('page-visit', { url: location.href, maybeNotice: mayBeNotice(document) });
  },
});
