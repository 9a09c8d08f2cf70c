import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { detectNotice, linkStats, pageTitles, textOf } from '../../../utils/notice/detect';
import { extractNotice, isExtractError } from '../../../utils/notice/extract';

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

function page(body: string, title = '中共某某县水利局党组关于县委第二轮巡察整改进展情况的通报'): Document {
  const { document, close } = parseHtml(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, 'http://www.example.gov.cn/');
  closers.push(close);
  return document;
}

const related = (n: number): string =>
  `<div class="related"><h4>相关阅读</h4><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/xczg/${i}.html">中共某某县第${'一二三四五六七八九十'[i]}局党组关于县委第二轮巡察整改进展情况的通报</a><span>2025-04-1${i}</span></li>`).join('')}</ul></div>`;

// A short county notice: about 600 characters of its own.
const NOTICE = `<div class="crumb"><a href="/">首页</a> &gt; <a href="/xczg/">巡察整改</a> &gt; <a href="/xczg/tb/">整改通报</a></div>
<div id="zoom"><p>根据县委统一部署，2024年4月8日至5月31日，县委第三巡察组对县水利局党组开展了常规巡察。2024年7月5日，巡察组向局党组反馈了巡察意见。现将巡察整改进展情况予以公布。</p>
<p>一、整改工作开展情况</p><p>局党组召开专题会议研究部署整改工作，成立整改工作领导小组，对反馈的12个问题逐条建立台账，实行清单化管理、销号式推进。截至2024年10月底，已完成整改10个，阶段性整改2个；制定整改措施36条，已完成33条。</p>
<p>二、整改任务落实情况</p><p>（一）关于河长制落实不到位的问题。一是修订河长巡河制度，明确巡河频次和问题处置时限；二是建立每月通报制度，对巡河不到位的河长进行约谈。</p>
<p>（二）关于水毁工程修复滞后的问题。一是对全县12处水毁工程逐一建立修复台账；二是已修复9处，其余3处将于年底前修复完成。</p>
<p>三、下一步工作打算</p><p>局党组将持续巩固整改成果，对阶段性整改的2个问题紧盯不放，确保年底前全部整改到位。</p>
<p>欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2024年11月20日至11月29日。联系电话：0000-1234567。</p><p>中共某某县水利局党组</p><p>2024年11月20日</p></div>`;

describe('linkStats', () => {
  it('counts no breadcrumb or menu entry (整改通报) as a linked notice title', () => {
    const d = page(NOTICE);
    expect(linkStats(d, textOf(d.body)).listPage).toBe(false);
  });

  it('keeps a notice with a related-reading box of five notice titles a notice', () => {
    const d = page(NOTICE + related(5));
    expect(linkStats(d, textOf(d.body)).listPage).toBe(false);
    expect(detectNotice(d)).toMatchObject({ isNotice: true, kind: 'progress-notice' });
  });

  it('still calls a page of notice titles and their dates a list', () => {
    const d = page(`<div class="crumb"><a href="/">首页</a> &gt; <a href="/xczg/tb/">整改通报</a></div>${related(8)}<div class="pages">共8条 第1页</div>`, '整改通报_某某县人民政府');
    expect(linkStats(d, textOf(d.body)).listPage).toBe(true);
    expect(detectNotice(d).isNotice).toBe(false);
  });
});

describe('a notice in heavy page furniture', () => {
  const menu = (n: number): string => `<div class="nav">${Array.from({ length: n }, (_, i) => `<a href="/c${i}/">栏目${i}导航链接</a>`).join(' ')}</div>`;

  it('stays a notice under a menu of 300 links (mostly links by characters, yet with paragraphs of its own)', () => {
    const d = page(menu(300) + NOTICE);
    expect(linkStats(d, textOf(d.body)).linkRatio).toBeLessThanOrEqual(0.5);
    expect(detectNotice(d)).toMatchObject({ isNotice: true });
  });

  it('reads the visible article, not a hidden copy placed before it', () => {
    const hidden = NOTICE.replace('id="zoom"', 'id="zoom-m"').replace('局党组召开专题会议', '局黨組召開專題會議');
    for (const wrap of [(h: string) => `<div style="display:none">${h}</div>`, (h: string) => `<div hidden>${h}</div>`, (h: string) => `<noscript>${h}</noscript>`]) {
      const d = page(wrap(hidden.replace('<div id="zoom-m">', '<div class="TRS_Editor">')) + NOTICE.replace('<div id="zoom">', '<div class="TRS_Editor">'));
      const n = extractNotice(d);
      if (isExtractError(n)) throw new Error(n.error);
      expect(n.text).toContain('局党组召开专题会议');
      expect(n.text).not.toContain('局黨組');
    }
  });
});

describe('pageTitles', () => {
  it('finds a title set in bold type in a cell of an old table layout, when no title box names it', () => {
    const d = page(
      '<table><tr><td><a href="/">首页</a></td></tr><tr><td align="center"><font size="4"><b>机构设置</b></font></td></tr><tr><td align="center"><font size="4"><b>中共石溪县林业局党组关于县委第二巡察组<br>巡察反馈意见整改情况的通报</b></font></td></tr></table>',
      '石溪县林业局',
    );
    expect(pageTitles(d).map((t) => t.replace(/\s+/g, ''))).toContain('中共石溪县林业局党组关于县委第二巡察组巡察反馈意见整改情况的通报');
  });

  it('finds the document named in a 政务公开 metadata table (名　　称：…), and only there', () => {
    const meta = (label: string) =>
      `<table class="xxgk"><tr><th>索 引 号：</th><td>11140925MB0981452N/2025-00034</td></tr><tr><th>${label}</th><td colspan="3">中共青岚县卫生健康局党组关于十五届县委第三轮巡察整改进展情况的通报</td></tr></table>`;
    expect(pageTitles(page(meta('名　　称：'), '青岚县人民政府'))).toContain('中共青岚县卫生健康局党组关于十五届县委第三轮巡察整改进展情况的通报');
    expect(pageTitles(page(meta('内容概述：'), '青岚县人民政府'))).not.toContain('中共青岚县卫生健康局党组关于十五届县委第三轮巡察整改进展情况的通报');
  });
});

describe('a platform page naming itself in <title> and <h1>, the notice in <h2>', () => {
  it('is a notice: the first <h2> is a title candidate too', () => {
    const body = NOTICE.replace('现将巡察整改进展情况予以公布。', '具体情况公示如下：').replace(/一是|二是/g, '');
    const doc = page(`<h1>村务公开详情</h1><h2>中共某某县水利局党组关于县委巡察反馈问题整改情况的公示</h2>${body}`, '村务公开详情 - 某某县“三务”公开平台');
    expect(detectNotice(doc).isNotice).toBe(true);
  });
});

describe('another procedure\'s rectification page on a site with a 巡察 column', () => {
  // A regulator's own disclosure: 巡察 only in the site's menu and sidebar links.
  const body = `<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/xczg/">巡察工作</a></div>
<div class="side"><a href="/xczg/1.html">市委第三巡察组巡察市市场监管局党组情况反馈会召开</a></div>
<div id="zoom"><p>根据《药品管理法》有关规定，我局于2025年3月对康元大药房第十二分店开展现场检查，发现3个问题，依法下达责令改正通知书。现将该店整改复查情况公示如下：</p>
<p>一、处方药销售登记不全的问题。已整改，复查合格。</p><p>二、冷链药品温控记录缺失的问题。已整改，复查合格。</p><p>三、从业人员健康证过期的问题。已整改，复查合格。</p>
<p>公示期：2025年6月3日至6月9日。联系电话：0000-7654321。</p><p>鹤洲市市场监督管理局</p><p>2025年6月3日</p></div>`;
  it('is no notice when 巡察/巡视 stands only in links and not in its titles', () => {
    expect(detectNotice(page(body, '关于鹤洲市康元大药房连锁有限公司第十二分店整改情况的公示'))).toMatchObject({ isNotice: false });
  });

  it('…but a notice whose menus also say 巡察 is still one', () => {
    expect(detectNotice(page(`<div class="nav"><a href="/xczg/">巡察工作</a></div>${NOTICE}`))).toMatchObject({ isNotice: true });
  });
});

