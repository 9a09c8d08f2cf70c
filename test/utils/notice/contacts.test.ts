import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../../utils/notice/contacts';

const contacts = (text: string) => extractContacts(text, 0, text.length);
const NONE = { phones: [], emails: [], postalAddress: null, postcode: null };

describe('extractContacts', () => {
  it.each([
    {
      name: 'seed 000 closing',
      input: '公开期限：2025年10月16日至11月16日。联系方式：电话3374716；邮政地址：清远市清城区人民二路11号清远广播电视台；电子邮箱403827611@qq.com。',
      expected: { phones: ['3374716'], emails: ['403827611@qq.com'], postalAddress: '清远市清城区人民二路11号清远广播电视台', postcode: null },
    },
    {
      name: 'seed 001 closing',
      input: '公开期限：2025年10月16日至11月16日。联系电话：0763-3374341；邮政信箱：清远市清城区人民二路机关办公大楼2号楼430室，邮政编码：511500；电子邮箱：qyxcb_bgs@gdqy.gov.cn。',
      expected: { phones: ['0763-3374341'], emails: ['qyxcb_bgs@gdqy.gov.cn'], postalAddress: '清远市清城区人民二路机关办公大楼2号楼430室', postcode: '511500' },
    },
    { name: '联系电话 with area code', input: '联系电话：0763-3374341', expected: { ...NONE, phones: ['0763-3374341'] } },
    { name: 'a landline in brackets, no label near', input: '可向村党支部反映，或者镇纪委（0738-4321170）。', expected: { ...NONE, phones: ['0738-4321170'] } },
    {
      name: 'the channels listed before the address',
      input: '可通过联系电话、邮政地址和电子邮箱反映。联系电话：0763-3374341；邮政地址：清远市人民二路11号。',
      expected: { ...NONE, phones: ['0763-3374341'], postalAddress: '清远市人民二路11号' },
    },
    { name: 'the channels listed, no address given', input: '请通过电话、地址和电子邮箱反映意见。', expected: NONE },
    { name: '电话 without separator', input: '电话3374716', expected: { ...NONE, phones: ['3374716'] } },
    { name: '举报电话 12388', input: '举报电话：12388', expected: { ...NONE, phones: ['12388'] } },
    { name: 'area code in brackets, dialled with a hyphen', input: '电话：（0763）3374341', expected: { ...NONE, phones: ['0763-3374341'] } },
    { name: 'a local number in two groups', input: '电话：0757-8688 1234', expected: { ...NONE, phones: ['0757-86881234'] } },
    { name: 'area code set off by a space', input: '电话：0757 86881234', expected: { ...NONE, phones: ['0757-86881234'] } },
    { name: '来电请拨', input: '如有意见，来电请拨0573-82081234。', expected: { ...NONE, phones: ['0573-82081234'] } },
    { name: 'a name and a number, no label', input: '村党总支书记 李建国 13905518826\n三河镇纪委 0551-66521234', expected: { ...NONE, phones: ['13905518826', '0551-66521234'] } },
    { name: 'a bare 8-digit count without a label is no phone', input: '共投入资金12345678元', expected: NONE },
    { name: 'an address against robots (#)', input: '电子邮箱：qxxczg#163.com（请将#替换为@）', expected: { ...NONE, emails: ['qxxczg@163.com'] } },
    { name: 'an address against robots ((at))', input: '邮箱：xszg(at)example.gov.cn', expected: { ...NONE, emails: ['xszg@example.gov.cn'] } },
    { name: 'full-width dash, dialled with a hyphen', input: '电话：0763－3374341', expected: { ...NONE, phones: ['0763-3374341'] } },
    { name: 'extension', input: '电话：023-41234567转8001', expected: { ...NONE, phones: ['023-41234567转8001'] } },
    { name: 'two numbers', input: '电话：0763-3374341、3374342', expected: { ...NONE, phones: ['0763-3374341', '3374342'] } },
    { name: 'fax is not a phone', input: '联系电话：0763-3374341，传真：0763-3374342', expected: { ...NONE, phones: ['0763-3374341'] } },
    { name: 'e-mail with full-width ＠', input: '电子邮箱：abc＠qq.com', expected: { ...NONE, emails: ['abc@qq.com'] } },
    { name: 'e-mail, trailing 。 not part of it', input: '电子邮箱：qyxcb_bgs@gdqy.gov.cn。', expected: { ...NONE, emails: ['qyxcb_bgs@gdqy.gov.cn'] } },
    {
      name: '邮政信箱 + 邮政编码',
      input: '邮政信箱：清远市清城区人民二路机关办公大楼2号楼430室，邮政编码：511500',
      expected: { ...NONE, postalAddress: '清远市清城区人民二路机关办公大楼2号楼430室', postcode: '511500' },
    },
    { name: '来信请寄 + 邮编', input: '来信请寄：某市某路1号，邮编：511500', expected: { ...NONE, postalAddress: '某市某路1号', postcode: '511500' } },
    { name: '信箱 + 邮编', input: '信箱：安平县迎春路12号县医疗保障局，邮编：053600', expected: { ...NONE, postalAddress: '安平县迎春路12号县医疗保障局', postcode: '053600' } },
    { name: 'a place in brackets belongs to the address', input: '来信请寄：桐溪镇人民政府纪委办公室（桐溪镇新街路18号），邮编：323400', expected: { ...NONE, postalAddress: '桐溪镇人民政府纪委办公室（桐溪镇新街路18号）', postcode: '323400' } },
    { name: 'a remark in brackets does not', input: '来信请寄：桐溪镇人民政府纪委办公室（请在信封上注明“巡察整改”字样）', expected: { ...NONE, postalAddress: '桐溪镇人民政府纪委办公室' } },
    { name: '电子信箱 is no postal address', input: '电子信箱：apxybj@163.com', expected: { ...NONE, emails: ['apxybj@163.com'] } },
  ])('$name', ({ input, expected }) => {
    expect(contacts(input)).toEqual(expected);
  });

  it.each([
    { name: 'a postcode is not a phone', input: '联系电话：0763-3374341，邮政编码：511500', expected: { ...NONE, phones: ['0763-3374341'], postcode: '511500' } },
    { name: 'a bare postcode', input: '邮政编码：5115001', expected: { ...NONE } },
    { name: 'a number without a phone label', input: '共整改问题3374716个', expected: NONE },
    { name: 'a date is not a phone', input: '公开期限：2025年10月16日至11月16日。', expected: NONE },
  ])('not a phone: $name', ({ input, expected }) => {
    expect(contacts(input).phones).toEqual(expected.phones);
  });

  // An 11-digit mobile number is taken whole, not as an 8-digit landline.
  it.each([
    { input: '联系电话：13812345678', expected: ['13812345678'] },
    { input: '手机：13812345678', expected: ['13812345678'] },
    { input: '联系电话：0763-3374341 13812345678', expected: ['0763-3374341', '13812345678'] },
  ])('a mobile number is kept whole: $input', ({ input, expected }) => {
    expect(contacts(input).phones).toEqual(expected);
  });

  // A local number written in groups — 3+4, 4+3, 4+4, 2+2+3… adding up to seven or eight digits,
  // one space (or a full-width one) between them — is dialled as one number.
  it.each([
    { input: '联系电话：0736-7216 688', expected: ['0736-7216688'] },
    { input: '联系电话：0736-7216\u3000688', expected: ['0736-7216688'] },
    { input: '联系电话：0736-721 6688', expected: ['0736-7216688'] },
    { input: '联系电话：0736-7788 5206', expected: ['0736-77885206'] },
    { input: '联系电话：0736-72 16 688', expected: ['0736-7216688'] },
    { input: '联系电话：0736-72 16 68 88', expected: ['0736-72166888'] },
    { input: '联系电话：（0736）7216 688', expected: ['0736-7216688'] },
    { input: '联系电话：0736 7216 688', expected: ['0736-7216688'] },
    { input: '联系电话：7216 688', expected: ['7216688'] },
    { input: '联系电话：0736-7216 688转8021', expected: ['0736-7216688转8021'] },
    { input: '联系电话：0731-8888 1234转8021', expected: ['0731-88881234转8021'] },
  ])('a local number in groups: $input', ({ input, expected }) => {
    expect(contacts(input).phones).toEqual(expected);
  });

  // The groups stop where the number does: what follows a space is another number, a date, a postcode.
  it.each([
    { input: '电话：0736-7216688 13807361234', expected: ['0736-7216688', '13807361234'] },
    { input: '电话：0736-7216 688 13807361234', expected: ['0736-7216688', '13807361234'] },
    { input: '电话：0736-7216 688 7216 689', expected: ['0736-7216688', '7216689'] },
    { input: '联系电话：0736-7216 688 2025年10月16日', expected: ['0736-7216688'] },
    { input: '联系电话：0736-7216 688 415000', expected: ['0736-7216688'] },
    { input: '联系电话：0736-72 16 68', expected: [] },
    // A mobile in groups (3+4+4) is one mobile, not a landline of its first seven digits.
    { input: '联系人：李建国 138 0736 1234', expected: ['13807361234'] },
    { input: '电话：0736-7216 688 138 0736 1234', expected: ['0736-7216688', '13807361234'] },
  ])('groups glue nothing after the number: $input', ({ input, expected }) => {
    expect(contacts(input).phones).toEqual(expected);
  });

  it('a postcode after a number in groups stays the postcode', () => {
    expect(contacts('联系电话：0736-7216 688 邮编：415000')).toEqual({ ...NONE, phones: ['0736-7216688'], postcode: '415000' });
  });

  it('reads only the range it is given', () => {
    const text = '联系电话：0763-1111111。正文。联系电话：0763-3374341';
    expect(extractContacts(text, text.indexOf('正文'), text.length).phones).toEqual(['0763-3374341']);
  });
});
