import { useEffect, useRef, useState } from 'preact/hooks';
import type { Category } from '../../utils/annotations/types';
import type { Result } from '../../utils/storage/result';
import { ErrorAlert } from '../panel/ErrorAlert';
import { fromDraft, hasProblems, move, newRow, sameCategories, toDraft, validateDraft, type DraftRow } from './category-draft';
import { CategoryRow } from './CategoryRow';
import { useStrings } from '../shared/i18n';
import { OPTIONS as CATALOG } from './strings';

/** How many annotations use each category id; null while unknown. */
export type CategoryUsage = Record<string, { live: number; deleted: number }>;

interface Props {
  /** As stored. */
  categories: readonly Category[];
  usage: CategoryUsage | null;
  onSave: (categories: Category[]) => Promise<Result<Category[]>>;
  makeId?: () => string;
}

const randomId = () => `c-${crypto.randomUUID().slice(0, 8)}`;

/**
 * Edits labels, colours and order of the categories, adds new ones, and removes unused ones.
 * Nothing is stored until "save"; a category still in use cannot be removed (its annotations would
 * be left pointing at nothing), and the reason is shown next to its disabled button.
 */
export function CategoryEditor({ categories, usage, onSave, makeId = randomId }: Props) {
  const OPTIONS = useStrings(CATALOG);
  const [rows, setRows] = useState<DraftRow[]>(() => toDraft(categories));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  // After a move, focus follows the row's button so a keyboard user can keep pressing it.
  const focusAfterMove = useRef<string | null>(null);

  const draft = fromDraft(rows);
  const dirty = !sameCategories(draft, categories);
  const problems = validateDraft(rows, OPTIONS);

  // Stored categories changed (saved here, in another window, or by an import): show them,
  // unless the reader is in the middle of editing.
  const shown = useRef(categories);
  useEffect(() => {
    const wasClean = sameCategories(fromDraft(rows), shown.current);
    shown.current = categories;
    if (wasClean) setRows(toDraft(categories));
  }, [categories]);

  useEffect(() => {
    const target = focusAfterMove.current;
    if (target === null) return;
    focusAfterMove.current = null;
    document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(target)}"]`)?.focus();
  });

  const update = (id: string, patch: Partial<DraftRow>) => setRows((rs) => rs.map((r) => (r.id === id ? { ...r, ...patch } : r)));

  const save = async () => {
    setBusy(true);
    setStatus(OPTIONS.saving);
    setError(null);
    const r = await onSave(draft);
    setBusy(false);
    if (!r.ok) {
      // The draft stays as it is: nothing typed is lost when saving fails.
      setStatus('');
      setError(r.message);
      return;
    }
    setRows(toDraft(r.value));
    setStatus(OPTIONS.saved);
  };

  return (
    <section class="category-editor" aria-labelledby="categories-title">
      <h2 id="categories-title">{OPTIONS.categoriesTitle}</h2>
      <p class="hint">{OPTIONS.categoriesHint}</p>
      <ol class="category-rows">
        {rows.map((row, i) => {
          const use = usage?.[row.id];
          const blocked = row.isNew || !use ? null : use.live > 0 ? OPTIONS.inUse(use.live) : use.deleted > 0 ? OPTIONS.inUseDeleted(use.deleted) : null;
          return (
            <CategoryRow
              key={row.id}
              row={row}
              first={i === 0}
              last={i === rows.length - 1}
              problems={problems.byId[row.id] ?? []}
              removeBlockedBecause={blocked}
              onChange={(patch) => update(row.id, patch)}
              onMove={(delta) => {
                focusAfterMove.current = `${row.id}:${delta}`;
                setRows((rs) => move(rs, rs.findIndex((r) => r.id === row.id), delta));
              }}
              onRemove={() => setRows((rs) => rs.filter((r) => r.id !== row.id))}
            />
          );
        })}
      </ol>
      {problems.list && <p class="field-error">{problems.list}</p>}
      <div class="row">
        <button type="button" onClick={() => setRows((rs) => [...rs, newRow(rs, makeId, OPTIONS.newLabel)])}>
          {OPTIONS.add}
        </button>
      </div>
      <div class="row">
        <button type="button" class="primary" disabled={busy || !dirty || hasProblems(problems)} onClick={() => void save()}>
          {busy ? OPTIONS.saving : OPTIONS.save}
        </button>
        <button type="button" disabled={busy || !dirty} onClick={() => setRows(toDraft(categories))}>
          {OPTIONS.revert}
        </button>
        {dirty && <span class="hint">{OPTIONS.unsaved}</span>}
      </div>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
