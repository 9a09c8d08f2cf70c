import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../scripts/lib/decode-html';
import { parseHtml } from '../../scripts/lib/parse-html';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface FixtureCase {
  name: string;
  dir: string;
  page: string;
  expected: Record<string, unknown>;
}

/** expected.json with its `extends` chain resolved (paths relative to test/fixtures). */
export function loadExpected(file: string): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const base = typeof raw.extends === 'string' ? loadExpected(join(FIXTURES, raw.extends)) : {};
  const { extends: _ignored, ...own } = raw;
  return { ...base, ...own };
}

export function fixtureCases(group: 'notices' | 'near-miss'): FixtureCase[] {
  const root = join(FIXTURES, group);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'page.html')))
    .map((d) => ({
      name: `${group}/${d.name}`,
      dir: join(root, d.name),
      page: join(root, d.name, 'page.html'),
      expected: loadExpected(join(root, d.name, 'expected.json')),
    }));
}

/** Reads a fixture page the way the CLI does: bytes, charset sniffing, an inert DOM. */
export function openFixture(page: string): { document: Document; close: () => Promise<void> } {
  const { html } = decodeHtml(readFileSync(page));
  return parseHtml(html, 'http://fixture.example.gov.cn/');
}
