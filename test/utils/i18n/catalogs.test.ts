import { describe, expect, it } from 'vitest';
import { cjkOutsideComments, hasCjk, readSource, sourceFiles } from './source-files';

/**
 * Every UI string exists in both languages. The catalogs are found, not listed: every export of
 * every `strings.ts` under components/ and entrypoints/ that is a `{ zh, en }` pair of objects
 * (what defineCatalog makes), so a new area cannot be forgotten.
 */
const STRING_FILES = sourceFiles('components', 'entrypoints').filter((f) => /(^|\/)strings\.ts$/.test(f));

/** Exports of strings files that are not catalogs, and why. */
const NOT_CATALOGS: Record<string, string> = {
  'components/options/strings.ts#LANG_NAMES': 'each language named in itself, in every UI language',
};

/** Strings deliberately in both languages, and why. */
const BILINGUAL: Record<string, string> = {
  'components/options/strings.ts#OPTIONS.language': 'the language select: findable whatever the current language',
};

/** Arguments for string functions the universal sample below does not suit. */
const SAMPLE_ARGS: Record<string, unknown[]> = {};

/** Stands for any argument: a number, a string or a record of numbers all at once (2). */
const SAMPLE: unknown = new Proxy({}, { get: (_t, p) => (p === Symbol.toPrimitive ? () => 2 : 2) });

interface Leaf {
  key: string;
  zh: string;
  en: string;
}

type Modules = { file: string; exports: Record<string, unknown> }[];

async function loadModules(): Promise<Modules> {
  return Promise.all(STRING_FILES.map(async (file) => ({ file, exports: (await import(/* @vite-ignore */ `../../../${file}`)) as Record<string, unknown> })));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCatalog = (x: unknown): x is { zh: Record<string, unknown>; en: Record<string, unknown> } =>
  isObject(x) && Object.keys(x).sort().join() === 'en,zh' && isObject(x.zh) && isObject(x.en);

function text(key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') {
    const args = SAMPLE_ARGS[key] ?? Array.from({ length: value.length }, () => SAMPLE);
    return String((value as (...a: unknown[]) => unknown)(...args));
  }
  throw new Error(`${key}: neither a string nor a function`);
}

/** The strings of both sides, key by key; a key on one side only is reported as a problem. */
function leaves(prefix: string, zh: Record<string, unknown>, en: Record<string, unknown>, problems: string[]): Leaf[] {
  const out: Leaf[] = [];
  for (const k of new Set([...Object.keys(zh), ...Object.keys(en)])) {
    const key = `${prefix}.${k}`;
    const z = zh[k];
    const e = en[k];
    if (!(k in zh)) problems.push(`${key}: missing in zh`);
    else if (!(k in en)) problems.push(`${key}: missing in en`);
    else if (isObject(z) && isObject(e)) out.push(...leaves(key, z, e, problems));
    else out.push({ key, zh: text(key, z), en: text(key, e) });
  }
  return out;
}

describe('the UI catalogs', async () => {
  const modules = await loadModules();
  const catalogs = modules.flatMap(({ file, exports }) =>
    Object.entries(exports)
      .filter(([, v]) => isCatalog(v))
      .map(([name, v]) => ({ id: `${file}#${name}`, catalog: v as { zh: Record<string, unknown>; en: Record<string, unknown> } })),
  );

  it('are found: one per area at least', () => {
    expect(STRING_FILES.length).toBeGreaterThanOrEqual(4);
    for (const file of STRING_FILES) expect(catalogs.some((c) => c.id.startsWith(`${file}#`)), file).toBe(true);
    for (const { file, exports } of modules) {
      for (const [name, v] of Object.entries(exports)) {
        if (typeof v === 'function' || isCatalog(v)) continue;
        // Anything else a strings file exports would be strings outside the two-language rule.
        expect(NOT_CATALOGS[`${file}#${name}`], `${file}#${name} is not a catalog`).toBeDefined();
      }
    }
  });

  it('have the same keys in zh and en, and no empty string', () => {
    const problems: string[] = [];
    for (const { id, catalog } of catalogs) {
      for (const leaf of leaves(id, catalog.zh, catalog.en, problems)) {
        for (const lang of ['zh', 'en'] as const) {
          const s = leaf[lang];
          if (s.trim() === '') problems.push(`${leaf.key} (${lang}): empty`);
          if (/undefined|NaN|\[object /.test(s)) problems.push(`${leaf.key} (${lang}): ${JSON.stringify(s)} — add SAMPLE_ARGS for it`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('write zh in Chinese and en without Chinese (bar the deliberately bilingual ones)', () => {
    const problems: string[] = [];
    for (const { id, catalog } of catalogs) {
      for (const leaf of leaves(id, catalog.zh, catalog.en, [])) {
        if (!hasCjk(leaf.zh)) problems.push(`${leaf.key} (zh) has no Chinese: ${JSON.stringify(leaf.zh)}`);
        if (hasCjk(leaf.en) && !BILINGUAL[leaf.key]) problems.push(`${leaf.key} (en) has Chinese: ${JSON.stringify(leaf.en)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('allow-list only what still exists', () => {
    const all = new Set<string>();
    for (const { id, catalog } of catalogs) for (const leaf of leaves(id, catalog.zh, catalog.en, [])) all.add(leaf.key);
    for (const key of Object.keys(BILINGUAL)) expect(all.has(key), key).toBe(true);
    for (const key of Object.keys(NOT_CATALOGS)) {
      const [file, name] = key.split('#');
      expect(modules.find((m) => m.file === file)?.exports[name ?? ''], key).toBeDefined();
    }
  });
});

/** Chinese outside comments, outside strings files, and why it may stay: file → a piece of the line. */
const CJK_ALLOWED: { file: string; contains: string; why: string }[] = [
  { file: 'entrypoints/background/index.ts', contains: '督办无法在此页运行', why: 'a failure message: bilingual like utils/storage/result.ts' },
  { file: 'entrypoints/background/inject.ts', contains: "text: '通'", why: 'the toolbar badge glyph (static, not yet per language)' },
  { file: 'entrypoints/background/inject.ts', contains: '检测到整改通报', why: 'the toolbar title on a notice (bilingual, not yet per language)' },
  { file: 'components/workspace/CommitmentsList.tsx', contains: 'DEADLINE_CUE', why: 'a pattern over the notice text, not UI' },
];

describe('UI code', () => {
  it('keeps its Chinese in catalogs (strings.ts), not in component or entrypoint code', () => {
    const found: string[] = [];
    for (const file of sourceFiles('components', 'entrypoints')) {
      if (/(^|\/)strings\.ts$/.test(file)) continue;
      for (const hit of cjkOutsideComments(readSource(file))) {
        if (CJK_ALLOWED.some((a) => a.file === file && hit.text.includes(a.contains))) continue;
        found.push(`${file}:${hit.line}: ${hit.text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('sees Chinese in strings, templates and JSX text, but not in comments', () => {
    const src = ["// 注释 ok", "/* 块注释 */ const a = 1;", "const b = '中文';", 'const c = `模板 ${a}`;', 'const d = <p>正文</p>;', "const e = 'it\\'s 也';"].join('\n');
    expect(cjkOutsideComments(src).map((h) => h.line)).toEqual([3, 4, 5, 6]);
  });
});
