/**
 * The Notice contract: what `extractNotice` returns and what `npm run extract` prints.
 * Field names are part of the public contract (docs/notice-contract.md); add fields, never rename.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit indexes into `Notice.text`, half-open [start, end),
 * so `notice.text.slice(start, end)` is the span — the same units the DOM and JS strings use.
 */

export type NoticeKind = 'progress-notice' | 'rectification-report' | 'summary' | 'not-notice';

/** A date as ISO `YYYY-MM-DD`; null when absent or redacted (`****年*月*日`). */
export type IsoDate = string;

export interface DateRange {
  start: IsoDate | null;
  end: IsoDate | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface OtherStat {
  /** The figure's label as written, e.g. `完善和新建制度`, `总体完成率`. */
  label: string;
  value: number;
  /** The unit as written: `项`, `万元`, `%`, `人`, `件`… */
  unit: string;
  start: number;
  end: number;
}

export interface NoticeStats {
  /** Problems fed back by the inspection team (`反馈的22个具体问题`). */
  problems: number | null;
  /** Problems fully rectified (`已整改完成17个`). */
  rectified: number | null;
  /** Problems partly rectified / ongoing (`阶段性整改完成5个`, `基本完成…持续整改4个`). */
  staged: number | null;
  /** Problems not rectified (`未整改完成0个`, `未完成5个`). */
  unrectified: number | null;
  /** Rectification measures made (`制定的54条整改措施`). */
  measures: number | null;
  /** Measures completed (`已完成54条`). */
  measuresDone: number | null;
  other: OtherStat[];
}

export interface Contacts {
  phones: string[];
  emails: string[];
  postalAddress: string | null;
  postcode: string | null;
}

export interface Section {
  id: string;
  /** Depth in the tree, 1 = `一、二、三` (or an un-numbered top heading such as `下一步工作打算`). */
  level: number;
  /** The numeral as written without punctuation: `一`, `1`, `（1）` → `1`; null when un-numbered. */
  number: string | null;
  /** The heading without its numeral and without trailing punctuation. */
  heading: string;
  /** The whole section: from its heading to the end of its last content line. */
  start: number;
  end: number;
  /** The heading text itself (what `heading` was cut from). */
  headingStart: number;
  headingEnd: number;
  children: Section[];
}

export type MeasureStatus = 'done' | 'ongoing' | 'planned' | 'unknown';

export interface Measure {
  text: string;
  status: MeasureStatus;
  /** The cue words that decided `status`, as written in the text. */
  cues: string[];
  start: number;
  end: number;
}

export interface Problem {
  id: string;
  /** The innermost section the problem sits in (the item or category it is written under). */
  sectionId: string | null;
  text: string;
  start: number;
  end: number;
  measures: Measure[];
}

export type CommitmentKind = 'planned' | 'deadline' | 'recurring' | 'vague';

export interface Commitment {
  text: string;
  kind: CommitmentKind;
  /** ISO date for a deadline (`年底前` → that year's 12-31), else null. */
  due: IsoDate | null;
  /** The cue words that made this sentence a commitment. */
  cues: string[];
  sectionId: string | null;
  start: number;
  end: number;
}

export type CheckKind =
  | 'stats-sum'
  | 'measures-sum'
  | 'problem-count'
  | 'done-vs-planned'
  | 'date-order'
  | 'rate-mismatch'
  | 'redacted';

export interface Check {
  kind: CheckKind;
  /** A sentence for the reader, Chinese first then English. */
  message: string;
  start?: number;
  end?: number;
}

export interface Detection {
  isNotice: boolean;
  kind: NoticeKind;
  confidence: number;
  /** Short machine-readable reasons, e.g. `title:progress`, `body:publish-formula`, `neg:list-page`. */
  reasons: string[];
}

export interface Notice {
  source: string;
  url: string | null;
  isNotice: boolean;
  confidence: number;
  kind: NoticeKind;
  reasons: string[];
  title: string | null;
  issuer: string | null;
  inspector: string | null;
  round: string | null;
  inspectionPeriod: DateRange | null;
  feedbackDate: IsoDate | null;
  publishedDate: IsoDate | null;
  publicityPeriod: DateRange | null;
  stats: NoticeStats;
  contacts: Contacts;
  sections: Section[];
  problems: Problem[];
  commitments: Commitment[];
  checks: Check[];
  text: string;
}

/** What the CLI prints for an input it could not read or parse. */
export interface ExtractError {
  source: string;
  url: string | null;
  error: string;
}
