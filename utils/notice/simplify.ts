import { SIMPLIFIED, TRADITIONAL } from './traditional-map';

/**
 * Traditional-character mirrors publish the same notices. The rules are written in simplified
 * characters, so a traditional text is read through a shadow copy of the same length: every
 * offset found in the shadow is valid in the original, and what the user sees stays as written.
 */
const TRAD_RE_G = new RegExp(`[${TRADITIONAL}]`, 'g');
let table: Map<string, string> | null = null;
// One flag per UTF-16 code unit: a lookup per character is far cheaper than a regex whose class
// holds two hundred scattered characters.
let isTrad: Uint8Array | null = null;

/** Whether `s` (its first `limit` characters) holds a traditional character our rules know. */
export function hasTraditional(s: string, limit = Infinity): boolean {
  if (!isTrad) {
    isTrad = new Uint8Array(0x10000);
    for (let i = 0; i < TRADITIONAL.length; i++) isTrad[TRADITIONAL.charCodeAt(i)] = 1;
  }
  const flags = isTrad;
  const n = Math.min(s.length, limit);
  for (let i = 0; i < n; i++) if (flags[s.charCodeAt(i)] === 1) return true;
  return false;
}

export function toSimplified(s: string): string {
  if (!hasTraditional(s)) return s;
  if (!table) {
    table = new Map();
    for (let i = 0; i < TRADITIONAL.length; i++) table.set(TRADITIONAL[i] ?? '', SIMPLIFIED[i] ?? '');
  }
  const t = table;
  return s.replace(TRAD_RE_G, (ch) => t.get(ch) ?? ch);
}
