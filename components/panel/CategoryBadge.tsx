import type { Category } from '../../utils/annotations/types';
import { categoryLabel } from '../../utils/i18n/category-label';
import { useLang } from '../shared/i18n';

interface Props {
  category: Category | undefined;
  fallback: string;
}

/** The colour swatch and the label of a category, in the reader's language. */
export function CategoryBadge({ category, fallback }: Props) {
  const lang = useLang();
  return (
    <span class="category-badge">
      <span class="swatch" aria-hidden="true" style={{ background: category?.color ?? 'transparent' }} />
      {category ? categoryLabel(category, lang) : fallback}
    </span>
  );
}
