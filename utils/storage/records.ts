import type { Annotation } from '../annotations/types';
import type { StoredAnnotation } from './db';
import { annotationGrams } from './grams';

/** How many distinct raw URLs a page remembers in `seenAs` (newest first). */
export const SEEN_AS_LIMIT = 20;

/** The stored form: the annotation plus its search bigrams. */
export function toStored(a: Annotation): StoredAnnotation {
  return { ...a, grams: annotationGrams(a.target.quote.exact, a.note) };
}

/** What callers get: the stored row without its bigrams. */
export function fromStored(row: StoredAnnotation): Annotation {
  const { grams: _grams, ...annotation } = row;
  return annotation;
}

/** Document order: by start offset, then end, then creation, then id (a total order). */
export function compareDocumentOrder(a: Annotation, b: Annotation): number {
  return (
    a.target.position.start - b.target.position.start ||
    a.target.position.end - b.target.position.end ||
    a.createdAt - b.createdAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
