import type { AnchorStatus } from './anchoring/types';
import type { Annotation, Category, PageRecord } from './annotations/types';
import type { Detection, Notice } from './notice/types';
import type { AnnotationInput, AnnotationPatch, PageFields, Result, SearchOutcome, StorageEstimateInfo } from './storage/repository';
import type { ImportSummary } from './storage/import';
import type { CategoryUsageCounts } from './storage/category-usage';
import type { LibraryRow, PageDeletion } from './storage/library';
import type { TrackedInput, TrackedPatch } from './storage/tracked';
import type { TrackedCommitment } from './tracking/types';

/**
 * The one message protocol between Duban's contexts. Types and plain functions only: the
 * entrypoints pass in the browser's send function (`browser.runtime.sendMessage`,
 * `browser.tabs.sendMessage`), so this module runs in vitest and every context alike.
 *
 * Three directions:
 * - BackgroundRequests: content scripts and extension pages → the background, which alone opens
 *   the database (a content script's IndexedDB would be the page's own).
 * - AnnotatorRequests: the background or the side panel → the annotator content script of a tab.
 * - DubanEvent: the background → everyone, after a change (live sync between tabs and panel).
 *
 * Every reply is a `Result`: a failure (storage full, background unreachable, bad request) is a
 * value with a message to show, Chinese first.
 */

/** What a visited page asks for: just enough for the background to decide what to inject. */
export interface PageVisit {
  url: string;
  /** The cheap gate of the always-injected script: the page may be a notice. */
  maybeNotice: boolean;
}

export interface PageVisitReply {
  /** Live annotations stored for this page. */
  annotationCount: number;
  /** Whether the annotator was (or already is) running on the tab. */
  annotator: boolean;
}

export interface AnchorStatusUpdate {
  id: string;
  status: AnchorStatus;
}

export interface BackupExport {
  /** The JSON text of the backup (json-backup.ts). */
  json: string;
  pages: number;
  annotations: number;
}

export interface MarkdownExport {
  markdown: string;
  pages: number;
  annotations: number;
}

/** Requests handled by the background: `type` → [request payload, reply value]. */
export interface BackgroundRequests {
  'page-visit': [PageVisit, PageVisitReply];
  'notice-detected': [{ url: string; detection: Detection }, null];
  /** Saves what the annotator extracted of the page (title, notice fields, text). */
  'page-save': [{ url: string; fields: PageFields }, PageRecord];
  'page-get': [{ url: string }, PageRecord | null];
  'pages-list': [Record<string, never>, PageRecord[]];
  'annotations-list': [{ url: string; includeDeleted?: boolean }, Annotation[]];
  /**
   * The highlights of the page a tab shows (extension pages only): the side panel asks it as it
   * starts, alongside the tab lookup, instead of one request after the other. `url` is the
   * normalised page URL (null when the tab is gone or its URL is not Duban's to know).
   */
  'tab-annotations': [{ tabId: number }, { url: string | null; annotations: Annotation[] }];
  /** One annotation by id (deleted or not), null when there is none: the note editor page loads it. */
  'annotation-get': [{ id: string }, Annotation | null];
  'annotation-create': [AnnotationInput, Annotation];
  'annotation-update': [{ id: string; patch: AnnotationPatch }, Annotation];
  'annotation-delete': [{ id: string }, Annotation];
  'annotation-undo': [{ id: string }, Annotation];
  /** Re-anchoring outcomes of a visit; unchanged ones write nothing. */
  'anchor-statuses': [{ url: string; statuses: AnchorStatusUpdate[] }, number];
  'annotations-search': [{ query: string; limit?: number }, SearchOutcome];
  'categories-list': [Record<string, never>, Category[]];
  'categories-save': [{ categories: Category[] }, Category[]];
  /** Annotations per category id, live and soft-deleted (the options page's remove buttons). */
  'categories-usage': [Record<string, never>, CategoryUsageCounts];
  /** One page (`url`) or everything (no url). */
  'export-markdown': [{ url?: string; lang: 'zh' | 'en' }, MarkdownExport];
  'export-backup': [{ url?: string }, BackupExport];
  'import-backup': [{ text: string }, ImportSummary];
  /** Turns Duban on in a tab the user asked for (side panel button): injects the annotator. */
  'annotator-enable': [{ tabId: number }, boolean];
  'storage-info': [Record<string, never>, StorageEstimateInfo | null];
  /** One notice's live tracked commitments (`url`), or every live one (no url). */
  'tracked-list': [{ url?: string }, TrackedCommitment[]];
  /** Tracks a commitment (status to-verify); the same sentence of the same page twice gives the existing item. */
  'tracked-create': [TrackedInput, TrackedCommitment];
  'tracked-update': [{ id: string; patch: TrackedPatch }, TrackedCommitment];
  'tracked-delete': [{ id: string }, TrackedCommitment];
  'tracked-undo': [{ id: string }, TrackedCommitment];
  /** Every notice seen or annotated, with its counts (the library page); `today` (local YYYY-MM-DD) defaults to the background's. */
  'library-list': [{ today?: string }, LibraryRow[]];
  /** Removes a notice from the library: its page record, its highlights and tracked items (library.ts deletePage). */
  'page-delete': [{ url: string }, PageDeletion];
}

/** What the annotator reports about its page (side panel, tests). */
export interface AnnotatorState {
  /** Normalised URL of the page. */
  pageUrl: string;
  /** The URL as loaded. */
  href: string;
  title: string;
  isNotice: boolean;
  /** The notice's sections in document order (flattened), for grouping in the side panel. */
  sections: Array<{ id: string; heading: string; level: number }>;
  /** Anchoring outcome of each live annotation of the page, by id. */
  statuses: Record<string, AnchorStatus>;
  /** Ids of the anchored annotations in the order they sit on the page now. */
  order: string[];
}

/** Requests handled by the annotator content script of a tab. */
export interface AnnotatorRequests {
  'annotator-state': [Record<string, never>, AnnotatorState];
  /** Highlights the current selection (context menu, keyboard command). */
  'annotator-highlight': [{ category: string; openNote?: boolean }, Annotation | null];
  /** Scrolls to a highlight and flashes it. */
  'annotator-jump': [{ id: string }, boolean];
  /** Opens the note editor of a highlight on the page. */
  'annotator-edit': [{ id: string }, boolean];
  /** Moves an orphaned or ambiguous highlight onto the current selection. */
  'annotator-reattach': [{ id: string }, Annotation];
  /** The page's extracted notice (side panel workspace); null when the page is not a notice. */
  'annotator-notice': [Record<string, never>, Notice | null];
  /**
   * Finds the passage `notice.text[start, end)` on the page, scrolls it to the centre and flashes
   * it; false when it cannot be placed (the page changed, or it is not a notice).
   */
  'annotator-reveal': [{ start: number; end: number }, boolean];
  /**
   * Highlights the passage `notice.text[start, end)` in `category`, as a selection of it would be
   * (the commitment tracker); an existing highlight of exactly that passage in that category is
   * returned instead of a second one. Null when the passage cannot be placed on the page.
   */
  'annotator-highlight-passage': [{ start: number; end: number; category: string }, Annotation | null];
}

/**
 * The note editor (an extension page in an iframe, entrypoints/note-editor) and the annotator that
 * embeds it talk over a MessageChannel the annotator hands to the editor's origin only
 * (utils/annotator/editor-frame.ts): the page sees none of it. Signals carry no note text, only
 * what happened; the note itself goes straight from the editor page to the background.
 */
export type NoteEditorAction = 'close' | 'saved' | 'deleted';

/** Broadcast by the background after every change. `pageUrl` null: many pages (import). */
export type DubanEvent =
  | { type: 'annotations-changed'; pageUrl: string | null }
  | { type: 'categories-changed' }
  | { type: 'pages-changed'; pageUrl: string | null }
  | { type: 'tracked-changed'; pageUrl: string | null }
  /**
   * Only re-anchoring outcomes changed. Lists (side panel) refresh; annotators do NOT reload on it:
   * two tabs on one URL that anchor differently (one page still loading) would otherwise answer
   * each other's statuses forever.
   */
  | { type: 'statuses-changed'; pageUrl: string };

export type RequestMap = object;
type Entry = readonly [unknown, unknown];
export type Req<M, K extends keyof M> = M[K] extends Entry ? M[K][0] : never;
export type Res<M, K extends keyof M> = M[K] extends Entry ? M[K][1] : never;

/** The wire shape of a request. The `duban` tag keeps our messages apart from anyone else's. */
export interface Envelope<K extends string = string> {
  duban: 1;
  type: K;
  payload: unknown;
}

export function isEnvelope(m: unknown): m is Envelope {
  if (typeof m !== 'object' || m === null) return false;
  const e = m as Partial<Envelope>;
  return e.duban === 1 && typeof e.type === 'string';
}

export function isDubanEvent(m: unknown): m is DubanEvent {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  return (m as { duban?: unknown }).duban === undefined && (t === 'annotations-changed' || t === 'categories-changed' || t === 'pages-changed' || t === 'tracked-changed' || t === 'statuses-changed');
}

export const UNREACHABLE =
  '督办后台暂时无法连接，本次操作未执行。请刷新页面后重试。 / Duban’s background is unreachable; nothing was done. Reload the page and try again.';

export const NO_ANNOTATOR = '此页尚未启用督办。 / Duban is not on in this tab.';

function failure(message: string): Result<never> {
  return { ok: false, error: 'unknown', message };
}

function isResult(x: unknown): x is Result<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as { ok?: unknown }).ok === 'boolean';
}

/** A typed client over a send function; a send that throws or answers nothing is a failure value. */
export type Client<M> = <K extends keyof M & string>(type: K, payload: Req<M, K>) => Promise<Result<Res<M, K>>>;

export function createClient<M extends RequestMap>(send: (message: Envelope) => Promise<unknown>, unreachable = UNREACHABLE): Client<M> {
  return async (type, payload) => {
    try {
      const reply = await send({ duban: 1, type, payload });
      return isResult(reply) ? (reply as Result<never>) : failure(unreachable);
    } catch {
      return failure(unreachable);
    }
  };
}

/** The handlers of one side of the protocol: each returns a Result (or throws, which becomes one). */
export type Handlers<M, Ctx> = { [K in keyof M & string]: (payload: Req<M, K>, ctx: Ctx) => Promise<Result<Res<M, K>>> | Result<Res<M, K>> };

/**
 * Dispatches one incoming message. Returns null when the message is not ours (someone else's
 * listener may answer it), else the reply to send. Payload shapes are checked by the handlers.
 */
export function dispatch<M, Ctx>(handlers: Partial<Handlers<M, Ctx>>, message: unknown, ctx: NoInfer<Ctx>): Promise<Result<unknown>> | null {
  if (!isEnvelope(message)) return null;
  const handler = (handlers as Record<string, ((p: unknown, c: Ctx) => Promise<Result<unknown>> | Result<unknown>) | undefined>)[message.type];
  if (!handler) return null;
  return (async () => {
    try {
      return await handler(message.payload, ctx);
    } catch (e) {
      return failure(`督办内部错误，未做任何更改。 / Internal error; nothing was changed. (${e instanceof Error ? e.message : String(e)})`);
    }
  })();
}
