import { describe, expect, it } from 'vitest';
import { describeTextRange } from '../../../utils/anchoring/describe';
import { matchQuotes, matchQuotesInSlices } from '../../../utils/anchoring/match-many';
import { matchQuote } from '../../../utils/anchoring/match-quote';
import { applyEdits, randInt, rng, seedTexts } from './edits';

const [seed] = seedTexts();
const text = seed?.text ?? '';

/** 40 highlights of 20–60 characters spread over the text; every fourth gets one character replaced. */
function scenario(shiftBy: number) {
  const r = rng(11);
  const picks = Array.from({ length: 40 }, (_, i) => {
    const start = Math.floor(((i + 0.5) * (text.length - 100)) / 40);
    return { start, end: start + randInt(r, 20, 60) };
  });
  const selectors = picks.map((p) => describeTextRange(text, p.start, p.end));
  const ed = applyEdits(
    text,
    picks.filter((_, i) => i % 4 === 0).map((p) => ({ at: p.start + 7, kind: 'replace' as const, char: '某' })),
  );
  return { picks, selectors, page: '栏目导航 '.repeat(Math.ceil(shiftBy / 5)).slice(0, shiftBy) + ed.text, ed };
}

describe('matchQuotes', () => {
  it('on an unchanged page, is matchQuote for each highlight', () => {
    const { selectors } = scenario(0);
    expect(matchQuotes(text, selectors)).toEqual(selectors.map((s) => matchQuote(text, s.quote, { position: s.position })));
  });

  it('after a block shift, places the edited highlights their neighbours say moved with them', () => {
    const { picks, selectors, page, ed } = scenario(400);
    const results = matchQuotes(page, selectors);
    results.forEach((res, i) => {
      const p = picks[i] as { start: number; end: number };
      expect(res.status).toBe(i % 4 === 0 ? 'anchored-fuzzy' : 'anchored');
      expect(res.match?.start).toBe((ed.lo[p.start] as number) + 400);
    });
    // Alone, the edited ones are 400 characters from their stored position: too far to look.
    expect(selectors.filter((s) => matchQuote(page, s.quote, { position: s.position }).status === 'orphaned')).toHaveLength(10);
  });

  it('in slices: the same results, yielding between slices', async () => {
    const { selectors, page } = scenario(400);
    let yields = 0;
    const sliced = await matchQuotesInSlices(page, selectors, {
      sliceMs: 0,
      yieldToHost: async () => {
        yields++;
      },
    });
    expect(sliced).toEqual(matchQuotes(page, selectors));
    expect(yields).toBeGreaterThanOrEqual(selectors.length);
  });
});
