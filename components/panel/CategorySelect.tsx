import type { Category } from '../../utils/annotations/types';
import { categoryLabel } from '../../utils/i18n/category-label';
import { useLang, useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';

interface Props {
  value: string;
  categories: readonly Category[];
  onChange: (category: string) => void;
}

/** A native select: keyboard and screen readers work without any help. */
export function CategorySelect({ value, categories, onChange }: Props) {
  const PANEL = useStrings(CATALOG);
  const lang = useLang();
  const known = categories.some((c) => c.id === value);
  return (
    <select class="category-select" aria-label={PANEL.category} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {!known && <option value={value}>{PANEL.unknownCategory(value)}</option>}
      {categories.map((c) => (
        <option key={c.id} value={c.id}>
          {categoryLabel(c, lang)}
        </option>
      ))}
    </select>
  );
}
