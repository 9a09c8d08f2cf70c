import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../utils/anchoring/match-quote';
import { MATCH_CASES } from './match-cases';

describe('matchQuote', () => {
  it.each(MATCH_CASES)('$name', ({ selectors, text, expected }) => {
    const result = matchQuote(text, selectors.quote, { position: selectors.position });
    const seen = {
      status: result.status,
      ...(expected.at !== undefined ? { at: result.match?.start } : {}),
      ...(expected.text !== undefined ? { text: result.match ? text.slice(result.match.start, result.match.end) : null } : {}),
      ...(expected.candidates !== undefined ? { candidates: result.candidates.map((c) => c.start).sort((a, b) => a - b) } : {}),
    };
    expect(seen).toEqual(expected);
    // Only a chosen place has a match; only an ambiguous result has candidates.
    expect(result.match !== null).toBe(result.status === 'anchored' || result.status === 'anchored-fuzzy');
    expect(result.candidates.length > 0).toBe(result.status === 'ambiguous');
    if (result.match) {
      expect(result.match.score).toBeGreaterThan(0);
      expect(result.match.score).toBeLessThanOrEqual(1);
    }
  });

  it('an anchored result is the exact quote; an anchored-fuzzy one is not', () => {
    for (const { selectors, text } of MATCH_CASES) {
      const r = matchQuote(text, selectors.quote, { position: selectors.position });
      if (r.status === 'anchored' && r.match) expect(text.slice(r.match.start, r.match.end)).toBe(selectors.quote.exact);
      if (r.status === 'anchored-fuzzy' && r.match) expect(text.slice(r.match.start, r.match.end)).not.toBe(selectors.quote.exact);
    }
  });

  it('a position outside the text or NaN is only a poor hint', () => {
    const text = '整改情况：已完成整改。制定了《意识形态工作责任清单》，明确责任到人。';
    const quote = { type: 'TextQuoteSelector' as const, exact: '制定了《意识形态工作责任清单》' };
    for (const start of [-50, 10_000, Number.NaN]) {
      const r = matchQuote(text, quote, { position: { type: 'TextPositionSelector', start, end: start + 15 } });
      expect(r.status).toBe('anchored');
      expect(r.match?.start).toBe(text.indexOf('制定了'));
    }
  });
});
