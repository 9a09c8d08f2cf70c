import type { Annotation } from '../annotations/types';
import type { DubanDB, StoredAnnotation } from './db';
import { bigramsOfFolded, foldForSearch, MIN_QUERY_CHARS } from './grams';
import { fromStored } from './records';
import { attempt, ok, type Result } from './result';

export interface SearchOptions {
  /** Also search soft-deleted annotations (default: only live ones). */
  includeDeleted?: boolean;
}

export interface SearchOutcome {
  /** The query as compared (see foldForSearch). */
  query: string;
  /**
   * `too-short`: the query has fewer than MIN_QUERY_CHARS characters once folded. The index holds
   * bigrams, so one character cannot be looked up, and matching a single 的/改/会 across every
   * note would list nearly everything: the result is empty with a `hint` to show instead.
   */
  status: 'ok' | 'too-short';
  hint: string | null;
  /** Newest change first. */
  annotations: Annotation[];
  /** How many rows were read to verify: the work the index left (for diagnosis and benches). */
  candidates: number;
}

export const TOO_SHORT_HINT = '请至少输入两个字符。 / Type at least two characters.';

/**
 * How the candidates are read (measured in Chromium, bench:store): one getAll over the rarest
 * bigram's index entries costs ~0.03–0.06 ms a row, a get per primary key (bulkGet) ~0.2 ms. So
 * the rows of the rarest bigram are read in one getAll, unless that bigram is common
 * (> INTERSECT_ABOVE rows) and intersecting its keys with the second rarest's leaves fewer than
 * 1/NARROWING of them: then only those are read, by key.
 */
const INTERSECT_ABOVE = 500;
const NARROWING = 8;

/**
 * A pasted paragraph has hundreds of bigrams: only this many, spread over the query, are counted.
 * Any subset still proposes every match (each match contains all of them); `includes` decides.
 */
const MAX_COUNTED = 16;

/**
 * Every annotation whose quote (`target.quote.exact`) or note contains `query` as a substring,
 * Chinese or not, compared folded (NFKC, lower case, no whitespace). Uses the `*grams` index:
 * counts the entries of each of the query's bigrams, reads the rows of the rarest (narrowed by the
 * second rarest when that pays, see INTERSECT_ABOVE), then verifies each row with `includes` — the
 * index only proposes, so there are no false positives, and every bigram of the query is in every
 * match, so there are no misses.
 */
export function searchAnnotations(db: DubanDB, query: string, opts: SearchOptions = {}): Promise<Result<SearchOutcome>> {
  return attempt<SearchOutcome>(async () => {
    const folded = foldForSearch(query);
    if (Array.from(folded).length < MIN_QUERY_CHARS) {
      return ok({ query: folded, status: 'too-short', hint: TOO_SHORT_HINT, annotations: [], candidates: 0 });
    }
    const rows = await db.transaction('r', db.annotations, () => candidateRows(db, bigramsOfFolded(folded)));
    const hits: Annotation[] = [];
    for (const row of rows) {
      if (!opts.includeDeleted && row.deletedAt !== null) continue;
      if (!foldForSearch(row.target.quote.exact).includes(folded) && !foldForSearch(row.note).includes(folded)) continue;
      hits.push(fromStored(row));
    }
    hits.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return ok({ query: folded, status: 'ok', hint: null, annotations: hits, candidates: rows.length });
  });
}

async function candidateRows(db: DubanDB, grams: string[]): Promise<StoredAnnotation[]> {
  const byGram = (g: string) => db.annotations.where('grams').equals(g);
  const step = Math.max(1, grams.length / MAX_COUNTED);
  const sample = grams.length <= MAX_COUNTED ? grams : Array.from({ length: MAX_COUNTED }, (_, i) => grams[Math.floor(i * step)] as string);
  const counted = await Promise.all(sample.map(async (g) => ({ g, n: await byGram(g).count() })));
  counted.sort((a, b) => a.n - b.n);
  const rarest = counted[0];
  const second = counted[1];
  if (!rarest || rarest.n === 0) return [];
  if (!second || rarest.n <= INTERSECT_ABOVE) return byGram(rarest.g).toArray();
  const [keysA, keysB] = await Promise.all([byGram(rarest.g).primaryKeys(), byGram(second.g).primaryKeys()]);
  const inB = new Set(keysB);
  const keys = keysA.filter((k) => inB.has(k));
  if (keys.length * NARROWING >= rarest.n) return byGram(rarest.g).toArray();
  const rows = await db.annotations.bulkGet(keys);
  return rows.filter((r): r is StoredAnnotation => r !== undefined);
}
