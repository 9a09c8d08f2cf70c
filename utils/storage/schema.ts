import type { Transaction } from 'dexie';
import { DEFAULT_CATEGORIES } from '../annotations/types';
import { annotationGrams } from './grams';
import { buildAllPageAnnotations } from './page-annotations';

/**
 * The `duban` database's schema, one dated constant per version (never edit a released one: add a
 * version). Each version with a data change has an upgrade function below and an upgrade test in
 * test/utils/storage/db-upgrade.test.ts that opens a database written by the previous version.
 *
 * Dexie index syntax: `&` unique primary key, `*` multiEntry, `[a+b]` compound. Only indexed
 * fields are listed; the records carry every field of their type.
 */

// ************************************** //
// ******* Version 1 - 2026-11-23 ******* //
// ************************************** //
// - `pages`: PageRecord by normalised url; lastSeenAt for "recent pages".
// - `annotations`: Annotation by id; pageUrl (one page's highlights), updatedAt (newest first),
//   category, deletedAt (purge of soft-deleted rows).
//   No `[pageUrl+deletedAt]`: a live annotation has deletedAt === null, and null is not a valid
//   IndexedDB key, so live rows would be missing from that index. One page's rows come from
//   `pageUrl` and the live ones are filtered in memory (a page has hundreds, not millions);
//   `deletedAt` alone indexes exactly the deleted rows, which is what a purge needs.
export const dbSchemaV1 = {
  pages: '&url, lastSeenAt',
  annotations: '&id, pageUrl, deletedAt, updatedAt, category',
};

// ************************************** //
// ******* Version 2 - 2026-11-23 ******* //
// ************************************** //
// - `annotations.grams` (multiEntry `*grams`): the distinct bigrams of quote and note (grams.ts),
//   the index behind substring search in Chinese; computed for existing rows by upgradeToV2.
// - `categories`: the highlight categories (StoredCategory), seeded with DEFAULT_CATEGORIES, so a
//   JSON backup restores them with the annotations that use them.
export const dbSchemaV2 = {
  ...dbSchemaV1,
  annotations: '&id, pageUrl, deletedAt, updatedAt, category, *grams',
  categories: '&id, order',
};

// ************************************** //
// ******* Version 3 - 2026-11-24 ******* //
// ************************************** //
// - `pageAnnotations`: PageAnnotations by url, a copy of each page's annotations in ONE record, so
//   "this page's annotations" is one `get` instead of 1,000 rows through the `pageUrl` index
//   (page-annotations.ts, docs/storage.md). Derived from `annotations`, which is unchanged and
//   stays the source of truth; built for existing rows by upgradeToV3.
export const dbSchemaV3 = {
  ...dbSchemaV2,
  pageAnnotations: '&url',
};

// ************************************** //
// ******* Version 4 - 2026-11-24 ******* //
// ************************************** //
// - `tracked`: TrackedCommitment by id (utils/tracking/types.ts), the commitment tracker.
//   pageUrl (one notice's items), status (counts and views by status), due (the library's
//   "overdue" / "due within N days": a range on the index; items without a date have due null,
//   which IndexedDB leaves out of the index — exactly the ones no date view wants), deletedAt
//   (purge of soft-deleted items, as for annotations). A new table: no data to migrate.
export const dbSchemaV4 = {
  ...dbSchemaV3,
  tracked: '&id, pageUrl, status, due, deletedAt',
};

export const DB_VERSION = 4;

/** v1 → v2: grams for every existing annotation (deleted ones too: search can include them). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<Record<string, unknown>, string>('annotations')
    .toCollection()
    .modify((row) => {
      row.grams = annotationGrams(quoteOf(row), typeof row.note === 'string' ? row.note : '');
    });
  await seedCategories(tx);
}

/**
 * v2 → v3: a `pageAnnotations` record for every page that has annotations. Runs in the
 * version-change transaction like every upgrade: if it fails (a full disk, a closed tab),
 * IndexedDB rolls the whole open back and the database stays at v2, untouched.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await buildAllPageAnnotations({ annotations: tx.table('annotations'), pageAnnotations: tx.table('pageAnnotations') });
}

/** A fresh database (Dexie runs no upgrade functions then, only `populate`). */
export async function seedCategories(tx: Transaction): Promise<void> {
  const table = tx.table('categories');
  if ((await table.count()) > 0) return;
  await table.bulkAdd(DEFAULT_CATEGORIES.map((c, order) => ({ ...c, label: { ...c.label }, order })));
}

/** `target.quote.exact` of a row of unknown shape (an upgrade must not throw on an odd old row). */
function quoteOf(row: Record<string, unknown>): string {
  const target = row.target as { quote?: { exact?: unknown } } | undefined;
  const exact = target?.quote?.exact;
  return typeof exact === 'string' ? exact : '';
}
