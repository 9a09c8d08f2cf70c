import { SIMPLIFIED, TRADITIONAL } from './traditional-map';

/**
 * Traditional-character mirrors publish the same notices. The rules are written in simplified
 * characters, so a traditional text is read through a shadow copy of the same length: every
 * offset found in the shadow is valid in the original, and what the user sees stays as written.
 */
// One flag per UTF-16 code unit: a lookup per character is far cheaper than a regex whose class
// holds two hundred scattered characters.
let isTrad: Uint8Array | null = null;

/**
 * Whether `s` (its first `limit` characters) holds `atLeast` traditional characters our rules know.
 * A simplified site's menu offers its mirror as `繁體版`: one such character says nothing of the page.
 */
export function hasTraditional(s: string, limit = Infinity, atLeast = 1): boolean {
  if (!isTrad) {
    isTrad = new Uint8Array(0x10000);
    for (let i = 0; i < TRADITIONAL.length; i++) isTrad[TRADITIONAL.charCodeAt(i)] = 1;
  }
  const flags = isTrad;
  const n = Math.min(s.length, limit);
  let found = 0;
  for (let i = 0; i < n; i++) if (flags[s.charCodeAt(i)] === 1 && ++found >= atLeast) return true;
  return false;
}

let toCode: Uint16Array | null = null;

export function toSimplified(s: string): string {
  if (!toCode) {
    toCode = new Uint16Array(0x10000);
    for (let i = 0; i < TRADITIONAL.length; i++) toCode[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
  }
  const map = toCode;
  // One code unit for one, so offsets stay valid; the unchanged runs are copied as slices (a
  // `String.fromCharCode(...codes)` spread cost 8× more, and a decoder would alter lone surrogates).
  let r = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const m = map[s.charCodeAt(i)];
    if (m) {
      r += s.slice(from, i) + String.fromCharCode(m);
      from = i + 1;
    }
  }
  return from === 0 ? s : r + s.slice(from);
}
