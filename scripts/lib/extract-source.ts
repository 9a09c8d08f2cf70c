import { extractNotice, type ExtractResult } from '../../utils/notice/extract';
import { loadPage } from './load-page';
import { parseHtml } from './parse-html';

/** A file or URL → its Notice, or `{source, error}`: never throws. */
export async function extractSource(source: string): Promise<ExtractResult> {
  try {
    const page = await loadPage(source);
    const { document, close } = parseHtml(page.html, page.url ?? 'http://localhost/');
    try {
      return extractNotice(document, { source, url: page.url });
    } finally {
      await close();
    }
  } catch (e) {
    return { source, url: /^https?:/i.test(source) ? source : null, error: e instanceof Error ? e.message : String(e) };
  }
}

