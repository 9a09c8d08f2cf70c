import { bareRecord } from '../annotations/page-record';
import type { Annotation, PageRecord } from '../annotations/types';
import { annotationsToMarkdown } from '../export/markdown';
import { BACKUP_LIMITS, parseBackup, toBackupJson } from '../export/json-backup';
import type { BackgroundRequests, DubanEvent, Handlers } from '../messaging';
import type { TrackedCommitment } from '../tracking/types';
import type { DubanDB } from './db';
import { allTracked } from './tracked';
import {
  allAnnotations,
  createAnnotation,
  createTracked,
  deleteAnnotation,
  deletePage,
  deleteTracked,
  getAnnotation,
  getPage,
  importRecords,
  listAllTracked,
  listAnnotations,
  listCategories,
  listLibrary,
  listTracked,
  listPages,
  saveCategories,
  searchAnnotations,
  touchPage,
  undoDelete,
  undoDeleteTracked,
  updateAnnotation,
  updateTracked,
  type PageFields,
} from './repository';
import { localDate } from '../notice/dates';
import { setAnchorStatuses } from './anchor-statuses';
import { categoryUsage } from './category-usage';
import { fail, failWith, ok, type Result } from './result';
import { normaliseUrl } from './url';

/**
 * The storage half of the background: every BackgroundRequests type that only needs the
 * database, as handlers over the repository. No extension API here, so vitest runs them on
 * fake-indexeddb exactly as the service worker runs them on real IndexedDB.
 *
 * Payloads come from other contexts, so each handler checks the shape it relies on before use
 * (the repository checks the records themselves). After a change, `notify` is called with the
 * event to broadcast; the background sends it to tabs and extension pages.
 */

export type StorageRequest = Exclude<keyof BackgroundRequests, 'page-visit' | 'notice-detected' | 'annotator-enable' | 'storage-info' | 'tab-annotations'>;

export type StorageHandlers = Pick<Handlers<BackgroundRequests, unknown>, StorageRequest>;

/** How many search hits travel in one reply by default: the panel pages through them. */
export const SEARCH_LIMIT_DEFAULT = 200;

const isString = (x: unknown): x is string => typeof x === 'string' && x !== '';

function field(payload: unknown, key: string): unknown {
  return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[key] : undefined;
}

function badRequest(what: string): Result<never> {
  return fail('invalid', what);
}

/** Tells the background what changed, after the write committed. */
async function andNotify<T>(result: Promise<Result<T>>, notify: (e: DubanEvent) => void, event: (value: T) => DubanEvent): Promise<Result<T>> {
  const r = await result;
  if (r.ok) notify(event(r.value));
  return r;
}

/** A page record for annotations whose page was never saved (exports still name the page). */
function pageFor(url: string, stored: PageRecord | null): PageRecord {
  return stored ?? bareRecord(url, [url]);
}

async function exportData(db: DubanDB, url: unknown, includeDeleted = false): Promise<Result<{ pages: PageRecord[]; annotations: Annotation[] }>> {
  if (url !== undefined) {
    if (!isString(url)) return badRequest('url must be a string');
    const key = normaliseUrl(url);
    const [page, annotations] = await Promise.all([getPage(db, key), listAnnotations(db, key, { includeDeleted })]);
    if (!page.ok) return page;
    if (!annotations.ok) return annotations;
    return ok({ pages: [pageFor(key, page.value)], annotations: annotations.value });
  }
  const [pages, annotations] = await Promise.all([listPages(db), allAnnotations(db, { includeDeleted })]);
  if (!pages.ok) return pages;
  if (!annotations.ok) return annotations;
  return ok({ pages: pages.value, annotations: annotations.value });
}

const TOO_LONG = '选中的文字或笔记过长，未保存。 / The selection or note is too long; nothing was saved.';

/** Page fields cut to what a backup accepts: a page's text is a copy, its head is what matters. */
function withinBackupLimits(fields: PageFields): PageFields {
  const cut = (v: string | null | undefined, max: number) => (typeof v === 'string' && v.length > max ? v.slice(0, max) : v);
  return { ...fields, text: cut(fields.text, BACKUP_LIMITS.pageText), title: cut(fields.title, BACKUP_LIMITS.shortText) };
}


export function createStorageHandlers(db: DubanDB, notify: (e: DubanEvent) => void): StorageHandlers {
  const changed = (a: Annotation): DubanEvent => ({ type: 'annotations-changed', pageUrl: a.pageUrl });
  const trackedChanged = (t: TrackedCommitment): DubanEvent => ({ type: 'tracked-changed', pageUrl: t.pageUrl });
  return {
    'page-save': async (p) => {
      const url = field(p, 'url');
      const fields = field(p, 'fields') ?? {};
      if (!isString(url) || typeof fields !== 'object' || fields === null) return badRequest('page-save needs url and fields');
      return andNotify(touchPage(db, url, url, withinBackupLimits(fields as PageFields)), notify, (page) => ({ type: 'pages-changed', pageUrl: page.url }));
    },
    'page-get': async (p) => {
      const url = field(p, 'url');
      return isString(url) ? getPage(db, url) : badRequest('url must be a string');
    },
    'pages-list': () => listPages(db),
    'annotations-list': async (p) => {
      const url = field(p, 'url');
      if (!isString(url)) return badRequest('url must be a string');
      return listAnnotations(db, url, { includeDeleted: field(p, 'includeDeleted') === true });
    },
    'annotation-get': async (p) => {
      const id = field(p, 'id');
      return isString(id) ? getAnnotation(db, id) : badRequest('id must be a string');
    },
    'annotation-create': async (p) => {
      const exact = (field(field(field(p, 'target'), 'quote'), 'exact') ?? '') as unknown;
      const note = field(p, 'note');
      // What is stored must fit in a backup, or Duban's own backups would be refused on import.
      if ((typeof exact === 'string' && exact.length > BACKUP_LIMITS.quote) || (typeof note === 'string' && note.length > BACKUP_LIMITS.note)) {
        return failWith('invalid', TOO_LONG);
      }
      return andNotify(createAnnotation(db, p), notify, changed);
    },
    'annotation-update': async (p) => {
      const id = field(p, 'id');
      const patch = field(p, 'patch');
      if (!isString(id) || typeof patch !== 'object' || patch === null) return badRequest('annotation-update needs id and patch');
      const note = field(patch, 'note');
      if (typeof note === 'string' && note.length > BACKUP_LIMITS.note) return failWith('invalid', TOO_LONG);
      return andNotify(updateAnnotation(db, id, patch), notify, changed);
    },
    'annotation-delete': async (p) => {
      const id = field(p, 'id');
      return isString(id) ? andNotify(deleteAnnotation(db, id), notify, changed) : badRequest('id must be a string');
    },
    'annotation-undo': async (p) => {
      const id = field(p, 'id');
      return isString(id) ? andNotify(undoDelete(db, id), notify, changed) : badRequest('id must be a string');
    },
    'anchor-statuses': async (p) => {
      const url = field(p, 'url');
      const statuses = field(p, 'statuses');
      if (!isString(url) || !Array.isArray(statuses)) return badRequest('anchor-statuses needs url and statuses');
      // Only this page's annotations are touched (rows of other pages are skipped), in one transaction.
      const r = await setAnchorStatuses(db, url, statuses);
      // Statuses are bookkeeping, not edits: lists refresh, annotators do not reload (messaging.ts).
      if (r.ok && r.value > 0) notify({ type: 'statuses-changed', pageUrl: normaliseUrl(url) });
      return r;
    },
    'annotations-search': async (p) => {
      const query = field(p, 'query');
      const limit = field(p, 'limit');
      if (typeof query !== 'string') return badRequest('query must be a string');
      const r = await searchAnnotations(db, query);
      if (!r.ok) return r;
      const max = typeof limit === 'number' && limit > 0 ? limit : SEARCH_LIMIT_DEFAULT;
      return ok({ ...r.value, annotations: r.value.annotations.slice(0, max) });
    },
    'categories-list': () => listCategories(db),
    'categories-usage': () => categoryUsage(db),
    'categories-save': async (p) => {
      const categories = field(p, 'categories');
      if (!Array.isArray(categories)) return badRequest('categories must be a list');
      return andNotify(saveCategories(db, categories), notify, () => ({ type: 'categories-changed' }));
    },
    'export-markdown': async (p) => {
      const lang = field(p, 'lang') === 'en' ? 'en' : 'zh';
      const data = await exportData(db, field(p, 'url'));
      if (!data.ok) return data;
      const categories = await listCategories(db);
      if (!categories.ok) return categories;
      const live = data.value.annotations.filter((a) => a.deletedAt === null);
      const markdown = annotationsToMarkdown({ pages: data.value.pages, annotations: live, categories: categories.value, lang });
      return ok({ markdown, pages: data.value.pages.length, annotations: live.length });
    },
    'export-backup': async (p) => {
      // Soft-deleted records travel too: a restore keeps their undo, and a merge keeps the deletion.
      const data = await exportData(db, field(p, 'url'), true);
      if (!data.ok) return data;
      const categories = await listCategories(db);
      if (!categories.ok) return categories;
      const url = field(p, 'url');
      const tracked = await allTracked(db, isString(url) ? url : undefined);
      if (!tracked.ok) return tracked;
      const json = toBackupJson({ pages: data.value.pages, annotations: data.value.annotations, categories: categories.value, tracked: tracked.value });
      return ok({ json, pages: data.value.pages.length, annotations: data.value.annotations.length });
    },
    'tracked-list': async (p) => {
      const url = field(p, 'url');
      if (url === undefined) return listAllTracked(db);
      return isString(url) ? listTracked(db, url) : badRequest('url must be a string');
    },
    'tracked-create': async (p) => {
      if (typeof p !== 'object' || p === null) return badRequest('tracked-create needs a tracked item');
      return andNotify(createTracked(db, p), notify, trackedChanged);
    },
    'tracked-update': async (p) => {
      const id = field(p, 'id');
      const patch = field(p, 'patch');
      if (!isString(id) || typeof patch !== 'object' || patch === null) return badRequest('tracked-update needs id and patch');
      return andNotify(updateTracked(db, id, patch), notify, trackedChanged);
    },
    'tracked-delete': async (p) => {
      const id = field(p, 'id');
      return isString(id) ? andNotify(deleteTracked(db, id), notify, trackedChanged) : badRequest('id must be a string');
    },
    'tracked-undo': async (p) => {
      const id = field(p, 'id');
      return isString(id) ? andNotify(undoDeleteTracked(db, id), notify, trackedChanged) : badRequest('id must be a string');
    },
    'library-list': async (p) => {
      const today = field(p, 'today') ?? localDate();
      return typeof today === 'string' ? listLibrary(db, today) : badRequest('today must be a date YYYY-MM-DD');
    },
    'page-delete': async (p) => {
      const url = field(p, 'url');
      if (!isString(url)) return badRequest('url must be a string');
      const r = await deletePage(db, url);
      if (r.ok) {
        notify({ type: 'pages-changed', pageUrl: r.value.url });
        if (r.value.annotations > 0) notify({ type: 'annotations-changed', pageUrl: r.value.url });
        if (r.value.tracked > 0) notify({ type: 'tracked-changed', pageUrl: r.value.url });
      }
      return r;
    },
    'import-backup': async (p) => {
      const text = field(p, 'text');
      if (typeof text !== 'string') return badRequest('text must be a string');
      // The strict reader names the first bad path; nothing is written unless all of it is good.
      const parsed = parseBackup(text);
      if (!parsed.ok) return failWith('invalid', parsed.error);
      const r = await importRecords(db, parsed.value);
      if (r.ok) {
        notify({ type: 'annotations-changed', pageUrl: null });
        notify({ type: 'pages-changed', pageUrl: null });
        if (r.value.categories.added > 0) notify({ type: 'categories-changed' });
        if (r.value.tracked.added + r.value.tracked.updated > 0) notify({ type: 'tracked-changed', pageUrl: null });
      }
      return r;
    },
  };
}
