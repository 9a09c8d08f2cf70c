/** Chinese and full-width numerals as they appear in notices: `十一`, `二十三`, `１２`, `〇`. */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Chinese numeral characters, for building patterns. */
export const CN_NUM = '零〇一二两三四五六七八九十百';

/** Full-width digits to ASCII, keeping string length (one code unit each) so offsets stay valid. */
export function toAsciiDigits(s: string): string {
  // The full-width point between digits too (`８６．５万元`): one character for one, offsets kept.
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/(?<=[0-9])．(?=[0-9０-９])/g, '.');
}

/** Parses `23`, `２３`, `二十三`, `十`, `一百零五`; null when it is not a number. */
export function parseNumeral(raw: string): number | null {
  const s = toAsciiDigits(raw.trim());
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (!s || !/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      current = d;
    }
  }
  return total + current;
}
