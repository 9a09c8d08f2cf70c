import { readFile, stat } from 'node:fs/promises';
import { decodeHtml } from './decode-html';

/** A page read from a file or fetched from a URL, decoded to text. */
export interface LoadedPage {
  source: string;
  url: string | null;
  html: string;
  encoding: string;
}

/** Pages above this size are refused rather than risking the machine's memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text (a saved notice, a `.txt` export) becomes a page of one paragraph per line. */
export function textToHtml(text: string): string {
  const body = text.split(/\r?\n/).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title></title></head><body><article>${body}</article></body></html>`;
}

const STRAY_NULS = 4;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  // UTF-16 pages have a BOM; anything else with many NULs is not text (a stray one or two in a
  // saved page are dropped, as a browser does).
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !bom16 && zeros > STRAY_NULS;
}

export async function loadPage(source: string): Promise<LoadedPage> {
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let url: string | null = null;
  if (isUrl(source)) {
    url = source;
    let res: Response;
    try {
      res = await fetch(source, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    } catch (e) {
      throw new Error(`cannot fetch ${source}: ${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}`);
    }
    // A refused response's body is cancelled: left open, it holds the connection (and the process)
    // until the server gives up.
    const refuse = async (message: string): Promise<never> => {
      await res.body?.cancel().catch(() => undefined);
      throw new Error(message);
    };
    if (!res.ok) await refuse(`cannot fetch ${source}: HTTP ${res.status} ${res.statusText}`);
    contentType = res.headers.get('content-type');
    if (contentType && !/html|text|xml/i.test(contentType)) await refuse(`not a web page: ${source} is ${contentType}`);
    url = res.url || source;
    try {
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      throw new Error(`cannot fetch ${source}: ${e instanceof Error ? e.message : String(e)}`);
    }
  } else {
    let size: number;
    try {
      const st = await stat(source);
      if (st.isDirectory()) throw new Error(`${source} is a directory, not a page`);
      size = st.size;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new Error(`no such file: ${source}`);
      if (code === 'EACCES') throw new Error(`permission denied: ${source}`);
      throw e;
    }
    if (size > MAX_PAGE_BYTES) throw new Error(`page too large: ${source} is ${(size / 1048576).toFixed(1)} MB (limit ${MAX_PAGE_BYTES / 1048576} MB)`);
    bytes = new Uint8Array(await readFile(source));
  }
  if (bytes.length > MAX_PAGE_BYTES) throw new Error(`page too large: ${source} (limit ${MAX_PAGE_BYTES / 1048576} MB)`);
  if (looksBinary(bytes)) throw new Error(`not a web page: ${source} holds binary data`);
  const decoded = decodeHtml(bytes, contentType);
  const encoding = decoded.encoding;
  // Browsers drop NUL characters from a page's text; a stray one must not split a word.
  const html = decoded.html.indexOf('\u0000') === -1 ? decoded.html : decoded.html.split('\u0000').join('');
  const isHtml = /<(!doctype|html|head|body|p|div|table|section|article)[\s>]/i.test(html.slice(0, 65536));
  return { source, url, html: isHtml ? html : textToHtml(html), encoding };
}
