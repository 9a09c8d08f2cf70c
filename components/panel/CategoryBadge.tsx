import type { Category } from '../../utils/annotations/types';

interface Props {
  category: Category | undefined;
  fallback: string;
}

/** The colour swatch and the two-language label of a category. */
export function CategoryBadge({ category, fallback }: Props) {
  return (
    <span class="category-badge">
      <span class="swatch" aria-hidden="true" style={{ background: category?.color ?? 'transparent' }} />
      {category ? `${category.label.zh} ${category.label.en}` : fallback}
    </span>
  );
}
