import { findArticle } from './article';
import { runChecks } from './checks';
import { classifyNotice, confirmOnArticle } from './classify';
import { extractCommitments } from './commitments';
import { extractContacts } from './contacts';
import { findDates } from './dates';
import { detectPage, INSPECTION_WORD, linkStats, pageTitles } from './detect';
import {
  SITE_SEPARATOR, findInspector, findOpeningFacts, findPublicity, findRound, findSignature, findTitle, issuerFromTitle, normaliseTitle,
} from './header';
import { accountsForWork, findLedgers, ledgerLineSet, pageTables, placeLedgers, tableCellTexts } from './ledger';
import { ledgerFindings } from './ledger-problems';
import { joinLines, quotedRanges, sentencesIn, type Line, type Sentence } from './lines';
import { pageDate } from './page-date';
import { extractProblems, sectionRole, taskSections } from './problems';
import { badgeHeadings, buildSections, matchHeading } from './sections';
import { toAsciiDigits } from './numerals';
import { hasTraditional, toSimplified } from './simplify';
import { extractStats } from './stats';
import { fillFromStatsTables } from './stats-table';
import type { Detection, ExtractError, Notice, NoticeStats, OtherStat, Problem, Section } from './types';
import { unwrapHardBreaks } from './unwrap';

const FULLWIDTH_DIGIT = /[０-９]/;

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

const ATTACHMENT_LINE = /^附件\s*[0-9一二三四五六七八九十]?\s*[：:]?\s*.{0,40}$/;
/** Nothing after line `i` but a short list of names (an attachment's files, 10 at most). */
function onlyFileNamesAfter(lines: readonly { text: string }[], i: number): boolean {
  const rest = lines.length - i - 1;
  if (rest < 1 || rest > 10) return false;
  for (let k = i + 1; k < lines.length; k++) if ((lines[k]?.text.length ?? 0) > 80) return false;
  return true;
}
const CARRY_ON_HEADING = /持续(?:推动|推进|深化|抓好|做好|巩固|用力)|深化.{0,6}整改|整改成果(?:运用|转化)|久久为功|常抓不懈/;

// An invitation may be made warmly: `衷心欢迎`, `诚挚欢迎`, `真诚欢迎`, `热忱欢迎`, `热诚欢迎` (CLOSING and
// CLOSING_SENTENCE spell the same words out).
const WELCOME = '(?:衷心|诚挚|真诚|热忱|热诚|诚恳)?欢迎';
// The closing of a notice: the invitation to supervise, the publicity period, contacts.
const CLOSING = /^((?:衷心|诚挚|真诚|热忱|热诚|诚恳)?欢迎|如有意见|如对|(?:大家|各位|群众|广大干部群众)[^。]{0,12}(?:意见|建议)|公开期限|公示期|公开时间|公示时间|公告时间|公告期|征求意见(?:期限|时间|期)|(?:公示|公开|意见反馈)截止|联系(电话|方式|人|地址)|电话|邮政|电子邮箱|邮箱|地址|监督电话|举报电话|附件)|^[^。；]{0,16}?(?:(?:如对|若对)[^。；]{0,30}?(?:意见|建议)|(?:如有|若有)(?:意见|建议)|有何意见)|^请(?:广大|社会|各界|干部群众|群众)[^。；]{0,24}?(?:监督|反映)/;
// Inside a paragraph — the next steps ending in the invitation (`下一步，…进行督办。…欢迎广大干部群众监督。`) —
// the closing opens at a sentence: one addressed to the readers, or giving the publicity period or a
// contact with its value. Words that a measure may open a sentence with as well (a bare `如对…`, `电话`,
// `地址`, `公示时间不足…`) do not open it there.
const CLOSING_SENTENCE = /^(?:(?:衷心|诚挚|真诚|热忱|热诚|诚恳)?欢迎[^。；]{0,40}?(?:监督|反映|批评|意见|建议)|(?:如有|若有)(?:意见|建议)|[^。；，]{0,16}?(?:如对|若对)[^。；]{0,30}?(?:意见|建议)|请(?:广大|社会|各界|干部群众|群众)[^。；]{0,24}?(?:监督|反映)|(?:大家|各位)[^。；]{0,12}(?:意见|建议)|(?:公开期限|公示期限?|公开时间|公示时间|公告时间|公告期|公开期|征求意见(?:期限|时间|期))(?:为|：|:)?\s*(?:自|即日|[0-9一二三四五六七八九十〇])|(?:公示|公开|意见反馈)截止(?:时间|日期)|(?:联系(?:电话|方式|人)|监督电话|举报电话)\s*[：:为]?\s*[0-9（(])/;
// An invitation after a lead-in in its own sentence: `各单位巡察整改进展情况已在各自门户网站公开，欢迎广大干部群众
// 监督`, `以上为巡察整改进展情况，欢迎…`, `为进一步做好巡视整改工作，欢迎…`. The lead-in is one short clause, or
// ends announcing what is made public; after the next steps' clauses (`下一步，市委巡察办将…督办，推动巡察
// 整改落地见效，欢迎…监督`) the sentence is the body's, its promise kept.
const INVITATION_INSIDE = new RegExp(`[，,]\\s*${WELCOME}(?:广大|社会|各界|全[体院校市县区]|干部|群众|师生|职工|党员)[^。；]{0,24}?(?:监督|提出|反映|批评)`);
const PUBLISHED_CLAUSE = /(?:^|[，,])[^，,]{0,30}(?:公开|公布|公示|通报|发布)[^，,]{0,8}$/;
// A lead-in of a clause or two that only says why the notice is out or that it asks for supervision:
// its purpose (`为进一步做好巡察整改工作`, `为了更好地接受监督`), its grounds (`根据有关要求`), the body opening
// itself to supervision (`主动接受监督`, `自觉接受群众监督`). Not a next step's clauses (`下一步`, `将…督办`,
// `推动巡察整改落地见效`): those keep the sentence the body's, its promise whole.
const WHY_CLAUSE = /^(?:为了?[^，,]{2,24}|(?:根据|按照)[^，,]{0,16}(?:要求|规定|部署|精神)|(?:主动|自觉|诚恳|广泛)?接受[^，,]{0,12}监督)$/;
const whyLead = (lead: string): boolean => {
  const clauses = lead.split(/[，,]/).map((c) => c.trim());
  return clauses.length <= 2 && clauses.every((c) => WHY_CLAUSE.test(c) && !/将|下一步/.test(c));
};
// …but a measure's own clause (`一是已开通“码上监督”平台，欢迎广大群众扫码反映问题`) leads no closing in.
const MEASURE_LEAD = /^(?:[一二三四五六七八九十]+是|[^，。；]{0,12}?已(?:经)?[^，。；]{0,10}?(?:开通|设立|建立|开设|安装))/;
const invitationLead = (lead: string): boolean =>
  !MEASURE_LEAD.test(lead) && ((lead.length <= 30 && !/[，,]/.test(lead)) || PUBLISHED_CLAUSE.test(lead) || whyLead(lead));
// Words of the contacts a closing gives (`联系电话`, `邮箱`, `来信请寄`): where no closing opens with
// an invitation, the last lines holding them are where contacts are read.
const CONTACT_CUE = /电话|邮箱|信箱|邮编|邮政编码|来信|来电|联系方式|联系人|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+/;
const CONTACT_LOOKBACK = 3;
const REPORTS_DONE = /^(?:[一二三四五六七八九十]+是)?[^，。；]{0,12}?已(?:经)?[^，。；]{0,10}?(?:开通|设立|公布|建立|开设|公开|安装)/;

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

/**
 * Where contacts are read from when no closing line opened with an invitation: the earliest of the
 * last few lines before `end` that give contacts (`…如有意见建议，可拨打监督电话0731-85526613`, an
 * invitation at the end of the next steps), else `end`.
 */
function contactLine(lines: Line[], from: number, end: number, inLedger: (i: number) => boolean): number {
  let first = end;
  for (let i = end - 1; i >= Math.max(from, end - CONTACT_LOOKBACK); i--) {
    const l = lines[i];
    // A measure reporting a hotline set up (`已开通便民服务热线电话…`) gives no contact of the notice.
    if (!l || inLedger(i) || matchHeading(l.text) || !CONTACT_CUE.test(l.text) || REPORTS_DONE.test(l.text)) break;
    first = i;
  }
  return first;
}

/** Whether a sentence of a paragraph opens the closing. */
function closingSentence(s: Sentence): boolean {
  if (CLOSING_SENTENCE.test(s.text)) return true;
  const m = INVITATION_INSIDE.exec(s.text);
  return !!m && invitationLead(s.text.slice(0, m.index).trim());
}

/**
 * The closing's first line, and where in it the closing opens: the line's start when it opens with
 * the closing's words, or the sentence of a paragraph that opens it after the body's last sentences
 * (next steps, then the invitation in the same paragraph).
 */
function closingLine(text: string, lines: Line[], from: number, inLedger: (i: number) => boolean): { line: number; at: number } {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if (!l || inLedger(i) || matchHeading(l.text)) continue;
    if (CLOSING.test(l.text)) return { line: i, at: l.start };
    // Most lines hold none of the words: one cheap test before reading the line's sentences.
    if (!MAYBE_CLOSING.test(l.text)) continue;
    for (const s of sentencesIn(text, l.start, l.end)) if (closingSentence(s)) return { line: i, at: s.start };
  }
  return { line: lines.length, at: text.length };
}
const MAYBE_CLOSING = /欢迎|意见|建议|监督|反映|公开|公示|公告|截止|电话/;

/** Page → Notice. Never throws: a failure becomes an error object. */
export function extractNotice(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  try {
    return extractUnsafe(doc, opts);
  } catch (e) {
    return { source: opts.source ?? '', url: opts.url ?? null, error: `extraction failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function extractUnsafe(doc: Document, opts: ExtractOptions): Notice {
  const page = detectPage(doc);
  // A page without inspection words, or without any voice of its own, is not worth Readability.
  const clearlyNot = !page.detection.isNotice && page.detection.confidence < 0.35;
  const found = findArticle(doc, !clearlyNot, page.text);
  // 整改台账 tables are read row by row; their cells are neither title, headings nor paragraphs.
  const tables = clearlyNot ? [] : pageTables(doc);
  // A text printed line by line (a converted PDF) is read as its sentences, not its printed lines;
  // a table's cells stay cells.
  let cells: Set<string> | null = null;
  const isCell = (l: string): boolean => (cells ??= tableCellTexts(tables)).has(l.replace(/\s+/g, ''));
  const article = { ...found, lines: unwrapHardBreaks(found.lines, isCell) };
  const original = article.lines.join('\n');
  // Parse a shadow of the same length — simplified characters, ASCII digits — so that every rule
  // is written once for `整改`/`２０２４年` and their twins; restore what the user sees at the end.
  const trad = hasTraditional(original);
  const shadowed = trad || FULLWIDTH_DIGIT.test(original);
  const shadowOf = (s: string): string => toAsciiDigits(trad ? toSimplified(s) : s);
  const { text, lines } = joinLines(shadowed ? article.lines.map(shadowOf) : article.lines);
  // The page's title candidates are looked up only when the text does not open with its title.
  let rawCandidates: string[] | null = null;
  const getCandidates = (): string[] => {
    rawCandidates ??= article.readabilityTitle ? [...pageTitles(doc), article.readabilityTitle] : pageTitles(doc);
    return rawCandidates;
  };
  const ledgers = placeLedgers(lines, findLedgers(doc, tables), shadowed ? shadowOf : undefined);
  const ledgerLines = ledgerLineSet(ledgers);
  const inLedger = (i: number): boolean => ledgerLines.has(i);
  const t = findTitle(lines, () => (shadowed ? getCandidates().map(shadowOf) : getCandidates()), inLedger);
  const restoreTitle = (title: string | null): string | null => {
    if (!title || !shadowed) return title;
    for (const c of getCandidates()) {
      for (const part of [c, ...c.split(SITE_SEPARATOR)]) {
        if (normaliseTitle(shadowOf(part)) === title) return normaliseTitle(part);
      }
    }
    const inText = normaliseTitle(article.lines.slice(0, t.titleLines).join(''));
    return normaliseTitle(shadowOf(inText)) === title ? inText : title;
  };

  if (clearlyNot) return emptyNotice(page.detection, opts, restoreTitle(t.title) ?? fallbackTitle(getCandidates()), original);
  const links = page.links ?? linkStats(doc, page.text);
  const titleInputs = (): string[] => (t.title ? [t.title, ...page.titles] : shadowed ? getCandidates().map(shadowOf) : getCandidates());
  // A confident page-level verdict needs only the article's own check; otherwise judge the article
  // afresh. A long navigation menu must not outweigh a short article: the link ratio stays a
  // page-level hint.
  // …unless the article shows a title the page's own titles lack (`<title>` is only the site's
  // name): the verdict is then the article's, title included (a `…的通知` is no notice; a notice
  // title earns its reason).
  const knownTitles = page.titles.map((x) => normaliseTitle(shadowed ? shadowOf(x) : x));
  const newTitle = !!t.title && !knownTitles.some((k) => k.includes(t.title as string));
  const detection =
    page.detection.isNotice && page.detection.confidence >= 0.7 && !newTitle
      ? confirmOnArticle(page.detection, text, t.title)
      : classifyNotice({
          titles: titleInputs(),
          text,
          scope: 'article',
          attachmentLinks: links.attachmentLinks,
          listPage: links.listPage,
          ledgerRows: ledgers.filter(accountsForWork).reduce((n, l) => n + l.rows.filter((r) => !r.group).length, 0),
        });
  if (!detection.isNotice) return emptyNotice(detection, opts, restoreTitle(t.title) ?? fallbackTitle(getCandidates()), original);
  // A notice names its inspection in its own words: a page naming 巡察/巡视 only in its menus or
  // sidebars (a `巡察工作` column beside a regulator's `…整改情况的公示`) is another procedure's page.
  if (!INSPECTION_WORD.test(text) && !(t.title && INSPECTION_WORD.test(t.title))) {
    return emptyNotice({ isNotice: false, kind: 'not-notice', confidence: 0.05, reasons: [...detection.reasons, 'neg:no-inspection-in-article'] }, opts, restoreTitle(t.title) ?? fallbackTitle(getCandidates()), original);
  }

  const title = t.title;
  const badges = badgeHeadings(lines, t.titleLines, lines.length, inLedger);
  const isHeading = (i: number): boolean => !inLedger(i) && (badges.has(i) || matchHeading(lines[i]?.text ?? '') !== null);
  let firstHeading = lines.findIndex((_, i) => i >= t.titleLines && isHeading(i));
  if (firstHeading === -1) firstHeading = lines.length;
  // An attachment (`附件：整改任务清单` and its table) may follow the signature: the notice ends
  // before it. In a notice without parts, the attachment's numbered files (`1.…整改台账.xlsx`) would
  // pass for its first headings: an attachment line followed by nothing but a few short lines ends
  // the notice wherever it stands.
  const attachment = lines.findIndex((l, i) => i > t.titleLines && !inLedger(i) && ATTACHMENT_LINE.test(l.text) && (i > firstHeading || onlyFileNamesAfter(lines, i)));
  if (attachment !== -1 && attachment < firstHeading) firstHeading = lines.length;
  let lastHeading = firstHeading;
  for (let i = firstHeading; i < (attachment === -1 ? lines.length : attachment); i++) if (isHeading(i)) lastHeading = i;
  const signature = findSignature(lines, t.titleLines, attachment === -1 ? lines.length : attachment, inLedger);
  const closingFrom = firstHeading < lines.length ? lastHeading + 1 : t.titleLines + 1;
  const closingAt = closingLine(text, lines, closingFrom, inLedger);
  const byWords = closingAt.line;
  const closing = Math.min(byWords, signature.firstLine, attachment === -1 ? lines.length : attachment);
  // A closing opening inside a paragraph: the paragraph's sentences before it stay the body's.
  const inside = closing === byWords && closing < lines.length && closingAt.at > (lines[closing]?.start ?? 0);
  const bodyLines = inside ? closing + 1 : closing;
  const bodyEnd = inside ? closingAt.at : (lines[closing - 1]?.end ?? text.length);
  const closingStart = inside ? closingAt.at : (lines[closing]?.start ?? text.length);
  const openingStart = lines[t.titleLines]?.start ?? 0;
  const openingEnd = lines[firstHeading]?.start ?? Math.min(text.length, openingStart + 1500);

  const idx = buildSections(lines, firstHeading, bodyLines, bodyEnd, inLedger, badges);
  const masked = makeMasker(text);
  const stats = extractStats(text, openingStart, closingStart, taskSections({ text, idx }));
  // `问题整改情况如下表`: the counts stand in a table's 合计 row.
  if (stats.stats.rectified === null || stats.stats.staged === null || stats.stats.problems === null) fillFromStatsTables(stats, tables, lines, shadowed ? shadowOf : undefined);
  const publishedDate = signature.date?.iso ?? pageDate(doc, restoreTitle(title));
  // The first part's lead (its heading and paragraphs up to its first item, three lines at most):
  // `一、巡察反馈基本情况` may tell the inspection the opening leaves unsaid.
  let partEnd = firstHeading + 1;
  while (partEnd < bodyLines && partEnd <= firstHeading + 3 && !isHeading(partEnd)) partEnd++;
  const part = firstHeading < bodyLines ? { start: lines[firstHeading]?.start ?? 0, end: Math.min(lines[partEnd - 1]?.end ?? 0, bodyEnd) } : null;
  const opening = findOpeningFacts(text, openingStart, openingEnd, { part, publishedYear: publishedDate ? Number(publishedDate.slice(0, 4)) : null });
  const contextYear = publishedDate
    ? Number(publishedDate.slice(0, 4))
    : findDates(text).reduce<number | null>((y, d) => (d.year !== null && !d.redacted ? d.year : y), null);
  const fromLedgers = ledgerFindings({ text, lines, ledgers, sections: idx.all, masked, fallbackYear: contextYear });
  const problems = inDocumentOrder([...extractProblems(text, lines, idx, masked, inLedger), ...fromLedgers.problems]);
  const publicity = findPublicity(text, openingStart, contextYear, publishedDate);
  const contactsAt = closing === byWords ? closing : contactLine(lines, closingFrom, closing, inLedger);
  const contactsFrom = inside ? closingStart : contactsAt < lines.length ? (lines[contactsAt]?.start ?? closingStart) : Math.max(0, text.length - 1500);
  const inspectorFrom = openingStart;

  const feedbackTo = /向(?!我)([^，。；\s]{2,30}?)(?:党组|党委)?反馈/.exec(text.slice(openingStart, openingEnd + 1));
  const issuer = issuerFromTitle(title) ?? signature.issuer ?? (feedbackTo ? feedbackTo[0].replace(/^向/, '').replace(/反馈$/, '') : null);

  const nextSteps = idx.roots.filter((s) => sectionRole(s) === 'next');
  // A last section about carrying rectification on (`三、深化整改成果运用，持续推动整改落实落地`) is
  // the next steps, though it does not say 下一步.
  const lastRoot = idx.roots[idx.roots.length - 1];
  if (!nextSteps.length && idx.roots.length >= 2 && lastRoot && sectionRole(lastRoot) === 'other' && CARRY_ON_HEADING.test(lastRoot.heading)) nextSteps.push(lastRoot);
  const fromText = extractCommitments({
    text,
    // Without numbered headings (a short notice of plain paragraphs) the whole body counts.
    // A short notice may be one paragraph: the opening holds its promises too.
    from: lines[firstHeading]?.start ?? lines[Math.min(t.titleLines, lines.length - 1)]?.start ?? openingEnd,
    to: bodyEnd,
    sections: idx.all,
    nextSteps,
    excluded: [
      ...problems.filter((p) => /^(关于|针对)/.test(p.text) || p.measures.length > 0).map((p) => [p.start, p.end] as [number, number]),
      // The ledger's rows made their own commitments (measure + deadline column).
      ...ledgers.map((l) => [lines[l.firstLine]?.start ?? 0, lines[l.firstLine + l.sequence.length - 1]?.end ?? 0] as [number, number]),
    ],
    masked,
    fallbackYear: contextYear,
    published: publishedDate,
  });
  const commitments = [...fromText, ...fromLedgers.commitments].sort((a, b) => a.start - b.start);
  const checks = runChecks({
    text,
    summary: detection.kind === 'summary',
    stats,
    problems,
    inspectionPeriod: opening.inspectionPeriod,
    feedbackDate: opening.feedbackDate,
    publishedDate,
    publicityPeriod: publicity.range,
    dateSpans: { period: opening.periodSpan, feedback: opening.feedbackSpan, publicity: publicity.span },
    redacted: [...opening.redacted, ...publicity.redacted],
  });

  const notice: Notice = {
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
  return shadowed ? restoreOriginal(notice, original, restoreTitle(title)) : notice;
}

const CUE_SEARCH_BEFORE = 400;

/** Puts the page's own characters back into everything parsed from the simplified shadow. */
function restoreOriginal(n: Notice, original: string, title: string | null): Notice {
  const shadow = n.text;
  const at = (start: number, end: number): string => original.slice(start, end);
  const sub = (s: string | null): string | null => {
    if (!s) return s;
    const i = shadow.indexOf(s);
    if (i !== -1) return at(i, i + s.length);
    const j = n.title ? n.title.indexOf(s) : -1;
    return j !== -1 && title ? title.slice(j, j + s.length) : s;
  };
  // A cue as the page wrote it (`每週`, `計劃`): found in the shadow where it was read — in its
  // item, or nearby for a ledger row's status and deadline cells.
  const cueAt = (cue: string, near: number): string => {
    const i = shadow.indexOf(cue, Math.max(0, near - CUE_SEARCH_BEFORE));
    return i === -1 ? cue : at(i, i + cue.length);
  };
  // A figure reads label first, its unit last (`問責12人`), or count first, its unit after the count and
  // its label last (`對9名黨員幹部進行追責問責`).
  const otherAsWritten = (o: OtherStat): OtherStat => {
    const labelFirst = shadow.startsWith(o.label, o.start);
    const labelStart = labelFirst ? o.start : o.end - o.label.length;
    const unitStart = labelFirst ? o.end - o.unit.length : o.start + (/^[0-9.]+\s*/.exec(shadow.slice(o.start, o.end))?.[0].length ?? 0);
    return { ...o, label: at(labelStart, labelStart + o.label.length), unit: at(unitStart, unitStart + o.unit.length) };
  };
  const sections = (ss: Section[]): Section[] => ss.map((s) => ({ ...s, heading: at(s.headingStart, s.headingEnd), children: sections(s.children) }));
  return {
    ...n,
    title,
    issuer: sub(n.issuer),
    inspector: sub(n.inspector),
    round: sub(n.round),
    stats: { ...n.stats, other: n.stats.other.map(otherAsWritten) },
    contacts: { ...n.contacts, postalAddress: sub(n.contacts.postalAddress) },
    sections: sections(n.sections),
    problems: n.problems.map((p) => ({ ...p, text: at(p.start, p.end), measures: p.measures.map((m) => ({ ...m, text: at(m.start, m.end), cues: m.cues.map((c) => cueAt(c, m.start)) })) })),
    commitments: n.commitments.map((c) => ({ ...c, text: at(c.start, c.end), cues: c.cues.map((w) => cueAt(w, c.start)) })),
    text: original,
  };
}

/** Problems from paragraphs and from ledger rows, in reading order, numbered `p1`, `p2`… in it. */
function inDocumentOrder(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.start - b.start).map((p, i) => ({ ...p, id: `p${i + 1}` }));
}

function fallbackTitle(titles: string[]): string | null {
  const first = titles[0];
  if (!first) return null;
  const part = first.split(/[_|｜]|\s[-—–]\s/)[0] ?? first;
  return normaliseTitle(part) || null;
}
