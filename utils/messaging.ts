import type { Detection } from './notice/types';

/**
 * The one message protocol between Duban's contexts (content scripts → background). Types only:
 * the entrypoints send and receive with the browser API, and this union keeps both ends honest.
 */
export type DubanMessage = { type: 'notice-detected'; detection: Detection; url: string };

export function isDubanMessage(m: unknown): m is DubanMessage {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'notice-detected';
}
