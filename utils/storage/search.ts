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
 * Above this many rows for the rarest bigram, the candidates are narrowed by intersecting its
 * primary keys with those of the second rarest before any row is read; below it, reading the
 * rows in one getAll is cheaper than a second key scan plus one get per candidate.
 */
const INTERSECT_ABOVE = 400;

/**
 * Every annotation whose quote (`target.quote.exact`) or note contains `query` as a substring,
 * Chinese or not, compared folded (NFKC, lower case, no whitespace). Uses the `*grams` index:
 * counts the entries of each of the query's bigrams, reads the rows of the rarest (intersected with
 * the second rarest when the rarest is common), then verifies each row with `includes` — the index
 * only proposes, so there are no false positives, and every bigram of the query is in every match,
 * so there are no misses.
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
  const counted = await Promise.all(grams.map(async (g) => ({ g, n: await byGram(g).count() })));
  counted.sort((a, b) => a.n - b.n);
  const rarest = counted[0];
  const second = counted[1];
  if (!rarest || rarest.n === 0) return [];
  if (!second || rarest.n <= INTERSECT_ABOVE) return byGram(rarest.g).toArray();
  const [keysA, keysB] = await Promise.all([byGram(rarest.g).primaryKeys(), byGram(second.g).primaryKeys()]);
  const inB = new Set(keysB);
  const keys = keysA.filter((k) => inB.has(k));
  const rows = await db.annotations.bulkGet(keys);
  return rows.filter((r): r is StoredAnnotation => r !== undefined);
}
