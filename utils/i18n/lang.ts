/**
 * Languages of Duban's UI: Simplified Chinese (the default: the notices and most readers are
 * Chinese) and English. Pure: the chosen language is a setting the entrypoints read and pass down.
 */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export const DEFAULT_LANG: Lang = 'zh';

export function isLang(x: unknown): x is Lang {
  return x === 'zh' || x === 'en';
}

/** BCP 47 tags for Intl formatting. */
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/**
 * A catalog: one object of strings (or string-making functions) per language. `defineCatalog`
 * makes the English side type-check against the Chinese one, key for key, so a string missing in
 * either language is a compile error (and test/utils/i18n/catalogs.test.ts checks at run time).
 */
export type Catalog<T> = Record<Lang, T>;

export function defineCatalog<T extends Record<string, unknown>>(zh: T, en: { [K in keyof T]: T[K] }): Catalog<T> {
  return { zh, en };
}
