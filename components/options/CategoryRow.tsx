import { useId } from 'preact/hooks';
import { LABEL_MAX, type DraftRow } from './category-draft';
import { useStrings } from '../shared/i18n';
import { OPTIONS as CATALOG } from './strings';

interface Props {
  row: DraftRow;
  first: boolean;
  last: boolean;
  problems: string[];
  /** Why the row cannot be removed, or null when it can. */
  removeBlockedBecause: string | null;
  onChange: (patch: Partial<DraftRow>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One category: two labels, a colour, move up/down and remove. */
export function CategoryRow({ row, first, last, problems, removeBlockedBecause, onChange, onMove, onRemove }: Props) {
  const OPTIONS = useStrings(CATALOG);
  const id = useId();
  const name = row.zh.trim() || row.id;
  const describedBy = [problems.length > 0 ? `${id}-err` : '', removeBlockedBecause ? `${id}-why` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <li class="category-row" data-id={row.id}>
      <span class="swatch big" aria-hidden="true" style={{ background: row.color }} />
      <label class="field">
        <span>{OPTIONS.labelZh}</span>
        <input
          type="text"
          value={row.zh}
          maxLength={LABEL_MAX * 2}
          aria-invalid={problems.length > 0}
          aria-describedby={describedBy}
          onInput={(e) => onChange({ zh: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{OPTIONS.labelEn}</span>
        <input type="text" value={row.en} maxLength={LABEL_MAX * 2} onInput={(e) => onChange({ en: e.currentTarget.value })} />
      </label>
      <label class="field color">
        <span>{OPTIONS.color}</span>
        <input type="color" value={row.color} onInput={(e) => onChange({ color: e.currentTarget.value })} />
      </label>
      <div class="row row-actions">
        <button type="button" aria-label={OPTIONS.moveUp(name)} data-focus-key={`${row.id}:-1`} disabled={first} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" aria-label={OPTIONS.moveDown(name)} data-focus-key={`${row.id}:1`} disabled={last} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" class="danger" aria-label={OPTIONS.removeNamed(name)} disabled={removeBlockedBecause !== null} aria-describedby={describedBy} onClick={onRemove}>
          {OPTIONS.remove}
        </button>
      </div>
      {problems.length > 0 && (
        <p id={`${id}-err`} class="field-error">
          {problems.join(' ')}
        </p>
      )}
      {removeBlockedBecause && (
        <p id={`${id}-why`} class="hint">
          {removeBlockedBecause}
        </p>
      )}
    </li>
  );
}
