import type { Contacts } from './types';

/**
 * Contacts for public comment, as written: phones after a 电话/热线 label, e-mail addresses, the
 * postal address after 邮政地址/邮政信箱/通信地址, the 邮政编码.
 */

// Mobile numbers first: the landline pattern would otherwise take their first eight digits.
const PHONE = /1[3-9]\d{9}(?!\d)|(?:[(（]?0\d{2,3}[)）]?\s*[-－—–]?\s*)?\d{7,8}(?:\s*[-－转]\s*\d{1,5})?(?!\d)|12388/g;
const EMAIL = /[A-Za-z0-9._%+-]+\s*[@＠]\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const ADDRESS = /(?:邮政地址|通讯地址|通信地址|邮寄地址|来信地址|来信请寄|来信寄至|信件请寄|邮政信箱|信函地址|联系地址|地址)\s*[：:为至]?\s*([^；;。\n，,（(]+?)(?=\s*(?:[，,；;。\n（(]|邮政编码|邮编|$))/;
const POSTCODE = /(?:邮政编码|邮编)\s*[：:为]?\s*(\d{6})/;
const PHONE_LABEL = /(?:电话|热线|手机|座机|联系方式)[^。\n]{0,16}$/;

export function extractContacts(text: string, from: number, to: number): Contacts {
  const region = text.slice(from, to);
  const phones: string[] = [];
  for (const m of region.matchAll(PHONE)) {
    const before = region.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    // Only numbers introduced as phones: a postcode or a count is also seven digits long.
    if (!PHONE_LABEL.test(before) || /传真[^。\n]{0,6}$/.test(before) || /(邮政编码|邮编)\s*[：:]?\s*$/.test(before)) continue;
    // Written with a full-width or long dash (`0576－85123456`), dialled with a hyphen.
    const p = m[0].trim().replace(/\s*[－—–]\s*/g, '-');
    if (!phones.includes(p)) phones.push(p);
  }
  const emails: string[] = [];
  for (const m of region.matchAll(EMAIL)) {
    const e = m[0].replace(/\s+/g, '').replace('＠', '@');
    if (!emails.includes(e)) emails.push(e);
  }
  // `联系电话、邮政地址和电子邮箱` lists the channels; an address follows its label after a colon
  // or names a place, never starts with a conjunction.
  let postalAddress: string | null = null;
  for (const m of region.matchAll(new RegExp(ADDRESS.source, 'g'))) {
    const a = m[1]?.trim() ?? '';
    if (a && !/^(?:和|及|与|、|或|以及|等)/.test(a) && !/^(?:电子邮箱|邮箱|电话|传真)/.test(a)) {
      postalAddress = a;
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
