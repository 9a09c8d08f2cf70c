import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../../utils/storage/url';

const WX = 'https://mp.weixin.qq.com';

/** [what, raw, expected]: the key a raw link is stored under. */
const CASES: [string, string, string][] = [
  ['drops the fragment', 'https://www.gov.cn/zhengce/a.html#section2', 'https://www.gov.cn/zhengce/a.html'],
  ['drops a text fragment', 'https://www.gov.cn/a.html#:~:text=%E6%95%B4%E6%94%B9', 'https://www.gov.cn/a.html'],
  ['lower-cases scheme and host, keeps path case', 'HTTPS://WWW.Example.GOV.CN/Xcgz/A.html', 'https://www.example.gov.cn/Xcgz/A.html'],
  ['drops the default http port', 'http://www.example.gov.cn:80/a.html', 'http://www.example.gov.cn/a.html'],
  ['drops the default https port', 'https://www.example.gov.cn:443/a.html', 'https://www.example.gov.cn/a.html'],
  ['keeps another port', 'http://127.0.0.1:8080/notice.html', 'http://127.0.0.1:8080/notice.html'],
  ['drops utm_* parameters', 'https://x.gov.cn/a.html?utm_source=wechat&id=5&utm_medium=share', 'https://x.gov.cn/a.html?id=5'],
  ['compares names case-insensitively', 'https://x.gov.cn/a.html?UTM_Source=x&From=timeline&id=5', 'https://x.gov.cn/a.html?id=5'],
  ['drops WeChat share markers on any host', 'http://x.gov.cn/a.html?from=singlemessage&isappinstalled=0&scene=1&clicktime=1&enterid=2', 'http://x.gov.cn/a.html'],
  ['drops spm and sessionid', 'https://x.gov.cn/a.html?spm=a2c4g.1&sessionid=abc&p=2', 'https://x.gov.cn/a.html?p=2'],
  ['drops share* parameters', 'https://x.gov.cn/a.html?share_token=x&shareId=3&sharer_shareid=1&p=2', 'https://x.gov.cn/a.html?p=2'],
  ['drops click ids', 'https://x.gov.cn/a.html?gclid=1&fbclid=2&msclkid=3', 'https://x.gov.cn/a.html'],
  ['sorts the remaining parameters', 'https://x.gov.cn/list.jsp?page=2&cat=7&a=1', 'https://x.gov.cn/list.jsp?a=1&cat=7&page=2'],
  ['keeps repeated names in their order', 'https://x.gov.cn/q?b=1&a=2&b=0', 'https://x.gov.cn/q?a=2&b=1&b=0'],
  ['keeps parameters as written (no value, empty value, +)', 'https://x.gov.cn/q?q=a+b&flag&e=', 'https://x.gov.cn/q?e=&flag&q=a+b'],
  ['drops an empty query', 'https://x.gov.cn/a.html?', 'https://x.gov.cn/a.html'],
  ['drops a query of tracking parameters only', 'https://x.gov.cn/a.html?utm_source=x#top', 'https://x.gov.cn/a.html'],
  ['keeps key/lang/version off WeChat', 'http://x.gov.cn/search?lang=zh&key=abc&version=2', 'http://x.gov.cn/search?key=abc&lang=zh&version=2'],
  ['keeps a trailing index.html (decided: not provably /dir/)', 'http://x.gov.cn/col/col123/index.html', 'http://x.gov.cn/col/col123/index.html'],
  ['keeps the directory form apart', 'http://x.gov.cn/col/col123/', 'http://x.gov.cn/col/col123/'],
  ['keeps http and https apart', 'http://x.gov.cn/a.html', 'http://x.gov.cn/a.html'],
  ['drops user name and password', 'https://user:secret@x.gov.cn/a.html', 'https://x.gov.cn/a.html'],
  ['upper-cases percent-escapes', 'http://x.gov.cn/%e9%80%9a.html?q=%e6%95%b4', 'http://x.gov.cn/%E9%80%9A.html?q=%E6%95%B4'],
  ['decodes escaped unreserved characters', 'http://x.gov.cn/%7Euser/%41.html?q=%2D', 'http://x.gov.cn/~user/A.html?q=-'],
  ['percent-encodes a Chinese path as the browser does', 'http://x.gov.cn/通报.html', 'http://x.gov.cn/%E9%80%9A%E6%8A%A5.html'],
  ['resolves dot segments', 'http://x.gov.cn/a/./b/../c.html', 'http://x.gov.cn/a/c.html'],
  ['adds the root path', 'https://X.GOV.CN', 'https://x.gov.cn/'],
  ['WeChat /s/<id>: no query at all', `${WX}/s/AbC_dEf-123?scene=1&poc_token=x&from=groupmessage#rd`, `${WX}/s/AbC_dEf-123`],
  [
    'WeChat /s?: only __biz, mid, idx, sn',
    `${WX}/s?__biz=MzA3MDM3NjE5NQ==&mid=2650&idx=1&sn=abc123&chksm=84f1&mpshare=1&scene=23&srcid=0913&sharer_shareinfo=x&sharer_shareinfo_first=y&key=k&ascene=1&uin=MTIz&devicetype=Windows&version=6309&lang=zh_CN&exportkey=e&acctmode=0&pass_ticket=p&wx_header=1#rd`,
    `${WX}/s?__biz=MzA3MDM3NjE5NQ==&idx=1&mid=2650&sn=abc123`,
  ],
  ['WeChat __biz: %3D and = are one account', `${WX}/s?__biz=MzA3MDM3NjE5NQ%3D%3D&mid=2650&idx=1&sn=abc123`, `${WX}/s?__biz=MzA3MDM3NjE5NQ==&idx=1&mid=2650&sn=abc123`],
  ['WeChat host in capitals', `HTTPS://MP.WEIXIN.QQ.COM/s/AbC?scene=1`, `${WX}/s/AbC`],
  ['WeChat other paths: noise dropped, the rest kept', `${WX}/mp/appmsg/show?itemidx=1&__biz=Mz==&appmsgid=10&key=k&lang=zh_CN&devicetype=x`, `${WX}/mp/appmsg/show?__biz=Mz==&appmsgid=10&itemidx=1`],
  ['another scheme only loses its fragment', 'chrome-extension://abcdef/sidepanel.html?utm_source=x#top', 'chrome-extension://abcdef/sidepanel.html?utm_source=x'],
  ['file URLs', 'file:///tmp/notice.html#p3', 'file:///tmp/notice.html'],
  ['not a URL: trimmed, otherwise as is', '  not a url  ', 'not a url'],
  ['empty string', '', ''],
];

describe('normaliseUrl', () => {
  it.each(CASES)('%s', (_what, raw, expected) => {
    expect(normaliseUrl(raw)).toBe(expected);
  });

  it.each(CASES)('is idempotent: %s', (_what, raw) => {
    const once = normaliseUrl(raw);
    expect(normaliseUrl(once)).toBe(once);
  });

  it('gives one key for the links people share to one notice', () => {
    const links = [
      'https://www.example.gov.cn/xcgz/202409/t20240913_123.html',
      'https://WWW.EXAMPLE.GOV.CN:443/xcgz/202409/t20240913_123.html?from=singlemessage&isappinstalled=0',
      'https://www.example.gov.cn/xcgz/202409/t20240913_123.html?utm_source=weibo#:~:text=%E6%95%B4%E6%94%B9',
      'https://www.example.gov.cn/xcgz/202409/t20240913_123.html?share_token=abc&spm=1.2.3#top',
    ];
    expect(new Set(links.map(normaliseUrl))).toEqual(new Set(['https://www.example.gov.cn/xcgz/202409/t20240913_123.html']));
  });

  it('gives one key for a WeChat article shared from different readers', () => {
    const a = `${WX}/s?__biz=MzA3MDM3NjE5NQ==&mid=2650&idx=1&sn=abc123&chksm=1&scene=21&key=reader-a`;
    const b = `${WX}/s?sn=abc123&idx=1&__biz=MzA3MDM3NjE5NQ%3D%3D&mid=2650&chksm=2&scene=126&sessionid=9&pass_ticket=t#rd`;
    expect(normaliseUrl(a)).toBe(normaliseUrl(b));
  });

  it('keeps different notices apart', () => {
    expect(normaliseUrl('https://x.gov.cn/art.jsp?id=1')).not.toBe(normaliseUrl('https://x.gov.cn/art.jsp?id=2'));
    expect(normaliseUrl(`${WX}/s?__biz=Mz==&mid=1&idx=1&sn=a`)).not.toBe(normaliseUrl(`${WX}/s?__biz=Mz==&mid=1&idx=2&sn=b`));
  });
});
