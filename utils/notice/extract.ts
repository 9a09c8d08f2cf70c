import { findArticle } from './article';
import { runChecks } from './checks';
import { classifyNotice } from './classify';
import { extractCommitments } from './commitments';
import { extractContacts } from './contacts';
import { findDates } from './dates';
import { detectNotice, pageTitles } from './detect';
import {
  findInspector, findOpeningFacts, findPublicity, findRound, findSignature, findTitle, issuerFromTitle, normaliseTitle,
} from './header';
import { joinLines, quotedRanges, type Line } from './lines';
import { pageDate } from './page-date';
import { extractProblems, sectionRole } from './problems';
import { buildSections, matchHeading } from './sections';
import { extractStats } from './stats';
import type { Detection, ExtractError, Notice, NoticeStats } from './types';

export interface ExtractOptions {
  /** The input as the user gave it (path or URL). */
  source?: string;
  /** The page URL when it came from the web; null for files. */
  url?: string | null;
}

export type ExtractResult = Notice | ExtractError;

export function isExtractError(r: ExtractResult): r is ExtractError {
  return 'error' in r;
}

const EMPTY_STATS = (): NoticeStats => ({
  problems: null, rectified: null, staged: null, unrectified: null, measures: null, measuresDone: null, other: [],
});

// The closing of a notice: the invitation to supervise, the publicity period, contacts.
const CLOSING = /^(欢迎|如有意见|如对|公开期限|公示期|公开时间|公示时间|联系(电话|方式|人|地址)|电话|邮政|电子邮箱|邮箱|地址|监督电话|举报电话|附件)|欢迎广大.{0,16}(监督|提出|反映)/;

function emptyNotice(detection: Detection, opts: ExtractOptions, title: string | null, text: string): Notice {
  return {
    source: opts.source ?? '',
    url: opts.url ?? null,
    ...detection,
    title,
    issuer: null,
    inspector: null,
    round: null,
    inspectionPeriod: null,
    feedbackDate: null,
    publishedDate: null,
    publicityPeriod: null,
    stats: EMPTY_STATS(),
    contacts: { phones: [], emails: [], postalAddress: null, postcode: null },
    sections: [],
    problems: [],
    commitments: [],
    checks: [],
    text,
  };
}

function makeMasker(text: string): (i: number) => boolean {
  const ranges = quotedRanges(text);
  return (i: number): boolean => {
    // Binary search: ranges are sorted and disjoint.
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid];
      if (!r) break;
      if (i < r[0]) hi = mid - 1;
      else if (i >= r[1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function closingLine(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if (l && CLOSING.test(l.text) && !matchHeading(l.text)) return i;
  }
  return lines.length;
}

/** Page → Notice. Never throws: a failure becomes an error object. */
export function extractNotice(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  try {
    return extractUnsafe(doc, opts);
  } catch (e) {
    return { source: opts.source ?? '', url: opts.url ?? null, error: `extraction failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function extractUnsafe(doc: Document, opts: ExtractOptions): Notice {
  const page = detectNotice(doc);
  const titles = pageTitles(doc);
  const clearlyNot = !page.isNotice && page.confidence < 0.2;
  const article = findArticle(doc, !clearlyNot);
  const { text, lines } = joinLines(article.lines);
  const candidates = article.readabilityTitle ? [...titles, article.readabilityTitle] : titles;
  const t = findTitle(lines, candidates);

  if (clearlyNot) return emptyNotice(page, opts, t.title ?? fallbackTitle(titles), text);
  const linkRatio = /neg:list-page/.test(page.reasons.join(' ')) ? 1 : 0;
  const attachmentLinks = page.reasons.includes('neg:attachment-only') ? 1 : 0;
  const detection = classifyNotice({ titles: t.title ? [t.title, ...candidates] : candidates, text, linkRatio, attachmentLinks });
  if (!detection.isNotice) return emptyNotice(detection, opts, t.title ?? fallbackTitle(titles), text);

  const title = t.title;
  let firstHeading = lines.findIndex((l, i) => i >= t.titleLines && matchHeading(l.text) !== null);
  if (firstHeading === -1) firstHeading = lines.length;
  let lastHeading = firstHeading;
  for (let i = firstHeading; i < lines.length; i++) if (lines[i] && matchHeading(lines[i]?.text ?? '')) lastHeading = i;
  const signature = findSignature(lines, t.titleLines);
  const closing = Math.min(closingLine(lines, lastHeading + 1), signature.firstLine);
  const bodyEnd = lines[closing - 1]?.end ?? text.length;
  const closingStart = lines[closing]?.start ?? text.length;
  const openingStart = lines[t.titleLines]?.start ?? 0;
  const openingEnd = lines[firstHeading]?.start ?? Math.min(text.length, openingStart + 1500);

  const idx = buildSections(lines, firstHeading, closing, bodyEnd);
  const masked = makeMasker(text);
  const problems = extractProblems(text, lines, idx, masked);
  const stats = extractStats(text, openingStart, closingStart);
  const opening = findOpeningFacts(text, openingStart, openingEnd);
  const publishedDate = signature.date?.iso ?? pageDate(doc);
  const lastYear = findDates(text).reduce<number | null>((y, d) => (d.year !== null && !d.redacted ? d.year : y), null);
  const contextYear = publishedDate ? Number(publishedDate.slice(0, 4)) : lastYear;
  const publicity = findPublicity(text, openingStart, contextYear);
  const contactsFrom = closing < lines.length ? closingStart : Math.max(0, text.length - 1500);
  const inspectorFrom = openingStart;

  const feedbackTo = /向(?!我)([^，。；\s]{2,30}?)(?:党组|党委)?反馈/.exec(text.slice(openingStart, openingEnd + 1));
  const issuer = issuerFromTitle(title) ?? signature.issuer ?? (feedbackTo ? feedbackTo[0].replace(/^向/, '').replace(/反馈$/, '') : null);

  const nextSteps = idx.roots.filter((s) => sectionRole(s) === 'next');
  const commitments = extractCommitments({
    text,
    from: lines[firstHeading]?.start ?? openingEnd,
    to: bodyEnd,
    sections: idx.all,
    nextSteps,
    excluded: problems.filter((p) => /^(关于|针对)/.test(p.text) || p.measures.length > 0).map((p) => [p.start, p.end] as [number, number]),
    masked,
    fallbackYear: contextYear,
  });
  const checks = runChecks({
    stats,
    problems,
    inspectionPeriod: opening.inspectionPeriod,
    feedbackDate: opening.feedbackDate,
    publishedDate,
    publicityPeriod: publicity.range,
    dateSpans: { period: opening.periodSpan, feedback: opening.feedbackSpan, publicity: publicity.span },
    redacted: [...opening.redacted, ...publicity.redacted],
  });

  return {
    source: opts.source ?? '',
    url: opts.url ?? null,
    ...detection,
    title,
    issuer,
    inspector: findInspector(text, inspectorFrom, title),
    round: findRound(text, title),
    inspectionPeriod: opening.inspectionPeriod,
    feedbackDate: opening.feedbackDate,
    publishedDate,
    publicityPeriod: publicity.range,
    stats: stats.stats,
    contacts: extractContacts(text, contactsFrom, text.length),
    sections: idx.roots,
    problems,
    commitments,
    checks,
    text,
  };
}

function fallbackTitle(titles: string[]): string | null {
  const first = titles[0];
  if (!first) return null;
  const part = first.split(/[_|｜]|\s[-—–]\s/)[0] ?? first;
  return normaliseTitle(part) || null;
}
