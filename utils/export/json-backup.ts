import type { AnchorStatus, TextQuoteSelector } from '../anchoring/types';
import type { Annotation, Category, PageRecord } from '../annotations/types';
import type { NoticeKind } from '../notice/types';
import { Problem, readPageStats } from '../storage/validate';
import { isIsoDate } from '../tracking/deadline';
import { isEvidenceUrl } from '../tracking/evidence';
import { TRACKED_STATUSES, type TrackedCommitment } from '../tracking/types';
import {
  InvalidValue,
  checkUnique,
  field,
  readArray,
  readInteger,
  readNullableOneOf,
  readNullableString,
  readNullableTimestamp,
  readObject,
  readOneOf,
  readString,
  readTimestamp,
  type Json,
} from './backup-guards';

/** The JSON backup: everything Duban keeps, restorable with `parseBackup` + `mergeBackup`. */
export interface Backup {
  format: 'duban-backup';
  version: 1;
  /** ISO 8601. */
  exportedAt: string;
  pages: PageRecord[];
  annotations: Annotation[];
  categories?: Category[];
  /** Tracked commitments (schema v4); optional: older backups have none. */
  tracked?: TrackedCommitment[];
}

export type BackupResult = { ok: true; value: Backup } | { ok: false; error: string };

/**
 * Sizes beyond any real use: a file past them is refused whole rather than half-loaded. A 1 MB
 * page text and a note of a few pages are real; a 10 MB note or 200k+ highlights are not.
 * In characters (UTF-16 code units). What Duban itself stores must stay within them, or its own
 * backups would be refused: the note editor should hold notes to `note`.
 */
export const BACKUP_LIMITS = {
  fileChars: 256 * 1024 * 1024,
  pages: 50_000,
  annotations: 200_000,
  categories: 200,
  seenAs: 10_000,
  url: 8_192,
  id: 200,
  shortText: 10_000,
  pageText: 5_000_000,
  quote: 1_000_000,
  quoteContext: 10_000,
  note: 1_000_000,
  tracked: 200_000,
  evidence: 1_000,
} as const;

const NOTICE_KINDS = ['progress-notice', 'rectification-report', 'summary', 'not-notice'] as const satisfies readonly NoticeKind[];
const ANCHOR_STATUSES = ['anchored', 'anchored-fuzzy', 'ambiguous', 'orphaned'] as const satisfies readonly AnchorStatus[];
// Compile-time: each list names every member of its union (a kind added to the types fails here).
type Complete<U, L extends readonly unknown[]> = [Exclude<U, L[number]>] extends [never] ? true : false;
const _kindsComplete: Complete<NoticeKind, typeof NOTICE_KINDS> = true;
const _statusesComplete: Complete<AnchorStatus, typeof ANCHOR_STATUSES> = true;

/**
 * The backup as JSON text: the header, then one record per line (readable, diffable, and far
 * smaller than indenting every field). Only the fields of the format are written.
 */
export function toBackupJson(data: {
  pages: readonly PageRecord[];
  annotations: readonly Annotation[];
  categories?: readonly Category[];
  tracked?: readonly TrackedCommitment[];
  /** Epoch milliseconds (default: now). */
  now?: number;
}): string {
  const list = (items: readonly unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  const lines = [
    `  "format": "duban-backup"`,
    `  "version": 1`,
    `  "exportedAt": ${JSON.stringify(new Date(data.now ?? Date.now()).toISOString())}`,
    `  "pages": ${list(data.pages.map(pickPage))}`,
    `  "annotations": ${list(data.annotations.map(pickAnnotation))}`,
  ];
  if (data.categories) lines.push(`  "categories": ${list(data.categories.map(pickCategory))}`);
  if (data.tracked) lines.push(`  "tracked": ${list(data.tracked.map(pickTracked))}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * Reads a backup file, all or nothing: wrong JSON, another format or version, a missing or
 * ill-typed field, a duplicate id or an absurd size refuses the whole file with one message,
 * Chinese then English, naming the first bad path. Unknown extra fields are ignored and not
 * carried over (records are rebuilt from the known fields).
 */
export function parseBackup(text: string): BackupResult {
  const refuse = (zh: string, en: string): BackupResult => ({
    ok: false,
    error: `备份文件无效，未导入任何内容：${zh}。 Invalid backup file, nothing imported: ${en}.`,
  });
  if (text.length > BACKUP_LIMITS.fileChars) {
    const mb = (n: number) => Math.round(n / (1024 * 1024));
    return refuse(
      `文件过大（约 ${mb(text.length)} MB，上限 ${mb(BACKUP_LIMITS.fileChars)} MB）`,
      `the file is too large (about ${mb(text.length)} MB, limit ${mb(BACKUP_LIMITS.fileChars)} MB)`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refuse(`不是有效的 JSON（${detail}）`, `not valid JSON (${detail})`);
  }
  try {
    return { ok: true, value: readBackup(json) };
  } catch (e) {
    if (e instanceof InvalidValue) return refuse(e.zh, e.en);
    throw e;
  }
}

function readBackup(json: unknown): Backup {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InvalidValue('文件内容应为 JSON 对象', 'the file must hold a JSON object');
  }
  const root = json as Json;
  if (!Object.hasOwn(root, 'format') || root.format !== 'duban-backup') {
    throw new InvalidValue('不是督办备份文件（format 应为 "duban-backup"）', 'not a Duban backup (format must be "duban-backup")');
  }
  const version = field(root, 'version', 'version');
  if (typeof version === 'number' && Number.isInteger(version) && version > 1) {
    throw new InvalidValue(
      `此备份由更新版本的督办导出（version ${version}），本版只能读取 version 1`,
      `this backup comes from a newer Duban (version ${version}); this one reads version 1`,
    );
  }
  if (version !== 1) throw new InvalidValue('version 应为 1', 'version must be 1');
  const exportedAt = readString(field(root, 'exportedAt', 'exportedAt'), 'exportedAt', 100);
  if (Number.isNaN(Date.parse(exportedAt))) {
    throw new InvalidValue('exportedAt 应为 ISO 8601 时间', 'exportedAt must be an ISO 8601 date-time');
  }

  const pages = readArray(field(root, 'pages', 'pages'), 'pages', BACKUP_LIMITS.pages).map((v, i) => readPage(v, `pages[${i}]`));
  checkUnique(pages.map((p) => p.url), (i) => `pages[${i}].url`);
  const annotations = readArray(field(root, 'annotations', 'annotations'), 'annotations', BACKUP_LIMITS.annotations).map(
    (v, i) => readAnnotation(v, `annotations[${i}]`),
  );
  checkUnique(annotations.map((a) => a.id), (i) => `annotations[${i}].id`);

  const backup: Backup = { format: 'duban-backup', version: 1, exportedAt, pages, annotations };
  if (Object.hasOwn(root, 'categories')) {
    const categories = readArray(root.categories, 'categories', BACKUP_LIMITS.categories).map((v, i) =>
      readCategory(v, `categories[${i}]`),
    );
    checkUnique(categories.map((c) => c.id), (i) => `categories[${i}].id`);
    backup.categories = categories;
  }
  if (Object.hasOwn(root, 'tracked')) {
    const tracked = readArray(root.tracked, 'tracked', BACKUP_LIMITS.tracked).map((v, i) => readTracked(v, `tracked[${i}]`));
    checkUnique(tracked.map((t) => t.id), (i) => `tracked[${i}].id`);
    backup.tracked = tracked;
  }
  return backup;
}

/** Optional in the format (backups made before the library compared figures have none). */
function readStats(value: unknown, path: string): PageRecord['stats'] {
  const stats = readPageStats(value);
  if (stats instanceof Problem) throw new InvalidValue(`${path} 无效（${stats.text}）`, `${path} is invalid (${stats.text})`);
  return stats;
}

function readPage(value: unknown, path: string): PageRecord {
  const o = readObject(value, path);
  const at = (key: string) => field(o, key, `${path}.${key}`);
  const L = BACKUP_LIMITS;
  return {
    url: readString(at('url'), `${path}.url`, L.url, true),
    seenAs: readArray(at('seenAs'), `${path}.seenAs`, L.seenAs).map((v, i) => readString(v, `${path}.seenAs[${i}]`, L.url)),
    title: readNullableString(at('title'), `${path}.title`, L.shortText),
    noticeKind: readNullableOneOf(at('noticeKind'), `${path}.noticeKind`, NOTICE_KINDS),
    issuer: readNullableString(at('issuer'), `${path}.issuer`, L.shortText),
    inspector: readNullableString(at('inspector'), `${path}.inspector`, L.shortText),
    publishedDate: readNullableString(at('publishedDate'), `${path}.publishedDate`, 100),
    text: readNullableString(at('text'), `${path}.text`, L.pageText),
    stats: readStats(o.stats, `${path}.stats`),
    firstSeenAt: readTimestamp(at('firstSeenAt'), `${path}.firstSeenAt`),
    lastSeenAt: readTimestamp(at('lastSeenAt'), `${path}.lastSeenAt`),
  };
}

function readAnnotation(value: unknown, path: string): Annotation {
  const o = readObject(value, path);
  const at = (key: string) => field(o, key, `${path}.${key}`);
  const L = BACKUP_LIMITS;
  const targetPath = `${path}.target`;
  const target = readObject(at('target'), targetPath);
  const inTarget = (key: string) => field(target, key, `${targetPath}.${key}`);

  const quotePath = `${targetPath}.quote`;
  const q = readObject(inTarget('quote'), quotePath);
  readOneOf(field(q, 'type', `${quotePath}.type`), `${quotePath}.type`, ['TextQuoteSelector'] as const);
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: readString(field(q, 'exact', `${quotePath}.exact`), `${quotePath}.exact`, L.quote, true),
  };
  // prefix and suffix are optional: absent, or a string (never null).
  if (Object.hasOwn(q, 'prefix')) quote.prefix = readString(q.prefix, `${quotePath}.prefix`, L.quoteContext);
  if (Object.hasOwn(q, 'suffix')) quote.suffix = readString(q.suffix, `${quotePath}.suffix`, L.quoteContext);

  const positionPath = `${targetPath}.position`;
  const p = readObject(inTarget('position'), positionPath);
  readOneOf(field(p, 'type', `${positionPath}.type`), `${positionPath}.type`, ['TextPositionSelector'] as const);
  const start = readInteger(field(p, 'start', `${positionPath}.start`), `${positionPath}.start`);
  const end = readInteger(field(p, 'end', `${positionPath}.end`), `${positionPath}.end`);
  if (end < start) throw new InvalidValue(`${positionPath}.end 不能小于 start`, `${positionPath}.end must not be less than start`);

  return {
    id: readString(at('id'), `${path}.id`, L.id, true),
    pageUrl: readString(at('pageUrl'), `${path}.pageUrl`, L.url, true),
    category: readString(at('category'), `${path}.category`, L.id, true),
    note: readString(at('note'), `${path}.note`, L.note),
    target: {
      quote,
      position: { type: 'TextPositionSelector', start, end },
      sectionId: readNullableString(inTarget('sectionId'), `${targetPath}.sectionId`, L.id),
      sectionHeading: readNullableString(inTarget('sectionHeading'), `${targetPath}.sectionHeading`, L.shortText),
    },
    createdAt: readTimestamp(at('createdAt'), `${path}.createdAt`),
    updatedAt: readTimestamp(at('updatedAt'), `${path}.updatedAt`),
    deletedAt: readNullableTimestamp(at('deletedAt'), `${path}.deletedAt`),
    anchorStatus: readNullableOneOf(at('anchorStatus'), `${path}.anchorStatus`, ANCHOR_STATUSES),
  };
}

function readCategory(value: unknown, path: string): Category {
  const o = readObject(value, path);
  const label = readObject(field(o, 'label', `${path}.label`), `${path}.label`);
  return {
    id: readString(field(o, 'id', `${path}.id`), `${path}.id`, BACKUP_LIMITS.id, true),
    label: {
      zh: readString(field(label, 'zh', `${path}.label.zh`), `${path}.label.zh`, 200, true),
      en: readString(field(label, 'en', `${path}.label.en`), `${path}.label.en`, 200, true),
    },
    color: readString(field(o, 'color', `${path}.color`), `${path}.color`, 100, true),
  };
}

function readTracked(value: unknown, path: string): TrackedCommitment {
  const o = readObject(value, path);
  const at = (key: string) => field(o, key, `${path}.${key}`);
  const L = BACKUP_LIMITS;
  const due = readNullableString(at('due'), `${path}.due`, 100);
  if (due !== null && !isIsoDate(due)) throw new InvalidValue(`${path}.due 应为 YYYY-MM-DD 日期或 null`, `${path}.due must be a YYYY-MM-DD date or null`);
  const evidence = readArray(at('evidence'), `${path}.evidence`, L.evidence).map((v, i) => {
    const url = readString(v, `${path}.evidence[${i}]`, L.url, true);
    if (!isEvidenceUrl(url)) throw new InvalidValue(`${path}.evidence[${i}] 应为 http(s) 链接`, `${path}.evidence[${i}] must be an http(s) URL`);
    return url;
  });
  return {
    id: readString(at('id'), `${path}.id`, L.id, true),
    pageUrl: readString(at('pageUrl'), `${path}.pageUrl`, L.url, true),
    annotationId: readNullableString(at('annotationId'), `${path}.annotationId`, L.id),
    text: readString(at('text'), `${path}.text`, L.quote, true),
    status: readOneOf(at('status'), `${path}.status`, TRACKED_STATUSES),
    due,
    dueAsWritten: readNullableString(at('dueAsWritten'), `${path}.dueAsWritten`, L.shortText),
    note: readString(at('note'), `${path}.note`, L.note),
    evidence,
    createdAt: readTimestamp(at('createdAt'), `${path}.createdAt`),
    updatedAt: readTimestamp(at('updatedAt'), `${path}.updatedAt`),
    deletedAt: readNullableTimestamp(at('deletedAt'), `${path}.deletedAt`),
  };
}

/* The fields of the format, in its order: what the database hands us may carry more. */

function pickPage(p: PageRecord): PageRecord {
  return {
    url: p.url,
    seenAs: p.seenAs,
    title: p.title,
    noticeKind: p.noticeKind,
    issuer: p.issuer,
    inspector: p.inspector,
    publishedDate: p.publishedDate,
    text: p.text,
    stats: p.stats ?? null,
    firstSeenAt: p.firstSeenAt,
    lastSeenAt: p.lastSeenAt,
  };
}

function pickAnnotation(a: Annotation): Annotation {
  const { quote, position } = a.target;
  const q: TextQuoteSelector = { type: 'TextQuoteSelector', exact: quote.exact };
  if (quote.prefix !== undefined) q.prefix = quote.prefix;
  if (quote.suffix !== undefined) q.suffix = quote.suffix;
  return {
    id: a.id,
    pageUrl: a.pageUrl,
    category: a.category,
    note: a.note,
    target: {
      quote: q,
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
      sectionId: a.target.sectionId,
      sectionHeading: a.target.sectionHeading,
    },
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    deletedAt: a.deletedAt,
    anchorStatus: a.anchorStatus,
  };
}

function pickCategory(c: Category): Category {
  return { id: c.id, label: { zh: c.label.zh, en: c.label.en }, color: c.color };
}

function pickTracked(t: TrackedCommitment): TrackedCommitment {
  return {
    id: t.id,
    pageUrl: t.pageUrl,
    annotationId: t.annotationId,
    text: t.text,
    status: t.status,
    due: t.due,
    dueAsWritten: t.dueAsWritten,
    note: t.note,
    evidence: [...t.evidence],
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    deletedAt: t.deletedAt,
  };
}
