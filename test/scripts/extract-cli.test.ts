import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The CLI as a user runs it: a child process, stdout parsed as JSON. Spawned asynchronously so the
 * local HTTP server in this process can answer the child's requests.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIX = 'test/fixtures/notices';
const GOOD = `${FIX}/000-cms/page.html`;
const GBK = `${FIX}/001-table-gbk/page.html`;
const TITLE_000 = '中共清远广播电视台委员会关于八届市委第五轮巡察整改进展情况的通报';
const TITLE_001 = '中共清远市委宣传部关于八届市委第五轮巡察整改进展情况的通报';

// Every field of the Notice contract (utils/notice/types.ts).
const NOTICE_FIELDS = [
  'source', 'url', 'isNotice', 'confidence', 'kind', 'reasons', 'title', 'issuer', 'inspector', 'round',
  'inspectionPeriod', 'feedbackDate', 'publishedDate', 'publicityPeriod', 'stats', 'contacts', 'sections',
  'problems', 'commitments', 'checks', 'text',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['scripts/extract.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const jsonLines = (out: string): Array<Record<string, unknown>> =>
  out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

let tmp = '';
let server: Server;
let base = '';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'duban-cli-'));
  // A binary file: PNG signature, then NULs and bytes.
  const bin = Buffer.alloc(2048);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bin);
  for (let i = 8; i < bin.length; i++) bin[i] = (i * 37) % 256;
  writeFileSync(join(tmp, 'image.png'), bin);

  // The seed-000 CMS page without its `<meta charset>`, in GBK: only the HTTP header names the charset.
  const page = readFileSync(join(ROOT, GOOD), 'utf8').replace(/<meta charset="utf-8">/i, '');
  const gbkBytes = iconv.encode(page, 'gbk');
  server = createServer((req, res) => {
    if (req.url === '/notice.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=gbk', 'Content-Length': gbkBytes.length });
      res.end(gbkBytes);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<html><body><h1>404 您访问的页面不存在</h1></body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm run extract', () => {
  it('one fixture → pretty JSON with the contract fields', async () => {
    const r = await cli(GOOD);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"source": /);
    const n = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(n)).toEqual(expect.arrayContaining(NOTICE_FIELDS));
    expect(n).toMatchObject({ source: GOOD, url: null, isNotice: true, kind: 'progress-notice', title: TITLE_000 });
    expect(typeof n.text).toBe('string');
  });

  it('--jsonl: one line per input, in input order; bad inputs are error lines; exit code non-zero', async () => {
    const missing = join(tmp, 'no-such-page.html');
    const dir = join(ROOT, 'test/fixtures');
    const bin = join(tmp, 'image.png');
    const inputs = [GOOD, missing, GBK, dir, bin];
    const r = await cli('--jsonl', ...inputs);
    expect(r.code).not.toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.source)).toEqual(inputs);

    const [good, miss, gbk, directory, binary] = lines;
    expect(good).toMatchObject({ isNotice: true, title: TITLE_000 });
    expect(Object.keys(good!)).toEqual(expect.arrayContaining(NOTICE_FIELDS));

    for (const bad of [miss, directory, binary]) {
      expect(typeof bad!.error).toBe('string');
      expect(bad!.error).not.toBe('');
      expect(bad).not.toHaveProperty('isNotice');
      expect(Object.keys(bad!).sort()).toEqual(expect.arrayContaining(['error', 'source']));
    }

    // The GBK page is decoded from its <meta charset>: Chinese title, no replacement characters.
    expect(gbk).toMatchObject({ isNotice: true, title: TITLE_001 });
    expect(JSON.stringify(gbk)).not.toContain('\ufffd');
    expect(r.stderr).toContain('no-such-page.html');
  });

  it('no arguments → the bundled sample is a notice', async () => {
    const r = await cli();
    expect(r.code).toBe(0);
    const n = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(String(n.source)).toMatch(/public\/sample\/notice\.html$/);
    expect(n.isNotice).toBe(true);
    expect(n.kind).not.toBe('not-notice');
  });

  it.each([['--help'], ['-h']])('%s prints the usage, exit 0', async (flag) => {
    const r = await cli(flag);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage');
    expect(r.stdout).toContain('--jsonl');
  });

  it('an unknown option is refused', async () => {
    const r = await cli('--frobnicate', GOOD);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--frobnicate');
  });

  it('a plain .txt seed is accepted', async () => {
    const r = await cli('test/fixtures/seeds/000.txt');
    expect(r.code).toBe(0);
    const n = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(n).toMatchObject({ source: 'test/fixtures/seeds/000.txt', url: null, isNotice: true, title: TITLE_000, inspector: '市委第五巡察组' });
  });

  it('an http URL served as GBK (charset in the Content-Type header only) decodes; url is set', async () => {
    const url = `${base}/notice.html`;
    const r = await cli('--jsonl', url);
    expect(r.code).toBe(0);
    const [n] = jsonLines(r.stdout);
    expect(n).toMatchObject({ source: url, url, isNotice: true, title: TITLE_000, issuer: '中共清远广播电视台委员会' });
    expect(JSON.stringify(n)).not.toContain('\ufffd');
  });

  it('a page with a stray NUL in it reads as a browser shows it (the NUL dropped)', async () => {
    const page = readFileSync(join(ROOT, GOOD), 'utf8').replace('八届市委', '八\u0000届市委');
    const file = join(tmp, 'nul.html');
    writeFileSync(file, page);
    const r = await cli(file);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ isNotice: true, title: TITLE_000, round: '八届市委第五轮' });
  });

  it('a reader that stops early (… | head -n 1) ends the run quietly', async () => {
    const r = await new Promise<Run>((resolve, reject) => {
      const child = spawn(TSX, ['scripts/extract.ts', '--jsonl', GOOD, GBK, GOOD, GBK], { cwd: ROOT });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      // Read the first chunk, then close our end of the pipe.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout: '', stderr }));
    });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.code).toBe(0);
  });

  it('an HTTP 404 URL gives an error line and a non-zero exit', async () => {
    const url = `${base}/missing.html`;
    const r = await cli('--jsonl', url);
    expect(r.code).not.toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ source: url });
    expect(String(lines[0]!.error)).toContain('404');
    expect(lines[0]).not.toHaveProperty('isNotice');
  });
});
