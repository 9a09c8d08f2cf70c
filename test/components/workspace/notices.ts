import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../../scripts/lib/decode-html';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractNotice, isExtractError } from '../../../utils/notice/extract';
import type { Notice } from '../../../utils/notice/types';

// Not test/helpers/fixtures.ts: its module-level fileURLToPath(new URL(…)) throws under happy-dom,
// whose URL global node's fileURLToPath does not accept. Same reading as its openFixture.
const NOTICES = join(process.cwd(), 'test', 'fixtures', 'notices');

const cache = new Map<string, Notice>();

/** A real extraction of a fixture notice (test/fixtures/notices/<name>/page.html), read once per run. */
export function fixtureNotice(name: string): Notice {
  const hit = cache.get(name);
  if (hit) return hit;
  const { html } = decodeHtml(readFileSync(join(NOTICES, name, 'page.html')));
  const { document } = parseHtml(html, 'http://fixture.example.gov.cn/');
  const r = extractNotice(document, { source: name, url: null });
  if (isExtractError(r) || !r.isNotice) throw new Error(`${name} is not a notice`);
  cache.set(name, r);
  return r;
}
