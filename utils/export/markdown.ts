import { bareRecord } from '../annotations/page-record';
import type { Annotation, Category, PageRecord } from '../annotations/types';
import {
  escapeMarkdownLine,
  markdownAutolink,
  markdownBlockquote,
  markdownLink,
  markdownParagraphs,
  isWebUrl,
} from './markdown-text';
import { textFragmentUrl } from './text-fragment';

export type ExportLang = 'zh' | 'en';

export interface MarkdownExportInput {
  /** The pages to report, in this order: one page for "this page", all of them for "everything". */
  pages: readonly PageRecord[];
  /** Their annotations; soft-deleted ones are left out. */
  annotations: readonly Annotation[];
  /** For the category labels; an unknown category shows its id. */
  categories: readonly Category[];
  lang: ExportLang;
  /** Epoch milliseconds of the export (default: now). */
  now?: number;
  /** IANA time zone for the export time (default: the runtime's). */
  timeZone?: string;
}

const STRINGS = {
  zh: {
    title: '督办批注导出',
    exported: (time: string, zone: string) => `导出时间：${time}（${zone}）`,
    counts: (pages: number, notes: number) => `${pages} 个页面 · ${notes} 条批注`,
    nothing: '没有可导出的批注。',
    url: '网址',
    issuer: '发布单位',
    inspector: '巡察组',
    published: '发布日期',
    colon: '：',
    open: '在原文中打开',
    note: '批注：',
    none: '暂无批注。',
    otherPassages: '其他段落',
    orphans: (n: number) => `未能在页面上重新定位的批注（${n}）`,
    orphansHint: '页面内容已改变，以下批注按保存时的原文列出，未移动到其他位置。',
    section: '原章节：',
    context: '保存时的上下文：',
  },
  en: {
    title: 'Duban highlights',
    exported: (time: string, zone: string) => `Exported ${time} (${zone})`,
    counts: (pages: number, notes: number) =>
      `${pages} ${pages === 1 ? 'page' : 'pages'} · ${notes} ${notes === 1 ? 'highlight' : 'highlights'}`,
    nothing: 'Nothing to export.',
    url: 'URL',
    issuer: 'Issuer',
    inspector: 'Inspection team',
    published: 'Published',
    colon: ': ',
    open: 'Open at the passage',
    note: 'Note: ',
    none: 'No highlights.',
    otherPassages: 'Other passages',
    orphans: (n: number) => `Highlights no longer found on the page (${n})`,
    orphansHint: 'The page has changed; these are listed with the text they were made on and were not moved elsewhere.',
    section: 'Was in: ',
    context: 'Saved context: ',
  },
} as const;

type Strings = (typeof STRINGS)[ExportLang];

/**
 * A Markdown report of highlights and notes: per page its title (linked) and details, then its
 * highlights in document order — under the heading of the notice section they sit in, whenever
 * that changes — each as a quote with its category, a link that opens the page at the passage, and
 * the note. Orphaned highlights (no longer found on the page) follow under their own heading with
 * the quote and context saved when they were made, and no passage link (it would find nothing).
 * Annotations of a page not in `pages` get a section of their own, so nothing is silently dropped.
 */
export function annotationsToMarkdown(input: MarkdownExportInput): string {
  const s = STRINGS[input.lang];
  const live = input.annotations.filter((a) => a.deletedAt === null);
  const byPage = new Map<string, Annotation[]>();
  for (const a of live) {
    const list = byPage.get(a.pageUrl);
    if (list) list.push(a);
    else byPage.set(a.pageUrl, [a]);
  }

  const pages: PageRecord[] = [...input.pages];
  const known = new Set(pages.map((p) => p.url));
  for (const url of [...byPage.keys()].filter((u) => !known.has(u)).sort()) pages.push(bareRecord(url));

  const blocks: string[] = [`# ${s.title}`];
  const zone = input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const pageCount = pages.length;
  blocks.push(`${s.exported(formatTime(input.now ?? Date.now(), zone), zone)} · ${s.counts(pageCount, live.length)}`);
  if (pageCount === 0) blocks.push(s.nothing);

  const labels = new Map(input.categories.map((c) => [c.id, c.label[input.lang]]));
  for (const page of pages) blocks.push(...pageBlocks(page, byPage.get(page.url) ?? [], labels, s));
  return `${blocks.join('\n\n')}\n`;
}

/** Category id → label in the export's language. */
type Labels = ReadonlyMap<string, string>;

function pageBlocks(page: PageRecord, annotations: Annotation[], labels: Labels, s: Strings): string[] {
  const blocks: string[] = [`## ${markdownLink(page.title ?? page.url, page.url)}`];
  const details: [string, string | null][] = [
    [s.url, markdownAutolink(page.url)],
    [s.issuer, page.issuer && escapeMarkdownLine(page.issuer, false)],
    [s.inspector, page.inspector && escapeMarkdownLine(page.inspector, false)],
    [s.published, page.publishedDate && escapeMarkdownLine(page.publishedDate, false)],
  ];
  blocks.push(details.flatMap(([label, value]) => (value ? [`- ${label}${s.colon}${value}`] : [])).join('\n'));

  const placed = annotations.filter((a) => a.anchorStatus !== 'orphaned').sort(byDocumentOrder);
  const orphans = annotations.filter((a) => a.anchorStatus === 'orphaned').sort(byCreation);
  if (placed.length === 0 && orphans.length === 0) blocks.push(s.none);

  // Highlights before any section (title, opening paragraph) need no heading; after one they do.
  let section = NO_SECTION;
  for (const a of placed) {
    const key = sectionKey(a);
    if (key !== section) {
      blocks.push(`### ${a.target.sectionHeading ? escapeMarkdownLine(oneLine(a.target.sectionHeading), false) : s.otherPassages}`);
    }
    section = key;
    const link = isWebUrl(a.pageUrl) ? ` · ${markdownLink(s.open, textFragmentUrl(a.pageUrl, a.target.quote, page.text))}` : '';
    blocks.push(markdownBlockquote(a.target.quote.exact), `${categoryLabel(a, labels)}${link}`);
    if (a.note.trim() !== '') blocks.push(markdownParagraphs(a.note, s.note));
  }

  if (orphans.length > 0) blocks.push(`### ${s.orphans(orphans.length)}`, s.orphansHint);
  for (const a of orphans) {
    const where = a.target.sectionHeading ? ` · ${s.section}${escapeMarkdownLine(oneLine(a.target.sectionHeading), false)}` : '';
    blocks.push(markdownBlockquote(a.target.quote.exact), `${categoryLabel(a, labels)}${where}`);
    const { prefix, suffix } = a.target.quote;
    if (prefix?.trim() || suffix?.trim()) {
      const around = `…${oneLine(prefix ?? '')} […] ${oneLine(suffix ?? '')}…`;
      blocks.push(`${s.context}${escapeMarkdownLine(around, false)}`);
    }
    if (a.note.trim() !== '') blocks.push(markdownParagraphs(a.note, s.note));
  }
  return blocks.filter((b) => b !== '');
}

const NO_SECTION = sectionKey(null);

function sectionKey(a: Annotation | null): string {
  return `${a?.target.sectionId ?? ''}\u0000${a?.target.sectionHeading ?? ''}`;
}

function categoryLabel(a: Annotation, labels: Labels): string {
  return `**${escapeMarkdownLine(labels.get(a.category) ?? a.category, false)}**`;
}

function byDocumentOrder(a: Annotation, b: Annotation): number {
  const pa = a.target.position;
  const pb = b.target.position;
  return pa.start - pb.start || pa.end - pb.end || byCreation(a, b);
}

function byCreation(a: Annotation, b: Annotation): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `YYYY-MM-DD HH:mm` in `timeZone`. */
function formatTime(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

