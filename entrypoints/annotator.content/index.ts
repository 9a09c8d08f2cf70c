import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { h, render } from 'preact';
import { AnnotatorOverlay, type AnnotatorActions } from '../../components/annotator/AnnotatorOverlay';
import { MESSAGES } from '../../components/annotator/strings';
import { LangProvider } from '../../components/shared/i18n';
import { loadSettings, watchSettings } from '../../components/shared/settings-store';
import { ANNOTATOR_CSS } from '../../components/annotator/styles';
import { createBoxPainter } from '../../utils/annotator/box-painter';
import { Annotator, type AnnotatorMessages, type AnnotatorView } from '../../utils/annotator/controller';
import type { EditorPage } from '../../utils/annotator/editor-frame';
import { createCssHighlightPainter } from '../../utils/annotator/css-highlight-painter';
import { watchMutations } from '../../utils/annotator/mutation-watch';
import { listenToPage } from '../../utils/annotator/page-events';
import { createClient, dispatch, isDubanEvent, type AnnotatorRequests, type BackgroundRequests } from '../../utils/messaging';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import type { Settings } from '../../utils/settings/types';

/** Set on the isolated world's global (invisible to the page): the background may inject us twice. */
const RUNNING = Symbol.for('duban.annotator');
type Flagged = typeof globalThis & { [RUNNING]?: { announce: () => void } };

/** Marks our host element (which the page can see anyway): tests and our own selectors find it. */
const HOST_ATTRIBUTE = 'data-duban-annotator';

const REANCHOR_DEBOUNCE_MS = 250;
/** A page that never goes quiet (a ticking clock, a live feed) is still followed this often. */
const REANCHOR_MAX_WAIT_MS = 2000;
const URL_POLL_MS = 1000;

// Injected on demand by the background (scripting.executeScript) into notices, pages with
// highlights, and pages where the reader turned Duban on.
export default defineContentScript({
  registration: 'runtime',
  matches: ['*://*.gov.cn/*', '*://*.edu.cn/*', '*://mp.weixin.qq.com/*'],
  noScriptStartedPostMessage: true,
  main(ctx) {
    const g = globalThis as Flagged;
    if (g[RUNNING]) {
      // Already running in this tab: the second injection only says so.
      g[RUNNING].announce();
      return;
    }

    // One host element for all of Duban's UI, outside <body> so the page's text (and our text
    // index of it) never includes it; closed, so page scripts cannot look inside. A plain <div>,
    // never a custom-element name: a page could define that name first and, through
    // attachInternals(), be handed our "closed" shadow root (ElementInternals.shadowRoot).
    const host = document.createElement('div');
    host.setAttribute(HOST_ATTRIBUTE, '');
    host.style.setProperty('all', 'initial');
    const shadow = host.attachShadow({ mode: 'closed' });
    const sheet = document.createElement('style');
    sheet.textContent = ANNOTATOR_CSS;
    const boxes = document.createElement('div');
    boxes.className = 'layer';
    const mount = document.createElement('div');
    shadow.append(sheet, boxes, mount);
    document.documentElement.appendChild(host);

    const isOurs = (node: Node): boolean => node === host || host.contains(node);
    const painter = createCssHighlightPainter(document, window) ?? createBoxPainter(boxes);
    const client = createClient<BackgroundRequests>((m) => browser.runtime.sendMessage(m));

    let annotator: Annotator | null = null;
    const actions: AnnotatorActions = {
      pick: (id) => void annotator?.pick(id),
      note: () => void annotator?.note(),
      dismissToolbar: () => annotator?.hideToolbar(),
      editorSignal: (key, action) => annotator?.editorSignal(key, action),
    };
    // The note editor is an extension page in an iframe: the page never sees the keys typed in it.
    // Web-accessible with a per-session URL (wxt.config.ts), so pages cannot probe for Duban.
    const editorUrl = new URL(browser.runtime.getURL('/note-editor.html'));
    // Chrome redirects the per-session URL to the extension's own origin (chrome-extension://<id>).
    const editorPage: EditorPage = { url: editorUrl.href, origins: [editorUrl.origin, `${editorUrl.protocol}//${browser.runtime.id}`] };
    // The reader's language and theme: the controller reads `messages` when it needs one, so
    // switching the language in the options page only swaps the object's contents.
    let settings: Settings = DEFAULT_SETTINGS;
    const messages: AnnotatorMessages = { ...MESSAGES[settings.lang] };
    let shown: AnnotatorView | null = null;
    const show = (view: AnnotatorView) => {
      shown = view;
      const overlay = h(AnnotatorOverlay, { view, actions, editorPage, theme: settings.theme, viewport: { width: window.innerWidth, height: window.innerHeight } });
      render(h(LangProvider, { lang: settings.lang, children: overlay }), mount);
    };
    const applySettings = (s: Settings) => {
      settings = s;
      Object.assign(messages, MESSAGES[s.lang]);
      if (shown) show(shown);
    };
    void loadSettings().then(applySettings);
    const stopSettings = watchSettings(applySettings);
    annotator = new Annotator({ doc: document, client, painter, isOurs, render: show, messages, href: () => location.href });
    const a = annotator;

    const stopInput = listenToPage(document, isOurs, {
      selectionEnded: (focus) => a.selectionEnded(focus),
      pressedOutside: () => a.pressedOutside(),
      hover: (x, y) => a.hover(x, y),
      click: (x, y) => void a.click(x, y),
      viewportChanged: () => a.relayout(),
      escape: () => a.hideToolbar(),
    });

    // The whole document, not <body>: an SPA may replace <body> itself.
    const stopWatch = watchMutations(document.documentElement, {
      ignore: isOurs,
      delay: REANCHOR_DEBOUNCE_MS,
      maxWait: REANCHOR_MAX_WAIT_MS,
      onSettled: ({ addedChars }) => {
        // Some pages rebuild <html>'s children: put the host back.
        if (!host.isConnected) document.documentElement.appendChild(host);
        a.pageChanged(addedChars);
      },
    });

    const handlers = a.handlers();
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void): true | undefined => {
      if (isDubanEvent(message)) {
        a.onEvent(message);
        return undefined;
      }
      const reply = dispatch<AnnotatorRequests, unknown>(handlers, message, null);
      if (!reply) return undefined;
      void reply.then(sendResponse);
      // Chrome keeps the channel open for the asynchronous reply only when the listener says so.
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);

    // Our own listeners and timers, not ctx's: see onInvalidated below.
    const own = new AbortController();
    let tornDown = false;
    const teardown = () => {
      if (tornDown) return;
      tornDown = true;
      own.abort();
      clearInterval(poll);
      try {
        browser.runtime.onMessage.removeListener(onMessage);
        stopSettings();
      } catch {
        // The extension is gone: so is the listener.
      }
      stopInput();
      stopWatch();
      a.dispose();
      render(null, mount);
      host.remove();
      if (g[RUNNING] === running) delete g[RUNNING];
    };
    const extensionGone = () => browser.runtime?.id == null;
    // SPA navigation: the page's history calls live in its own world, so look at the URL. The
    // same tick notices an extension that was updated or reloaded under us.
    const poll = setInterval(() => (extensionGone() ? teardown() : a.urlChanged()), URL_POLL_MS);
    window.addEventListener('popstate', () => a.urlChanged(), { signal: own.signal });
    window.addEventListener('hashchange', () => a.urlChanged(), { signal: own.signal });

    const running = { announce: () => void a.reload() };
    g[RUNNING] = running;
    // WXT invalidates this context when the extension goes away, but also when the same script
    // is injected again (the new run's context announces itself with a DOM event — which a page
    // could fake as well). Only the first means stop; after the second, the new run finds
    // RUNNING, and this instance (with any note being typed) carries on.
    ctx.onInvalidated(() => {
      if (extensionGone()) teardown();
    });
  },
});
