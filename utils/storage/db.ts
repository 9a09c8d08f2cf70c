import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Annotation, Category, PageRecord } from '../annotations/types';
import { dbSchemaV1, dbSchemaV2, seedCategories, upgradeToV2 } from './schema';

/**
 * The one Dexie database of Duban. Open it only on the extension origin (background, side panel,
 * options, library): in a content script IndexedDB belongs to the visited page.
 */

export const DB_NAME = 'duban';

/** An annotation as stored: the record plus its search bigrams (never handed to callers). */
export type StoredAnnotation = Annotation & { grams: string[] };

/** A category as stored: `order` is its place in menus and lists. */
export type StoredCategory = Category & { order: number };

export class DubanDB extends Dexie {
  declare pages: EntityTable<PageRecord, 'url'>;
  declare annotations: EntityTable<StoredAnnotation, 'id'>;
  declare categories: EntityTable<StoredCategory, 'id'>;

  /** `name` other than `duban` is for tests and benchmarks. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(dbSchemaV1);
    this.version(2).stores(dbSchemaV2).upgrade(upgradeToV2);
    this.on('populate', (tx) => seedCategories(tx));
  }
}
