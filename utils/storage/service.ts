import type { Annotation, PageRecord } from '../annotations/types';
import { annotationsToMarkdown } from '../export/markdown';
import { parseBackup, toBackupJson } from '../export/json-backup';
import type { BackgroundRequests, DubanEvent, Handlers } from '../messaging';
import type { DubanDB } from './db';
import {
  allAnnotations,
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  getPage,
  importRecords,
  listAnnotations,
  listCategories,
  listPages,
  saveCategories,
  searchAnnotations,
  touchPage,
  undoDelete,
  updateAnnotation,
} from './repository';
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

export type StorageRequest = Exclude<keyof BackgroundRequests, 'page-visit' | 'notice-detected' | 'annotator-enable' | 'storage-info'>;

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
  return stored ?? { url, seenAs: [url], title: null, noticeKind: null, issuer: null, inspector: null, publishedDate: null, text: null, firstSeenAt: 0, lastSeenAt: 0 };
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

export function createStorageHandlers(db: DubanDB, notify: (e: DubanEvent) => void): StorageHandlers {
  const changed = (a: Annotation): DubanEvent => ({ type: 'annotations-changed', pageUrl: a.pageUrl });
  return {
    'page-save': async (p) => {
      const url = field(p, 'url');
      const fields = field(p, 'fields') ?? {};
      if (!isString(url) || typeof fields !== 'object' || fields === null) return badRequest('page-save needs url and fields');
      return andNotify(touchPage(db, url, url, fields), notify, (page) => ({ type: 'pages-changed', pageUrl: page.url }));
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
    'annotation-create': (p) => andNotify(createAnnotation(db, p), notify, changed),
    'annotation-update': async (p) => {
      const id = field(p, 'id');
      const patch = field(p, 'patch');
      if (!isString(id) || typeof patch !== 'object' || patch === null) return badRequest('annotation-update needs id and patch');
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
      // Only this page's annotations may be touched from this page.
      const own = await listAnnotations(db, url);
      if (!own.ok) return own;
      const byId = new Map(own.value.map((a) => [a.id, a]));
      let written = 0;
      for (const s of statuses) {
        const id = field(s, 'id');
        const status = field(s, 'status');
        const old = isString(id) ? byId.get(id) : undefined;
        if (!old || old.anchorStatus === status) continue;
        const r = await updateAnnotation(db, old.id, { anchorStatus: status as Annotation['anchorStatus'] });
        if (!r.ok) return r;
        written++;
      }
      // Statuses are bookkeeping, not edits: other views refresh so their orphan lists are right.
      if (written > 0) notify({ type: 'annotations-changed', pageUrl: normaliseUrl(url) });
      return ok(written);
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
      const json = toBackupJson({ pages: data.value.pages, annotations: data.value.annotations, categories: categories.value });
      return ok({ json, pages: data.value.pages.length, annotations: data.value.annotations.length });
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
      }
      return r;
    },
  };
}
