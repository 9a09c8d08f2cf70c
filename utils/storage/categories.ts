import type { Category } from '../annotations/types';
import type { DubanDB, StoredCategory } from './db';
import { attempt, fail, failWith, ok, type Result } from './result';
import { Problem, readCategory } from './validate';

/**
 * The highlight categories (table `categories`, schema v2), edited in the options page. A fresh
 * database is seeded with DEFAULT_CATEGORIES (schema.ts `seedCategories`).
 */

/** The categories in their display order. */
export function listCategories(db: DubanDB): Promise<Result<Category[]>> {
  return attempt(async () => {
    const rows = await db.categories.orderBy('order').toArray();
    return ok(rows.map(({ order: _order, ...c }) => c));
  });
}

/**
 * Replaces the list (order as given) in one transaction. Refused when it would drop a category
 * that annotations still use, deleted ones included (an undo would bring back an unknown
 * category): the options page must move those annotations first.
 */
export function saveCategories(db: DubanDB, categories: readonly Category[]): Promise<Result<Category[]>> {
  return attempt(async () => {
    const rows: StoredCategory[] = [];
    for (const [i, c] of categories.entries()) {
      const r = readCategory({ ...c, order: i }, i);
      if (r instanceof Problem) return fail('invalid', `categories[${i}]: ${r.text}`);
      rows.push(r);
    }
    const ids = new Set(rows.map((r) => r.id));
    if (ids.size !== rows.length) return fail('invalid', 'category ids must be distinct');
    if (rows.length === 0) return fail('invalid', 'at least one category is needed');
    return db.transaction('rw', [db.categories, db.annotations], async () => {
      const dropped = (await db.categories.toCollection().primaryKeys()).filter((id) => !ids.has(id));
      for (const id of dropped) {
        const used = await db.annotations.where('category').equals(id).count();
        if (used > 0) {
          return failWith('invalid', `分类“${id}”仍有 ${used} 条标注在用，请先改为其他分类。 / Category "${id}" is still used by ${used} annotation(s): move them to another category first.`);
        }
      }
      await db.categories.bulkDelete(dropped);
      await db.categories.bulkPut(rows);
      return ok(rows.map(({ order: _order, ...c }) => c));
    });
  });
}
