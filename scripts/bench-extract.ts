/**
 * `npm run bench:extract` — how much our detection and extraction cost next to what they must
 * pay anyway, measured in the same run on the same parsed document:
 *
 *  1. detection on NON-NOTICE pages (near-miss fixtures + a synthetic 1 MiB news page):
 *     `detectNotice(doc)` vs one `document.body.textContent` read. Target ≤ 2×.
 *  2. extraction on NOTICE pages (notice fixtures + a synthetic 1 MiB notice page):
 *     `extractNotice(doc)` vs `new Readability(document.cloneNode(true)).parse()`. The clone is
 *     part of the baseline: Readability mutates its input, so any real caller must clone.
 *     Target ≤ 1.5×.
 *
 * Runs in Node (happy-dom documents) and, when a Chromium is installed, in Chromium (the core
 * bundled with esbuild, pages served from 127.0.0.1, timed inside the page with
 * `performance.now()`). Only measures and prints: no wall-clock assertions. The last line of
 * stdout is one JSON object with the overall median ratios.
 *
 * Options: --node-only, --quick (fewer runs, for a smoke test), --write-synthetic DIR (write the
 * two synthetic 1 MiB pages to DIR for profiling, then exit).
 *
 * Why Chromium's extraction ratio is higher than Node's (measured 2026-11-24, Chromium 150): the GC
 * forced before each batch puts two full GCs between two calls of the same side, and after two GCs
 * in which a regexp did not run, V8 has dropped its compiled code. Each call then compiles again
 * every regexp it runs: about 200 for our extraction (8–10 ms of compilation, interpreter and
 * native tiers), about 20 for Readability. On 000-strong-br one call takes 2.6 ms with no GC
 * between calls, 3.4 ms after one GC and 9.4 ms after two (6.3 ms with `--no-regexp-tier-up`),
 * while Readability's stays near 2 ms. A reader pays that compilation on the first extraction in a
 * tab and on a re-extraction later in the page's life, so the bench keeps the forced GCs: it
 * measures what a reader pays, not a loop kept warm.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { detectNotice } from '../utils/notice/detect';
import { extractNotice, type ExtractResult } from '../utils/notice/extract';
import type { Detection } from '../utils/notice/types';
import { chromiumMissingReason, findChromium, launchChromium } from './lib/chromium';
import { decodeHtml } from './lib/decode-html';
import { parseHtml } from './lib/parse-html';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'test', 'fixtures');
const FIXTURE_URL = 'http://fixture.example.gov.cn/';
const SYNTHETIC_BYTES = 1024 * 1024;
const TARGET = { detect: 2, extract: 1.5 } as const;

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const NODE_ONLY = argv.includes('--node-only');
const WRITE_SYNTHETIC = argv.includes('--write-synthetic') ? argv[argv.indexOf('--write-synthetic') + 1] ?? '.' : null;

// ───────────────────────────── pages ─────────────────────────────

type Group = 'notice' | 'non-notice';

interface BenchPage {
  name: string;
  group: Group;
  html: string;
  bytes: number;
  synthetic: boolean;
}

function loadFixtures(dir: string, group: Group): BenchPage[] {
  const root = join(FIXTURES, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'page.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(root, name, 'page.html'));
      // Some fixtures are GBK: decode the way a browser would, never as UTF-8 blindly.
      const { html } = decodeHtml(bytes);
      return { name: `${dir}/${name}`, group, html, bytes: bytes.length, synthetic: false };
    });
}

/** Deterministic PRNG (mulberry32): the synthetic pages are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 45 → 四十五, 105 → 一百零五, 112 → 一百一十二. */
function cnNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? '';
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  const r = n % 100;
  const rest = r === 0 ? '' : r < 10 ? `零${CN_DIGITS[r]}` : r < 20 ? `一${cnNumber(r)}` : cnNumber(r);
  return `${cnNumber(Math.floor(n / 100))}百${rest}`;
}

function cnValue(s: string): number {
  for (let n = 1; n < 200; n++) if (cnNumber(n) === s) return n;
  return 0;
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

const PLACES = ['市', '南湖区', '青石镇', '东城区', '西江县', '北山县', '高新区', '经开区', '宁州', '临江市', '白沙镇', '龙泉街道'];
const ACTIONS = ['召开', '开展', '部署', '推进', '举办', '组织', '启动', '完成', '印发', '调研', '督导', '部署推进'];
const TOPICS = [
  '安全生产', '优化营商环境', '乡村振兴', '防汛抗旱', '政务公开', '森林防火', '城市更新', '就业创业', '基层治理', '招商引资',
  '生态环境保护', '食品安全', '消防安全', '文明城市创建', '农村人居环境整治', '医疗保障', '义务教育', '老旧小区改造',
  '数字政府建设', '河湖长制', '耕地保护', '信访工作', '党风廉政建设', '作风建设', '党史学习教育', '统计执法',
];
const SUFFIXES = ['工作会议', '专项行动', '培训班', '的通知', '工作方案', '推进会', '情况通报', '座谈会', '现场会', '实施意见', '新闻发布会', '专题会议'];
const COLUMNS = [
  '要闻动态', '通知公告', '部门动态', '区县动态', '政策文件', '政策解读', '规划计划', '财政资金', '人事信息', '统计信息',
  '政府信息公开年报', '依申请公开', '建议提案办理', '重大项目', '应急管理', '政务服务', '办事指南', '互动交流', '领导信箱',
  '在线访谈', '征集调查', '专题专栏', '党建工作', '巡察工作', '党风廉政', '清廉机关', '理论学习', '图片新闻', '视频新闻',
];

function linkTitle(r: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return `${pick(PLACES)}${pick(ACTIONS)}${pick(TOPICS)}${pick(SUFFIXES)}`;
}

function dateStr(r: () => number, year = 2025): string {
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The chrome of a bloated government CMS page (TRS/Hanweb style): inline CSS and a column
 * config script in <head>, a mega-menu, a sidebar of column trees and latest-article lists,
 * related articles, footer selects of sister sites, friend links, a hidden site map and a
 * statistics script at the end of <body>. `targetBytes` is reached by growing the site map.
 */
function buildChrome(r: () => number, site: string, targetBytes: number) {
  const css: string[] = [];
  for (let i = 0; i < 360; i++) {
    css.push(`.m${i} .list-${i % 37} li a,.m${i} .item-${i % 19}:hover{color:#${(0x202020 + i * 911).toString(16).slice(-6)};font-size:${12 + (i % 6)}px;line-height:${24 + (i % 8)}px;padding:0 ${i % 12}px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}`);
  }
  const columns: Array<{ id: number; name: string; url: string; parent: number }> = [];
  for (let i = 0; i < 420; i++) {
    const name = COLUMNS[i % COLUMNS.length] ?? '';
    columns.push({ id: 1000 + i, name: i < COLUMNS.length ? name : `${name}${Math.floor(i / COLUMNS.length)}`, url: `/col/col${1000 + i}/index.html`, parent: i < 12 ? 0 : 1000 + (i % 12) });
  }
  const head = `<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="${site}">
<meta name="SiteDomain" content="www.ningzhou.gov.cn">
<meta name="SiteIDCode" content="4310000001">
<link rel="stylesheet" type="text/css" href="/images/2023/css/common.css">
<link rel="stylesheet" type="text/css" href="/images/2023/css/article.css">
<style type="text/css">
${css.join('\n')}
</style>
<script src="/images/2023/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">
var siteColumns = ${JSON.stringify(columns)};
</script>`;

  const nav: string[] = ['<div class="nav"><div class="w1200"><ul class="nav-list">', '<li class="on"><a href="/">首页</a></li>'];
  for (let i = 0; i < 12; i++) {
    nav.push(`<li class="nav-item"><a href="/col/col${1000 + i}/index.html">${COLUMNS[i]}</a><div class="mega m${i}">`);
    for (let g = 0; g < 6; g++) {
      nav.push(`<dl class="group"><dt><a href="/col/col${1100 + i * 10 + g}/index.html">${COLUMNS[(i + g * 5) % COLUMNS.length]}</a></dt>`);
      for (let k = 0; k < 10; k++) nav.push(`<dd><a href="/art/${dateStr(r).slice(0, 7)}/art_${i}${g}${k}.html" target="_blank" title="">${linkTitle(r)}</a></dd>`);
      nav.push('</dl>');
    }
    nav.push('</div></li>');
  }
  nav.push('</ul></div></div>');

  const top = `<div class="topbar"><div class="w1200 clearfix"><span class="date" id="today"></span>
<span class="fr"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;" id="older">长者模式</a> | <a href="javascript:;" id="StranLink">繁體</a> | <a href="/sjb/">手机版</a> | <a href="/sitemap/">网站地图</a></span></div></div>
<div class="header"><div class="w1200 clearfix"><a class="logo" href="/"><img src="/images/2023/logo.png" alt="${site}"></a>
<form class="search" action="/jsearchfront/search.do" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
${nav.join('\n')}`;

  const side: string[] = ['<div class="main-left">', '<div class="side-box"><h3>栏目导航</h3><ul class="tree">'];
  for (let i = 0; i < 160; i++) side.push(`<li class="lv${1 + (i % 3)}"><a href="/col/col${1200 + i}/index.html">${COLUMNS[i % COLUMNS.length]}${i >= COLUMNS.length ? `（${Math.floor(i / COLUMNS.length) + 1}）` : ''}</a></li>`);
  side.push('</ul></div><div class="side-box"><h3>最新文章</h3><ul class="list">');
  for (let i = 0; i < 150; i++) side.push(`<li><a href="/art/2025/art_${5000 + i}.html" target="_blank" title="">${linkTitle(r)}</a><span>${dateStr(r)}</span></li>`);
  side.push('</ul></div><div class="side-box pics"><h3>图片新闻</h3><ul>');
  for (let i = 0; i < 30; i++) side.push(`<li><a href="/art/2025/art_${6000 + i}.html" target="_blank"><img src="/picture/2025/${i}.jpg" alt=""><p>${linkTitle(r)}</p></a></li>`);
  side.push('</ul></div></div>');

  const related: string[] = ['<div class="related"><h3>相关文章</h3><ul>'];
  for (let i = 0; i < 60; i++) related.push(`<li><a href="/art/2025/art_${7000 + i}.html" target="_blank">${linkTitle(r)}</a><span>${dateStr(r)}</span></li>`);
  related.push('</ul></div>');

  const selects: string[] = [];
  for (const label of ['中央及省级网站', '省直部门网站', '市直部门网站', '区县政府网站', '其他网站']) {
    selects.push(`<select onchange="window.open(this.value)"><option>—— ${label} ——</option>`);
    for (let i = 0; i < 80; i++) selects.push(`<option value="https://www.site${i}.gov.cn/">${PLACES[i % PLACES.length]}${TOPICS[i % TOPICS.length]}局</option>`);
    selects.push('</select>');
  }
  const friends: string[] = ['<div class="friend-links">'];
  for (let i = 0; i < 100; i++) friends.push(`<a href="https://www.link${i}.gov.cn/" target="_blank">${PLACES[i % PLACES.length]}${TOPICS[(i * 7) % TOPICS.length]}网</a>`);
  friends.push('</div>');
  const stats = `<script type="text/javascript">
var _trsStat = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ c: 1000 + i, v: Math.floor(r() * 100000), t: dateStr(r) })))};
var d = new Date(); var el = document.getElementById('today'); if (el) el.innerHTML = '今天是：' + d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日';
function doZoom(size) { var z = document.getElementById('zoom'); if (z) z.style.fontSize = size + 'px'; }
</script>`;
  const footerHead = `<div class="footer"><div class="w1200"><div class="links">${selects.join('')}</div>${friends.join('\n')}`;
  const footerTail = `<p>主办：${site}办公室 &nbsp; 地址：宁州市南湖区市府路1号 &nbsp; 邮编：423000</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备05007788号</a> &nbsp; 湘公网安备 43100202000012号 &nbsp; 网站标识码：4310000001</p>
<p>建议使用1366×768分辨率、IE9以上浏览器浏览本站</p></div></div>
${stats}`;
  // The hidden site map grows until the chrome has its share of the page.
  const fixed = utf8Bytes(head + top + side.join('') + related.join('') + footerHead + footerTail);
  const map: string[] = ['<div class="sitemap" style="display:none"><ul>'];
  let size = fixed;
  for (let i = 0; size < targetBytes; i++) {
    const li = `<li><a href="/col/col${2000 + i}/index.html">${COLUMNS[i % COLUMNS.length]}·${linkTitle(r)}</a></li>`;
    map.push(li);
    size += utf8Bytes(li) + 1;
  }
  map.push('</ul></div>');
  return {
    head,
    top,
    side: side.join('\n'),
    related: related.join('\n'),
    footer: `${footerHead}\n${map.join('\n')}\n${footerTail}`,
  };
}

function pageShell(c: ReturnType<typeof buildChrome>, title: string, site: string, column: string, date: string, article: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${c.head}
<meta name="ColumnName" content="${column}">
<meta name="ArticleTitle" content="${title}">
<meta name="PubDate" content="${date} 09:30">
<title>${title}_${column}_${site}</title>
</head>
<body>
${c.top}
<div class="main w1200 clearfix">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1001/index.html">信息公开</a> &gt; <a href="/col/col1002/index.html">${column}</a></div>
${c.side}
<div class="main-right"><div class="article">
<h1 class="article-title">${title}</h1>
<div class="article-info"><span>发布时间：${date}</span>&nbsp;&nbsp;<span>来源：${site}</span>&nbsp;&nbsp;<span>浏览次数：<em id="hits">1554</em></span>
<span class="font-size">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div id="zoom" class="article-content"><div class="TRS_Editor">
${article}
</div></div>
<div class="article-tools"><span class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</span></div>
<div class="prev-next"><p>上一篇：<a href="/art/2025/art_4999.html">关于开展2025年度政务公开工作考核的通知</a></p><p>下一篇：<a href="/art/2025/art_5001.html">关于调整部分办事窗口服务时间的公告</a></p></div>
${c.related}
</div></div>
</div>
${c.footer}
</body>
</html>`;
}

/**
 * ~1 MiB notice page: the seed notice's article with its problem section repeated (renumbered,
 * so it reads as one very long notice with many problems) inside ~40 % of CMS chrome.
 */
function buildNoticePage(seedHtml: string): string {
  const { document, close } = parseHtml(seedHtml, FIXTURE_URL);
  const container = document.querySelector('.TRS_Editor') ?? document.querySelector('#zoom') ?? document.querySelector('article') ?? document.body;
  const paras = Array.from(container.querySelectorAll('p')).map((p) => ({ html: p.outerHTML, text: (p.textContent ?? '').trim() }));
  const title = document.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content') ?? document.querySelector('h1')?.textContent?.trim() ?? '关于巡察整改进展情况的通报';
  void close();
  if (paras.length < 10) throw new Error('seed notice has too few paragraphs');
  // The problem section: from the paragraph after `二、` up to `三、` (else the middle half).
  let from = paras.findIndex((p) => /^二、/.test(p.text)) + 1;
  let to = paras.findIndex((p, i) => i >= from && /^三、/.test(p.text));
  if (from <= 0 || to <= from) {
    from = Math.floor(paras.length / 4);
    to = Math.floor((paras.length * 3) / 4);
  }
  const middle = paras.slice(from, to);
  let maxItem = 0;
  let maxSub = 0;
  for (const p of middle) {
    const item = /^(\d{1,3})[.．、]/.exec(p.text);
    if (item) maxItem = Math.max(maxItem, Number(item[1]));
    const sub = /^（([一二三四五六七八九十]+)）/.exec(p.text);
    if (sub) maxSub = Math.max(maxSub, cnValue(sub[1] ?? ''));
  }
  const renumber = (p: { html: string; text: string }, rep: number): string => {
    if (rep === 0) return p.html;
    const item = /^(\d{1,3})([.．、])/.exec(p.text);
    if (item) return p.html.replace(new RegExp(`(^|[>\\s\\u3000;])${item[1]}(\\${item[2]})`), `$1${Number(item[1]) + rep * maxItem}$2`);
    const sub = /^（([一二三四五六七八九十]+)）/.exec(p.text);
    if (sub) return p.html.replace(`（${sub[1]}）`, `（${cnNumber(cnValue(sub[1] ?? '') + rep * maxSub)}）`);
    return p.html;
  };
  const site = '宁州市广播电视台';
  const chrome = buildChrome(rng(1), site, Math.round(SYNTHETIC_BYTES * 0.4));
  const shell = (article: string) => pageShell(chrome, title, site, '通知公告', '2025-10-16', article);
  const head = paras.slice(0, from).map((p) => p.html);
  const tail = paras.slice(to).map((p) => p.html);
  const body: string[] = [];
  let size = utf8Bytes(shell([...head, ...tail].join('\n')));
  for (let rep = 0; size < SYNTHETIC_BYTES; rep++) {
    for (const p of middle) {
      const h = renumber(p, rep);
      body.push(h);
      size += utf8Bytes(h) + 1;
      if (size >= SYNTHETIC_BYTES) break;
    }
  }
  return shell([...head, ...body, ...tail].join('\n'));
}

/**
 * ~1 MiB non-notice page: a very long government work report (the longest article a government
 * site usually has) inside ~40 % of CMS chrome. It names 巡视 and 整改 once, as real reports do,
 * so detection cannot take its early exit and runs in full.
 */
function buildNewsPage(): string {
  const r = rng(2);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const subjects = ['全市', '各级各部门', '市政府', '我们', '各县市区', '全市上下', '市直各单位'];
  const verbs = ['深入实施', '扎实推进', '全面落实', '持续深化', '大力推动', '统筹推进', '加快构建', '着力抓好'];
  const objects = [
    '创新驱动发展战略', '乡村振兴战略', '营商环境优化提升行动', '新型城镇化建设', '产业链供应链补链强链工程', '县域经济高质量发展',
    '民生实事项目', '生态环境保护攻坚', '数字经济与实体经济深度融合', '现代化基础设施体系建设', '城乡基层治理体系建设', '教育医疗养老服务提质',
  ];
  const results = [
    () => `地区生产总值增长${(4 + r() * 3).toFixed(1)}%`,
    () => `规模以上工业增加值增长${(5 + r() * 4).toFixed(1)}%`,
    () => `新增城镇就业${(2 + r() * 3).toFixed(2)}万人`,
    () => `完成固定资产投资${Math.floor(300 + r() * 500)}亿元`,
    () => `新建改建农村公路${Math.floor(200 + r() * 800)}公里`,
    () => `实施重点项目${Math.floor(100 + r() * 300)}个`,
    () => `城乡居民人均可支配收入分别增长${(4 + r() * 2).toFixed(1)}%和${(6 + r() * 2).toFixed(1)}%`,
    () => `粮食总产量稳定在${Math.floor(80 + r() * 40)}万吨以上`,
    () => `空气质量优良天数比例达到${(85 + r() * 10).toFixed(1)}%`,
  ];
  const closers = ['群众获得感幸福感安全感持续增强', '发展质效稳步提升', '为全年目标任务完成奠定了坚实基础', '经济社会发展呈现稳中有进、进中向好的良好态势', '发展后劲不断增强'];
  const sentence = () => `${pick(subjects)}${pick(verbs)}${pick(objects)}，${pick(results)()}，${pick(closers)}。`;
  const topHeads = ['2024年工作回顾', '2025年经济社会发展的总体要求和主要目标', '2025年重点工作', '全面加强政府自身建设'];
  const subHeads = [
    '坚持稳中求进，经济运行总体平稳', '坚持创新驱动，产业转型步伐加快', '坚持城乡统筹，区域发展更加协调', '坚持改革开放，发展活力持续释放',
    '坚持生态优先，绿色发展成效明显', '坚持以人为本，民生福祉不断增进', '坚持底线思维，安全发展基础巩固', '坚持依法行政，政府效能明显提升',
  ];
  const site = '宁州市人民政府';
  const title = '2025年宁州市人民政府工作报告';
  const chrome = buildChrome(rng(3), site, Math.round(SYNTHETIC_BYTES * 0.4));
  const parts: string[] = [
    '<p style="text-indent:2em;">——2025年1月15日在宁州市第十届人民代表大会第五次会议上</p>',
    '<p style="text-indent:2em;">各位代表：</p>',
    '<p style="text-indent:2em;">现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。</p>',
  ];
  let size = utf8Bytes(pageShell(chrome, title, site, '政府工作报告', '2025-01-20', parts.join('\n')));
  let top = 0;
  let sub = 0;
  for (let i = 0; size < SYNTHETIC_BYTES; i++) {
    let p: string;
    if (i % 60 === 0) {
      top++;
      sub = 0;
      p = `<p style="text-indent:2em;"><strong>${cnNumber(top)}、${topHeads[(top - 1) % topHeads.length]}</strong></p>`;
    } else if (i % 8 === 0) {
      sub++;
      p = `<p style="text-indent:2em;"><strong>（${cnNumber(sub)}）${subHeads[(sub - 1) % subHeads.length]}。</strong></p>`;
    } else if (i === 45) {
      p = '<p style="text-indent:2em;">我们坚持把政治建设摆在首位，认真抓好中央巡视、省委巡视反馈意见整改落实，严格落实全面从严治党主体责任，政府系统党风廉政建设持续加强。</p>';
    } else {
      p = `<p style="text-indent:2em;">${Array.from({ length: 3 + Math.floor(r() * 4) }, sentence).join('')}</p>`;
    }
    parts.push(p);
    size += utf8Bytes(p) + 1;
  }
  return pageShell(chrome, title, site, '政府工作报告', '2025-01-20', parts.join('\n'));
}

function buildPages(): { notices: BenchPage[]; nonNotices: BenchPage[] } {
  const notices = loadFixtures('notices', 'notice');
  const nonNotices = loadFixtures('near-miss', 'non-notice');
  const seed = notices.find((p) => p.name.endsWith('/000-cms')) ?? notices.find((p) => p.name.includes('cms')) ?? notices[0];
  if (seed) {
    const html = buildNoticePage(seed.html);
    notices.push({ name: `synthetic/1mb-notice (seed ${seed.name.split('/')[1]})`, group: 'notice', html, bytes: utf8Bytes(html), synthetic: true });
  }
  const news = buildNewsPage();
  nonNotices.push({ name: 'synthetic/1mb-work-report', group: 'non-notice', html: news, bytes: utf8Bytes(news), synthetic: true });
  return { notices, nonNotices };
}

// ───────────────────────────── the timing harness ─────────────────────────────

interface HarnessEnv {
  doc: Document;
  detectNotice: (doc: Document) => Detection;
  extractNotice: (doc: Document, opts: { source?: string; url?: string | null }) => ExtractResult;
  Readability: typeof Readability;
  now: () => number;
  gc: (() => void) | null;
  /**
   * Lets the host's event loop turn between batches (Node). Needed with happy-dom: its query
   * caches hold WeakRefs, and V8 keeps every WeakRef target alive until the current job ends, so
   * in one long synchronous loop every Document clone Readability touched stays in memory.
   */
  yieldToHost: (() => Promise<void>) | null;
  source: string;
  url: string;
}

interface HarnessCfg {
  mode: 'detect' | 'extract';
  warmup: number;
  runs: number;
  /** Warm-up continues (within the budget) until each function ran this many times. */
  warmupCalls: number;
  /** Fewest runs kept when the page is too slow for the time budget. */
  minRuns: number;
  /** A timed sample repeats the call until it lasts at least this long (timer resolution). */
  minSampleMs: number;
  maxInner: number;
  /** Rough time allowed for one page (first calls, calibration, warm-ups, runs); slow pages get fewer runs. */
  budgetMs: number;
}

interface HarnessOut {
  ours: number[];
  base: number[];
  innerOurs: number;
  innerBase: number;
  warmup: number;
  runs: number;
  note: string;
  sink: number;
}

/**
 * Times ours vs the baseline on one document. Runs unchanged in Node and, stringified, inside a
 * Chromium page — so it must not use anything from this module's scope. Each run times a batch
 * (≥ minSampleMs) of ours and a batch of the baseline, in alternating order, after a GC when
 * one is available; per-call times are returned.
 */
async function runHarness(env: HarnessEnv, cfg: HarnessCfg): Promise<HarnessOut> {
  const doc = env.doc;
  const start = env.now();
  let sink = 0;
  let note = '';
  const ours =
    cfg.mode === 'detect'
      ? () => {
          const d = env.detectNotice(doc);
          sink += d.confidence;
          return d;
        }
      : () => {
          const res = env.extractNotice(doc, { source: env.source, url: env.url });
          sink += 'error' in res ? 0 : res.problems.length;
          return res;
        };
  const base =
    cfg.mode === 'detect'
      ? () => {
          const t = doc.body ? doc.body.textContent : '';
          sink += t ? t.length : 0;
          return t;
        }
      : () => {
          const clone = doc.cloneNode(true) as Document;
          const art = new env.Readability(clone).parse();
          sink += art && art.content ? art.content.length : 0;
          return art;
        };
  // Warm-up 0 doubles as calibration: how long is one call?
  const calibrate = (fn: () => unknown): number => {
    let n = 0;
    const t0 = env.now();
    let elapsed = 0;
    do {
      fn();
      n++;
      elapsed = env.now() - t0;
    } while (elapsed < cfg.minSampleMs && n < cfg.maxInner);
    return elapsed / n;
  };
  const first = ours();
  if (cfg.mode === 'detect') {
    const d = first as Detection;
    note = `${d.kind} ${d.reasons.slice(0, 2).join(',')}`;
  } else {
    const res = first as ExtractResult;
    note = 'error' in res ? `ERROR ${res.error}` : `${res.kind} ${res.problems.length} problems`;
  }
  base();
  if (env.yieldToHost) await env.yieldToHost();
  // Twice each when fast, keeping the faster: a GC landing in one calibration would shrink the batches.
  const twice = (fn: () => unknown): number => {
    const t = calibrate(fn);
    return t >= cfg.minSampleMs * 2 ? t : Math.min(t, calibrate(fn));
  };
  const tOurs = twice(ours);
  const tBase = twice(base);
  const inner = (t: number) => Math.max(1, Math.min(cfg.maxInner, Math.ceil(cfg.minSampleMs / Math.max(t, 0.001))));
  const innerOurs = inner(tOurs);
  const innerBase = inner(tBase);
  const perRun = Math.max(0.001, tOurs * innerOurs + tBase * innerBase);
  const sample = (fn: () => unknown, n: number): number => {
    if (env.gc) env.gc();
    const t0 = env.now();
    for (let k = 0; k < n; k++) fn();
    return (env.now() - t0) / n;
  };
  const pair = async (i: number): Promise<[number, number]> => {
    if (env.yieldToHost) await env.yieldToHost();
    if (i % 2 === 0) {
      const a = sample(ours, innerOurs);
      return [a, sample(base, innerBase)];
    }
    const b = sample(base, innerBase);
    return [sample(ours, innerOurs), b];
  };
  // Warm-up: cfg.warmup runs, then more until each side has run warmupCalls times — the JIT
  // needs ~10 calls of a 10 ms function to settle — as long as warm-ups stay within 40 % of the
  // budget. A page too slow for its budget has only the first call and the calibration as warm-up
  // (a call of ≥ 1 s runs its loops long enough to be optimised inside the call).
  const minWarmup = env.now() - start + (cfg.warmup + cfg.runs) * perRun <= cfg.budgetMs ? cfg.warmup : 0;
  let warmup = 0;
  let calls = 3 + Math.min(innerOurs, innerBase); // the first call, calibration
  while (warmup < minWarmup || (calls < cfg.warmupCalls && env.now() - start + perRun <= cfg.budgetMs * 0.4)) {
    await pair(warmup);
    warmup++;
    calls += Math.min(innerOurs, innerBase);
  }
  // Runs until cfg.runs, or until the budget is spent (GC and yields included) after minRuns.
  const outOurs: number[] = [];
  const outBase: number[] = [];
  let runs = 0;
  while (runs < cfg.runs && (runs < cfg.minRuns || env.now() - start + perRun <= cfg.budgetMs)) {
    const [a, b] = await pair(runs);
    outOurs.push(a);
    outBase.push(b);
    runs++;
  }
  return { ours: outOurs, base: outBase, innerOurs, innerBase, warmup, runs, note, sink };
}

// ───────────────────────────── running and reporting ─────────────────────────────

interface Row {
  page: BenchPage;
  mode: 'detect' | 'extract';
  ours: number | null;
  base: number | null;
  ratio: number | null;
  runs: string;
  note: string;
  error?: string;
}

interface EnvResult {
  env: 'node' | 'chromium';
  label: string;
  rows: Row[];
  ms: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const round3 = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : Math.round(x * 1000) / 1000);

/** Time budget per fixture page: the whole bench stays ~2 minutes however many fixtures there are. */
function fixtureBudgetMs(pages: BenchPage[]): number {
  const n = Math.max(1, pages.filter((p) => !p.synthetic).length);
  return Math.round(Math.min(QUICK ? 450 : 1500, Math.max(QUICK ? 150 : 400, (QUICK ? 15_000 : 55_000) / n)));
}

const SYNTHETIC_BUDGET_MS = QUICK ? 3000 : 10_000;

function config(page: BenchPage, mode: 'detect' | 'extract', fixtureBudget: number): HarnessCfg {
  return {
    mode,
    warmup: QUICK ? 1 : 3,
    warmupCalls: QUICK ? 3 : 12,
    runs: QUICK ? 5 : 15,
    minRuns: QUICK || page.synthetic ? 3 : 5,
    minSampleMs: 5,
    maxInner: 2000,
    budgetMs: page.synthetic ? SYNTHETIC_BUDGET_MS : fixtureBudget,
  };
}

function toRow(page: BenchPage, mode: 'detect' | 'extract', out: HarnessOut): Row {
  const ours = median(out.ours);
  const base = median(out.base);
  return {
    page,
    mode,
    ours,
    base,
    ratio: base > 0 ? ours / base : null,
    runs: `${out.warmup}+${out.runs}×${out.innerOurs}/${out.innerBase}`,
    note: out.note,
  };
}

function errorRow(page: BenchPage, mode: 'detect' | 'extract', e: unknown): Row {
  const msg = e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
  return { page, mode, ours: null, base: null, ratio: null, runs: '-', note: '', error: msg };
}

let nodeGc: (() => void) | null = null;
function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

async function runNode(pages: BenchPage[]): Promise<EnvResult> {
  const t0 = performance.now();
  nodeGc ??= exposeGc();
  const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));
  const rows: Row[] = [];
  for (const page of pages) {
    const mode = page.group === 'notice' ? 'extract' : 'detect';
    const { document, close } = parseHtml(page.html, FIXTURE_URL);
    try {
      const out = await runHarness(
        { doc: document, detectNotice, extractNotice, Readability, now: () => performance.now(), gc: nodeGc, yieldToHost, source: page.name, url: FIXTURE_URL },
        config(page, mode, fixtureBudgetMs(pages)),
      );
      rows.push(toRow(page, mode, out));
    } catch (e) {
      rows.push(errorRow(page, mode, e));
    } finally {
      await close();
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const hd = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'happy-dom', 'package.json'), 'utf8')) as { version: string };
  return { env: 'node', label: `Node ${process.version} + happy-dom ${hd.version}; ${nodeGc ? 'GC forced before each batch' : 'no forced GC (gc unavailable)'}`, rows, ms: performance.now() - t0 };
}

async function bundleForBrowser(): Promise<string> {
  const esbuild = await import('esbuild');
  const res = await esbuild.build({
    stdin: {
      contents: `import { detectNotice } from './utils/notice/detect';
import { extractNotice } from './utils/notice/extract';
import { Readability } from '@mozilla/readability';
window.__duban = { detectNotice, extractNotice, Readability };`,
      resolveDir: ROOT,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    logLevel: 'silent',
  });
  const file = res.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

/** Pages from memory on 127.0.0.1, cross-origin isolated so performance.now() has 5 µs resolution. */
async function servePages(pages: BenchPage[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const m = /^\/page\/(\d+)\.html$/.exec(req.url ?? '');
    const page = m ? pages[Number(m[1])] : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      // The decoded HTML, re-encoded as UTF-8: the header overrides a GBK <meta charset>.
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(page.html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function runChromium(pages: BenchPage[], executablePath: string): Promise<EnvResult> {
  const t0 = performance.now();
  const bundle = await bundleForBrowser();
  // The harness runs in the page as its own source text: it must not need helpers of this module.
  const harnessSource = runHarness.toString();
  const helpers = /\b__(?!name\b)[a-zA-Z]+\(/.exec(harnessSource);
  if (helpers) throw new Error(`the timing harness was compiled with a helper the page lacks (${helpers[0]})`);
  const { server, origin } = await servePages(pages);
  // --expose-gc: a GC before each timed batch, as in Node.
  const browser = await launchChromium({ executablePath, extraArgs: ['--js-flags=--expose-gc'] });
  const rows: Row[] = [];
  let label = `Chromium ${browser.version()}`;
  try {
    const context = await browser.newContext({ bypassCSP: true });
    // Nothing but our own server: page resources (jquery, CSS, counters) fail fast instead of hanging.
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    let isolated = true;
    let noGc = false;
    for (const [i, page] of pages.entries()) {
      const mode = page.group === 'notice' ? 'extract' : 'detect';
      const tab = await context.newPage();
      try {
        await tab.goto(`${origin}/page/${i}.html`, { waitUntil: 'load', timeout: 30_000 });
        await tab.addScriptTag({ content: bundle });
        const cfg = config(page, mode, fixtureBudgetMs(pages));
        // The page must still be ours (a fixture's own script could have navigated away).
        const here = tab.url();
        if (here !== `${origin}/page/${i}.html`) throw new Error(`page navigated to ${here}`);
        // tsx/esbuild may wrap named inner functions in __name(): give the page a no-op one.
        const expr = `(async () => {
          const __name = (f) => f;
          const B = window.__duban;
          const env = { doc: document, detectNotice: B.detectNotice, extractNotice: B.extractNotice, Readability: B.Readability,
            now: () => performance.now(), gc: typeof window.gc === 'function' ? () => window.gc() : null, yieldToHost: null,
            source: ${JSON.stringify(page.name)}, url: location.href };
          const out = await (${harnessSource})(env, ${JSON.stringify(cfg)});
          out.isolated = self.crossOriginIsolated === true;
          out.hasGc = env.gc !== null;
          return out;
        })()`;
        const out = await withTimeout(tab.evaluate(expr) as Promise<HarnessOut & { isolated: boolean; hasGc: boolean }>, 180_000, page.name);
        if (!out.isolated) isolated = false;
        if (!out.hasGc) noGc = true;
        rows.push(toRow(page, mode, out));
      } catch (e) {
        rows.push(errorRow(page, mode, e));
      } finally {
        await tab.close().catch(() => undefined);
      }
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    label += noGc ? '; no forced GC (window.gc missing)' : '; GC forced before each batch';
    if (!isolated) label += '; not cross-origin isolated: 100 µs timer';
  } finally {
    await browser.close().catch(() => undefined);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return { env: 'chromium', label, rows, ms: performance.now() - t0 };
}

function fmtMs(x: number | null): string {
  if (x === null) return '-';
  return x >= 100 ? x.toFixed(1) : x >= 10 ? x.toFixed(2) : x.toFixed(3);
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

function table(rows: Row[], oursLabel: string, baseLabel: string, target: number): string[] {
  const head = ['page', 'KB', oursLabel, baseLabel, 'ratio', '', 'runs', 'result'];
  const body = rows.map((r) => [
    r.page.name,
    (r.page.bytes / 1024).toFixed(0),
    fmtMs(r.ours),
    fmtMs(r.base),
    r.ratio === null ? '-' : `${r.ratio.toFixed(2)}×`,
    r.ratio === null ? '' : r.ratio > target ? '✗' : '✓',
    r.runs,
    r.error ? `ERROR ${r.error}` : r.note,
  ]);
  const cols = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i] ?? ''))));
  const right = new Set([1, 2, 3, 4]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : right.has(i) ? padStart(c, cols[i] ?? 0) : padEnd(c, cols[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), line(cols.map((n) => '-'.repeat(n))), ...body.map(line)];
}

interface Summary {
  detect_vs_textContent: number | null;
  extract_vs_readability: number | null;
}

function summarise(res: EnvResult): Summary {
  const ratios = (mode: 'detect' | 'extract') => res.rows.filter((r) => r.mode === mode && r.ratio !== null).map((r) => r.ratio as number);
  const d = ratios('detect');
  const x = ratios('extract');
  return { detect_vs_textContent: d.length ? round3(median(d)) : null, extract_vs_readability: x.length ? round3(median(x)) : null };
}

function report(res: EnvResult): string[] {
  const out: string[] = [];
  const s = summarise(res);
  out.push('', `=== ${res.env === 'node' ? 'Node' : 'Chromium'}: ${res.label} (${(res.ms / 1000).toFixed(1)} s) ===`);
  const detect = res.rows.filter((r) => r.mode === 'detect');
  const extract = res.rows.filter((r) => r.mode === 'extract');
  out.push('', `1. Detection on non-notice pages: detectNotice(document) vs one document.body.textContent read (target ≤ ${TARGET.detect}×)`);
  out.push(...table(detect, 'detect ms', 'textContent ms', TARGET.detect));
  out.push('', `2. Extraction on notice pages: extractNotice(document) vs new Readability(document.cloneNode(true)).parse() (target ≤ ${TARGET.extract}×)`);
  out.push('   The baseline includes the clone: Readability mutates its input, so any real caller must clone.');
  out.push(...table(extract, 'extract ms', 'readability ms', TARGET.extract));
  const over = (rows: Row[], t: number) => rows.filter((r) => r.ratio !== null && r.ratio > t).length;
  const fmtRatio = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(3)}×`);
  out.push('');
  out.push(`${res.env} median ratio, detect vs textContent:      ${fmtRatio(s.detect_vs_textContent)} (target ≤ ${TARGET.detect}×; ${over(detect, TARGET.detect)} of ${detect.length} pages above)`);
  out.push(`${res.env} median ratio, extract vs Readability:     ${fmtRatio(s.extract_vs_readability)} (target ≤ ${TARGET.extract}×; ${over(extract, TARGET.extract)} of ${extract.length} pages above)`);
  return out;
}

async function main(): Promise<number> {
  const started = performance.now();
  const { notices, nonNotices } = buildPages();
  const pages = [...nonNotices, ...notices];
  if (WRITE_SYNTHETIC) {
    mkdirSync(WRITE_SYNTHETIC, { recursive: true });
    for (const p of pages.filter((x) => x.synthetic)) {
      const file = join(WRITE_SYNTHETIC, `${p.name.replace(/^synthetic\//, '').replace(/ .*$/, '')}.html`);
      writeFileSync(file, p.html);
      process.stdout.write(`${file}\n`);
    }
    return 0;
  }
  const print = (lines: string[]) => process.stdout.write(`${lines.join('\n')}\n`);
  const synth = pages.filter((p) => p.synthetic).map((p) => `${p.name} ${(p.bytes / 1048576).toFixed(2)} MiB`);
  print([
    'Duban extraction bench',
    `pages: ${nonNotices.length} non-notice (detection), ${notices.length} notice (extraction); synthetic: ${synth.join(', ')}`,
    `method: per page a first call, a calibration, ${QUICK ? 1 : 3} warm-up runs (more until each side ran ${QUICK ? 3 : 12} times), then ${QUICK ? 5 : 15} runs; fewer when a page`,
    `        exceeds its time budget (${(fixtureBudgetMs(pages) / 1000).toFixed(2)} s per fixture, ${SYNTHETIC_BUDGET_MS / 1000} s per 1 MiB page); "runs" shows warm-ups+runs×calls per batch (ours/baseline);`,
    '        each run times a batch of ≥ 5 ms of ours and of the baseline, alternating which goes first, each after a forced GC;',
    '        times are per call, medians over runs; the ratio is median(ours) / median(baseline) on the same parsed document.',
  ]);

  const results: EnvResult[] = [];
  const node = await runNode(pages);
  results.push(node);
  print(report(node));

  let chromium: EnvResult | null = null;
  let failed = node.rows.some((r) => r.error);
  if (NODE_ONLY) {
    print(['', 'Chromium part skipped: --node-only was given.']);
  } else {
    const exe = findChromium();
    if (!exe) {
      print(['', `Chromium part skipped: ${chromiumMissingReason()}.`]);
    } else {
      try {
        chromium = await runChromium(pages, exe);
        results.push(chromium);
        print(report(chromium));
        if (chromium.rows.some((r) => r.error)) failed = true;
      } catch (e) {
        failed = true;
        print(['', `Chromium part failed (${exe}): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`]);
      }
    }
  }

  // Sanity: the synthetic pages must be what they claim to be.
  for (const r of results.flatMap((x) => x.rows).filter((r) => r.page.synthetic)) {
    const wrong = r.mode === 'detect' ? !/^not-notice/.test(r.note) : /^not-notice|^ERROR/.test(r.note);
    if (wrong && !r.error) print([`warning: ${r.page.name} came out as "${r.note}" — the synthetic page does not test what it should`]);
  }

  const nodeSum = summarise(node);
  const chromeSum = chromium ? summarise(chromium) : null;
  const main = chromeSum ?? nodeSum;
  print([
    '',
    `total ${((performance.now() - started) / 1000).toFixed(1)} s; headline ratios from ${chromeSum ? 'Chromium' : 'Node'}`,
    JSON.stringify({
      detect_vs_textContent: main.detect_vs_textContent,
      extract_vs_readability: main.extract_vs_readability,
      env: chromeSum ? 'chromium' : 'node',
      node: nodeSum,
      chromium: chromeSum,
    }),
  ]);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
