/**
 * Plain text and URLs into Markdown (CommonMark + GFM) that shows exactly the text it was given.
 * Notes, quotes and titles are plain text — a note like `<img src=x onerror=…>` or `**x**` must
 * appear literally in every renderer, never as HTML, emphasis, a link or a heading.
 */

/**
 * Characters with a meaning anywhere in a line: escapes and code (`\` `` ` ``), emphasis and
 * strikethrough (`*` `_` `~`), links and images (`[` `]`), raw HTML and autolinks (`<` `>`),
 * entities (`&`), tables (`|`), math in GitHub and Obsidian (`$`), headings' closing `#`.
 */
const INLINE_SPECIAL = /[\\`*_~[\]<>&|$#]/g;

/**
 * At the start of a line: lists (`-` `+` `1.` `1)`), block quotes (`>`), setext underlines
 * (`=` `-`); `#` `*` `_` `~` and `` ` `` are already escaped everywhere.
 */
const LINE_START_SPECIAL = /^([-+=>]|\d{1,9}[.)])/;

/**
 * One line of plain text as Markdown inline text; leading/trailing blanks dropped (they would
 * indent or break). `startsLine: false` for text that follows something on its line.
 */
export function escapeMarkdownLine(line: string, startsLine = true): string {
  const escaped = line.trim().replace(INLINE_SPECIAL, '\\$&');
  if (!startsLine) return escaped;
  return escaped.replace(LINE_START_SPECIAL, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}

/** Splits plain text into lines (any newline convention). */
export function plainLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Multi-line plain text as Markdown paragraphs: lines joined with hard breaks (a trailing `\`),
 * blank lines kept as paragraph breaks. `lead` starts the first line (e.g. `批注：`).
 */
export function markdownParagraphs(text: string, lead = ''): string {
  const paragraphs: string[][] = [[]];
  for (const line of plainLines(text)) {
    const current = paragraphs[paragraphs.length - 1];
    if (line.trim() === '') {
      if (current && current.length > 0) paragraphs.push([]);
    } else {
      // The first line follows `lead`: only a line of its own can start a list or a quote.
      current?.push(escapeMarkdownLine(line, !(lead !== '' && paragraphs.length === 1 && current.length === 0)));
    }
  }
  const blocks = paragraphs.filter((p) => p.length > 0).map((p) => p.join('\\\n'));
  if (blocks.length === 0) return lead.trimEnd();
  blocks[0] = lead + blocks[0];
  return blocks.join('\n\n');
}

/** Plain text as a Markdown block quote, one `>` line per line of text. */
export function markdownBlockquote(text: string): string {
  const lines = plainLines(text.trim()).map((line) => {
    const escaped = escapeMarkdownLine(line);
    return escaped === '' ? '>' : `> ${escaped}`;
  });
  // Lines of one paragraph would run together: hard breaks keep the quote's own line breaks.
  return lines.map((line, i) => (i < lines.length - 1 && line !== '>' && lines[i + 1] !== '>' ? `${line}\\` : line)).join('\n');
}

/** Only web links are made clickable: a `javascript:` or `data:` URL from an imported file stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]/i.test(url);
}

/** A URL inside `<…>` (link destination or autolink): no blanks, angle brackets or backslashes. */
function bracketedUrl(url: string): string {
  return `<${url.replace(/[\s<>\\]/g, (c) => encodeURIComponent(c))}>`;
}

/** `[text](<url>)` for a web URL; the escaped text alone otherwise. */
export function markdownLink(text: string, url: string): string {
  const label = escapeMarkdownLine(text.replace(/\s+/g, ' '), false);
  return isWebUrl(url) ? `[${label}](${bracketedUrl(url)})` : label;
}

/** The URL itself shown as a link (`<https://…>`), or as escaped text when not a web URL. */
export function markdownAutolink(url: string): string {
  return isWebUrl(url) ? bracketedUrl(url) : escapeMarkdownLine(url, false);
}
