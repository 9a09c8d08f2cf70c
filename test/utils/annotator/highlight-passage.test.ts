import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../scripts/lib/decode-html';
import { Annotator } from '../../../utils/annotator/controller';
import type { Commitment, Notice } from '../../../utils/notice/types';
import { FIXTURES } from '../../helpers/fixtures';
import { openDom } from '../anchoring/dom';
import { fakeBackground, recordingPainter } from './fakes';

const PAGE = 'http://www.example.gov.cn/notices/000-cms/';
const MESSAGES = { noSelection: 'NO-SELECTION', notDescribable: 'NOT-DESCRIBABLE', unknownAnnotation: 'UNKNOWN' };

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

async function cms() {
  const { document, close } = openDom(decodeHtml(readFileSync(join(FIXTURES, 'notices', '000-cms', 'page.html'))).html);
  closers.push(close);
  const painter = recordingPainter();
  const bg = fakeBackground();
  const annotator = new Annotator({ doc: document, client: bg.client, painter, isOurs: () => false, render: () => {}, messages: MESSAGES, href: () => PAGE });
  closers.push(async () => annotator.dispose());
  await annotator.ready;
  const handlers = annotator.handlers();
  const r = await handlers['annotator-notice']({}, null);
  if (!r.ok || !r.value) throw new Error('no notice');
  return { handlers, painter, bg, notice: r.value as Notice };
}

describe('annotator-highlight-passage (the commitment tracker)', () => {
  it('highlights a commitment of the notice as a selection of it would, once', async () => {
    const { handlers, painter, bg, notice } = await cms();
    const c = notice.commitments[0] as Commitment;
    const r = await handlers['annotator-highlight-passage']({ start: c.start, end: c.end, category: 'commitment' }, null);
    if (!r.ok || !r.value) throw new Error('not highlighted');
    expect(r.value.category).toBe('commitment');
    expect(r.value.target.quote.exact.replace(/\s+/g, '')).toBe(c.text.replace(/\s+/g, ''));
    expect(painter.painted.map((p) => [p.id, p.category, p.range.toString().replace(/\s+/g, '')])).toEqual([[r.value.id, 'commitment', c.text.replace(/\s+/g, '')]]);
    // Again: the same highlight, nothing new stored.
    const again = await handlers['annotator-highlight-passage']({ start: c.start, end: c.end, category: 'commitment' }, null);
    expect(again).toEqual(r);
    expect(bg.of('annotation-create')).toHaveLength(1);
  });

  it('answers null for offsets outside the notice, and passes storage failures on', async () => {
    const { handlers, bg, notice } = await cms();
    expect(await handlers['annotator-highlight-passage']({ start: 5, end: 5, category: 'commitment' }, null)).toEqual({ ok: true, value: null });
    expect(await handlers['annotator-highlight-passage']({ start: 0, end: notice.text.length + 1, category: 'commitment' }, null)).toEqual({ ok: true, value: null });
    const c = notice.commitments[0] as Commitment;
    bg.failNext('annotation-create', 'DISK FULL');
    const r = await handlers['annotator-highlight-passage']({ start: c.start, end: c.end, category: 'commitment' }, null);
    expect(r.ok ? null : r.message).toBe('DISK FULL');
  });
});
