import { afterAll, describe, expect, it } from 'vitest';
import { extractNotice, isExtractError } from '../utils/notice/extract';
import type { Notice, Section } from '../utils/notice/types';
import { fixtureCases, openFixture } from './helpers/fixtures';

/**
 * Golden files: every fixture page is extracted and every labelled field asserted
 * (format: test/fixtures/README.md).
 */

interface ProblemLabel { index: number; textStartsWith: string; measureCount: number; statuses?: string[] }
interface CommitmentLabel { textIncludes: string; kind: string; due: string | null }

const SCALARS = [
  'isNotice', 'kind', 'title', 'issuer', 'inspector', 'round', 'inspectionPeriod', 'feedbackDate',
  'publishedDate', 'publicityPeriod', 'contacts',
] as const;

function outline(sections: Section[]): string[] {
  return sections.flatMap((s) => [`${'  '.repeat(s.level - 1)}${s.number ?? '-'} ${s.heading}`, ...outline(s.children)]);
}

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

function extract(page: string): Notice {
  const { document, close } = openFixture(page);
  closers.push(close);
  const r = extractNotice(document, { source: page });
  if (isExtractError(r)) throw new Error(r.error);
  return r;
}

function checkOffsets(n: Notice): void {
  const inText = (s: { start: number; end: number }): void => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(n.text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  };
  const walk = (ss: Section[]): void => ss.forEach((s) => {
    inText(s);
    expect(n.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
    walk(s.children);
  });
  walk(n.sections);
  for (const p of n.problems) {
    expect(n.text.slice(p.start, p.end)).toBe(p.text);
    for (const m of p.measures) expect(n.text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const c of n.commitments) expect(n.text.slice(c.start, c.end)).toBe(c.text);
  for (const c of n.checks) if (c.start !== undefined && c.end !== undefined) inText({ start: c.start, end: c.end });
}

describe.each([...fixtureCases('notices'), ...fixtureCases('near-miss')])('$name', ({ page, expected }) => {
  const n = extract(page);

  for (const key of SCALARS) {
    if (key in expected) it(key, () => expect(n[key]).toEqual(expected[key]));
  }

  if ('stats' in expected) {
    it('stats', () => {
      const { other, ...core } = expected.stats as Notice['stats'];
      const { other: gotOther, ...gotCore } = n.stats;
      expect(gotCore).toEqual(core);
      const pick = (o: { label: string; value: number; unit: string }) => ({ label: o.label, value: o.value, unit: o.unit });
      expect(gotOther.map(pick)).toEqual(expect.arrayContaining(other.map(pick)));
      expect(gotOther).toHaveLength(other.length);
    });
  }

  if ('outline' in expected) it('outline', () => expect(outline(n.sections)).toEqual(expected.outline));

  if ('problemCount' in expected) it('problem count', () => expect(n.problems).toHaveLength(expected.problemCount as number));

  if ('problems' in expected) {
    it('problems', () => {
      for (const label of expected.problems as ProblemLabel[]) {
        const p = n.problems[label.index];
        expect(p, `problem ${label.index}`).toBeDefined();
        if (!p) continue;
        expect(p.text.startsWith(label.textStartsWith), `problem ${label.index}: ${p.text.slice(0, 30)}`).toBe(true);
        expect(p.measures, `problem ${label.index} measures`).toHaveLength(label.measureCount);
        if (label.statuses) expect(p.measures.map((m) => m.status), `problem ${label.index} statuses`).toEqual(label.statuses);
      }
    });
  }

  if ('commitments' in expected) {
    it('commitments', () => {
      for (const label of expected.commitments as CommitmentLabel[]) {
        const c = n.commitments.find((x) => x.text.includes(label.textIncludes));
        expect(c, `commitment "${label.textIncludes}"`).toBeDefined();
        expect({ text: label.textIncludes, kind: c?.kind, due: c?.due }).toEqual({ text: label.textIncludes, kind: label.kind, due: label.due });
      }
    });
  }

  if ('checkKinds' in expected) {
    it('check kinds', () => expect([...new Set(n.checks.map((c) => c.kind))].sort()).toEqual([...(expected.checkKinds as string[])].sort()));
  }

  it('offsets point into the text', () => checkOffsets(n));
});
