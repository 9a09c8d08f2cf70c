import { useState } from 'preact/hooks';
import type { Annotation } from '../../utils/annotations/types';
import type { AnnotatorState } from '../../utils/messaging';
import { arrange, groupByCategory, groupBySection, statusOf } from './arrange';
import { AnnotationItem } from './AnnotationItem';
import { GroupToggle, type GroupMode } from './GroupToggle';
import { useLang, useStrings } from '../shared/i18n';
import { PANEL as CATALOG } from './strings';
import type { ItemActions } from './types';
import { UnplacedList } from './UnplacedList';
import { StrayDrafts } from './StrayDrafts';
import { useDrafts, type Drafts } from './use-drafts';

interface Props {
  /** The page's live annotations from storage, in stored-position order. */
  annotations: readonly Annotation[];
  /** What the annotator reports; null when none runs on the page (stored order and statuses). */
  state: AnnotatorState | null;
  actions: ItemActions;
  onReattach: ((id: string) => Promise<boolean>) | null;
  initialMode?: GroupMode;
  /**
   * Notes being edited. Give them from above (App.tsx) so they outlive this component, e.g. across
   * tab switches; without, they live as long as it does.
   */
  drafts?: Drafts;
  /** The page shown, to find its drafts whose highlight was deleted; by default the annotator's. */
  pageUrl?: string | null;
}

/** The current page's highlights, grouped, then the ones that could not be placed. */
export function PageAnnotations({ annotations, state, actions, onReattach, initialMode = 'category', drafts: given, pageUrl }: Props) {
  const PANEL = useStrings(CATALOG);
  const lang = useLang();
  const [mode, setMode] = useState<GroupMode>(initialMode);
  const own = useDrafts();
  const drafts = given ?? own;
  const strays = drafts.strays(pageUrl === undefined ? (state?.pageUrl ?? annotations[0]?.pageUrl ?? null) : pageUrl, annotations);
  const lost = <StrayDrafts drafts={strays} onDiscard={drafts.clearDraft} />;
  const { placed, orphaned, ambiguous } = arrange(annotations, state);
  const groups = mode === 'category' ? groupByCategory(placed, actions.categories, PANEL.unknownCategory, lang) : groupBySection(placed, state?.sections ?? [], PANEL.noSection);
  const statuses = state?.statuses ?? null;

  if (annotations.length === 0)
    return (
      <>
        <p class="empty-state">{PANEL.empty}</p>
        {lost}
      </>
    );

  return (
    <div class="page-annotations">
      <div class="list-head">
        <p class="count" aria-live="polite">
          {PANEL.count(annotations.length)}
        </p>
        <GroupToggle value={mode} onChange={setMode} />
      </div>
      <section aria-label={PANEL.listLabel}>
        {groups.map((g) => (
          <section key={`${mode}:${g.key}`} class="group" aria-label={g.heading}>
            <h2 class="group-heading">
              {g.color && <span class="swatch" aria-hidden="true" style={{ background: g.color }} />}
              {g.heading} <span class="count">({g.items.length})</span>
            </h2>
            <ul class="items">
              {g.items.map((a) => (
                <AnnotationItem key={a.id} annotation={a} actions={actions} drafts={drafts} fuzzy={statusOf(a, statuses) === 'anchored-fuzzy'} />
              ))}
            </ul>
          </section>
        ))}
      </section>
      <UnplacedList title={PANEL.orphanedTitle} items={orphaned} actions={actions} drafts={drafts} onReattach={onReattach} />
      <UnplacedList title={PANEL.ambiguousTitle} items={ambiguous} actions={actions} drafts={drafts} onReattach={onReattach} />
      {lost}
    </div>
  );
}
