import { describe, expect, it } from 'vitest';
import { checkContentUpdate, refusal, type SenderInfo } from '../../utils/sender-policy';

const PAGE = 'https://www.example.gov.cn/xcgz/t20240913_1.html';
const page: SenderInfo = { url: `${PAGE}#top`, ownExtension: true };
const panel: SenderInfo = { url: 'chrome-extension://abcdefghijklmnop/sidepanel.html?tabId=3', ownExtension: true };

describe('who may ask the background what', () => {
  it('lets extension pages ask anything', () => {
    for (const type of ['export-backup', 'import-backup', 'annotations-search', 'annotations-list', 'categories-save'])
      expect(refusal(type, { url: 'https://other.gov.cn/' }, panel)).toBeNull();
  });

  it("lets a content script read and write its own page's highlights (URL normalised)", () => {
    expect(refusal('annotations-list', { url: `${PAGE}?utm_source=wechat` }, page)).toBeNull();
    expect(refusal('annotation-create', { pageUrl: PAGE }, page)).toBeNull();
    expect(refusal('anchor-statuses', { url: PAGE, statuses: [] }, page)).toBeNull();
    expect(refusal('page-visit', { url: PAGE, maybeNotice: true }, page)).toBeNull();
    expect(refusal('categories-list', {}, page)).toBeNull();
  });

  it("refuses a content script another page's highlights, whatever the payload claims", () => {
    expect(refusal('annotations-list', { url: 'https://other.gov.cn/x.html' }, page)).toMatch(/拒绝.*refused/);
    expect(refusal('annotation-create', { pageUrl: 'https://other.gov.cn/x.html' }, page)).not.toBeNull();
    expect(refusal('annotations-list', {}, page)).not.toBeNull();
  });

  it('refuses a content script everything that reaches across pages', () => {
    for (const type of ['export-backup', 'export-markdown', 'import-backup', 'annotations-search', 'pages-list', 'categories-save', 'annotation-delete', 'annotation-get', 'annotator-enable', 'tab-annotations', 'no-such-request'])
      expect(refusal(type, { url: PAGE }, page), type).not.toBeNull();
  });

  it("refuses anything from another extension, even an extension page", () => {
    expect(refusal('annotations-list', { url: PAGE }, { ...panel, ownExtension: false })).not.toBeNull();
  });

  it('lets a content script re-attach (target, status) on its own page only', () => {
    expect(checkContentUpdate(PAGE, { target: {}, anchorStatus: 'anchored' }, page)).toBeNull();
    expect(checkContentUpdate(PAGE, { note: 'forged' }, page)).not.toBeNull();
    expect(checkContentUpdate('https://other.gov.cn/x.html', { anchorStatus: 'anchored' }, page)).not.toBeNull();
  });
});
