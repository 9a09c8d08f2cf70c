import type { AnchorStatus } from '../../utils/anchoring/types';
import type { Annotation, Category } from '../../utils/annotations/types';
import type { AnnotatorState } from '../../utils/messaging';
import { categoryLabel } from '../../utils/i18n/category-label';
import type { Lang } from '../../utils/i18n/lang';

/**
 * How the side panel orders and groups a page's annotations. Pure functions, so the rules are
 * tested without a DOM.
 */

export interface Arranged {
  /** Anchored (exactly or fuzzily) or not yet known, in document order. */
  placed: Annotation[];
  orphaned: Annotation[];
  ambiguous: Annotation[];
}

export interface Group {
  key: string;
  heading: string;
  /** The category colour, when grouping by category. */
  color: string | null;
  items: Annotation[];
}

/** What the annotator says now wins over the status stored after the last visit. */
export function statusOf(a: Annotation, statuses: Record<string, AnchorStatus> | null): AnchorStatus | null {
  return statuses?.[a.id] ?? a.anchorStatus;
}

/**
 * Splits orphans and ambiguous ones off, and orders the rest as they sit on the page now
 * (`state.order`, which follows the live DOM). `annotations` come from storage in stored-position
 * order; the ones the annotator has not placed (just created, or no annotator) keep that order,
 * after the placed ones.
 */
export function arrange(annotations: readonly Annotation[], state: Pick<AnnotatorState, 'order' | 'statuses'> | null): Arranged {
  const out: Arranged = { placed: [], orphaned: [], ambiguous: [] };
  for (const a of annotations) {
    const s = statusOf(a, state?.statuses ?? null);
    if (s === 'orphaned') out.orphaned.push(a);
    else if (s === 'ambiguous') out.ambiguous.push(a);
    else out.placed.push(a);
  }
  if (state) {
    const rank = new Map(state.order.map((id, i) => [id, i]));
    const unranked = state.order.length;
    // Array.prototype.sort is stable: unranked ones keep the stored order among themselves.
    out.placed.sort((a, b) => (rank.get(a.id) ?? unranked) - (rank.get(b.id) ?? unranked));
  }
  return out;
}

/** Groups in the order of the category list; unknown categories (e.g. from an import) last. */
export function groupByCategory(items: readonly Annotation[], categories: readonly Category[], unknownLabel: (id: string) => string, lang: Lang): Group[] {
  const groups = new Map<string, Group>();
  for (const c of categories) groups.set(c.id, { key: c.id, heading: categoryLabel(c, lang), color: c.color, items: [] });
  for (const a of items) {
    let g = groups.get(a.category);
    if (!g) {
      g = { key: a.category, heading: unknownLabel(a.category), color: null, items: [] };
      groups.set(a.category, g);
    }
    g.items.push(a);
  }
  return [...groups.values()].filter((g) => g.items.length > 0);
}

/**
 * Groups by notice section, in the order the annotator found the sections; a section the page no
 * longer has keeps the heading saved with the annotation and comes where its first item comes.
 * Annotations outside any section form one group, placed where the first of them is.
 */
export function groupBySection(items: readonly Annotation[], sections: AnnotatorState['sections'], noSectionLabel: string): Group[] {
  const rank = new Map(sections.map((s, i) => [s.id, i]));
  const groups = new Map<string, Group & { first: number }>();
  items.forEach((a, i) => {
    const id = a.target.sectionId;
    const key = id ?? '';
    let g = groups.get(key);
    if (!g) {
      const known = id === null ? undefined : sections.find((s) => s.id === id);
      const heading = known?.heading ?? a.target.sectionHeading ?? (id === null ? noSectionLabel : id);
      g = { key, heading, color: null, items: [], first: i };
      groups.set(key, g);
    }
    g.items.push(a);
  });
  // Known sections by their page order; the others by where their first item sits among them.
  const position = (g: Group & { first: number }) => (g.key !== '' && rank.has(g.key) ? (rank.get(g.key) as number) : null);
  const all = [...groups.values()];
  const known = all.filter((g) => position(g) !== null).sort((a, b) => (position(a) as number) - (position(b) as number));
  const rest = all.filter((g) => position(g) === null);
  const merged: Array<Group & { first: number }> = [...known];
  for (const g of rest) {
    const at = merged.findIndex((m) => m.first > g.first);
    merged.splice(at === -1 ? merged.length : at, 0, g);
  }
  return merged.map(({ first: _first, ...g }) => g);
}

/** Shortens a quote for a list, on a character (not UTF-16 unit) boundary. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
