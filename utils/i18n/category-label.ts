import type { Category } from '../annotations/types';
import type { Lang } from './lang';

/** A category's label in `lang`; the Chinese one when it has no English label (it is optional). */
export function categoryLabel(c: Category, lang: Lang): string {
  return lang === 'en' && c.label.en.trim() !== '' ? c.label.en : c.label.zh;
}
