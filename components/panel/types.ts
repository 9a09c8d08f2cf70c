import type { Annotation, Category, PageRecord } from '../../utils/annotations/types';
import type { Result } from '../../utils/storage/result';
import type { SearchOutcome } from '../../utils/storage/search';

/**
 * What the panel's components ask of their owner (App.tsx wires these to the background and the
 * annotator). Each returns whether it worked; failures are shown by the owner.
 */
export interface ItemActions {
  categories: readonly Category[];
  /** True when saved: the editor closes. False: it stays open with the text kept. */
  saveNote: (id: string, note: string) => Promise<boolean>;
  changeCategory: (id: string, category: string) => Promise<boolean>;
  remove: (annotation: Annotation) => Promise<boolean>;
  /** Null when there is no annotator on the page to jump in. */
  jump: ((id: string) => Promise<boolean>) | null;
}

export interface SearchView {
  outcome: SearchOutcome;
  /** Titles of the pages the hits are on, by normalised URL, when known. */
  pages: Record<string, Pick<PageRecord, 'title' | 'text'>>;
}

export type SearchFn = (query: string) => Promise<Result<SearchView>>;

export type ExportScope = 'page' | 'all';

export interface ExportedText {
  text: string;
  /** How many annotations it holds (for the status line). */
  annotations: number;
}
