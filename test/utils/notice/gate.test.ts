import { describe, expect, it } from 'vitest';
import { detectNotice } from '../../../utils/notice/detect';
import { mayBeNotice } from '../../../utils/notice/gate';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { fixtureCases, openFixture } from '../../helpers/fixtures';

/** The gate must let through every page the full detector calls a notice: it only errs towards maybe. */
describe('mayBeNotice (the always-injected gate)', () => {
  const all = [...fixtureCases('notices'), ...fixtureCases('near-miss')];

  it.each(all.map((c) => [c.name, c.page] as const))('lets %s through whenever the detector says notice', async (_name, page) => {
    const { document, close } = openFixture(page);
    try {
      const gate = mayBeNotice(document);
      if (detectNotice(document).isNotice) expect(gate).toBe(true);
    } finally {
      await close();
    }
  });

  it('passes every notice fixture', async () => {
    for (const c of fixtureCases('notices')) {
      const { document, close } = openFixture(c.page);
      expect(mayBeNotice(document), c.name).toBe(true);
      await close();
    }
  });

  it.each([
    ['ordinary news', '<title>区政府召开常务会议</title><p>会议研究了经济运行工作。</p>', false],
    ['a university page', '<title>招生简章</title><p>欢迎报考。</p>', false],
    ['the word only in the title', '<title>巡察整改进展情况的通报</title><p></p>', true],
    ['traditional characters', '<title>通報</title><p>根據省委巡視工作統一部署</p>', true],
  ])('%s → %s', async (_what, html, expected) => {
    const { document, close } = parseHtml(`<!doctype html><html><head>${html.split('</title>')[0]}</title></head><body>${html.split('</title>')[1]}</body></html>`, 'http://x.gov.cn/');
    expect(mayBeNotice(document)).toBe(expected);
    await close();
  });
});
