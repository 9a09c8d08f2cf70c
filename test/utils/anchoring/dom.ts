import { parseHtml } from '../../../scripts/lib/parse-html';

/**
 * HTML → a happy-dom Document whose Ranges work. happy-dom 21 gives every Range the window's
 * main document as owner, so on a DOMParser document `setEnd` believes its node is in another
 * document and collapses the range. Moving the parsed tree into the window's own document
 * sidesteps that (browsers have no such problem).
 */
export function openDom(html: string): { document: Document; close: () => Promise<void> } {
  const parsed = parseHtml(html);
  const win = parsed.document.defaultView;
  if (!win) throw new Error('happy-dom document without a window');
  const doc = win.document;
  const el = doc.adoptNode(parsed.document.documentElement);
  doc.documentElement.remove();
  doc.appendChild(el);
  return { document: doc, close: parsed.close };
}
