import type { Contacts } from './types';

/**
 * Contacts for public comment, as written: phones after a 电话/热线 label, e-mail addresses, the
 * postal address after 邮政地址/邮政信箱/通信地址, the 邮政编码.
 */

// A local number may be written in groups of two to four digits, one space (or a full-width one)
// between them, that add up to seven or eight digits: `7216 688`, `721 6688`, `8688 1234`, `72 16 688`.
// Every group is a whole run of digits, so the groups stop where the number does — a date, a postcode
// or another number after the next space would make nine digits or more.
const GROUP_SPACE = '[ \\u00a0\\u3000]';
const groupings = (total: number): number[][] =>
  total === 0 ? [[]] : [2, 3, 4].filter((n) => n <= total).flatMap((n) => groupings(total - n).map((rest) => [n, ...rest]));
const GROUPED_LOCAL = [8, 7]
  .flatMap(groupings)
  .filter((g) => g.length >= 2)
  .map((g) => g.map((n) => `\\d{${n}}`).join(GROUP_SPACE))
  .join('|');
// Mobile numbers first, whole or in groups (`138 0736 1234`): the landline pattern would otherwise
// take their first seven or eight digits.
const PHONE = new RegExp(
  `(?<mobile>1[3-9]\\d(?:${GROUP_SPACE}?\\d{4}){2})(?!\\d)` +
    `|(?:[(（]?(?<area>0\\d{2,3})[)）]?\\s*[-－—–]?\\s*)?(?<local>\\d{7,8}|(?<!\\d)(?:${GROUPED_LOCAL}))(?<ext>\\s*[-－转]\\s*\\d{1,5})?(?!\\d)` +
    '|12388',
  'g',
);
// A number that cannot be anything but a phone: a mobile, or a landline with its area code set off.
// (The whole number may stand in brackets: `或者镇纪委（0738-4321170）`.)
const UNMISTAKABLE_PHONE = /^(?:1[3-9]\d(?:[ \u00a0\u3000]?\d{4}){2}|[(（]0\d{2,3}[)）]|[(（]?0\d{2,3}\s*[-－—–])/;
// `xczg#163.com（请将#替换为@）`, `xczg(at)163.com`: addresses written against harvesting robots.
const EMAIL = /[A-Za-z0-9._%+-]+\s*(?:[@＠]|#(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)\b)|\s?[(（[【]\s*at\s*[)）\]】]\s?)\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const ADDRESS = /(?:邮政地址|通讯地址|通信地址|邮寄地址|来信地址|来信请寄|来信寄至|信件请寄|邮政信箱|(?<!电子|网上|举报|意见)信箱(?=\s*[：:])|信函地址|联系地址|地址)\s*[：:为至]?\s*([^；;。\n，,（(]+?)(?=\s*(?:[，,；;。\n（(]|邮政编码|邮编|$))/;
const PLACE_IN_BRACKETS = /^\s*[（(]([^（()）；;。\n]{1,40})[）)]/;
const PLACE_WORD = /路|街|巷|号|室|楼|栋|幢|层|大院|村|镇|乡|大厦|广场/;
const REMARK_WORD = /请|注明|邮编|邮政编码|电话|字样/;
const POSTCODE = /(?:邮政编码|邮编)\s*[：:为]?\s*(\d{6})/;
const PHONE_LABEL = /(?:电话|热线|手机|座机|联系方式|来电|拨打|请拨|致电|咨询)[^。\n]{0,16}$/;

export function extractContacts(text: string, from: number, to: number): Contacts {
  const region = text.slice(from, to);
  const phones: string[] = [];
  for (const m of region.matchAll(PHONE)) {
    const before = region.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    // Only numbers introduced as phones: a postcode or a count is also seven digits long.
    // In the closing, a mobile or a number with its area code needs no label (`三河镇纪委 0551-66521234`).
    if (!(PHONE_LABEL.test(before) || UNMISTAKABLE_PHONE.test(m[0].trim())) || /传真[^。\n]{0,6}$/.test(before) || /(邮政编码|邮编)\s*[：:]?\s*$/.test(before)) continue;
    // As dialled: `0576－85123456`, `（0851）8765432`, `0757 86881234` → `0576-85123456`,
    // `0851-8765432`, `0757-86881234`; a local number in groups joined (`0736-7216 688` → `0736-7216688`).
    const g = m.groups;
    const p = g?.mobile
      ? g.mobile.replace(/\D/g, '')
      : g?.local
        ? (g.area ? `${g.area}-` : '') + g.local.replace(/\D/g, '') + (g.ext ?? '').replace(/\s+/g, '').replace(/^[－]/, '-')
        : m[0];
    if (!phones.includes(p)) phones.push(p);
  }
  const emails: string[] = [];
  for (const m of region.matchAll(EMAIL)) {
    const e = m[0].replace(/\s+/g, '').replace(/[＠#]|[(（[【]at[)）\]】]/, '@');
    if (!emails.includes(e)) emails.push(e);
  }
  // `联系电话、邮政地址和电子邮箱` lists the channels; an address follows its label after a colon
  // or names a place, never starts with a conjunction.
  let postalAddress: string | null = null;
  for (const m of region.matchAll(new RegExp(ADDRESS.source, 'g'))) {
    const a = m[1]?.trim() ?? '';
    if (a && !/^(?:和|及|与|、|或|以及|等)/.test(a) && !/^(?:电子邮箱|邮箱|电话|传真)/.test(a)) {
      // A place in brackets belongs to it (`纪委办公室（新街路18号）`, `综合楼（文汇楼305室）`); a remark
      // (`（请注明“巡察整改”字样）`, `（邮编…）`) does not.
      const bracket = PLACE_IN_BRACKETS.exec(region.slice((m.index ?? 0) + m[0].length));
      const place = bracket?.[1] && PLACE_WORD.test(bracket[1]) && !REMARK_WORD.test(bracket[1]) ? bracket[0].trim() : '';
      postalAddress = `${a}${place}`;
      break;
    }
  }
  const post = POSTCODE.exec(region);
  return {
    phones,
    emails,
    postalAddress,
    postcode: post?.[1] ?? null,
  };
}
