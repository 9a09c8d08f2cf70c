/**
 * A commitment of a notice turned into an item someone follows up: its status, its deadline, a
 * note and links to evidence. Stored in the `tracked` table (utils/storage/tracked.ts).
 */

/** 待核实 to verify · 已兑现 kept · 未兑现 broken · 存疑 doubtful. */
export type TrackedStatus = 'to-verify' | 'kept' | 'broken' | 'doubtful';

export const TRACKED_STATUSES: readonly TrackedStatus[] = ['to-verify', 'kept', 'broken', 'doubtful'];

/** A calendar date `YYYY-MM-DD` (the notice's deadlines have no time of day). */
export type IsoDate = string;

export interface TrackedCommitment {
  id: string;
  /** Normalised URL of the notice (utils/storage/url.ts). */
  pageUrl: string;
  /** The highlight (category `commitment`) of the sentence on the page; null when none could be made. */
  annotationId: string | null;
  /** The commitment's sentence as extracted. */
  text: string;
  status: TrackedStatus;
  due: IsoDate | null;
  /** The deadline as the notice wrote it (`年底前`), null when it wrote none. */
  dueAsWritten: string | null;
  note: string;
  /** http(s) URLs only (isEvidenceUrl). */
  evidence: string[];
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

/** red / yellow / green by how close the due date is (deadline.ts); none without a date. */
export type DeadlineLight = 'red' | 'yellow' | 'green' | 'none';
