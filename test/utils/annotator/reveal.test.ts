import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../scripts/lib/decode-html';
import { Annotator } from '../../../utils/annotator/controller';
import type { Notice } from '../../../utils/notice/types';
import { FIXTURES } from '../../helpers/fixtures';
import { openDom } from '../anchoring/dom';
import { fakeBackground, recordingPainter } from './fakes';

const PAGE = 'http://www.example.gov.cn/notices/000-cms/';
const MESSAGES = { noSelection: 'NO-SELECTION', notDescribable: 'NOT-DESCRIBABLE', unknownAnnotation: 'UNKNOWN' };

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

function open(html: string) {
  const { document, close } = openDom(html);
  closers.push(close);
  const painter = recordingPainter();
  const annotator = new Annotator({ doc: document, client: fakeBackground().client, painter, isOurs: () => false, render: () => {}, messages: MESSAGES, href: () => PAGE });
  closers.push(async () => annotator.dispose());
  return { annotator, painter, handlers: annotator.handlers() };
}

const cms = () => open(decodeHtml(readFileSync(join(FIXTURES, 'notices', '000-cms', 'page.html'))).html);

async function noticeOf(h: ReturnType<typeof open>['handlers']): Promise<Notice> {
  const r = await h['annotator-notice']({}, null);
  if (!r.ok || !r.value) throw new Error('no notice');
  return r.value;
}

describe('annotator-notice and annotator-reveal', () => {
  it('answers the extracted notice, and null on a page that is not one', async () => {
    const { handlers } = cms();
    const notice = await noticeOf(handlers);
    expect(notice).toMatchObject({ issuer: '中共清远广播电视台委员会', feedbackDate: '2024-09-13', stats: { problems: 22 } });
    const other = open('<html><head><title>天气预报</title></head><body><p>明天晴，最高气温二十五度。</p></body></html>');
    expect(await other.handlers['annotator-notice']({}, null)).toEqual({ ok: true, value: null });
    expect(await other.handlers['annotator-reveal']({ start: 0, end: 4 }, null)).toEqual({ ok: true, value: false });
  });

  it('finds every problem, measure, heading and commitment of the notice on the page, and flashes it', async () => {
    const { handlers, painter } = cms();
    const notice = await noticeOf(handlers);
    const spans: Array<{ start: number; end: number }> = [
      ...notice.problems.flatMap((p) => [p, ...p.measures]),
      ...notice.commitments,
      ...flatten(notice.sections).map((s) => ({ start: s.headingStart, end: s.headingEnd })),
    ];
    expect(spans.length).toBeGreaterThan(50);
    const missed: string[] = [];
    const flashed = (): Range | null => painter.flash;
    for (const s of spans) {
      painter.flash = null;
      const r = await handlers['annotator-reveal'](s, null);
      const want = notice.text.slice(s.start, s.end);
      if (!r.ok || !r.value) missed.push(want);
      // The flashed passage is the one asked for (page text may keep spaces the notice dropped).
      else expect(flashed()?.toString().replace(/\s+/g, '')).toBe(want.replace(/\s+/g, ''));
    }
    expect(missed).toEqual([]);
  });

  it('refuses offsets outside the notice text', async () => {
    const { handlers, painter } = cms();
    const notice = await noticeOf(handlers);
    for (const bad of [{ start: -1, end: 3 }, { start: 5, end: 5 }, { start: 0, end: notice.text.length + 1 }, { start: Number.NaN, end: 3 }]) {
      expect(await handlers['annotator-reveal'](bad, null)).toEqual({ ok: true, value: false });
    }
    expect(painter.flash).toBeNull();
  });
});

function flatten<T extends { children: T[] }>(list: T[]): T[] {
  return list.flatMap((s) => [s, ...flatten(s.children)]);
}
