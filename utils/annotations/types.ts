import type { AnchorStatus, TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import type { NoticeKind } from '../notice/types';
import type { PageStats } from './page-stats';

/** A highlight category: 承诺 commitment, 问题 problem, 存疑 doubt, 跟进 follow-up by default. */
export interface Category {
  id: string;
  label: { zh: string; en: string };
  /** CSS colour of the highlight. */
  color: string;
}

export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'commitment', label: { zh: '承诺', en: 'Commitment' }, color: '#ffd54f' },
  { id: 'problem', label: { zh: '问题', en: 'Problem' }, color: '#ef9a9a' },
  { id: 'doubt', label: { zh: '存疑', en: 'Doubt' }, color: '#ce93d8' },
  { id: 'follow-up', label: { zh: '跟进', en: 'Follow-up' }, color: '#90caf9' },
];

/** Where a highlight sits: W3C selectors over the page text, plus the notice section when known. */
export interface AnnotationTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** `Section.id` of the extracted notice, when the page is a notice. */
  sectionId: string | null;
  /** The section's heading as it was, so an export reads well even if the page changes. */
  sectionHeading: string | null;
}

/** One highlight with its note. Stored in IndexedDB on the extension origin. */
export interface Annotation {
  /** A random UUID. */
  id: string;
  /** The normalised page URL (see normaliseUrl): two links to one notice share annotations. */
  pageUrl: string;
  category: string;
  /** Plain text, never rendered as HTML. */
  note: string;
  target: AnnotationTarget;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** Soft delete, so a delete can be undone; null while alive. */
  deletedAt: number | null;
  /** The last re-anchoring outcome on the page, for the side panel's lists. */
  anchorStatus: AnchorStatus | null;
}

/** What the library keeps of a notice page, saved with its annotations. */
export interface PageRecord {
  /** Normalised URL: the key. */
  url: string;
  /** The URLs it was reached by (before normalisation), newest first. */
  seenAs: string[];
  title: string | null;
  noticeKind: NoticeKind | null;
  issuer: string | null;
  inspector: string | null;
  publishedDate: string | null;
  /** The notice text the annotations were made on (`Notice.text`), or the page text. */
  text: string | null;
  /** The notice's headline figures when it was read as a notice (older records: null). */
  stats: PageStats | null;
  firstSeenAt: number;
  lastSeenAt: number;
}
