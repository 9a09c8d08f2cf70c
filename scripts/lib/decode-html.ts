import sniffHTMLEncoding from 'html-encoding-sniffer';

/**
 * Bytes of a page → its text, the way a browser decides the charset: BOM, then the HTTP
 * `Content-Type` charset, then `<meta charset>` / `http-equiv` in the first 1024 bytes. A page
 * that declares nothing is read as UTF-8 when its bytes are valid UTF-8, else as GB18030 — what a
 * browser in a Chinese locale falls back to (old CMS pages saved as GBK often declare nothing).
 * GBK/GB2312/GB18030 and Big5 decode through the WHATWG decoders Node ships (full ICU).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): { html: string; encoding: string } {
  const transportLayerEncodingLabel = contentType ? /charset=([^;\s]+)/i.exec(contentType)?.[1]?.replace(/["']/g, '') : undefined;
  const declared = sniffHTMLEncoding(bytes, { transportLayerEncodingLabel, defaultEncoding: 'UTF-8' });
  // The sniffer answers its default when nothing is declared: two defaults tell the two apart.
  const undeclared = declared !== sniffHTMLEncoding(bytes, { transportLayerEncodingLabel, defaultEncoding: 'windows-1252' });
  const encoding = undeclared && !isUtf8(bytes) ? 'GB18030' : declared;
  let decoder: TextDecoder;
  // GB2312 and GBK pages are written by GB18030 encoders (€, 䶮, 𠮷 among them); browsers decode
  // all three labels with the GB18030 decoder, and so do we.
  const label = /^(?:gb2312|gbk|x-gbk|gb_2312-80|csgb2312)$/i.test(encoding) ? 'gb18030' : encoding.toLowerCase();
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return { html: decoder.decode(bytes), encoding };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
