import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, Category, PageRecord } from '../annotations/types';
import type { TrackedCommitment } from '../tracking/types';
import { dbSchemaV1, dbSchemaV2, dbSchemaV3, dbSchemaV4, seedCategories, upgradeToV2, upgradeToV3 } from './schema';

/**
 * The one Dexie database of Duban. Open it only on the extension origin (background, side panel,
 * options, library): in a content script IndexedDB belongs to the visited page.
 */

export const DB_NAME = 'duban';

/** An annotation as stored: the record plus its search bigrams (never handed to callers). */
export type StoredAnnotation = Annotation & { grams: string[] };

/** One page's annotations in one record (page-annotations.ts): deleted ones too, no order. */
export interface PageAnnotations {
  url: string;
  annotations: Annotation[];
}

/** A category as stored: `order` is its place in menus and lists. */
export type StoredCategory = Category & { order: number };

export class DubanDB extends Dexie {
  declare pages: EntityTable<PageRecord, 'url'>;
  declare annotations: EntityTable<StoredAnnotation, 'id'>;
  declare categories: EntityTable<StoredCategory, 'id'>;
  /**
   * Derived from `annotations` (page-annotations.ts): write annotations only through
   * repository.ts / import.ts, which patch it in the same transaction; a row written around them
   * would be missing from `listAnnotations`.
   */
  declare pageAnnotations: EntityTable<PageAnnotations, 'url'>;
  /** Tracked commitments (tracked.ts). */
  declare tracked: EntityTable<TrackedCommitment, 'id'>;

  /** `name` other than `duban` is for tests and benchmarks. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(dbSchemaV1);
    this.version(2).stores(dbSchemaV2).upgrade(upgradeToV2);
    this.version(3).stores(dbSchemaV3).upgrade(upgradeToV3);
    this.version(4).stores(dbSchemaV4);
    this.on('populate', (tx) => seedCategories(tx));
    // Records saved before pages kept their figures have no `stats`: read them as "none", so
    // every reader sees the declared type (no schema version: `stats` is not indexed).
    this.pages.hook('reading', (p: PageRecord | undefined) => (p && p.stats === undefined ? { ...p, stats: null } : p));
  }
}
