import { describe, expect, it } from 'vitest';
import { distanceAfter, distanceBefore, startsEndingAt } from '../../../utils/anchoring/edit-distance';
import { randInt, rng } from './edits';

/** Plain Levenshtein distance. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1), (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    prev = cur;
  }
  return prev[b.length] as number;
}

const slack = (m: number) => (m >> 2) + 1;

describe('anchored edit distances', () => {
  const r = rng(9);
  const word = (n: number) => Array.from({ length: n }, () => '整改落实到位'[randInt(r, 0, 5)]).join('');

  it('distanceAfter / distanceBefore = the best Levenshtein distance to text starting / ending at the anchor', () => {
    for (let t = 0; t < 400; t++) {
      const text = word(randInt(r, 0, 60));
      const pattern = word(randInt(r, 1, 20));
      const at = randInt(r, 0, text.length);
      const reach = pattern.length + slack(pattern.length);
      let after = Infinity;
      for (let j = 0; j <= Math.min(reach, text.length - at); j++) after = Math.min(after, levenshtein(pattern, text.slice(at, at + j)));
      let before = Infinity;
      for (let j = 0; j <= Math.min(reach, at); j++) before = Math.min(before, levenshtein(pattern, text.slice(at - j, at)));
      expect(distanceAfter(text, at, pattern)).toBe(after);
      expect(distanceBefore(text, at, pattern)).toBe(before);
    }
  });

  it('an exact context costs 0; a shifted one costs about the shift', () => {
    const text = '台党委召开专题会议研究部署整改工作，制定了理论学习计划';
    expect(distanceAfter(text, 3, '召开专题会议')).toBe(0);
    expect(distanceBefore(text, 9, '召开专题会议')).toBe(0);
    expect(distanceAfter(text, 5, '召开专题会议')).toBe(2);
  });

  it('startsEndingAt gives the Levenshtein distance for every start in the band', () => {
    for (let t = 0; t < 300; t++) {
      const text = word(randInt(r, 5, 60));
      const pattern = word(randInt(r, 1, 20));
      const end = randInt(r, 0, text.length);
      const band = randInt(r, 0, 6);
      const got = startsEndingAt(text, end, pattern, band);
      const want: Array<{ start: number; errors: number }> = [];
      for (let j = Math.max(0, pattern.length - band); j <= Math.min(end, pattern.length + band); j++) {
        const d = levenshtein(pattern, text.slice(end - j, end));
        // Alignments leaving the band are not explored: only distances ≤ band are exact.
        want.push({ start: end - j, errors: d });
      }
      const exactWithinBand = (xs: Array<{ start: number; errors: number }>) => xs.map((x) => ({ ...x, errors: Math.min(x.errors, band + 1) }));
      expect(exactWithinBand(got)).toEqual(exactWithinBand(want));
    }
  });
});
