import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../scripts/lib/decode-html';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { extractNotice, isExtractError } from '../../../utils/notice/extract';
import { sectionRole, statusField } from '../../../utils/notice/problems';
import type { Notice, Section } from '../../../utils/notice/types';
import { fixtureCases } from '../../helpers/fixtures';

/**
 * Properties every extracted notice must have, whatever the page: spans nest and order the way the
 * document does. And the same page with half-width punctuation reads the same.
 */

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

function extractHtml(html: string, source: string): Notice {
  const { document, close } = parseHtml(html, 'http://fixture.example.gov.cn/');
  closers.push(close);
  const r = extractNotice(document, { source });
  if (isExtractError(r)) throw new Error(r.error);
  return r;
}

/** A CMS page: its `<title>` and the article in a `.TRS_Editor` container. */
const cmsPage = (title: string, body: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="TRS_Editor">${body}</div></body></html>`;

const outline = (ss: Section[]): string[] => ss.flatMap((s) => [`${'  '.repeat(s.level - 1)}${s.number ?? '-'} ${s.heading}`, ...outline(s.children)]);

function allSections(ss: Section[], parent: Section | null = null, root: Section | null = null, out: Array<{ s: Section; parent: Section | null; root: Section }> = []) {
  for (const s of ss) {
    out.push({ s, parent, root: root ?? s });
    allSections(s.children, s, root ?? s, out);
  }
  return out;
}

const HALF: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?' };
const toHalfWidth = (html: string): string => html.replace(/[，：；（）！？]/g, (c) => HALF[c] ?? c);

const notices = fixtureCases('notices');

describe.each(notices)('$name', ({ page, name }) => {
  const { html } = decodeHtml(readFileSync(page));
  const n = extractHtml(html, page);
  const sections = allSections(n.sections);

  it('is a notice', () => {
    expect(n.isNotice).toBe(true);
  });

  it('commitments are sorted and do not overlap', () => {
    for (let i = 1; i < n.commitments.length; i++) {
      const a = n.commitments[i - 1]!;
      const b = n.commitments[i]!;
      expect(b.start, `"${a.text.slice(0, 20)}" / "${b.text.slice(0, 20)}"`).toBeGreaterThanOrEqual(a.end);
    }
  });

  it('section children lie inside their parent; siblings in order without overlap', () => {
    for (const { s, parent } of sections) {
      expect(s.start).toBeLessThanOrEqual(s.headingStart);
      expect(s.headingEnd).toBeLessThanOrEqual(s.end);
      expect(s.level).toBe(parent ? parent.level + 1 : 1);
      if (parent) {
        expect(s.start, `${s.id} in ${parent.id}`).toBeGreaterThanOrEqual(parent.start);
        expect(s.end, `${s.id} in ${parent.id}`).toBeLessThanOrEqual(parent.end);
      }
    }
    for (const list of [n.sections, ...sections.map((x) => x.s.children)]) {
      for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
    }
  });

  it('problems are inside task sections, in order, never in the responsibility or next-steps section', () => {
    for (const [i, p] of n.problems.entries()) {
      // A ledger table outside every numbered section (a notice that is only the table) has no
      // section to give its rows; anything else sits in one.
      if (p.sectionId === null) {
        expect(sections.some((x) => x.s.start <= p.start && p.end <= x.s.end), `problem ${p.id} lies in a section it does not name`).toBe(false);
        continue;
      }
      const at = sections.find((x) => x.s.id === p.sectionId);
      expect(at, `problem ${p.id} has a section`).toBeDefined();
      if (!at) continue;
      expect(['responsibility', 'next'], `problem ${p.id} under "${at.root.heading}"`).not.toContain(sectionRole(at.root));
      expect(p.start).toBeGreaterThanOrEqual(at.s.start);
      expect(p.end).toBeLessThanOrEqual(at.s.end);
      if (i > 0) expect(p.start).toBeGreaterThanOrEqual(n.problems[i - 1]!.end);
    }
  });

  it('each measure lies in the text after its problem, before the next problem', () => {
    for (const [i, p] of n.problems.entries()) {
      const sec = sections.find((x) => x.s.id === p.sectionId)?.s;
      const limit = Math.min(n.problems[i + 1]?.start ?? Infinity, sec?.end ?? Infinity);
      let prevEnd = -1;
      for (const m of p.measures) {
        // A one-sentence item is its own measure: then the measure is the problem's own span.
        const ownItem = m.start === p.start && m.end === p.end;
        if (!ownItem) expect(m.start, `measure "${m.text.slice(0, 20)}" after problem ${p.id}`).toBeGreaterThanOrEqual(p.end);
        expect(m.end, `measure "${m.text.slice(0, 20)}" before the next problem`).toBeLessThanOrEqual(limit);
        expect(m.start).toBeGreaterThanOrEqual(prevEnd);
        prevEnd = m.end;
      }
    }
  });

  if (!name.includes('strong-br')) {
    it('half-width punctuation yields the same outline, stats and structure', () => {
      const h = extractHtml(toHalfWidth(html), page);
      expect(h.isNotice).toBe(n.isNotice);
      expect(h.kind).toBe(n.kind);
      expect(outline(h.sections)).toEqual(outline(n.sections));
      const pick = (o: Notice['stats']['other'][number]) => ({ label: o.label, value: o.value, unit: o.unit });
      const { other: ho, ...hCore } = h.stats;
      const { other: no, ...nCore } = n.stats;
      expect(hCore).toEqual(nCore);
      expect(ho.map(pick)).toEqual(no.map(pick));
      for (const key of ['title', 'issuer', 'inspector', 'round', 'inspectionPeriod', 'feedbackDate', 'publishedDate', 'publicityPeriod', 'contacts'] as const) {
        expect(h[key], key).toEqual(n[key]);
      }
      expect(h.problems.map((p) => p.measures.map((m) => m.status))).toEqual(n.problems.map((p) => p.measures.map((m) => m.status)));
      expect(h.commitments.map((c) => [c.kind, c.due])).toEqual(n.commitments.map((c) => [c.kind, c.due]));
    });
  }
});

/** A CMS article of one paragraph per line. */
const extractLines = (lines: string[], source: string): Notice =>
  extractHtml(`<html><head><meta charset="utf-8"><title>通报</title></head><body><div class="TRS_Editor">${lines.map((l) => `<p>${l}</p>`).join('')}</div></body></html>`, source);

describe('full-width digits', () => {
  it('reads dates, deadlines and phones written in them, and gives the text back as written', () => {
    const body = [
      '中共某县财政局党组关于县委第三轮巡察整改进展情况的通报',
      '根据县委统一部署，２０２４年３月５日至５月２０日，县委第二巡察组对县财政局党组开展了巡察。２０２４年７月１０日，县委第二巡察组向县财政局党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。',
      '截至２０２４年１０月底，巡察反馈的１２个问题，已整改完成９个，阶段性整改３个。',
      '一、下一步工作打算',
      '我局将于２０２４年１２月底前完成剩余整改任务。',
      '欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：２０２４年１１月５日至１２月５日。联系电话：０５７６－８５１２３４５６',
      '中共某县财政局党组',
      '２０２４年１１月５日',
    ];
    const n = extractLines(body, 'fullwidth');
    expect(n.isNotice).toBe(true);
    expect(n.publishedDate).toBe('2024-11-05');
    expect(n.feedbackDate).toBe('2024-07-10');
    expect(n.publicityPeriod).toEqual({ start: '2024-11-05', end: '2024-12-05' });
    expect(n.stats).toMatchObject({ problems: 12, rectified: 9, staged: 3 });
    expect(n.contacts.phones).toEqual(['0576-85123456']);
    const deadline = n.commitments.find((c) => c.text.includes('剩余整改任务'));
    expect(deadline).toMatchObject({ kind: 'deadline', due: '2024-12-31' });
    // What the reader sees is what the page wrote.
    expect(deadline?.text).toContain('２０２４年１２月底前');
    expect(n.text).toContain('２０２４年１１月５日');
    expect(n.text.slice(deadline?.start, deadline?.end)).toBe(deadline?.text);
  });
});

describe('traditional characters', () => {
  it('gives other figures back as written, whether the count comes after the label or before the noun', () => {
    const body = [
      '中共某縣財政局黨組關於縣委第三輪巡察整改進展情況的通報',
      '根據縣委統一部署，2024年3月5日至5月20日，縣委第二巡察組對縣財政局黨組開展了巡察。2024年7月10日，縣委第二巡察組向縣財政局黨組反饋了巡察意見。按照巡察工作有關要求，現將巡察整改進展情況予以公佈。',
      '截至2024年10月底，巡察反饋的12個問題，已整改完成9個，階段性整改3個。整改中建立完善制度12項，對9名黨員幹部進行追責問責，其中給予黨紀處分1人；巡察移交的5條問題線索已全部辦結。',
      '一、下一步工作打算',
      '我局將於2024年12月底前完成剩餘整改任務。',
      '歡迎廣大幹部群眾對巡察整改落實情況進行監督。公開期限：2024年11月5日至12月5日。聯繫電話：0576-8512 345',
      '中共某縣財政局黨組',
      '2024年11月5日',
    ];
    const n = extractLines(body, 'traditional');
    expect(n.isNotice).toBe(true);
    expect(n.stats.other.map(({ label, value, unit }) => ({ label, value, unit }))).toEqual([
      { label: '建立完善制度', value: 12, unit: '項' },
      { label: '追責問責', value: 9, unit: '名' },
      { label: '給予黨紀處分', value: 1, unit: '人' },
      { label: '問題線索', value: 5, unit: '條' },
    ]);
    for (const o of n.stats.other) expect(n.text.slice(o.start, o.end)).toContain(o.label);
    expect(n.contacts.phones).toEqual(['0576-8512345']);
  });
});

describe('a phone whose local number is written in groups', () => {
  it('is read from the closing as dialled, and the site footer\'s number in groups stays out', () => {
    const body = [
      '中共某县林业局党组关于县委第三轮巡察整改进展情况的通报',
      '根据县委统一部署，2024年3月5日至5月20日，县委第二巡察组对县林业局党组开展了巡察。2024年7月10日，县委第二巡察组向县林业局党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。',
      '截至2024年10月底，巡察反馈的12个问题，已整改完成9个，阶段性整改3个。',
      '欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2024年11月5日至12月5日。联系电话：0736-7216 688 2024年11月5日起受理；邮编：415000',
      '中共某县林业局党组',
      '2024年11月5日',
    ];
    const html = `<html><head><meta charset="utf-8"><title>通报</title></head><body><div class="TRS_Editor">${body.map((l) => `<p>${l}</p>`).join('')}</div><div class="footer"><p>版权所有：某县人民政府办公室</p><p>联系电话：0736-7216 699</p></div></body></html>`;
    const n = extractHtml(html, 'grouped-phone');
    expect(n.isNotice).toBe(true);
    expect(n.contacts.phones).toEqual(['0736-7216688']);
    expect(n.contacts.postcode).toBe('415000');
  });
});

describe('a problem line that ends in the lead-in of its measures', () => {
  it('keeps the lead-in (`整改落实情况：`) out of the problem, and the measures under it', () => {
    const body = [
      '中共某镇委员会关于区委第二轮巡察整改进展情况的通报',
      '根据区委统一部署，2024年4月至6月，区委第一巡察组对某镇党委开展了巡察。2024年7月10日，巡察组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。',
      '一、巡察反馈意见整改落实情况',
      '（一）学习贯彻党的二十大精神不够深入。整改落实情况：',
      '一是修订镇党委理论学习中心组学习计划，全年已开展专题学习12次；',
      '二是组织村（社区）党组织书记轮训2期。',
      '（二）乡村振兴产业项目推进缓慢。整改措施：一是成立项目专班，已完成粮食烘干中心建设；二是力争2025年6月底前动工。',
      '欢迎广大干部群众对巡察整改落实情况进行监督。公示期：2024年11月1日—15日。联系电话：0763-3374341',
    ];
    const n = extractLines(body, 'trailing-lead');
    expect(n.problems.map((p) => p.text)).toEqual(['学习贯彻党的二十大精神不够深入。', '乡村振兴产业项目推进缓慢。']);
    expect(n.problems.map((p) => p.measures.length)).toEqual([2, 2]);
    expect(n.problems[0]?.measures[0]?.text).toMatch(/^一是修订/);
    // A publicity period whose end names its day only.
    expect(n.publicityPeriod).toEqual({ start: '2024-11-01', end: '2024-11-15' });
  });
});

describe('quoted problems under a category, with sub-items and descriptions', () => {
  const OPENING = [
    '中共某某学校总支部委员会关于巡察整改进展情况的通报',
    '根据区委统一部署，2024年3月至5月，区委第二巡察组对学校党总支开展了巡察。2024年6月20日，巡察组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。',
    '一、反馈问题整改落实情况',
  ];
  const CLOSING = ['欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0763-3374341'];

  it('takes each quoted problem with its `（1）` sub-items as measures, not the category', () => {
    const n = extractLines(
      [
        ...OPENING,
        '（一）党的领导和党的建设方面',
        '关于“落实第一议题制度不够严格”问题',
        '整改措施：',
        '（1）修订完善党总支会议议事规则。',
        '（2）已组织开展第一议题学习12次。',
        '关于“课后服务收费管理不规范”问题',
        '整改措施：（1）对课后服务收费情况全面清查，已清退多收费用2.1万元。（2）收费标准每学期在校务公开栏公示。',
        ...CLOSING,
      ],
      'quoted-sub-items',
    );
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => `${m.text}:${m.status}`)])).toEqual([
      ['关于“落实第一议题制度不够严格”问题', ['修订完善党总支会议议事规则。:unknown', '已组织开展第一议题学习12次。:done']],
      ['关于“课后服务收费管理不规范”问题', ['对课后服务收费情况全面清查，已清退多收费用2.1万元。:done', '收费标准每学期在校务公开栏公示。:ongoing']],
    ]);
  });

  it('splits measures numbered inline with a half bracket (1）…2）…)', () => {
    const n = extractLines(
      [...OPENING, '（一）党的领导方面', '1.意识形态工作责任制落实不到位。', '整改情况：1）已将意识形态工作纳入党委年度工作要点。2）拟于2025年4月底前完成网络平台的清理和备案工作。', ...CLOSING],
      'half-bracket-items',
    );
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => `${m.text}:${m.status}`)])).toEqual([
      ['意识形态工作责任制落实不到位。', ['已将意识形态工作纳入党委年度工作要点。:done', '拟于2025年4月底前完成网络平台的清理和备案工作。:planned']],
    ]);
  });

  it('ends a quoted problem before the comma that leads into its measures', () => {
    const n = extractLines([...OPENING, '针对“党委理论学习中心组学习研讨不够深入”问题，已修订学习制度，开展专题研讨4次。', ...CLOSING], 'quoted-comma');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual([
      ['针对“党委理论学习中心组学习研讨不够深入”问题', ['已修订学习制度，开展专题研讨4次。']],
    ]);
  });

  it('reads `问题表现：` as the problem described, not as a measure', () => {
    const n = extractLines(
      [...OPENING, '1.关于意识形态工作责任制落实不到位的问题', '问题表现：宣传栏内容更新不及时。', '整改情况：已更新宣传栏内容14处。', ...CLOSING],
      'problem-description',
    );
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual([['关于意识形态工作责任制落实不到位的问题', ['已更新宣传栏内容14处。']]]);
  });
});

describe('a last section that carries rectification on', () => {
  it('is the next steps though it never says 下一步: each sentence a commitment', () => {
    const n = extractLines(
      [
        '中共某某县发展和改革局党组关于县委第二轮巡察整改进展情况的通报',
        '根据县委统一部署，2024年3月至5月，县委第一巡察组对局党组开展了巡察。2024年7月5日，巡察组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。',
        '一、巡察反馈问题整改落实情况',
        '（一）关于项目前期工作滞后的问题。已对9个滞后项目开展专项督导。',
        '二、深化整改成果运用，持续推动整改落实落地',
        '加强制度执行情况监督检查，防止问题反弹回潮。',
        '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0763-3374341',
      ],
      'carry-on',
    );
    expect(n.commitments.map((c) => [c.text, c.kind])).toEqual([['加强制度执行情况监督检查，防止问题反弹回潮。', 'vague']]);
  });
});

describe('problems named by a label (问题一：) over numbered measures', () => {
  it('takes the labelled lines as the problems, the numbered lines and 整改成效 under them as measures', () => {
    const n = extractLines(
      [
        '中共某某学院委员会关于省委巡视整改进展情况的通报',
        '根据省委统一部署，2024年3月至5月，省委第六巡视组对学院党委开展了巡视。2024年7月10日，巡视组反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。',
        '一、巡视反馈问题整改落实情况',
        '（一）党的领导方面',
        '问题一：理论学习中心组学习不够系统深入。',
        '整改措施：',
        '1.修订理论学习中心组学习规则。',
        '2.每学期开展一次巡听旁听。',
        '整改成效：已修订印发学习规则。',
        '问题二：思政课教师队伍建设相对滞后。',
        '整改措施：',
        '1.计划2025年引进思政课教师8名。',
        '二、下一步工作打算',
        '（一）持续巩固整改成果。',
        '欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0763-3374341',
      ],
      'labelled-problems',
    );
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => `${m.text}:${m.status}`)])).toEqual([
      ['理论学习中心组学习不够系统深入。', ['修订理论学习中心组学习规则。:unknown', '每学期开展一次巡听旁听。:ongoing', '已修订印发学习规则。:done']],
      ['思政课教师队伍建设相对滞后。', ['计划2025年引进思政课教师8名。:planned']],
    ]);
    // A commitment's text starts after its item numeral.
    expect(n.commitments.map((c) => c.text)).toEqual(['每学期开展一次巡听旁听。', '计划2025年引进思政课教师8名。', '持续巩固整改成果。']);
  });
});

describe('the article\'s own title, when the page\'s <title> is only the site name', () => {
  const BODY =
    '<p>根据市委统一部署，2024年3月28日至6月28日，市委第五巡察组对我局党组开展了巡察。2024年9月13日，市委第五巡察组向我局党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。</p>' +
    '<p>一、巡察整改任务落实情况</p><p>整改落实情况：一是召开了专题会议。二是制定了整改方案。三是已完成整改。巡察反馈的22个问题，已整改完成20个。</p>' +
    '<p>二、下一步工作打算</p><p>我局将持续推进整改。欢迎广大干部群众对巡察整改落实情况进行监督。公开期限：2025年10月16日至11月16日。</p>';
  const page = (title: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>东林县纪委监委</title></head><body><div class="nav"><a href="/">首页</a></div><div class="atitle">${title}</div><div class="TRS_Editor">${BODY}</div></body></html>`;

  it('a notice title found only in the article is scored as the notice\'s title', () => {
    const n = extractHtml(page('中共东林县某某局党组关于县委第五轮巡察整改进展情况的通报'), 'article-title');
    expect(n.isNotice).toBe(true);
    expect(n.reasons).toContain('title:progress-notice');
    expect(n.confidence).toBe(1);
  });

  it('a directive\'s title found only in the article (…的通知) is judged with the article', () => {
    const n = extractHtml(page('关于做好巡察整改进展情况公开工作的通知'), 'article-directive');
    expect(n.reasons).toContain('neg:title-about-event');
    expect(n.confidence).toBeLessThan(1);
  });
});

describe('problems labelled 问题： with their 整改情况：', () => {
  it('each 问题： line is a problem and the 整改情况： below it its measure', () => {
    const body =
      '<p>根据县委统一部署，县委第二巡察组对我局党组开展了巡察，并反馈了巡察意见。现将巡察整改进展情况予以公布。</p>' +
      '<p>一、巡察反馈问题整改落实情况</p>' +
      '<p>（一）落实全面从严治党责任方面</p>' +
      '<p>问题：药品耗材采购监管存在漏洞。</p><p>整改情况：开展专项检查，已追回违规款项4.6万元。</p>' +
      '<p>问题：基层医疗机构医保基金使用不规范。</p><p>整改情况：发现问题正在逐项整改，将于10月底前全部整改到位。</p>' +
      '<p>二、下一步工作打算</p><p>我局将持续巩固整改成果。欢迎广大干部群众监督。公开期限：2024年9月10日至9月20日。</p>';
    const n = extractHtml(cmsPage('中共某某县卫生健康局党组关于巡察整改进展情况的通报', body), 'problem-label');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.status)])).toEqual([
      ['药品耗材采购监管存在漏洞。', ['done']],
      ['基层医疗机构医保基金使用不规范。', ['planned']],
    ]);
  });
});

describe('problems quoted inside one paragraph (一是针对“…”问题，…；二是…)', () => {
  it('each enumerated quoted problem is a problem, the rest of its clause its measure', () => {
    const body =
      '<p>根据县委统一部署，县委第二巡察组对我局党组开展了巡察。现将巡察整改进展情况予以公布。</p>' +
      '<p>一、反馈问题整改情况</p>' +
      '<p>巡察组反馈问题3个，已完成整改2个，阶段性整改1个。一是针对“校外培训治理不到位”问题，已开展专项检查，关停无证机构13家；二是针对“教师招聘管理不规范”问题，修订了招聘工作规程；三是针对“食堂管理存在漏洞”问题，正在推进“阳光食堂”全覆盖，计划年底前完成。</p>' +
      '<p>二、下一步工作打算</p><p>我局将持续巩固整改成果。欢迎广大干部群众监督。公开期限：2024年9月10日至9月20日。</p>';
    const n = extractHtml(cmsPage('中共某某县教育局党组关于巡察整改进展情况的通报', body), 'inline-quoted');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.status)])).toEqual([
      ['针对“校外培训治理不到位”问题', ['done']],
      ['针对“教师招聘管理不规范”问题', ['done']],
      ['针对“食堂管理存在漏洞”问题', ['planned']],
    ]);
  });
});

describe('problems quoted in the paragraph a category heading opens (（一）关于…方面。一是针对“…”问题…)', () => {
  it('the quoted problems are the problems, not the category', () => {
    const body =
      '<p>根据县委统一部署，县委第二巡察组对县供销社党组开展了巡察。现将巡察整改进展情况予以公布。</p>' +
      '<p>一、反馈问题整改情况</p>' +
      '<p>（一）关于党的建设方面。一是针对“党组理论学习中心组学习流于形式”问题，已修订学习制度；二是针对“基层社党组织覆盖不全”问题，已在3个基层社新建党支部。</p>' +
      '<p>（二）关于经营管理方面。一是针对“农资经营公司连年亏损”问题，正在研究改革方案，拟于2025年12月底前完成改革；二是针对“合同管理混乱”问题，建立合同审查制度。</p>' +
      '<p>二、下一步工作打算</p><p>我社将持续巩固整改成果。欢迎广大干部群众监督。公开期限：2025年9月1日至9月12日。</p>';
    const n = extractHtml(cmsPage('中共某某县供销合作社联合社党组关于巡察整改进展情况的通报', body), 'inline-quoted-heading');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.status)])).toEqual([
      ['针对“党组理论学习中心组学习流于形式”问题', ['done']],
      ['针对“基层社党组织覆盖不全”问题', ['done']],
      ['针对“农资经营公司连年亏损”问题', ['planned']],
      ['针对“合同管理混乱”问题', ['unknown']],
    ]);
  });
});

describe('a quoted problem followed on its line by 整改措施：', () => {
  it('the lead-in is no part of the problem', () => {
    const body =
      '<p>根据区委统一部署，区委第三巡察组对区文广旅体局党组开展了巡察。现将巡察整改进展情况予以公布。</p>' +
      '<p>一、反馈问题整改情况</p>' +
      '<p>（一）关于落实党的文化工作方针政策方面</p>' +
      '<p>针对“文物保护利用统筹不够”问题。整改措施：一是开展安全隐患大排查，已完成排险加固9处。二是落实文物安全直接责任人制度。</p>' +
      '<p>针对“公共文化服务供给不足”问题。整改措施：一是在11个街道文化站开设公益课堂。二是建立运营评估机制，已完成首轮评估。</p>' +
      '<p>二、下一步工作打算</p><p>我局将持续巩固整改成果。欢迎广大干部群众监督。公开期限：2025年1月6日至1月17日。</p>';
    const n = extractHtml(cmsPage('中共某某区文化广电旅游体育局党组关于巡察整改进展情况的通报', body), 'lead-in-same-line');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['针对“文物保护利用统筹不够”问题。', 2],
      ['针对“公共文化服务供给不足”问题。', 2],
    ]);
  });
});

describe('sub-items that carry numbered measures of their own (1. / （1）problem / ①measure)', () => {
  it('the sub-items are the problems, the circled items their measures', () => {
    const body =
      '<p>根据市委统一部署，市委第二巡察组对局党组开展了巡察。现将巡察整改进展情况予以公布。</p>' +
      '<p>一、巡察反馈问题整改落实情况</p>' +
      '<p>（一）贯彻落实党中央决策部署方面</p>' +
      '<p>1.耕地保护责任落实不到位</p>' +
      '<p>（1）违法占用耕地问题整治不彻底。</p><p>①已对卫片执法图斑开展全面复核。</p><p>②建立“田长制”巡查机制，每月开展一次巡查。</p>' +
      '<p>（2）耕地占补平衡项目管理不规范。</p><p>①已完成补充耕地项目验收复核12个。</p><p>②将于2025年6月底前完成剩余3个项目的整改。</p>' +
      '<p>2.国土空间规划编制滞后。</p><p>整改情况：已完成市级国土空间总体规划报批。</p>' +
      '<p>二、下一步工作打算</p><p>我局将持续巩固整改成果。欢迎广大干部群众监督。公开期限：2025年2月18日至3月3日。</p>';
    const n = extractHtml(cmsPage('中共某某市自然资源和规划局党组关于巡察整改进展情况的通报', body), 'sub-item-problems');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.status)])).toEqual([
      ['违法占用耕地问题整治不彻底。', ['done', 'ongoing']],
      ['耕地占补平衡项目管理不规范。', ['done', 'planned']],
      ['国土空间规划编制滞后。', ['done']],
    ]);
  });
});

describe('sub-items that are actions, each with numbered steps (1. / （1）强化制度建设。 / ①…)', () => {
  it('the item is the problem, not its actions', () => {
    const body =
      '<p>根据市委统一部署，市委第二巡察组对局党组开展了巡察。现将巡察整改进展情况予以公布。</p>' +
      '<p>一、巡察反馈问题整改落实情况</p>' +
      '<p>（一）贯彻落实党中央决策部署方面</p>' +
      '<p>1.耕地保护责任落实不到位。</p>' +
      '<p>（1）强化制度建设。</p><p>①已修订耕地保护责任考核办法。</p><p>②建立“田长制”巡查机制。</p>' +
      '<p>（2）加强执法监管。</p><p>①已开展卫片执法专项行动。</p><p>②将于2025年6月底前完成复核。</p>' +
      '<p>二、下一步工作打算</p><p>我局将持续巩固整改成果。欢迎广大干部群众监督。公开期限：2025年2月18日至3月3日。</p>';
    const n = extractHtml(cmsPage('中共某某市自然资源和规划局党组关于巡察整改进展情况的通报', body), 'sub-item-actions');
    expect(n.problems.map((p) => p.text)).toEqual(['耕地保护责任落实不到位。']);
  });
});

describe('a short notice whose problems are numbered items right under its opening', () => {
  it('each item is a problem, and the closing invitation is no measure', () => {
    const body =
      '<p>今年4月，区委第三巡察组对五里岗村开展了巡察，5月中旬向村党总支反馈了发现的问题。村“两委”对照问题逐条整改，现在把巡察整改情况向大家公示一下。</p>' +
      '<p>巡察组一共指出问题3个，到目前已经改好2个，还有1个正在改。主要是这几件事：</p>' +
      '<p>1.村务公开不及时。现在每个季度都公开收支明细，上半年的账目已经全部补公开了。</p>' +
      '<p>2.集体鱼塘承包合同不规范。已请第三方重新评估，还有1份正在和承包户协商。</p>' +
      '<p>3.村干部值班制度执行不严。已实行村干部轮流坐班。</p>' +
      '<p>大家对整改还有什么意见，可以直接到村部找我们。</p><p>公示期：自公布之日起5个工作日。</p>';
    const n = extractHtml(cmsPage('五里岗村党总支关于巡察整改情况的公示', body), 'items');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['村务公开不及时', 1],
      ['集体鱼塘承包合同不规范', 1],
      ['村干部值班制度执行不严', 1],
    ]);
  });
});

describe('具体问题： lines under a category, each with its 整改措施： and fields', () => {
  it('each 具体问题： line is a problem; 整改时限：, 整改进度：, 责任单位： are no measures', () => {
    const body =
      '<p>根据区委统一部署，区委第一巡察组对我局党组开展了巡察。现将巡察整改进展情况予以公布。</p>' +
      '<p>一、反馈问题整改落实情况</p>' +
      '<p>（一）落实全面从严治党责任方面</p>' +
      '<p>具体问题：食品安全“两个责任”落实不够到位。</p><p>整改措施：一是已制定包保督导工作细则；二是已开展督导全覆盖。</p><p>整改时限：2024年10月底前。</p><p>整改进度：已完成。</p>' +
      '<p>具体问题：“小金库”专项治理不彻底。</p><p>整改措施：已开展专项审计，收缴账外收入2.1万元。</p><p>责任单位：财务科。</p><p>整改进度：阶段性完成。</p>' +
      '<p>二、下一步工作打算</p><p>我局将持续巩固整改成果。欢迎广大干部群众监督。公开期限：2024年11月20日至11月29日。</p>';
    const n = extractHtml(cmsPage('中共某某区市场监督管理局党组关于巡察整改进展情况的通报', body), 'described');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['食品安全“两个责任”落实不够到位。', 2],
      ['“小金库”专项治理不彻底。', 1],
    ]);
  });
});

describe('problems named without quotes (针对…不够深入的问题，一是…)', () => {
  const opening =
    '<p>根据中央统一部署，中央第四巡视组对某某集团有限公司党组开展了常规巡视，并反馈了巡视意见。现将巡视整改进展情况予以公布。</p>' +
    '<p>一、巡视反馈问题整改落实情况</p>';
  const closing = '<p>二、下一步工作打算</p><p>集团公司党组将持续深化整改。欢迎广大干部群众对巡视整改落实情况进行监督。</p>';
  const title = '中共某某集团有限公司党组关于二十届中央第三轮巡视整改进展情况的通报';

  it('each paragraph naming a shortcoming opens a problem, its 一是… the measures', () => {
    const body =
      '<p>（一）关于党的建设方面的问题</p>' +
      '<p>针对理论学习不够深入的问题，一是制定学习计划；二是开展专题学习6次。</p>' +
      '<p>针对基层党建薄弱的问题，一是新建党支部5个；二是计划年底前完成党建培训。</p>' +
      '<p>针对违规发放津补贴问题仍有发生的问题，一是开展专项治理。</p>';
    const n = extractHtml(cmsPage(title, opening + body + closing), 'named-problems');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.status)])).toEqual([
      ['针对理论学习不够深入的问题', ['unknown', 'unknown']],
      ['针对基层党建薄弱的问题', ['unknown', 'planned']],
      ['针对违规发放津补贴问题仍有发生的问题', ['unknown']],
    ]);
  });

  it('a short quoted term inside the name, and faults such as 不高', () => {
    const body =
      '<p>（一）关于党的建设方面的问题</p>' +
      '<p>针对“三全育人”格局不够完善的问题，一是修订育人方案。</p>' +
      '<p>针对基层党组织建设质量不高的问题，一是开展达标创建。</p>';
    const n = extractHtml(cmsPage(title, opening + body + closing), 'named-with-term');
    expect(n.problems.map((p) => p.text)).toEqual(['针对“三全育人”格局不够完善的问题', '针对基层党组织建设质量不高的问题']);
  });

  it('a set named by where it came from is no problem (针对巡视反馈的问题，…), nor is one named lead inside an item', () => {
    const body =
      '<p>1.理论学习不够深入。</p><p>针对理论学习不够深入的问题，党组修订了学习制度，开展专题学习6次。</p>' +
      '<p>2.基层党建薄弱。</p><p>针对巡视反馈的问题，党组新建党支部5个。</p>';
    const n = extractHtml(cmsPage(title, opening + body + closing), 'named-problem-in-item');
    expect(n.problems.map((p) => p.text)).toEqual(['理论学习不够深入。', '基层党建薄弱。']);
  });

  it('sub-items after the problem answered and a comma are the measures; the problem answered is none', () => {
    const body = '<p>1.矿产资源监管存在薄弱环节。</p><p>针对非法采砂问题打击不力的问题，（1）已查处非法采砂案件6起；（2）已安装视频监控21处。</p>';
    const n = extractHtml(cmsPage(title, opening + body + closing), 'comma-sub-items');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual([
      ['矿产资源监管存在薄弱环节。', ['已查处非法采砂案件6起；', '已安装视频监控21处。']],
    ]);
  });

  it('an item stating its own problem keeps it, however many named leads its measures begin with', () => {
    const body =
      '<p>1.落实全面从严治党主体责任不到位。</p>' +
      '<p>针对主体责任落实不到位的问题，党组修订了责任清单。</p>' +
      '<p>针对监督执纪偏松偏软的问题，党组开展了专项检查。</p>';
    const n = extractHtml(cmsPage(title, opening + body + closing), 'named-leads-in-item');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([['落实全面从严治党主体责任不到位。', 2]]);
  });
});

describe('problems stated as the feedback worded them, opening the paragraphs of a category (often bold)', () => {
  const opening =
    '<p>根据省委统一部署，省委第六巡视组对东陵市开展了常规巡视，并反馈了巡视意见。现将巡视整改进展情况予以公布。</p>' +
    '<p>一、巡视反馈问题整改落实情况</p>';
  const closing = '<p>二、下一步工作打算</p><p>市委将持续深化巡视整改。欢迎广大干部群众对巡视整改落实情况进行监督。</p>';
  const title = '中共东陵市委关于省委巡视整改进展情况的通报';

  it('the problem and its measures in one paragraph, or the problem alone with its measures below', () => {
    const body =
      '<p>（一）贯彻落实党中央决策部署方面</p>' +
      '<p><strong>推动高质量发展的思路举措不够精准，传统产业转型升级缓慢。</strong>市委召开全会专题研究产业转型；已完成改造企业46家。</p>' +
      '<p><strong>生态环境保护责任落实不到位。</strong>一是全面推行河湖长制；二是计划2025年12月底前建成第二污水处理厂。</p>' +
      '<p>（二）关于全面从严治党方面</p>' +
      '<p><strong>基层党组织建设存在薄弱环节，党建与业务融合不够。</strong></p>' +
      '<p>一是制定基层党组织标准化建设指引。二是新组建网点党支部86个。</p>';
    const n = extractHtml(cmsPage(title, opening + body + closing), 'shortcoming-led');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['推动高质量发展的思路举措不够精准，传统产业转型升级缓慢。', 1],
      ['生态环境保护责任落实不到位。', 2],
      ['基层党组织建设存在薄弱环节，党建与业务融合不够。', 2],
    ]);
  });

  it('measures that name the fault they fix are measures (加强…，着力解决…问题 / 补齐…短板)', () => {
    const body =
      '<p>（一）党的建设方面</p>' +
      '<p>加强理论武装，着力解决理论学习不够深入问题。</p>' +
      '<p>补齐基层党建短板，新组建党支部。</p>' +
      '<p>严格落实意识形态工作责任制，堵塞管理漏洞。</p>' +
      '<p>紧盯群众反映强烈的突出问题，开展专项整治。</p>';
    const n = extractHtml(cmsPage(title, opening + body + closing), 'remedy-measures');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([['党的建设方面', 4]]);
  });

  it('a fault opening with 对 is a fault (对下属单位监督不到位), an act with 对 a measure', () => {
    const body =
      '<p>（一）关于全面从严治党方面</p>' +
      '<p><strong>对下属单位监督不到位，“一把手”监督存在薄弱环节。</strong>一是制定监督办法。</p>' +
      '<p><strong>违规吃喝问题仍有发生。</strong>对违规问题进行严肃处理。</p>';
    const n = extractHtml(cmsPage(title, opening + body + closing), 'dui-fault');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['对下属单位监督不到位，“一把手”监督存在薄弱环节。', 1],
      ['违规吃喝问题仍有发生。', 1],
    ]);
  });

  it('a category whose paragraphs report work is one problem, as before', () => {
    const body =
      '<p>（一）贯彻落实党中央决策部署方面</p>' +
      '<p>市委召开全会专题研究产业转型，出台三年行动方案，已完成改造企业46家。</p>' +
      '<p>全面推行河湖长制，整治入河排污口128个。</p>';
    const n = extractHtml(cmsPage(title, opening + body + closing), 'category-of-work');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([['贯彻落实党中央决策部署方面', 2]]);
  });
});

describe('a task section headed 整改工作落实情况', () => {
  const title = '中共某某集团有限公司党组关于二十届中央第三轮巡视整改进展情况的通报';
  const opening = '<p>根据中央统一部署，中央第四巡视组对集团公司党组开展了常规巡视，并反馈了巡视意见。现将巡视整改进展情况予以公布。</p>';
  const closing = '<p>三、下一步工作打算</p><p>集团公司党组将持续深化整改。欢迎广大干部群众对巡视整改落实情况进行监督。</p>';
  const work = '<p>（一）加强党的建设</p><p>修订学习制度，开展专题学习6次。</p><p>（二）防范化解风险</p><p>开展专项检查，清理设备217台。</p>';

  it('holds the problems when no other section names them', () => {
    const n = extractHtml(cmsPage(title, `${opening}<p>一、提高政治站位</p><p>党组成立整改工作领导小组。</p><p>二、巡视整改工作落实情况</p>${work}${closing}`), 'work-done-heading');
    expect(n.problems.map((p) => p.text)).toEqual(['加强党的建设', '防范化解风险']);
  });

  it('is how the work was organised beside a section naming the problems', () => {
    const n = extractHtml(
      cmsPage(title, `${opening}<p>一、巡视整改工作落实情况</p><p>（一）成立领导小组</p><p>党组召开专题会议12次。</p><p>二、巡视反馈问题整改落实情况</p>${work}${closing}`),
      'work-done-beside-problems',
    );
    expect(n.problems.map((p) => p.text)).toEqual(['加强党的建设', '防范化解风险']);
  });
});

describe('an item whose measure follows its lead-in on the item\'s line (1.…不到位。整改情况：已…)', () => {
  it('is split there, whatever lines follow the item', () => {
    const n = extractLines(
      [
        '中共某某县林业局党组关于巡察整改进展情况的通报',
        '根据县委统一部署，县委第二巡察组对县林业局党组开展了巡察，并反馈了巡察意见。现将巡察整改进展情况予以公布。',
        '一、反馈问题整改落实情况',
        '1.森林防火责任落实不到位。整改情况：已修订森林防火应急预案，计划2025年6月底前完成瞭望塔建设。',
        '整改成效：2025年春防期间未发生森林火灾。',
        '2.林业项目资金管理不规范。整改情况：已对项目资金开展全面清查。',
        '下一步，局党组将持续巩固整改成果。',
        '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0763-3374341',
      ],
      'inline-lead-in',
    );
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual([
      ['森林防火责任落实不到位。', ['已修订森林防火应急预案，计划2025年6月底前完成瞭望塔建设。', '2025年春防期间未发生森林火灾。']],
      ['林业项目资金管理不规范。', ['已对项目资金开展全面清查。']],
    ]);
    expect(n.commitments.map((c) => c.due)).toContain('2025-06-30');
  });
});

describe('lines of the body that are no closing and give no contacts', () => {
  const lines = (tail: string[]): string[] => [
    '中共某某县财政局党组关于县委巡察反馈问题整改情况的通报',
    '根据县委统一部署，县委第三巡察组对县财政局党组开展了巡察，并反馈了巡察意见。现将巡察整改情况予以公布。',
    '一、整改落实情况',
    '1.财务报销审核不严。',
    ...tail,
    '中共某某县财政局党组',
    '2024年9月8日',
  ];
  it('a measure saying 如有问题 or asking a body to supervise does not end the body', () => {
    const n = extractLines(lines(['一是修订报销制度。', '二是每月对报销台账进行抽查，如有问题及时督促整改。', '请局纪检组全程跟踪监督。', '三是确保2024年12月底前全部完成整改。']), 'measure-not-closing');
    expect(n.problems[0]?.measures).toHaveLength(4);
    expect(n.commitments.map((c) => c.due)).toContain('2024-12-31');
  });
  it('a measure reporting a hotline set up gives no contact of the notice', () => {
    const n = extractLines(lines(['一是已开通便民服务热线电话0738-8886666。', '二是已在村务公开栏公布监督举报电话13812345678。']), 'hotline-measure');
    expect(n.contacts.phones).toEqual([]);
  });
});

describe('contacts where no closing line opens with the usual words', () => {
  const lines = (closing: string[]): string[] => [
    '中共某某区城管局党组关于区委巡察反馈问题整改情况的公示',
    '根据区委统一部署，区委第三巡察组对区城管局党组开展了巡察，并反馈了巡察意见。现将巡察整改情况予以公示。',
    '一、整改落实情况',
    '1.执法程序不规范。整改情况：已修订执法流程。',
    '二、下一步工作打算',
    '局党组将持续巩固整改成果。',
    ...closing,
    '中共某某区城管局党组',
    '2025年9月8日',
  ];
  it.each([
    ['an invitation with its subject first', ['干部群众如对巡察整改落实情况有意见建议，请拨打监督电话0731-85526613。']],
    ['对… first', ['对巡察整改落实情况如有意见建议，请拨打监督电话0731-85526613。']],
    ['请…监督', ['请广大干部群众对整改情况进行监督，监督电话0731-85526613。']],
    ['a publicity sentence first', ['现将巡察整改情况予以公示。居民群众如有意见建议，可拨打监督电话0731-85526613。']],
  ])('%s', (_, closing) => {
    const n = extractLines(lines(closing), 'closing-variants');
    expect(n.contacts.phones).toEqual(['0731-85526613']);
  });
});

describe('an ordered list of work under a numbered line', () => {
  it('is that line\'s measures, not the next problems', () => {
    const html = cmsPage(
      '中共某某县文旅局党组关于县委巡察反馈意见整改情况的通报',
      '<p>根据县委统一部署，县委第二巡察组对局党组开展了巡察，并反馈了巡察意见。现将巡察整改情况予以公布。</p><p>一、整改落实情况</p>' +
        '<p>（一）理论学习不够深入的问题。</p><ol><li>已修订学习制度，开展专题研讨4次。</li><li>已建立学习台账。</li></ol>' +
        '<p>（二）财务管理不规范的问题。</p><ol><li>已完成账目清理。</li><li>确保2024年12月底前完成审计整改。</li></ol>' +
        '<p>二、下一步工作打算</p><p>局党组将持续巩固整改成果。</p>',
    );
    const n = extractHtml(html, 'ol-of-work');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['理论学习不够深入的问题。', 2],
      ['财务管理不规范的问题。', 2],
    ]);
  });
});

describe('problems numbered only by an ordered list, measures in lists inside the items (Word pasted into UEditor)', () => {
  const html = cmsPage(
    '中共某某集团有限公司委员会关于市委第六巡察组巡察反馈意见整改情况的通报',
    [
      '<p>按照市委统一部署，市委第六巡察组对集团党委开展了常规巡察，6月20日反馈了巡察意见。现将整改情况通报如下。</p>',
      '<p>一、整改工作总体情况</p><p>巡察反馈问题3个，集团党委制定整改措施6条。</p>',
      '<p>二、反馈问题整改情况</p>',
      '<p>（一）党的领导弱化</p>',
      '<ol><li>服务重大项目建设主动性不强。<ul><li>已建立重大项目调度机制。</li><li>计划2025年11月底前完工。</li></ul></li>',
      '<li>融资结构不合理。<ol><li>已制定债务风险防控工作方案。</li><li>已置换高息融资9.6亿元。</li></ol></li></ol>',
      '<p>（二）全面从严治党责任落实不到位</p>',
      '<ol start="3"><li>公务用车管理不规范。<ul><li>已处置超标车辆4台。</li><li>已安装北斗定位系统。</li></ul></li></ol>',
      '<p>三、下一步工作打算</p><p>集团党委将持续巩固整改成果。</p>',
      '<p>欢迎广大干部群众监督。联系电话：0794-8265017</p>',
    ].join(''),
  );

  it('reads each item as the numbered problem the reader sees, its sub-items (bulleted or numbered) as its measures', () => {
    const n = extractHtml(html, 'ol-items');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual([
      ['服务重大项目建设主动性不强。', ['已建立重大项目调度机制。', '计划2025年11月底前完工。']],
      ['融资结构不合理。', ['已制定债务风险防控工作方案。', '已置换高息融资9.6亿元。']],
      ['公务用车管理不规范。', ['已处置超标车辆4台。', '已安装北斗定位系统。']],
    ]);
    expect(n.checks.map((c) => c.kind)).not.toContain('problem-count');
  });
});

describe('part headings set as banner images (WeChat), only in their alt', () => {
  const banner = (alt: string): string => `<section style="text-align:center"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/x/640?wx_fmt=png" alt="${alt}" style="width:100%"></section>`;
  const html = `<!DOCTYPE html><html><head><title>某某中学党委关于县委巡察整改进展情况的通报</title></head><body><div id="js_content" style="visibility:hidden">${[
    '<section><span>按照县委统一部署，县委第五巡察组对学校党委开展了巡察，并反馈了巡察意见。</span><span>现将巡察整改进展情况予以公布。</span></section>',
    '<section><img data-src="https://mmbiz.qpic.cn/y/640" alt="图片"></section>',
    banner('一、整改工作开展情况'),
    '<section><span>学校党委召开专题会议8次，反馈问题13个，已完成整改11个。</span></section>',
    banner('二、反馈问题整改落实情况'),
    '<section><strong>（一）关于落实立德树人根本任务方面</strong></section>',
    '<section><span>一是针对思政课教师配备不足的问题，已补充专职教师3名；二是针对课后服务质量不高的问题，开设课程42门。</span></section>',
    '<section><strong>（二）关于全面从严治党方面</strong></section>',
    '<section><span>一是针对食堂管理不规范的问题，已收回小卖部经营权。</span></section>',
    banner('三、下一步工作打算'),
    '<section><span>学校党委将持续抓好巡察整改工作。</span></section>',
    '<section><span>欢迎广大干部群众对巡察整改情况进行监督。联系电话：0574-88561207</span></section>',
  ].join('')}</div></body></html>`;

  it('reads the alt as the heading the reader sees, and the problems under it', () => {
    const n = extractHtml(html, 'wechat-banners');
    expect(outline(n.sections)).toEqual(['一 整改工作开展情况', '二 反馈问题整改落实情况', '  一 关于落实立德树人根本任务方面', '  二 关于全面从严治党方面', '三 下一步工作打算']);
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([['关于落实立德树人根本任务方面', 2], ['关于全面从严治党方面', 1]]);
    expect(n.text).not.toContain('图片');
  });
});

describe('numbered problems in paragraphs, each followed by an ordered list of its measures', () => {
  it('the list counting afresh under an item is its measures, not more problems', () => {
    const html = cmsPage(
      '中共某某学院委员会关于省委教育工委第三巡察组巡察反馈意见整改进展情况的通报',
      [
        '<p>省委教育工委第三巡察组对我校党委开展了巡察，并反馈了巡察意见。现将巡察整改进展情况予以公布。</p>',
        '<h3>一、巡察反馈问题整改落实情况</h3>',
        '<h4>（一）关于落实立德树人根本任务方面</h4>',
        '<p>1.思政课专职教师配备不足。</p>',
        '<ol><li>公开招聘思政课专职教师6名，已到岗4名。</li><li>剩余2名教师将于2025年9月前到岗。</li></ol>',
        '<p>2.“三全育人”工作合力不足。</p>',
        '<ol><li>已印发综合改革实施方案。</li></ol>',
        '<h3>二、下一步工作安排</h3><p>持续推进未完成事项。</p>',
        '<p>欢迎广大师生监督。联系电话：0731-88627015</p>',
      ].join(''),
    );
    const n = extractHtml(html, 'p-items-ol-measures');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual([
      ['思政课专职教师配备不足。', ['公开招聘思政课专职教师6名，已到岗4名。', '剩余2名教师将于2025年9月前到岗。']],
      ['“三全育人”工作合力不足。', ['已印发综合改革实施方案。']],
    ]);
  });
});

describe('sub-items of a category each followed by its labelled measures', () => {
  it('are the problems (（1）…不深入。 / 整改情况：已…)', () => {
    const n = extractLines(
      [
        '中共某县水利局党组关于县委巡察反馈意见整改情况的通报',
        '根据县委统一部署，县委第二巡察组对县水利局党组开展了常规巡察，并反馈了巡察意见。现将巡察整改情况予以公布。',
        '一、反馈问题整改落实情况',
        '（一）党的建设方面',
        '（1）理论学习中心组学习不深入。',
        '整改情况：已修订学习制度，开展专题研讨4次。',
        '（2）“三会一课”制度落实不严格。',
        '整改情况：已对各支部开展专项检查。',
        '（二）工程建设方面',
        '（1）项目招投标管理不规范。',
        '整改情况：已修订招投标管理办法。',
        '（2）工程款拨付审核不严。',
        '整改情况：已追回多拨付工程款48.3万元。',
        '二、下一步工作打算',
        '局党组将持续巩固整改成果。',
      ],
      'labelled-sub-items',
    );
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['理论学习中心组学习不深入。', 1],
      ['“三会一课”制度落实不严格。', 1],
      ['项目招投标管理不规范。', 1],
      ['工程款拨付审核不严。', 1],
    ]);
  });
});

describe('an attachment list after the signature of a notice without parts', () => {
  const opening = [
    '中共某区市场监督管理局党组关于区委第三轮巡察整改进展情况的通报',
    '根据区委统一部署，区委第三巡察组对区市场监督管理局党组开展了常规巡察，并反馈了巡察意见。现将巡察整改进展情况予以公布。',
    '区委第三巡察组反馈问题18个，已整改到位15个，基本完成3个。对基本完成的3个问题，确保2024年12月底前全部整改到位。',
    '欢迎广大干部群众对巡察整改落实情况进行监督。公示期为5个工作日。联系电话：0757-22803316；电子邮箱：scjgj@fh.gov.cn。',
    '中共某区市场监督管理局党组',
    '2024年8月16日',
  ];
  it('ends the notice: its numbered files are no headings, the closing keeps its contacts and the body its promise', () => {
    const n = extractLines([...opening, '附件：', '1.某区市场监督管理局巡察反馈问题整改台账.xlsx', '2.某区市场监督管理局巡察整改进展情况（盖章版）.pdf'], 'attachment-files');
    expect(n.sections).toEqual([]);
    expect(n.contacts.phones).toEqual(['0757-22803316']);
    expect(n.commitments.map((c) => c.due)).toEqual(['2024-12-31']);
  });
  it('but an attachment line followed by more of the text is not the end', () => {
    const long = '对反馈的问题，局党组逐条制定整改措施，明确责任领导、责任科室和完成时限，实行清单化管理、台账式推进、销号式落实，确保件件有着落、事事有回音。';
    const n = extractLines([...opening.slice(0, 2), '附件下载：', long, ...opening.slice(2)], 'attachment-word-in-body');
    expect(n.contacts.phones).toEqual(['0757-22803316']);
  });
});

describe('a closing that opens with the deadline for comments (公示截止时间：…)', () => {
  it('is the closing, not the last problem\'s measure', () => {
    const n = extractLines(
      [
        '桃源社区党支部关于巡察整改情况的公示',
        '县委第五巡察组对桃源社区党支部开展了巡察，并反馈了巡察意见。现将整改情况公示如下。',
        '1.社区“三务”公开不及时。现在社区公开栏每月公开一次。',
        '2.河道沿线垃圾清理不及时。已落实保洁人员，每周巡查清理两次。',
        '3.社区办公用房改造未完成。已完成设计和预算，计划年内完工。',
        '公示截止时间：2025年8月15日。大家对整改还有什么意见，可以直接到社区反映，或者打电话：0736-2218899。',
        '桃源社区党支部',
        '2025年8月5日',
      ],
      'deadline-closing',
    );
    expect(n.problems.at(-1)?.measures.map((m) => m.text)).toEqual(['已完成设计和预算，计划年内完工。']);
    expect(n.publicityPeriod).toEqual({ start: '2025-08-05', end: '2025-08-15' });
    expect(n.contacts.phones).toEqual(['0736-2218899']);
  });
});

describe('a flat list of numbered problems, no parts (1.–N., each with its 整改情况：)', () => {
  const head = [
    '中共某某市交通运输局党组关于市委巡察整改进展情况的通报',
    '根据市委统一部署，市委第三巡察组对市交通运输局党组开展了常规巡察，并反馈了巡察意见。局党组对巡察反馈的4个问题逐一制定整改措施。截至2024年12月15日，4个问题已完成整改3个，正在整改1个。现将具体整改进展情况通报如下：',
  ];
  const tail = ['下一步，局党组将紧盯尚未完成整改的问题，按月调度推进。', '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0635-8213356'];
  const items = (labelled: boolean): string[] =>
    [
      ['重点交通项目推进缓慢，市域快速路二期工程滞后于计划。', '正在推进征地拆迁扫尾工作，计划2025年3月底前全线开工。'],
      // Words naming the body's duty (主体责任) and the task (反馈问题), each in an item stating a fault.
      ['落实全面从严治党主体责任不够有力，压力传导层层递减。', '已与13个科室签订党风廉政建设责任书。'],
      ['上轮巡察反馈问题整改不彻底。', '已对上轮巡察反馈的15个问题逐项“回头看”。'],
      ['群众反映的信访问题办理不及时。', '已对2023年以来信访件逐件回访。'],
    ].flatMap(([p, m], i) => [`${i + 1}.${p}`, labelled ? `整改情况：${m}` : (m as string)]);
  const expected = [
    ['重点交通项目推进缓慢，市域快速路二期工程滞后于计划。', ['正在推进征地拆迁扫尾工作，计划2025年3月底前全线开工。']],
    ['落实全面从严治党主体责任不够有力，压力传导层层递减。', ['已与13个科室签订党风廉政建设责任书。']],
    ['上轮巡察反馈问题整改不彻底。', ['已对上轮巡察反馈的15个问题逐项“回头看”。']],
    ['群众反映的信访问题办理不及时。', ['已对2023年以来信访件逐件回访。']],
  ];

  it('each item is a problem, its 整改情况： the measure, whatever its words name', () => {
    const n = extractLines([...head, ...items(true), ...tail], 'flat-labelled');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual(expected);
    expect(n.checks.map((c) => c.kind)).not.toContain('problem-count');
  });

  it('the same without the lead-ins', () => {
    const n = extractLines([...head, ...items(false), ...tail], 'flat-plain');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual(expected);
  });

  it('numbered parts that name the duty or the task stay parts (1.压实整改主体责任 / 2.巡察反馈问题整改情况 / （1）…)', () => {
    const n = extractLines(
      [
        ...head,
        '1.提高政治站位，压实整改主体责任。',
        '局党组召开专题会议研究部署整改工作，制定整改方案。',
        '2.巡察反馈问题整改情况',
        '（1）重点交通项目推进缓慢。',
        '整改情况：正在推进征地拆迁扫尾工作。',
        '（2）群众反映的信访问题办理不及时。',
        '整改情况：已对信访件逐件回访。',
        ...tail,
      ],
      'numbered-parts',
    );
    expect(n.problems.map((p) => p.text)).toEqual(['重点交通项目推进缓慢。', '群众反映的信访问题办理不及时。']);
  });
});

describe('an item stating a fault is no part, whatever words it shares with part headings', () => {
  const sec = (number: string, heading: string): Section => ({ id: 's1', level: 1, number, heading, start: 0, end: 1, headingStart: 0, headingEnd: 1, children: [] });
  it.each([
    ['22', '上轮巡察反馈问题整改不彻底', 'other'],
    ['8', '落实全面从严治党主体责任不够有力，压力传导层层递减', 'other'],
    ['3', '巡察整改进展缓慢', 'other'],
    // Parts: numbered 一、 (the part's own words), an action naming what it fixes, a set of problems.
    ['二', '巡察反馈问题整改不到位的情况', 'tasks'],
    ['一', '落实全面从严治党主体责任不够有力', 'responsibility'],
    ['1', '压实整改主体责任，补齐工作短板', 'responsibility'],
    ['1', '压实整改主体责任', 'responsibility'],
    ['2', '巡察反馈问题整改情况', 'tasks'],
    ['3', '下一步工作打算', 'next'],
  ])('%s.%s → %s', (number, heading, role) => {
    expect(sectionRole(sec(number, heading))).toBe(role);
  });
});

describe('a paragraph summing up the whole after the last item', () => {
  const lines = (summary: string): string[] => [
    '中共某某县水利局党组关于县委巡察整改情况的报告',
    '根据县委统一部署，县委第二巡察组对县水利局党组开展了常规巡察，并反馈了巡察意见。现将整改情况报告如下：',
    '一、巡察反馈问题整改情况',
    '1.上轮巡察整改不到位。已对上轮巡察反馈的十四个问题逐项“回头看”。',
    '2.人才引进机制不健全，基层水利站人员不足。正在研究制定基层水利站人员补充方案，拟于二〇二五年底前出台。',
    summary,
    '二、下一步工作打算',
    '局党组将持续巩固整改成果。',
    '欢迎社会各界对我局巡察整改工作进行监督。联系电话：0350-7021568',
    '中共北坪县水利局党组',
    '二〇二五年七月八日',
  ];

  it.each([
    '县委第二巡察组共反馈三个方面二十三个问题，局党组制定整改措施六十八条。截至二〇二五年六月底，已整改十九个，正在整改四个。',
    '截至目前，巡察反馈的23个问题已整改到位19个，其余4个正在整改。',
    '总的来看，局党组整改工作取得了阶段性成效。',
  ])('is no measure of the last item, which keeps its own measure and promise: %s', (summary) => {
    const n = extractLines(lines(summary), 'summary-after');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual([
      ['上轮巡察整改不到位', ['已对上轮巡察反馈的十四个问题逐项“回头看”。']],
      ['人才引进机制不健全，基层水利站人员不足', ['正在研究制定基层水利站人员补充方案，拟于二〇二五年底前出台。']],
    ]);
    expect(n.commitments.map((c) => c.due)).toContain('2025-12-31');
  });

  it.each([
    // An earlier round's problems, and what a check found, are the item's work.
    '已对上轮巡察共反馈的14个问题逐项“回头看”，已整改到位12个。',
    '开展专项检查，共发现问题23个，已整改19个。',
    '对上轮巡察反馈的15个问题，已整改到位13个。',
  ])('a measure counting problems of its own stays a measure: %s', (para) => {
    const n = extractLines(lines(para), 'summary-near');
    expect(n.problems[1]?.measures.map((m) => m.text)).toContain(para);
  });
});

describe('a measure under its label counting the problems it acts on (整改落实情况：对巡察组共指出的3个具体问题…)', () => {
  it('is a measure, not a summary of the whole', () => {
    const n = extractLines(
      [
        '中共某某县民政局党组关于县委巡察整改进展情况的通报',
        '根据县委统一部署，县委第二巡察组对县民政局党组开展了巡察，并反馈了巡察意见。现将整改进展情况通报如下。',
        '一、巡察反馈问题整改落实情况',
        '关于“学习贯彻不够深入”问题。',
        '整改落实情况：对巡察组共指出的3个具体问题逐一建立整改台账，明确责任人和完成时限。一是建立党组理论学习中心组学习制度。二是开展专题读书班2期。',
        '关于“财务管理不规范”问题。',
        '整改落实情况：一是修订财务管理制度。二是开展财务专项检查。',
        '二、下一步工作打算',
        '局党组将持续巩固整改成果。',
      ],
      'measure-label-count',
    );
    expect(n.problems[0]?.measures.length).toBe(3);
    expect(n.problems[1]?.measures.length).toBe(2);
  });
});

describe('a status written as a field after the measures (目前进展：基本完成。)', () => {
  const page = (fields: string[]): Notice =>
    extractLines(
      [
        '中共某某建设工程有限公司总支部委员会关于巡察整改进展情况的通报',
        '根据集团党委统一部署，集团党委第二巡察组对公司党总支开展了巡察，并反馈了巡察意见。现将巡察整改进展情况通报如下。',
        '一、具体问题整改进展',
        '问题一：工程项目成本管控不严，个别项目结算超预算。',
        '整改措施：已对16个项目开展结算复审，核减工程款286万元。',
        fields[0] as string,
        '问题二：招标采购程序不规范。',
        '整改措施：修订《公司采购管理办法》。',
        fields[1] as string,
        '问题三：办公用房超标问题未彻底解决。',
        fields[2] as string,
        '二、下一步工作打算',
        '公司党总支将持续压实整改责任。',
        '欢迎广大干部职工对巡察整改落实情况进行监督。',
      ],
      'status-field',
    );

  it('is no measure: the measures whose words say nothing take it', () => {
    const n = page(['目前进展：已整改到位。', '目前进展：基本完成。', '整改情况：未完成。']);
    expect(n.problems.map((p) => p.measures.map((m) => `${m.text}:${m.status}`))).toEqual([
      ['已对16个项目开展结算复审，核减工程款286万元。:done'],
      ['修订《公司采购管理办法》。:ongoing'],
      // With no measure before it, the status line is the problem's only account: kept.
      ['未完成。:planned'],
    ]);
  });

  it('a field saying more than a status is a measure, as before', () => {
    const n = page(['整改情况：已修订成本管控办法。', '目前进展：已完成采购平台建设，正在试运行。', '整改情况：拟待合同到期后搬迁。']);
    expect(n.problems.map((p) => p.measures.length)).toEqual([2, 2, 1]);
  });

  it.each([
    ['目前进展：基本完成。', 'ongoing'],
    ['目前进展：部分完成。', 'ongoing'],
    ['当前进展：持续推进中。', 'ongoing'],
    ['目前进展：未完成。', 'planned'],
    ['整改进度：已完成。', 'done'],
    ['完成情况：已整改到位', 'done'],
    ['整改情况：已全部整改完成。', 'done'],
  ])('%s → %s', (line, status) => {
    expect(statusField(line)?.status).toBe(status);
  });

  it.each(['整改情况：已修订制度。', '目前进展：已完成设备采购，正在安装调试。', '整改措施：已完成。', '进展顺利。'])('not a status field: %s', (line) => {
    expect(statusField(line)).toBeNull();
  });
});

describe('a last paragraph holding the next steps, then the invitation', () => {
  const page = (last: string[]): Notice =>
    extractLines(
      [
        '中共某某市委巡察工作领导小组办公室关于九届市委第七轮巡察整改进展情况的通报',
        '2024年9月9日至11月15日，九届市委第七轮巡察对市教育局党组等5个单位党组织开展了常规巡察。现将各单位整改进展情况通报如下：',
        '一、市教育局党组',
        '市委第一巡察组反馈问题4个方面24个，已完成整改21个，正在整改3个。',
        '二、下一步工作打算',
        ...last,
        '中共某某市委巡察工作领导小组办公室',
        '2025年5月16日',
      ],
      'next-steps-then-invitation',
    );
  const NEXT = '下一步，市委巡察办将会同市纪委监委加强对巡察整改的日常监督，对整改进度滞后的单位进行督办。';
  it('keeps the next steps\' promises: the closing opens at the sentence that announces the publication and invites', () => {
    const n = page([`${NEXT}各单位巡察整改进展情况已在各自门户网站公开，欢迎广大干部群众监督。对巡察整改工作有意见建议的，请与市委巡察办联系，联系电话：0379-63208812。`]);
    expect(n.commitments.map((c) => c.text)).toEqual([NEXT]);
    expect(n.contacts.phones).toEqual(['0379-63208812']);
    expect(n.sections.at(-1)?.end).toBe(n.text.indexOf(NEXT) + NEXT.length);
  });
  it.each([
    ['a publicity period', '公示期为2025年5月16日至5月25日。'],
    ['a contact', '联系电话：0379-63208812。'],
    ['an invitation after its subject', '干部群众如对整改情况有意见建议，请拨打0379-63208812。'],
  ])('or at a sentence giving %s', (_, tail) => {
    const n = page([`${NEXT}${tail}`]);
    expect(n.commitments.map((c) => c.text)).toEqual([NEXT]);
  });
  it('an invitation ending the promise\'s own sentence leaves that sentence the body\'s', () => {
    const promise = '下一步，市委巡察办将对整改进度滞后的单位进行督办，推动巡察整改落地见效，欢迎广大干部群众监督。';
    const n = page([promise, '联系电话：0379-63208812。']);
    expect(n.commitments.map((c) => c.text)).toEqual([promise]);
    expect(n.contacts.phones).toEqual(['0379-63208812']);
  });
  it('an invitation led in by a purpose opens the closing at its line: no promises read from it', () => {
    const n = page(['市委巡察办将持续跟踪督办。', '为进一步做好巡察整改工作，欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。征求意见期限为10个工作日。联系电话：0379-63208812。']);
    expect(n.commitments.map((c) => c.text)).toEqual(['市委巡察办将持续跟踪督办。']);
    expect(n.contacts.phones).toEqual(['0379-63208812']);
  });
  it('a measure inviting reports through a channel set up opens no closing', () => {
    const n = page(['一是已开通“码上监督”平台，欢迎广大群众扫码反映问题。二是市委巡察办将每季度通报整改进展。', '欢迎广大干部群众监督。联系电话：0379-63208812。']);
    expect(n.commitments.map((c) => c.text)).toContain('二是市委巡察办将每季度通报整改进展。');
  });
  it.each([
    ['warmly (衷心欢迎…，如有意见建议…)', '衷心欢迎广大干部群众对巡察整改落实情况进行监督，如有意见建议，请及时向我们反映。联系电话：0379-63208812。'],
    ['warmly (诚挚欢迎)', '诚挚欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0379-63208812。'],
    ['after its purpose and the body opening itself to supervision', '为进一步做好巡察整改工作，主动接受监督，欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0379-63208812。'],
  ])('an invitation made %s is the closing: no promise read from it', (_, line) => {
    const n = page(['市委巡察办将持续跟踪督办。', line]);
    expect(n.commitments.map((c) => c.text)).toEqual(['市委巡察办将持续跟踪督办。']);
    expect(n.contacts.phones).toEqual(['0379-63208812']);
  });
  it('…inside the next steps\' paragraph too, after their last sentence', () => {
    const n = page([`${NEXT}衷心欢迎广大干部群众监督。联系电话：0379-63208812。`]);
    expect(n.commitments.map((c) => c.text)).toEqual([NEXT]);
  });
  it('a next step\'s clause before the invitation keeps the sentence the body\'s, its promise whole', () => {
    const promise = '为进一步做好巡察整改工作，市委巡察办将对整改进度滞后的单位进行督办，欢迎广大干部群众监督。';
    const n = page([promise, '联系电话：0379-63208812。']);
    expect(n.commitments.map((c) => c.text)).toEqual([promise]);
  });
  it('a sentence a measure may open with as well (如对…, 公示时间不足) opens no closing inside a paragraph', () => {
    const n = page(['市委巡察办将持续督办。如对整改不力的单位，严肃追责问责。', '欢迎广大干部群众监督。联系电话：0379-63208812。']);
    expect(n.commitments.map((c) => c.text)).toEqual(['市委巡察办将持续督办。', '如对整改不力的单位，严肃追责问责。']);
  });
});

describe('the inspection told under the first part, and years told relative to the notice', () => {
  it('reads the period and the feedback date from 一、巡察反馈基本情况, not the status date after them', () => {
    const n = extractLines(
      [
        '中共青竹县民政局党组关于县委第三巡察组反馈意见整改情况的公示',
        '根据县委巡察工作领导小组办公室关于巡察整改情况公开的有关要求，现将我局整改情况予以公示。',
        '一、巡察反馈基本情况',
        '2025年3月3日至4月30日，县委第三巡察组对县民政局党组开展了常规巡察，并于5月26日反馈了巡察意见，共指出3个方面15个问题。截至2025年7月31日，15个问题已整改完成12个，基本完成3个。',
        '二、整改落实情况',
        '1.兜底保障政策落实不够精准。整改情况：已对全县低保对象开展全面复核。',
        '欢迎监督。联系电话：0715-6231234。',
        '中共青竹县民政局党组',
        '2025年8月12日',
      ],
      'facts-under-part-one',
    );
    expect([n.inspectionPeriod, n.feedbackDate]).toEqual([{ start: '2025-03-03', end: '2025-04-30' }, '2025-05-26']);
  });
  it('dates 去年/今年 by the signature\'s year', () => {
    const title = '中共桂花村支部委员会关于县委巡察反馈问题整改情况的说明';
    const lines = [
      '去年11月4日到12月5日，县委第二巡察组在咱们村搞了巡察，今年1月9日把查出来的问题反馈给了村里，一共是9个问题。现在把整改的情况跟大家报告一下：9个问题已经改好了7个，还有2个正在改。',
      '大家对整改还有啥意见，打镇纪委电话0731-84561237。',
      '中共桂花村支部委员会',
      '2025年4月18日',
    ];
    const n = extractHtml(cmsPage(title, lines.map((l) => `<p>${l}</p>`).join('')), 'relative-years');
    expect([n.inspectionPeriod, n.feedbackDate]).toEqual([{ start: '2024-11-04', end: '2024-12-05' }, '2025-01-09']);
  });
  it('dates the feedback told without its year after an inspection the year before in the next year: no false date-order check', () => {
    const title = '中共某县教育局党组关于巡察整改进展情况的通报';
    const lines = [
      '根据县委统一部署，去年11月4日至12月5日，县委第三巡察组对县教育局党组开展了常规巡察。1月9日，县委第三巡察组向局党组反馈了巡察意见。现将巡察整改进展情况予以公布。',
      '一、整改工作组织情况',
      '局党组成立整改工作领导小组，制定整改方案。巡察反馈的15个问题，已完成整改13个。',
      '欢迎广大干部群众监督。联系电话：0763-1234567。',
      '中共某县教育局党组',
      '2025年4月18日',
    ];
    const n = extractHtml(cmsPage(title, lines.map((l) => `<p>${l}</p>`).join('')), 'relative-year-carried');
    expect([n.inspectionPeriod, n.feedbackDate]).toEqual([{ start: '2024-11-04', end: '2024-12-05' }, '2025-01-09']);
    expect(n.checks.map((c) => c.kind)).not.toContain('date-order');
  });
});

describe('an aspect heading without its numeral between two lists of problems', () => {
  const lines = (parts: boolean): string[] => [
    '中共某某学院委员会关于校党委巡察整改进展情况的通报',
    '根据学校党委统一部署，校党委第一巡察组对学院党委开展了巡察，并反馈了巡察意见。现将巡察整改进展情况予以公布。',
    ...(parts ? ['一、巡察反馈问题整改落实情况'] : []),
    '党的政治建设方面',
    '1.理论学习中心组学习不够深入。整改情况：一是修订学习制度；二是开展专题研讨5次。',
    '2.意识形态工作责任制落实不到位。整改情况：一是建立审批备案台账；二是开展风险研判。',
    '党的组织建设方面',
    '1.学生党员发展质量有待提高。整改情况：一是完善培养考察制度；二是开展“回头看”。',
    '2.党支部组织生活质量不高。整改情况：一是开展“最佳党日活动”评选；二是委员参加支部组织生活。',
    ...(parts ? ['二、下一步工作打算'] : ['下一步工作打算']),
    '学院党委将持续巩固整改成果。',
  ];
  const expected = [
    ['理论学习中心组学习不够深入。', 2],
    ['意识形态工作责任制落实不到位。', 2],
    ['学生党员发展质量有待提高。', 2],
    ['党支部组织生活质量不高。', 2],
  ];

  it('heads the items after it, no measure of the problem before it', () => {
    const n = extractLines(lines(true), 'bare-aspect');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual(expected);
    expect(outline(n.sections)).toContain('  - 党的组织建设方面');
  });

  it('also in a notice whose parts are not numbered either (the first list stands under no aspect)', () => {
    const n = extractLines(lines(false), 'bare-aspect-no-parts');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual(expected);
  });

  it('also in a short notice of items, each followed by a plain paragraph', () => {
    const body =
      '<p>今年4月，区委第三巡察组对五里岗村开展了巡察，5月中旬向村党总支反馈了发现的问题。村“两委”对照问题逐条整改，现在把巡察整改情况向大家公示一下。</p>' +
      '<p>巡察组一共指出问题3个，到目前已经改好2个，还有1个正在改。主要是这几件事：</p>' +
      '<p>1.村务公开不及时。</p><p>现在每个季度都公开收支明细。</p>' +
      '<p>2.集体鱼塘承包合同不规范。</p><p>已请第三方重新评估。</p>' +
      '<p>全面从严治党方面</p>' +
      '<p>3.村干部值班制度执行不严。</p><p>已实行村干部轮流坐班。</p>' +
      '<p>大家对整改还有什么意见，可以直接到村部找我们。</p><p>公示期：自公布之日起5个工作日。</p>';
    const n = extractHtml(cmsPage('五里岗村党总支关于巡察整改情况的公示', body), 'bare-aspect-short');
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.text)])).toEqual([
      ['村务公开不及时。', ['现在每个季度都公开收支明细。']],
      ['集体鱼塘承包合同不规范。', ['已请第三方重新评估。']],
      ['村干部值班制度执行不严。', ['已实行村干部轮流坐班。']],
    ]);
  });
});

describe('aspects listing faults, each followed by what was done, where no part is titled as the task part', () => {
  const head = [
    '中共某某区司法局党组关于区委巡察整改进展情况的通报',
    '根据区委统一部署，区委第四巡察组对区司法局党组开展了常规巡察，并反馈了巡察意见。现将巡察整改进展情况予以公布。',
  ];
  const aspects = [
    '（一）关于贯彻落实上级决策部署方面',
    '1.公共法律服务体系建设不够均衡。',
    '已在12个乡镇公共法律服务工作站配备专职人员。',
    '2.矛盾纠纷排查化解不够及时。',
    '建立矛盾纠纷排查机制，化解矛盾纠纷1263件。',
    '（二）关于全面从严治党方面',
    '3.法律援助经费使用不规范。',
    '追回违规支付的法律援助补贴1.92万元；修订《法律援助案件补贴发放办法》。',
    // A measure naming the fault it fixes.
    '4.上轮巡察整改“回头看”不深入。',
    '对上轮巡察反馈问题逐项复核，对整改不到位的1个问题重新整改。',
  ];
  const tail = ['下一步，局党组将持续巩固整改成果。', '欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0791-88236415'];
  const expected = [
    ['公共法律服务体系建设不够均衡。', 1],
    ['矛盾纠纷排查化解不够及时。', 1],
    ['法律援助经费使用不规范。', 1],
    ['上轮巡察整改“回头看”不深入。', 1],
  ];

  it('right after the opening (a short notice; part headings set as images without words)', () => {
    const n = extractLines([...head, ...aspects, ...tail], 'aspects-bare');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual(expected);
  });

  it('under a part whose heading says something else', () => {
    const n = extractLines([...head, '一、提高政治站位，压实整改责任', '局党组召开专题会议3次研究部署整改工作。', '二、坚持真改实改', ...aspects, '三、下一步工作打算', ...tail], 'aspects-under-part');
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual(expected);
  });

  it('the work done as a part of its own (整改工作开展情况 / （一）加强组织领导方面 / 1.成立…) is no problem', () => {
    const n = extractLines(
      [
        ...head,
        '一、整改工作开展情况',
        '（一）加强组织领导方面',
        '1.成立整改工作领导小组。',
        '局党组书记任组长，召开专题会议3次。',
        '2.制定整改方案。',
        '逐项明确责任领导和完成时限。',
        ...aspects,
        ...tail,
      ],
      'aspects-beside-work',
    );
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual(expected);
  });

  it.each([
    // The feedback's findings: faults followed by more of the fault, no work.
    [
      'faults followed by their description',
      ['（一）关于党的建设方面', '1.理论学习不够深入。', '部分党员干部学习流于形式，学用结合不够紧密。', '2.组织生活不够严肃。', '个别支部“三会一课”记录不全，批评与自我批评辣味不足。'],
    ],
    [
      'faults followed by findings with figures',
      ['（一）关于党的建设方面', '1.理论学习不够深入。', '2024年中心组专题研讨仅开展2次。', '2.组织生活不够严肃。', '3个支部未按规定召开组织生活会。'],
    ],
    // Actions under an aspect: the aspect's measures, named as items.
    ['actions', ['（一）关于党的建设方面', '1.加强理论学习。', '修订学习制度，开展专题研讨5次。', '2.严格组织生活。', '对3个支部开展专项督导。']],
    // One fault is no list of the feedback's problems.
    ['a single fault', ['（一）关于党的建设方面', '1.理论学习不够深入。', '修订学习制度，开展专题研讨5次。']],
  ])('no problems from %s', (_, body) => {
    const n = extractLines([...head, ...body, ...tail], 'aspects-near');
    expect(n.problems).toEqual([]);
  });
});

describe('问题表现： lines under a category, each with its 整改措施：', () => {
  it('each 问题表现： line is a problem, and a status line is its own block\'s', () => {
    const n = extractLines(
      [
        '中共某某医院委员会关于市委巡察反馈意见整改进展情况的通报',
        '根据市委统一部署，市委第三巡察组对医院党委开展了常规巡察，并反馈了巡察意见。现将整改进展情况通报如下：',
        '一、反馈问题整改落实情况',
        '（一）党的领导弱化方面',
        '问题表现：党委理论学习中心组学习存在以会代学现象。',
        '整改措施：（1）修订学习制度；（2）建立学习档案。',
        '整改进展：持续推进中。',
        '责任人：党委书记',
        '问题表现：部分“三重一大”事项未经党委会前置研究讨论。',
        '整改措施：（1）修订议事规则；（2）补充履行决策程序。',
        '整改进展：已完成。',
        '二、下一步工作打算',
        '医院党委将持续巩固整改成果。',
      ],
      'biaoxian',
    );
    expect(n.problems.map((p) => [p.text, p.measures.map((m) => m.status)])).toEqual([
      ['党委理论学习中心组学习存在以会代学现象。', ['ongoing', 'ongoing']],
      ['部分“三重一大”事项未经党委会前置研究讨论。', ['done', 'done']],
    ]);
  });

  it('one 问题表现： line under an item describes the item\'s problem', () => {
    const n = extractLines(
      [
        '中共某某医院委员会关于区委巡察整改进展情况的通报',
        '根据区委统一部署，区委第三巡察组对医院党委开展了常规巡察，并反馈了巡察意见。现将整改进展情况予以公布。',
        '一、聚焦反馈问题，扎实推进整改落实',
        '1.内部审计监督作用发挥不够。',
        '问题表现：内部审计人员配备不足。',
        '整改措施：配齐内审专职人员2名。',
        '2.医院信息化建设滞后。',
        '整改措施：制定《智慧医院建设三年规划》。',
      ],
      'biaoxian-item',
    );
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['内部审计监督作用发挥不够。', 1],
      ['医院信息化建设滞后。', 1],
    ]);
  });
});

describe('the lead-in 整改任务落实情况： after a problem on its line', () => {
  it('is no part of the problem', () => {
    const n = extractLines(
      [
        '中共某某集团委员会关于省委巡视反馈意见整改进展情况的通报',
        '根据省委统一部署，省委第六巡视组对集团党委开展了巡视，并反馈了巡视意见。现将巡视整改进展情况予以公布。',
        '一、巡视反馈意见整改落实情况',
        '1.服务实体经济力度不够。整改任务落实情况：一是制定三年行动方案；二是提供融资支持386亿元。',
        '2.风险管理体系不健全。整改任务落实情况：一是建立风险监测预警平台；二是每月开展一次风险形势分析研判。',
      ],
      'renwu-lead-in',
    );
    expect(n.problems.map((p) => [p.text, p.measures.length])).toEqual([
      ['服务实体经济力度不够。', 2],
      ['风险管理体系不健全。', 2],
    ]);
  });
});
