/**
 * The substring search index (schema v2): every annotation stores the distinct character bigrams of
 * its quote and of its note in `grams`, a multiEntry index. Chinese has no spaces to split words
 * on, and any substring of two or more characters contains at least one bigram of the text, so a
 * bigram index finds every substring (the candidates are then verified with `includes`).
 *
 * Search text is compared in one folded form (`foldForSearch`): NFKC (full-width `１７＋５` →
 * `17+5`, `ＡＢＣ` → `ABC`), lower-cased, whitespace removed (page text often carries line breaks
 * and stray spaces inside a sentence). Characters are code points, so a rare CJK character outside
 * the BMP counts as one.
 */

/** The shortest query the index answers: one character has no bigram (see searchAnnotations). */
export const MIN_QUERY_CHARS = 2;

export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** The distinct bigrams of an already folded string, in first-occurrence order. */
export function bigramsOfFolded(folded: string): string[] {
  const chars = Array.from(folded);
  const seen = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) seen.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  return [...seen];
}

/**
 * The `grams` of an annotation: bigrams of the quote and of the note, each on its own — a bigram
 * straddling the end of the quote and the start of the note would match text that is in neither.
 */
export function annotationGrams(quote: string, note: string): string[] {
  const set = new Set(bigramsOfFolded(foldForSearch(quote)));
  for (const g of bigramsOfFolded(foldForSearch(note))) set.add(g);
  return [...set];
}
