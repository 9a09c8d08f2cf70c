import { afterAll, describe, expect, it } from 'vitest';
import { blockLines, cleanLine, normalisePunctuation } from '../../../utils/notice/block-text';
import { parseHtml } from '../../../scripts/lib/parse-html';

describe('cleanLine', () => {
  it.each([
    { input: '  一、  总体 情况  ', expected: '一、总体情况' },
    { input: '\u3000\u3000根据市委统一部署', expected: '根据市委统一部署' },
    { input: '中\u00a0\u00a0文', expected: '中文' },
    { input: 'a\u3000\u3000b', expected: 'a b' },
    { input: 'a \t\n b   c', expected: 'a b c' },
    { input: '\u200b\ufeff文字', expected: '文字' },
    // Invisible format characters are no text, not even a space.
    { input: '已完成2\u00ad5条', expected: '已完成25条' },
    { input: '巡\u200b察整改', expected: '巡察整改' },
    { input: '0731-\u200b85612378', expected: '0731-85612378' },
    { input: '整\u200d改\u2060情况', expected: '整改情况' },
    { input: '整改 工作', expected: '整改工作' },
    { input: '“新清远” 客户端', expected: '“新清远”客户端' },
    { input: '《清远新闻》 栏目', expected: '《清远新闻》栏目' },
  ])('collapses whitespace: "$input" → "$expected"', ({ input, expected }) => {
    expect(cleanLine(input)).toBe(expected);
  });

  it.each([
    { input: '使用 Word 文档', expected: '使用 Word 文档' },
    { input: 'Word 文档 已 完成', expected: 'Word 文档已完成' },
    { input: '中文 ABC 中文', expected: '中文 ABC 中文' },
    { input: '开展 KPI 考核', expected: '开展 KPI 考核' },
  ])('keeps the space between CJK and an ASCII word: "$input"', ({ input, expected }) => {
    expect(cleanLine(input)).toBe(expected);
  });

  it.each([
    { input: '[bookmark: _Toc123]中共清远', expected: '中共清远' },
    { input: '[bookmark: _Toc31731804]中共清远广播电视台委员会关于八届市委', expected: '中共清远广播电视台委员会关于八届市委' },
    { input: '标题[bookmark: _Toc1][bookmark: _Toc2]', expected: '标题' },
  ])('removes Word leftovers: "$input"', ({ input, expected }) => {
    expect(cleanLine(input)).toBe(expected);
  });

  it.each([
    { input: '整改,推进', expected: '整改，推进' },
    { input: '问题:一是', expected: '问题：一是' },
    { input: '整改;推进', expected: '整改；推进' },
    { input: '(一)贯彻落实', expected: '（一）贯彻落实' },
    { input: '关于(试行)办法', expected: '关于（试行）办法' },
    { input: '完成!', expected: '完成！' },
    { input: '完成?', expected: '完成？' },
    { input: '电话:3374716', expected: '电话：3374716' },
  ])('half-width punctuation between Chinese made full-width: "$input"', ({ input, expected }) => {
    expect(cleanLine(input)).toBe(expected);
  });

  it.each([
    { input: 'http://www.gov.cn/a,b' },
    { input: 'https://x.gov.cn/a:b' },
    { input: 'mail: a@b.com' },
    { input: 'qyxcb_bgs@gdqy.gov.cn' },
    { input: '2024-2026' },
    { input: '3.5' },
    { input: '3.5亿元' },
    { input: '整改完成率98.71%' },
    { input: '1,000' },
    { input: 'A,B;C:D' },
    { input: '1. 着力加强' },
  ])('leaves URLs, e-mails and numbers alone: "$input"', ({ input }) => {
    expect(cleanLine(input)).toBe(input);
  });
});

describe('normalisePunctuation', () => {
  it.each([
    { input: '(一)贯彻落实,推进整改', expected: '（一）贯彻落实，推进整改' },
    { input: '(十二)加强', expected: '（十二）加强' },
    { input: '整改措施:一是', expected: '整改措施：一是' },
    { input: '2024-2026', expected: '2024-2026' },
    { input: 'a,b', expected: 'a,b' },
  ])('"$input" → "$expected"', ({ input, expected }) => {
    expect(normalisePunctuation(input)).toBe(expected);
  });

  it('keeps the length (one character for one), so offsets still map onto the page', () => {
    const s = '(一)关于落实主体责任方面,一是召开会议;二是制定方案!';
    expect(normalisePunctuation(s)).toHaveLength(s.length);
  });
});

describe('blockLines', () => {
  const closers: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of closers) await c();
  });
  const lines = (body: string): string[] => {
    const { document, close } = parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
    closers.push(close);
    return blockLines(document.body);
  };

  it.each([
    { name: '<br> splits a paragraph', input: '<p>第一行<br>第二行<br/>第三行</p>', expected: ['第一行', '第二行', '第三行'] },
    { name: 'a <pre> with <br>, a hidden span and a script', input: '<pre>第一行<br>第二行<span style="display:none">隐藏文字</span><script>x()</script>\n第三行</pre>', expected: ['第一行', '第二行', '第三行'] },
    { name: 'a <pre> keeps its line breaks', input: '<pre>\u3000\u3000一、总体情况\n巡察反馈问题9个，\n\n已整改7个。</pre><p>后</p>', expected: ['一、总体情况', '巡察反馈问题9个，', '已整改7个。', '后'] },
    { name: 'paragraphs', input: '<p>一、总体情况</p><p>（一）加强领导</p>', expected: ['一、总体情况', '（一）加强领导'] },
    { name: 'inline elements join', input: '<p>整改<span>工作</span><strong>推进</strong></p>', expected: ['整改工作推进'] },
    {
      name: 'nested WeChat <section><span>',
      input: '<section><section><span>一、</span><span>总体 情况</span></section></section><section><span>（一）</span><span>加强</span></section>',
      expected: ['一、总体情况', '（一）加强'],
    },
    {
      name: 'table cells are lines',
      input: '<table><tr><td>问题</td><td>措施</td></tr><tr><td>A问题</td><td>B措施</td></tr></table>',
      expected: ['问题', '措施', 'A问题', 'B措施'],
    },
    { name: 'list items', input: '<ul><li>甲</li><li>乙</li></ul>', expected: ['甲', '乙'] },
    {
      name: 'display:none skipped (any case), visibility:hidden kept',
      input: '<div>可见<div style="display:none">隐藏</div><div style="DISPLAY: NONE;">隐藏2</div><div style="visibility:hidden">可见2</div></div>',
      expected: ['可见', '可见2'],
    },
    { name: 'hidden / aria-hidden skipped', input: '<div hidden>藏</div><div aria-hidden="true">藏2</div><p>显</p>', expected: ['显'] },
    {
      name: 'script, style, noscript skipped',
      input: '<div>正文<script>var a="脚本";</script><style>p{color:red}</style><noscript>无脚本</noscript>尾</div>',
      expected: ['正文尾'],
    },
    { name: 'nbsp and U+3000 indentation', input: '<p>&nbsp;&nbsp;一、正文&#12288;内容</p>', expected: ['一、正文内容'] },
    { name: 'source line breaks between CJK are layout', input: '<p>中文\n   中文</p>', expected: ['中文中文'] },
    { name: 'blank blocks dropped', input: '<p>  </p><p>&nbsp;</p><p>有</p><p>\u3000</p>', expected: ['有'] },
    { name: 'Word leftover in a heading', input: '<p>[bookmark: _Toc123]关于巡察整改情况的通报</p>', expected: ['关于巡察整改情况的通报'] },
    { name: 'half-width punctuation in the DOM', input: '<p><strong>(一)贯彻落实,推进</strong></p>', expected: ['（一）贯彻落实，推进'] },
    { name: 'empty body', input: '', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(lines(input)).toEqual(expected);
  });

  // Word pasted into UEditor numbers items with `<ol>`: the browser draws the numeral, the DOM
  // holds none. The line carries it as the notice's grammar writes that depth.
  it.each([
    { name: 'an ordered list numbers its items', input: '<ol><li>甲</li><li>乙</li></ol>', expected: ['1.甲', '2.乙'] },
    { name: 'start= and value= as the browser counts', input: '<ol start="3"><li>甲</li><li>乙</li><li value="7">丙</li><li>丁</li></ol>', expected: ['3.甲', '4.乙', '7.丙', '8.丁'] },
    { name: 'reversed counts down', input: '<ol reversed><li>甲</li><li>乙</li></ol>', expected: ['2.甲', '1.乙'] },
    {
      name: 'an ordered list inside an item is its sub-items, a third its circled ones',
      input: '<ol><li>甲<ol><li>子<ol><li>孙</li></ol></li><li>丑</li></ol></li><li>乙</li></ol>',
      expected: ['1.甲', '（1）子', '①孙', '（2）丑', '2.乙'],
    },
    { name: 'bullets under a numbered item stay unnumbered', input: '<ol><li>甲<ul><li>子</li><li>丑</li></ul></li><li>乙</li></ol>', expected: ['1.甲', '子', '丑', '2.乙'] },
    { name: 'an unordered list stays unnumbered', input: '<ul><li>甲<ul><li>子</li></ul></li></ul>', expected: ['甲', '子'] },
    { name: 'items that carry their own numerals are left alone', input: '<ol><li>1.甲</li><li>2.乙</li></ol>', expected: ['1.甲', '2.乙'] },
    { name: 'items enumerated in words are left alone', input: '<ol><li>一是加强学习；</li><li>二是完善制度。</li></ol>', expected: ['一是加强学习；', '二是完善制度。'] },
    {
      name: 'an inner list ranks below its items\' own numerals',
      input: '<ol><li>（一）甲<ol><li>子</li></ol></li></ol><ul><li>1.乙<ol><li>丑</li></ol></li></ul>',
      expected: ['（一）甲', '1.子', '1.乙', '（1）丑'],
    },
    { name: 'Chinese numerals by list-style-type', input: '<ol style="list-style-type: cjk-ideographic"><li>甲</li><li>乙<ol><li>子</li></ol></li></ol>', expected: ['一、甲', '二、乙', '1.子'] },
    { name: 'simp-chinese-informal nested', input: '<ol style="list-style:simp-chinese-informal"><li>甲<ol style="list-style-type:simp-chinese-informal"><li>子</li></ol></li></ol>', expected: ['一、甲', '（一）子'] },
    { name: 'letters and roman numerals are not the notice\'s numerals', input: '<ol type="a"><li>甲</li></ol><ol style="list-style-type:upper-roman"><li>乙</li></ol>', expected: ['甲', '乙'] },
    { name: 'list-style none draws nothing', input: '<ol style="list-style: none"><li>甲</li></ol>', expected: ['甲'] },
    { name: 'a list of links is navigation (a breadcrumb)', input: '<ol><li><a href="/">首页</a></li><li><a href="/dj/">党建园地</a></li><li>纪检监察</li></ol>', expected: ['首页', '党建园地', '纪检监察'] },
    { name: 'the numeral goes on the item\'s first line', input: '<ol><li><p>甲</p><p>甲续</p></li><li><p></p><p>乙</p></li></ol>', expected: ['1.甲', '甲续', '2.乙'] },
    {
      name: 'a list counting afresh under a numbered paragraph is its sub-items',
      input: '<p>1.问题甲</p><ol><li>措施</li><li>措施</li></ol><p>2.问题乙</p><p>整改措施：</p><ol><li>措施</li></ol>',
      expected: ['1.问题甲', '（1）措施', '（2）措施', '2.问题乙', '整改措施：', '（1）措施'],
    },
    { name: 'a list going on with the paragraphs\' count is their next items', input: '<p>2.问题乙</p><ol start="3"><li>问题丙</li></ol>', expected: ['2.问题乙', '3.问题丙'] },
    { name: 'a list under a heading of a higher style', input: '<p>1.问题甲</p><p>（二）类别</p><ol><li>问题</li></ol>', expected: ['1.问题甲', '（二）类别', '1.问题'] },
    { name: 'an earlier list\'s items are not the paragraph before', input: '<ol><li>甲</li></ol><ol><li>乙</li></ol>', expected: ['1.甲', '1.乙'] },
    { name: 'an item without text leaves no numeral behind', input: '<ol><li><img src="x.png"></li></ol><p>后</p>', expected: ['后'] },
  ])('$name', ({ input, expected }) => {
    expect(lines(input)).toEqual(expected);
  });

  // WeChat articles set a part's heading as a banner image: its alt text is the heading the reader
  // sees, and the only place the text holds it.
  it.each([
    {
      name: 'a banner image whose alt is a numbered heading is a line',
      input: '<section><p>开头。</p></section><section style="text-align:center"><img data-src="a.png" alt="一、整改工作开展情况"></section><section><span>学校党委召开专题会议8次。</span></section>',
      expected: ['开头。', '一、整改工作开展情况', '学校党委召开专题会议8次。'],
    },
    { name: 'in a paragraph of its own, after a numeral in half-width', input: '<p><img alt="(二)反馈问题整改落实情况"></p><p>正文</p>', expected: ['（二）反馈问题整改落实情况', '正文'] },
    { name: 'the un-numbered next-steps heading', input: '<p><img alt="下一步工作打算"></p>', expected: ['下一步工作打算'] },
    { name: 'decorative alts are no text', input: '<p><img alt="图片"></p><p><img alt="image"></p><p><img alt="640.png"></p><p><img alt="1.jpg"></p><p><img alt=""></p><p><img src="x.png"></p><p>正文</p>', expected: ['正文'] },
    { name: 'an alt that is no heading is no text', input: '<p><img alt="学校党委召开巡察整改专题会议"></p><p>正文</p>', expected: ['正文'] },
    { name: 'an image inside a line of text is not its own line', input: '<p>正文<img alt="一、整改工作开展情况">续</p>', expected: ['正文续'] },
    { name: 'a sentence-long alt is a description, no heading', input: '<p><img alt="一、学校党委召开专题会议8次，成立整改工作领导小组，制定整改方案，明确整改任务清单，逐项推进整改落实。"></p>', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(lines(input)).toEqual(expected);
  });

  it('does not overflow on a very deep page (iterative walk)', () => {
    const { document, close } = parseHtml(`<html><body>${'<div>'.repeat(10000)}巡察整改${'</div>'.repeat(10000)}</body></html>`);
    closers.push(close);
    expect(blockLines(document.body)).toEqual(['巡察整改']);
  });
});
