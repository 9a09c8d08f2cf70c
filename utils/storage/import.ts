import type { Annotation, PageRecord } from '../annotations/types';
import type { TrackedCommitment } from '../tracking/types';
import type { DubanDB, StoredCategory } from './db';
import { patchPageAnnotations, type Removed } from './page-annotations';
import { SEEN_AS_LIMIT, toStored } from './records';
import { attempt, fail, ok, type Result } from './result';
import { readTracked } from './tracked';
import { normaliseUrl } from './url';
import { Problem, readAnnotation, readCategory, readPage, type Checked } from './validate';

/** What a JSON backup carries; each record is checked, so the elements are `unknown` here. */
export interface ImportInput {
  pages: unknown[];
  annotations: unknown[];
  /** Optional: older backups have none. */
  categories?: unknown[];
  /** Optional: backups before schema v4 have none. */
  tracked?: unknown[];
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  pages: ImportCounts;
  annotations: ImportCounts;
  categories: ImportCounts;
  tracked: ImportCounts;
}

/**
 * Merges a backup into the database in ONE transaction: it all lands or nothing does.
 *
 * - Every record is checked first (validate.ts); one malformed record refuses the whole file with
 *   an `invalid` failure naming it, and nothing is written.
 * - Annotations merge by id: a new id is added; a known id is replaced only when the incoming
 *   updatedAt is newer, so importing the same file twice adds nothing. Deletions travel as
 *   `deletedAt` with a newer updatedAt. Bigrams are always recomputed, never read from the file.
 * - Pages merge by url: earliest firstSeenAt, latest lastSeenAt, union of seenAs; each descriptive
 *   field from the more recently seen record unless that one has it null (saved text is kept).
 * - Categories: missing ids are added; a category that exists keeps its local label and colour.
 * - Tracked commitments merge by id like annotations (newer updatedAt wins, a tie keeps what is
 *   stored), so a second import of the same file adds nothing.
 * - URLs are normalised (idempotent for files written by Duban).
 * - The `pageAnnotations` records of the pages concerned are patched in the same transaction.
 */
export function importRecords(db: DubanDB, input: unknown): Promise<Result<ImportSummary>> {
  return attempt(async () => {
    const parsed = readInput(input);
    if (typeof parsed === 'string') return fail('invalid', parsed);
    const { pages, annotations, categories, tracked } = parsed;
    return db.transaction('rw', [db.pages, db.annotations, db.pageAnnotations, db.categories, db.tracked], async () => {
      const summary: ImportSummary = { pages: counts(), annotations: counts(), categories: counts(), tracked: counts() };

      const oldPages = await db.pages.bulkGet(pages.map((p) => p.url));
      const pageWrites: PageRecord[] = [];
      pages.forEach((incoming, i) => {
        const old = oldPages[i];
        const merged = old ? mergePages(old, incoming) : incoming;
        if (!old) summary.pages.added++;
        else if (samePage(merged, old)) return void summary.pages.unchanged++;
        else summary.pages.updated++;
        pageWrites.push(merged);
      });

      const oldAnnotations = await db.annotations.bulkGet(annotations.map((a) => a.id));
      const annotationWrites: Annotation[] = [];
      // A newer record of a known id may name another page (a URL normalised differently): it
      // leaves its old page's record.
      const moved: Removed[] = [];
      annotations.forEach((incoming, i) => {
        const old = oldAnnotations[i];
        if (old && incoming.updatedAt <= old.updatedAt) return void summary.annotations.unchanged++;
        if (old) summary.annotations.updated++;
        else summary.annotations.added++;
        if (old && old.pageUrl !== incoming.pageUrl) moved.push({ id: old.id, pageUrl: old.pageUrl });
        annotationWrites.push(incoming);
      });

      const oldCategories = await db.categories.bulkGet(categories.map((c) => c.id));
      const nextOrder = ((await db.categories.orderBy('order').last())?.order ?? -1) + 1;
      const categoryWrites: StoredCategory[] = [];
      categories.forEach((incoming, i) => {
        if (oldCategories[i]) return void summary.categories.unchanged++;
        summary.categories.added++;
        categoryWrites.push({ ...incoming, order: nextOrder + categoryWrites.length });
      });

      const oldTracked = await db.tracked.bulkGet(tracked.map((t) => t.id));
      const trackedWrites: TrackedCommitment[] = [];
      tracked.forEach((incoming, i) => {
        const old = oldTracked[i];
        if (old && incoming.updatedAt <= old.updatedAt) return void summary.tracked.unchanged++;
        if (old) summary.tracked.updated++;
        else summary.tracked.added++;
        trackedWrites.push(incoming);
      });

      await db.pages.bulkPut(pageWrites);
      await db.tracked.bulkPut(trackedWrites);
      await db.annotations.bulkPut(annotationWrites.map(toStored));
      await patchPageAnnotations(db, moved, annotationWrites);
      await db.categories.bulkPut(categoryWrites);
      return ok(summary);
    });
  });
}

interface ParsedInput {
  pages: PageRecord[];
  annotations: Annotation[];
  categories: StoredCategory[];
  tracked: TrackedCommitment[];
}

function readInput(input: unknown): ParsedInput | string {
  if (typeof input !== 'object' || input === null) return 'the backup is not an object';
  const { pages, annotations, categories, tracked } = input as Record<string, unknown>;
  if (!Array.isArray(pages)) return '`pages` must be an array';
  if (!Array.isArray(annotations)) return '`annotations` must be an array';
  if (categories !== undefined && !Array.isArray(categories)) return '`categories` must be an array';
  if (tracked !== undefined && !Array.isArray(tracked)) return '`tracked` must be an array';
  const p = readAll('pages', pages, readPage);
  if (typeof p === 'string') return p;
  const a = readAll('annotations', annotations, readAnnotation);
  if (typeof a === 'string') return a;
  const c = readAll('categories', categories ?? [], readCategory);
  if (typeof c === 'string') return c;
  const t = readAll('tracked', tracked ?? [], readTracked);
  if (typeof t === 'string') return t;
  // Within the file, a repeated key keeps its newest record (pages merge as they would in the db).
  const pagesByUrl = new Map<string, PageRecord>();
  for (const page of p) {
    const url = normaliseUrl(page.url);
    const seen = pagesByUrl.get(url);
    const record = { ...page, url };
    pagesByUrl.set(url, seen ? mergePages(seen, record) : record);
  }
  const annotationsById = new Map<string, Annotation>();
  for (const ann of a) {
    const seen = annotationsById.get(ann.id);
    if (!seen || ann.updatedAt > seen.updatedAt) annotationsById.set(ann.id, { ...ann, pageUrl: normaliseUrl(ann.pageUrl) });
  }
  const categoriesById = new Map<string, StoredCategory>();
  for (const cat of c) if (!categoriesById.has(cat.id)) categoriesById.set(cat.id, cat);
  const trackedById = new Map<string, TrackedCommitment>();
  for (const item of t) {
    const seen = trackedById.get(item.id);
    if (!seen || item.updatedAt > seen.updatedAt) trackedById.set(item.id, { ...item, pageUrl: normaliseUrl(item.pageUrl) });
  }
  return { pages: [...pagesByUrl.values()], annotations: [...annotationsById.values()], categories: [...categoriesById.values()], tracked: [...trackedById.values()] };
}

function readAll<T>(what: string, items: unknown[], read: (x: unknown, index: number) => Checked<T>): T[] | string {
  const out: T[] = [];
  for (const [i, item] of items.entries()) {
    const r = read(item, i);
    if (r instanceof Problem) return `${what}[${i}]: ${r.text}`;
    out.push(r);
  }
  return out;
}

function mergePages(a: PageRecord, b: PageRecord): PageRecord {
  const [older, newer] = b.lastSeenAt >= a.lastSeenAt ? [a, b] : [b, a];
  const pick = <K extends 'title' | 'noticeKind' | 'issuer' | 'inspector' | 'publishedDate' | 'text' | 'stats'>(k: K): PageRecord[K] => newer[k] ?? older[k];
  return {
    url: a.url,
    seenAs: [...new Set([...newer.seenAs, ...older.seenAs])].slice(0, SEEN_AS_LIMIT),
    title: pick('title'),
    noticeKind: pick('noticeKind'),
    issuer: pick('issuer'),
    inspector: pick('inspector'),
    publishedDate: pick('publishedDate'),
    text: pick('text'),
    stats: pick('stats'),
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    lastSeenAt: Math.max(a.lastSeenAt, b.lastSeenAt),
  };
}

const PAGE_SCALARS = ['url', 'title', 'noticeKind', 'issuer', 'inspector', 'publishedDate', 'text', 'firstSeenAt', 'lastSeenAt'] as const;

function samePage(a: PageRecord, b: PageRecord): boolean {
  return PAGE_SCALARS.every((k) => a[k] === b[k]) && JSON.stringify(a.stats) === JSON.stringify(b.stats) && a.seenAs.length === b.seenAs.length && a.seenAs.every((s, i) => s === b.seenAs[i]);
}

function counts(): ImportCounts {
  return { added: 0, updated: 0, unchanged: 0 };
}
