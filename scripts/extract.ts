/**
 * `npm run extract -- page.html` prints the Notice as pretty JSON;
 * `npm run extract -- --jsonl a.html b.html …` prints one JSON object per input, in input order.
 * Inputs are files or http(s) URLs; with none, the bundled sample notice. An input that cannot be
 * read or parsed prints `{"source", "error"}` in its place, the others still print, exit code 1.
 */
import { fileURLToPath } from 'node:url';
import { extractSource } from './lib/extract-source';
import type { ExtractResult } from '../utils/notice/extract';

const SAMPLE = fileURLToPath(new URL('../public/sample/notice.html', import.meta.url));

const USAGE = `用法 Usage: npm run extract -- [--jsonl] [page.html | https://… ...]
  无参数时解析内置示例通报 · with no page, the bundled sample notice is used
  --jsonl   每个输入一行 JSON · one JSON object per input, one per line`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const jsonl = argv.includes('--jsonl');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--jsonl');
  if (unknown.length) {
    process.stderr.write(`未知选项 unknown option: ${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const inputs = argv.filter((a) => !a.startsWith('--'));
  if (!inputs.length) inputs.push(SAMPLE);
  let failed = 0;
  const results: ExtractResult[] = [];
  for (const source of inputs) {
    const r = await extractSource(source);
    if ('error' in r) {
      failed++;
      process.stderr.write(`无法处理 cannot extract ${source}: ${r.error}\n`);
    }
    // JSONL streams: each line is written as soon as its input is done.
    if (jsonl) process.stdout.write(`${JSON.stringify(r)}\n`);
    else results.push(r);
  }
  if (!jsonl) process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return failed ? 1 : 0;
}

// A reader that stops early (`… | head -n 1`) closes the pipe: that ends the run quietly, as for
// any Unix filter, rather than with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
