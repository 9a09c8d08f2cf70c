import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import type { Annotation, Category } from '../annotations/types';

/** A W3C Web Annotation (https://www.w3.org/TR/annotation-model/), JSON-LD, as Duban writes it. */
export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  /** `commenting` when there is a note, else `highlighting`. */
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One highlight as a Web Annotation: the note as a commenting TextualBody (none when empty), the
 * category label as a tagging body, and the two selectors on the page URL. The position offsets
 * count UTF-16 code units of Duban's page text, as the TextPositionSelector of the record does.
 */
export function toWebAnnotation(
  annotation: Annotation,
  options: { categories?: readonly Category[]; lang?: 'zh' | 'en' } = {},
): WebAnnotation {
  const { quote, position } = annotation.target;
  const category = options.categories?.find((c) => c.id === annotation.category);
  const tag = category ? category.label[options.lang ?? 'zh'] : annotation.category;
  const body: TextualBody[] = [];
  if (annotation.note.trim() !== '') body.push({ type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' });
  body.push({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' });

  const quoteSelector: TextQuoteSelector = { type: 'TextQuoteSelector', exact: quote.exact };
  if (quote.prefix !== undefined) quoteSelector.prefix = quote.prefix;
  if (quote.suffix !== undefined) quoteSelector.suffix = quote.suffix;

  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    // The model wants an IRI: a UUID has its own URN scheme; anything else is kept recognisable.
    id: UUID.test(annotation.id) ? `urn:uuid:${annotation.id.toLowerCase()}` : `urn:x-duban:annotation:${encodeURIComponent(annotation.id)}`,
    type: 'Annotation',
    motivation: annotation.note.trim() !== '' ? 'commenting' : 'highlighting',
    created: new Date(annotation.createdAt).toISOString(),
    modified: new Date(annotation.updatedAt).toISOString(),
    body,
    target: {
      source: annotation.pageUrl,
      selector: [quoteSelector, { type: 'TextPositionSelector', start: position.start, end: position.end }],
    },
  };
}
