import type { Annotation } from '../annotations/types';
import type { DubanDB, PageAnnotations } from './db';
import { fromStored } from './records';

/**
 * `pageAnnotations` (schema v3): one record per page holding a copy of all its annotations
 * (deleted ones too, without bigrams, in no particular order). It exists for one query, "this
 * page's annotations", which reads it with a single `get`: in Chromium, reading 1,000 separate
 * rows through the `pageUrl` index costs 25–60 ms at 100k annotations (1,000 index lookups and
 * 1,000 values to deserialise), one record holding them all ~5 ms (docs/storage.md).
 *
 * `annotations` stays the source of truth (by id, with the search, purge and category indexes);
 * this table is derived from it. Every write to `annotations` patches the records of the pages it
 * touches IN THE SAME TRANSACTION (all writes go through repository.ts and import.ts), so the two
 * never disagree, even when a write fails half-way: IndexedDB rolls both back.
 */

/** The two tables, from a DubanDB inside a transaction or from an upgrade transaction. */
export type AnnotationTables = Pick<DubanDB, 'annotations' | 'pageAnnotations'>;

/** A row that left a page: deleted for good, or (import only) moved to another page. */
export interface Removed {
  id: string;
  pageUrl: string;
}

/**
 * Brings the records of the pages concerned in line with `annotations` after its rows were
 * written (`written`, as now stored) and/or removed. Call it in the transaction that wrote them.
 * A page without a record (none written yet) is rebuilt from its rows, which already include
 * this write; removing every id concerned and then adding `written` makes that idempotent.
 */
export async function patchPageAnnotations(tables: AnnotationTables, removed: readonly Removed[], written: readonly Annotation[]): Promise<void> {
  const urls = [...new Set([...removed.map((r) => r.pageUrl), ...written.map((a) => a.pageUrl)])];
  if (urls.length === 0) return;
  const touched = new Set([...removed.map((r) => r.id), ...written.map((a) => a.id)]);
  const records = await tables.pageAnnotations.bulkGet(urls);
  const puts: PageAnnotations[] = [];
  const deletes: string[] = [];
  for (const [i, url] of urls.entries()) {
    const current = records[i]?.annotations ?? (await rowsOfPage(tables, url));
    const next = current.filter((a) => !touched.has(a.id));
    for (const a of written) if (a.pageUrl === url) next.push(a);
    if (next.length === 0) deletes.push(url);
    else puts.push({ url, annotations: next });
  }
  await tables.pageAnnotations.bulkDelete(deletes);
  await tables.pageAnnotations.bulkPut(puts);
}

async function rowsOfPage(tables: AnnotationTables, url: string): Promise<Annotation[]> {
  return (await tables.annotations.where('pageUrl').equals(url).toArray()).map(fromStored);
}

/** Pages per batch when building every record (upgrade): bounds the rows held in memory. */
const BUILD_BATCH_PAGES = 50;

/**
 * Writes the record of every page from `annotations` (the v2 → v3 upgrade). Reads the pages in
 * batches through the `pageUrl` index, so the whole table is never in memory at once. A row whose
 * pageUrl is not a string (never written by Duban) is left out: no page query can name it.
 */
export async function buildAllPageAnnotations(tables: AnnotationTables): Promise<void> {
  const urls = (await tables.annotations.orderBy('pageUrl').uniqueKeys()).filter((u): u is string => typeof u === 'string');
  for (let i = 0; i < urls.length; i += BUILD_BATCH_PAGES) {
    const batch = urls.slice(i, i + BUILD_BATCH_PAGES);
    const byPage = new Map<string, Annotation[]>(batch.map((u) => [u, []]));
    for (const row of await tables.annotations.where('pageUrl').anyOf(batch).toArray()) byPage.get(row.pageUrl)?.push(fromStored(row));
    await tables.pageAnnotations.bulkPut([...byPage].map(([url, annotations]) => ({ url, annotations })));
  }
}
