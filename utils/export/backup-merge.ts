import type { Annotation, Category, PageRecord } from '../annotations/types';
import { BACKUP_LIMITS, type Backup } from './json-backup';

export interface MergeSummary {
  pagesAdded: number;
  pagesUpdated: number;
  annotationsAdded: number;
  annotationsUpdated: number;
  /** Already there, as new or newer: importing the same file twice leaves everything here. */
  annotationsUnchanged: number;
}

/** The records to write (put) so the database holds the union of what it had and the backup. */
export interface MergeResult {
  pages: PageRecord[];
  annotations: Annotation[];
  /** Categories the backup has and the user has not (by id); the user's own edits win. */
  categories: Category[];
  summary: MergeSummary;
}

/**
 * Merges a parsed backup into what is stored, returning only what changes:
 * - annotations by id: a new id is added; a known one is replaced only when the backup's
 *   `updatedAt` is later (a tie keeps what is stored), so a twice-imported file adds nothing and an
 *   old backup never undoes a later edit or delete;
 * - pages by url: the earliest `firstSeenAt`, the latest `lastSeenAt`, `seenAs` the union (the
 *   more recently seen record's URLs first), other fields from the more recently seen record,
 *   falling back to the other's where it has none.
 */
export function mergeBackup(
  existing: {
    pages: readonly PageRecord[];
    annotations: readonly Annotation[];
    categories?: readonly Category[];
  },
  incoming: Backup,
): MergeResult {
  const summary: MergeSummary = { pagesAdded: 0, pagesUpdated: 0, annotationsAdded: 0, annotationsUpdated: 0, annotationsUnchanged: 0 };

  const storedPages = new Map(existing.pages.map((p) => [p.url, p]));
  const pages = new Map<string, PageRecord>();
  for (const page of incoming.pages) {
    const stored = pages.get(page.url) ?? storedPages.get(page.url);
    if (stored === undefined) {
      pages.set(page.url, page);
      summary.pagesAdded++;
      continue;
    }
    const merged = mergePages(stored, page);
    if (!samePage(merged, stored)) {
      if (!pages.has(page.url)) summary.pagesUpdated++;
      pages.set(page.url, merged);
    }
  }

  const storedAnnotations = new Map(existing.annotations.map((a) => [a.id, a]));
  const annotations = new Map<string, Annotation>();
  for (const a of incoming.annotations) {
    const stored = annotations.get(a.id) ?? storedAnnotations.get(a.id);
    if (stored === undefined) {
      summary.annotationsAdded++;
      annotations.set(a.id, a);
    } else if (a.updatedAt > stored.updatedAt) {
      if (!annotations.has(a.id)) summary.annotationsUpdated++;
      annotations.set(a.id, a);
    } else {
      summary.annotationsUnchanged++;
    }
  }

  const knownCategories = new Set((existing.categories ?? []).map((c) => c.id));
  const categories = (incoming.categories ?? []).filter((c) => !knownCategories.has(c.id));

  return { pages: [...pages.values()], annotations: [...annotations.values()], categories, summary };
}

function mergePages(stored: PageRecord, incoming: PageRecord): PageRecord {
  const [newer, older] = incoming.lastSeenAt > stored.lastSeenAt ? [incoming, stored] : [stored, incoming];
  // Capped so the merged record still fits a backup this version can read.
  const seenAs = [...new Set([...newer.seenAs, ...older.seenAs])].slice(0, BACKUP_LIMITS.seenAs);
  return {
    url: stored.url,
    seenAs,
    title: newer.title ?? older.title,
    noticeKind: newer.noticeKind ?? older.noticeKind,
    issuer: newer.issuer ?? older.issuer,
    inspector: newer.inspector ?? older.inspector,
    publishedDate: newer.publishedDate ?? older.publishedDate,
    text: newer.text ?? older.text,
    stats: newer.stats ?? older.stats,
    firstSeenAt: Math.min(stored.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: Math.max(stored.lastSeenAt, incoming.lastSeenAt),
  };
}

function samePage(a: PageRecord, b: PageRecord): boolean {
  return (
    a.title === b.title &&
    a.noticeKind === b.noticeKind &&
    a.issuer === b.issuer &&
    a.inspector === b.inspector &&
    a.publishedDate === b.publishedDate &&
    a.text === b.text &&
    a.firstSeenAt === b.firstSeenAt &&
    a.lastSeenAt === b.lastSeenAt &&
    a.seenAs.length === b.seenAs.length &&
    a.seenAs.every((url, i) => url === b.seenAs[i])
  );
}
