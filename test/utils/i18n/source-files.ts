import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');

/** Every .ts/.tsx file under `dirs` (relative to the repository root), as root-relative paths. */
export function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(relative(ROOT, p));
    }
  };
  for (const d of dirs) walk(join(ROOT, d));
  return out.sort();
}

export const readSource = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** Chinese characters, and the full-width punctuation only Chinese text uses (：，（）). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export const hasCjk = (s: string): boolean => CJK.test(s);

/**
 * The lines of `source` with CJK outside comments (in string literals, templates or JSX text).
 * A small scanner, not a parser: it knows quotes, templates and comments, which is enough for
 * our sources (a quote inside a regex literal could confuse it; none of ours has one with CJK).
 */
export function cjkOutsideComments(source: string): { line: number; text: string }[] {
  const hits = new Map<number, string>();
  const lines = source.split('\n');
  let line = 1;
  let i = 0;
  let state: 'code' | 'line-comment' | 'block-comment' | "'" | '"' | '`' = 'code';
  while (i < source.length) {
    const c = source[i] ?? '';
    const next = source[i + 1] ?? '';
    if (c === '\n') line++;
    if (state === 'code') {
      if (c === '/' && next === '/') state = 'line-comment';
      else if (c === '/' && next === '*') state = 'block-comment';
      else if (c === "'" || c === '"' || c === '`') state = c;
      else if (CJK.test(c)) hits.set(line, lines[line - 1] ?? '');
    } else if (state === 'line-comment') {
      if (c === '\n') state = 'code';
    } else if (state === 'block-comment') {
      if (c === '*' && next === '/') {
        state = 'code';
        i++;
      }
    } else {
      if (c === '\\') i++;
      else if (c === state) state = 'code';
      else if (CJK.test(c)) hits.set(line, lines[line - 1] ?? '');
    }
    i++;
  }
  return [...hits].map(([l, text]) => ({ line: l, text: text.trim() }));
}
