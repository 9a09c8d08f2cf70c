import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { dispatch, isEnvelope, type BackgroundRequests, type Handlers } from '../../utils/messaging';
import { checkContentUpdate, isExtensionPage, refusal, type SenderInfo } from '../../utils/sender-policy';
import { DubanDB } from '../../utils/storage/db';
import { getAnnotation, listAnnotations, storageEstimate } from '../../utils/storage/repository';
import { fail, failWith, ok } from '../../utils/storage/result';
import { createStorageHandlers } from '../../utils/storage/service';
import { normaliseUrl } from '../../utils/storage/url';
import { broadcast } from './broadcast';
import { injectAnnotator, injectNoticeCheck, markNotice } from './inject';
import { installMenusAndCommands, rebuildMenus } from './menus';
import { installReminders } from './reminders';
import type { DubanEvent } from '../../utils/messaging';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

const senderInfo = (sender: Sender): SenderInfo => ({ url: sender.url, ownExtension: sender.id === browser.runtime.id });

// The background owns the one database (extension origin) and wires the core to the browser:
// storage requests go to utils/storage/service.ts; what needs browser APIs (badge, injection) is here.
export default defineBackground(() => {
  const db = new DubanDB();
  const reminders = installReminders(db);
  const notify = (event: DubanEvent): void => {
    broadcast(event);
    reminders(event);
    if (event.type === 'categories-changed') void rebuildMenus(db);
  };

  const storage = createStorageHandlers(db, notify);
  const handlers: Handlers<BackgroundRequests, Sender> = {
    ...storage,
    // A content script may only re-attach its own page's highlights (sender-policy.ts).
    'annotation-update': async (payload, sender) => {
      const info = senderInfo(sender);
      if (!isExtensionPage(info)) {
        const row = typeof payload?.id === 'string' ? await getAnnotation(db, payload.id) : null;
        if (!row?.ok || !row.value) return fail('not-found');
        const refused = checkContentUpdate(row.value.pageUrl, payload.patch, info);
        if (refused) return failWith('invalid', refused);
      }
      return storage['annotation-update'](payload, sender);
    },
    'page-visit': async ({ url, maybeNotice }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return ok({ annotationCount: 0, annotator: false });
      const stored = await listAnnotations(db, url);
      const annotationCount = stored.ok ? stored.value.length : 0;
      // A page with highlights gets them back at once; a maybe-notice gets the full detector,
      // which reports 'notice-detected' and so loads the annotator.
      const annotator = annotationCount > 0 ? await injectAnnotator(tabId) : false;
      if (maybeNotice) await injectNoticeCheck(tabId);
      return ok({ annotationCount, annotator });
    },
    'notice-detected': async ({ detection }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !detection.isNotice) return ok(null);
      await markNotice(tabId, detection.confidence);
      await injectAnnotator(tabId);
      return ok(null);
    },
    'annotator-enable': async ({ tabId }) => {
      if (typeof tabId !== 'number') return failWith('invalid', 'tabId must be a number');
      return (await injectAnnotator(tabId))
        ? ok(true)
        : failWith(
            'unknown',
            '督办无法在此页运行：请先点击工具栏上的督办按钮（或右键菜单“在此页启用督办”）授权此页。 / Duban cannot run on this page yet: click the Duban toolbar button (or the context menu “Turn Duban on for this page”) to allow it.',
          );
    },
    'tab-annotations': async ({ tabId }) => {
      if (typeof tabId !== 'number') return failWith('invalid', 'tabId must be a number');
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!tab?.url) return ok({ url: null, annotations: [] });
      const url = normaliseUrl(tab.url);
      const listed = await listAnnotations(db, url);
      return listed.ok ? ok({ url, annotations: listed.value }) : listed;
    },
    'storage-info': async () => ok(await storageEstimate()),
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Whoever sent it, the browser says which page it came from: requests are checked against
    // that, not against the URL a payload claims (utils/sender-policy.ts).
    if (isEnvelope(message)) {
      const refused = refusal(message.type, message.payload, senderInfo(sender));
      if (refused) {
        sendResponse(failWith('invalid', refused));
        return undefined;
      }
    }
    const reply = dispatch<BackgroundRequests, Sender>(handlers, message, sender);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    // Chrome keeps the channel open only when the listener returns true.
    return true;
  });

  installMenusAndCommands(db);
});
