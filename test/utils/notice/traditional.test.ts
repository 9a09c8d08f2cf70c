import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { textToHtml } from '../../../scripts/lib/load-page';
import { extractNotice, isExtractError } from '../../../utils/notice/extract';
import { hasTraditional, toSimplified } from '../../../utils/notice/simplify';
import type { Notice, Section } from '../../../utils/notice/types';

// Traditional-character mirrors publish the same notices: the structure must come out the same,
// shown in the page's own characters.
function extractText(text: string): Notice {
  const { document } = parseHtml(textToHtml(text));
  const r = extractNotice(document, { source: 'mirror' });
  if (isExtractError(r)) throw new Error(r.error);
  return r;
}

const outline = (ss: Section[]): string[] => ss.flatMap((s) => [`${s.level}:${s.number ?? '-'}`, ...outline(s.children)]);

describe('traditional-character mirror', () => {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  it.each(['000', '001', '004'])('seed %s reads the same as its simplified original', (seed) => {
    const simplified = readFileSync(new URL(`../../fixtures/seeds/${seed}.txt`, import.meta.url), 'utf8');
    const traditional = toTraditional(simplified);
    expect(hasTraditional(traditional)).toBe(true);
    const a = extractText(simplified);
    const b = extractText(traditional);
    expect(b.isNotice).toBe(true);
    expect(b.kind).toBe(a.kind);
    expect(outline(b.sections)).toEqual(outline(a.sections));
    expect(b.problems.map((p) => p.measures.map((m) => m.status))).toEqual(a.problems.map((p) => p.measures.map((m) => m.status)));
    expect([b.inspectionPeriod, b.feedbackDate, b.publishedDate, b.publicityPeriod]).toEqual([a.inspectionPeriod, a.feedbackDate, a.publishedDate, a.publicityPeriod]);
    expect(b.stats).toEqual(a.stats);
    // Shown as written: the title and headings keep the mirror's characters.
    expect(b.title).toBe(a.title === null ? null : toTraditional(a.title));
    expect(b.sections[0]?.heading).toBe(toTraditional(a.sections[0]?.heading ?? ''));
    expect(toSimplified(b.text)).toHaveLength(b.text.length);
    // Cue words as the mirror wrote them: each is the page's text at some place of the notice.
    for (const cue of [...b.problems.flatMap((p) => p.measures.flatMap((m) => m.cues)), ...b.commitments.flatMap((c) => c.cues)]) {
      expect(b.text).toContain(cue);
    }
    expect(b.commitments.flatMap((c) => c.cues)).toEqual(a.commitments.flatMap((c) => c.cues).map((c) => toTraditional(c)));
  });
});

describe('toSimplified', () => {
  it('maps the traditional characters a rule spells out itself (巡視組: the rule says 巡[察视視])', () => {
    expect(toSimplified('省委第三巡視組於2024年進駐')).toBe('省委第三巡视组于2024年进驻');
  });

  it('returns the very string when nothing is traditional, and keeps lone surrogates', () => {
    const s = '巡察整改\ud800进展';
    expect(toSimplified(s)).toBe(s);
    expect(toSimplified('巡視\ud800組')).toBe('巡视\ud800组');
  });
});

describe('hasTraditional', () => {
  it('a simplified page linking its mirror (繁體版) is not traditional; three characters are', () => {
    expect(hasTraditional('无障碍浏览 | 繁體版 | 手机版', 200, 3)).toBe(false);
    expect(hasTraditional('關於巡察整改進展情況的通報', 200, 3)).toBe(true);
  });
});
