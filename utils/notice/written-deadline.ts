import type { Commitment } from './types';

/**
 * Words that say when (`年底前`, `6月底前`, `年内`, `三季度末`, `第三季度`, `2025—2026年`, `下一轮巡察前`…):
 * the deadline as the notice wrote it. A quarter's name ends in 季度, as a rhythm does (`每季度`,
 * `按季度`): those say how often, not when.
 */
export const DEADLINE_CUE = /^(?!目前)(?:.*[年月底内前末]|(?!每|按).*季度)$/;

/** The deadline words of a commitment joined (`年底前`), or null when it has none. */
export function writtenDeadline(c: Pick<Commitment, 'cues'>): string | null {
  const words = c.cues.filter((w) => DEADLINE_CUE.test(w));
  return words.length > 0 ? words.join('、') : null;
}
