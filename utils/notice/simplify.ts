import { SIMPLIFIED, TRADITIONAL } from './traditional-map';

/**
 * Traditional-character mirrors publish the same notices. The rules are written in simplified
 * characters, so a traditional text is read through a shadow copy of the same length: every
 * offset found in the shadow is valid in the original, and what the user sees stays as written.
 */
const TRAD_RE = new RegExp(`[${TRADITIONAL}]`);
const TRAD_RE_G = new RegExp(`[${TRADITIONAL}]`, 'g');
let table: Map<string, string> | null = null;

export function hasTraditional(s: string): boolean {
  return TRAD_RE.test(s);
}

export function toSimplified(s: string): string {
  if (!TRAD_RE.test(s)) return s;
  if (!table) {
    table = new Map();
    for (let i = 0; i < TRADITIONAL.length; i++) table.set(TRADITIONAL[i] ?? '', SIMPLIFIED[i] ?? '');
  }
  const t = table;
  return s.replace(TRAD_RE_G, (ch) => t.get(ch) ?? ch);
}
