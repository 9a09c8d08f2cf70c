import sniffHTMLEncoding from 'html-encoding-sniffer';

/**
 * Bytes of a page → its text, the way a browser decides the charset: BOM, then the HTTP
 * `Content-Type` charset, then `<meta charset>` / `http-equiv` in the first 1024 bytes, else UTF-8.
 * GBK/GB2312/GB18030 and Big5 decode through the WHATWG decoders Node ships (full ICU).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): { html: string; encoding: string } {
  const transportLayerEncodingLabel = contentType ? /charset=([^;\s]+)/i.exec(contentType)?.[1]?.replace(/["']/g, '') : undefined;
  const encoding = sniffHTMLEncoding(bytes, { transportLayerEncodingLabel, defaultEncoding: 'UTF-8' });
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding.toLowerCase());
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return { html: decoder.decode(bytes), encoding };
}
