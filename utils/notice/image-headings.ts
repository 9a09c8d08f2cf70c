import { matchHeading } from './sections';

/**
 * Headings set as pictures. WeChat articles often give a part's heading (`一、整改工作开展情况`) as a
 * banner image, and its alt text is the only place the page holds the words the reader sees. Such an
 * alt is read as a line when the image stands alone in its block and the alt reads as a heading — a
 * numbered heading as sections.ts matches it, in Chinese, short. Any other alt (`图片`, `image`,
 * a file name, a description, an icon inside a sentence) is no text of the article.
 */

// A banner holds a heading, not a paragraph: a longer alt describes the picture.
const MAX_HEADING = 40;
const HAN = /[\u3400-\u9fff]/;
const PART_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分|下一步|下步)/;

/**
 * The alt of `img` to read as a line (block-text.ts cleans it as any line), or null. `isBlock` says
 * which elements start lines.
 */
export function imageHeading(img: Element, isBlock: (el: Element) => boolean, root: Node): string | null {
  const alt = img.getAttribute('alt');
  if (!alt) return null;
  const line = alt.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
  // A part's heading (`一、…`, `（一）…`, the next steps): a numbered caption under a photo
  // (`2.整改专题会议现场`) is no banner.
  const heading = matchHeading(line);
  if (line.length > MAX_HEADING || !HAN.test(line) || !heading || !PART_HEADING.test(line)) return null;
  // Alone in its block: no text beside it on its line.
  let block: Element | null = img.parentElement;
  while (block && block !== root && !isBlock(block)) block = block.parentElement;
  const around = block?.textContent ?? '';
  return /[^\s\u00a0\u3000\u200b\ufeff]/.test(around) ? null : line;
}
