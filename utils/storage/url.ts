/**
 * One key per notice, however it was reached: `normaliseUrl` maps the links people share (with
 * tracking parameters, fragments, WeChat share noise) to the URL that annotations are stored under.
 *
 * Rules, in order (http and https only; other schemes only lose their fragment):
 *  1. the fragment goes (`#:~:text=…` included), and so do user name and password;
 *  2. the host is lower-cased and a default port dropped (the WHATWG URL parser does both);
 *  3. percent-escapes are made canonical in path and query: hex upper-cased, and escapes of
 *     unreserved characters (A–Z a–z 0–9 - . _ ~) decoded (RFC 3986 §6.2.2) — nothing else is
 *     decoded, so the result is still a working link with the same meaning;
 *  4. tracking parameters are dropped (TRACKING_PARAMS, TRACKING_PREFIXES; names compared
 *     case-insensitively);
 *  5. on mp.weixin.qq.com, an article `/s/<id>` keeps no query at all, `/s?…` keeps only `__biz`,
 *     `mid`, `idx`, `sn` (those four identify the article; the rest is per-reader share state);
 *     other WeChat paths drop WECHAT_NOISE_PARAMS;
 *  6. the remaining parameters are sorted by name (stable, so repeated names keep their order),
 *     each kept as it was written (`?a` stays `?a`, `+` stays `+`).
 *
 * Kept on purpose (a reviewer may expect otherwise):
 *  - a trailing `index.html` / `index.shtml`: `/dir/` and `/dir/index.html` are usually, but not
 *    provably, the same document, and a notice is a leaf page with its own file name
 *    (`t20240913_123.html`, `art_1_2.html`), so merging them buys nothing and could attach one
 *    page's highlights to another;
 *  - the scheme (`http:` and `https:` stay distinct), `www.`, path case and trailing slashes: a
 *    server may treat them differently, and a wrong merge is worse than a missed one — a missed
 *    merge shows no highlights, a wrong one re-anchors highlights on the wrong text.
 *
 * Idempotent: `normaliseUrl(normaliseUrl(x)) === normaliseUrl(x)`. A string that is not an
 * absolute URL is returned trimmed and otherwise unchanged (the caller keeps working with it).
 */
export function normaliseUrl(raw: string): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  url.hash = '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  url.username = '';
  url.password = '';
  const path = canonicalEscapes(url.pathname);
  const wechat = url.hostname === 'mp.weixin.qq.com';
  const params = splitQuery(url.search).filter((p) => keepParam(p.name, wechat, path));
  if (wechat && /^\/s\/[^/]+$/.test(path)) params.length = 0;
  if (wechat) for (const p of params) if (WECHAT_ID_PARAMS.has(p.name)) p.raw = canonicalWechatId(p.raw);
  // Array.prototype.sort is stable: repeated names keep their relative order.
  params.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const query = params.length > 0 ? `?${params.map((p) => p.raw).join('&')}` : '';
  return `${url.protocol}//${url.host}${path}${query}`;
}

/** Dropped on every host: analytics, share and session markers that never select a document. */
const TRACKING_PARAMS = new Set([
  'spm',
  'from',
  'isappinstalled',
  'scene',
  'clicktime',
  'enterid',
  'sessionid',
  'chksm',
  'mpshare',
  'pass_ticket',
  'gclid',
  'fbclid',
  'msclkid',
]);

/** Names starting with these are dropped on every host (`share`, `shareid`, `sharer_shareid`…). */
const TRACKING_PREFIXES = ['utm_', 'share'];

/** Only on mp.weixin.qq.com: per-reader state of the WeChat client, never part of the article's identity. */
const WECHAT_NOISE_PARAMS = new Set([
  'key',
  'ascene',
  'devicetype',
  'version',
  'lang',
  'exportkey',
  'nettype',
  'abtest_cookie',
  'wx_header',
  'subscene',
  'srcid',
  'poc_token',
  'realreporttime',
  'uin',
  'acctmode',
  'fontscale',
]);

/** The parameters that identify a WeChat article on `/s?…`. */
const WECHAT_ID_PARAMS = new Set(['__biz', 'mid', 'idx', 'sn']);

interface QueryParam {
  /** The decoded, lower-cased name: for matching and sorting only. */
  name: string;
  /** The `name=value` piece as written (after canonicalEscapes): what is kept. */
  raw: string;
}

function splitQuery(search: string): QueryParam[] {
  const out: QueryParam[] = [];
  for (const piece of search.replace(/^\?/, '').split('&')) {
    if (piece === '') continue;
    const raw = canonicalEscapes(piece);
    const eq = raw.indexOf('=');
    out.push({ name: decodeName(eq < 0 ? raw : raw.slice(0, eq)), raw });
  }
  return out;
}

function keepParam(name: string, wechat: boolean, path: string): boolean {
  if (wechat && path === '/s') return WECHAT_ID_PARAMS.has(name);
  if (TRACKING_PARAMS.has(name)) return false;
  if (TRACKING_PREFIXES.some((p) => name.startsWith(p))) return false;
  if (wechat && WECHAT_NOISE_PARAMS.has(name)) return false;
  return true;
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

/** `%7e` → `~`, `%e4` → `%E4`: the two spellings a server must treat alike (RFC 3986 §6.2.2). */
function canonicalEscapes(s: string): string {
  return s.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

/**
 * `__biz=MzA3MDM3NjE5NQ%3D%3D` and `__biz=MzA3MDM3NjE5NQ==` are the same account (links are shared
 * in both spellings): the value's `%3D` becomes `=`, as WeChat itself writes it.
 */
function canonicalWechatId(raw: string): string {
  const eq = raw.indexOf('=');
  if (eq < 0) return raw;
  return raw.slice(0, eq + 1) + raw.slice(eq + 1).replace(/%3D/g, '=');
}
