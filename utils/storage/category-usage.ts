import type { DubanDB } from './db';
import { attempt, ok, type Result } from './result';

/** How many annotations use each category, live and soft-deleted (which still block removal). */
export type CategoryUsageCounts = Record<string, { live: number; deleted: number }>;

/**
 * Totals through the `category` index (keys only, no rows read); the deleted ones through the
 * `deletedAt` index, which holds only soft-deleted rows (a null is not an IndexedDB key), and
 * those are few. The options page asks on every open and after edits: it must not read the
 * whole library to do it.
 */
export function categoryUsage(db: DubanDB): Promise<Result<CategoryUsageCounts>> {
  return attempt(async () => {
    const usage: CategoryUsageCounts = {};
    const categories = (await db.annotations.orderBy('category').uniqueKeys()).map(String);
    for (const category of categories) usage[category] = { live: await db.annotations.where('category').equals(category).count(), deleted: 0 };
    for (const row of await db.annotations.where('deletedAt').above(0).toArray()) {
      const u = (usage[row.category] ??= { live: 0, deleted: 0 });
      u.live--;
      u.deleted++;
    }
    return ok(usage);
  });
}
