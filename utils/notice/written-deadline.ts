import type { Commitment } from './types';

/** Words that say when (`年底前`, `6月底前`, `年内`…): the deadline as the notice wrote it. */
export const DEADLINE_CUE = /^(?!目前).*[年月底内前]$/;

/** The deadline words of a commitment joined (`年底前`), or null when it has none. */
export function writtenDeadline(c: Pick<Commitment, 'cues'>): string | null {
  const words = c.cues.filter((w) => DEADLINE_CUE.test(w));
  return words.length > 0 ? words.join('、') : null;
}
