import { describe, expect, it } from 'vitest';
import { unwrapHardBreaks } from '../../../utils/notice/unwrap';

// A converted PDF: one line per printed line, 28 characters wide, sentences broken anywhere.
const PRINTED = [
  '中共佛山市水业集团有限公司委员会关于市委第七',
  '巡察组巡察反馈意见整改进展情况的通报',
  '根据市委统一部署，2024年8月26日至10月25日，市委第七',
  '巡察组对佛山市水业集团有限公司党委开展了常规巡察。2024年',
  '11月20日，市委第七巡察组向集团党委反馈了巡察意见。按照巡',
  '察工作有关要求，现将巡察整改进展情况予以公布。',
  '一、集团党委落实巡察整改主体责任情况',
  '集团党委把巡察整改作为重大政治任务，成立以党委书记、',
  '董事长为组长的巡察整改工作领导小组，先后召开党委会议8次',
  '专题研究整改工作，制定整改方案，明确责任领导、责任部门和',
  '完成时限，建立整改台账，实行挂账督办、对账销号。',
  '截至2025年4月30日，市委第七巡察组反馈的19个问题，已',
  '完成整改15个，阶段性完成4个，未完成0个；制定的61条整改措',
  '施，已完成55条。',
  '二、巡察反馈问题整改落实情况',
  '（一）聚焦主责主业、服务全市发展大局方面',
  '1.城乡供水一体化项目推进滞后。一是成立项目攻坚专班，',
  '倒排工期，已完成南庄、石湾等5个镇街供水管网改造。二是剩',
  '余2个镇街管网改造工程正在施工，计划于2025年9月底前完成通',
  '水。',
  '2.供水管网漏损率长期偏高。一是完成DMA分区计量建设286',
  '— 1 —',
  '个，管网漏损率由13.6%下降至10.2%。二是将漏损控制指标纳入',
  '下属水司年度经营业绩考核，每季度通报排名。',
];

describe('unwrapHardBreaks', () => {
  it('puts a text printed line by line back into its sentences, items and headings kept apart', () => {
    expect(unwrapHardBreaks(PRINTED)).toEqual([
      '中共佛山市水业集团有限公司委员会关于市委第七',
      '巡察组巡察反馈意见整改进展情况的通报',
      '根据市委统一部署，2024年8月26日至10月25日，市委第七巡察组对佛山市水业集团有限公司党委开展了常规巡察。2024年11月20日，市委第七巡察组向集团党委反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。',
      '一、集团党委落实巡察整改主体责任情况',
      '集团党委把巡察整改作为重大政治任务，成立以党委书记、董事长为组长的巡察整改工作领导小组，先后召开党委会议8次专题研究整改工作，制定整改方案，明确责任领导、责任部门和完成时限，建立整改台账，实行挂账督办、对账销号。',
      '截至2025年4月30日，市委第七巡察组反馈的19个问题，已完成整改15个，阶段性完成4个，未完成0个；制定的61条整改措施，已完成55条。',
      '二、巡察反馈问题整改落实情况',
      '（一）聚焦主责主业、服务全市发展大局方面',
      '1.城乡供水一体化项目推进滞后。一是成立项目攻坚专班，倒排工期，已完成南庄、石湾等5个镇街供水管网改造。二是剩余2个镇街管网改造工程正在施工，计划于2025年9月底前完成通水。',
      // The page number between the printed pages is dropped; the sentence runs on across it.
      '2.供水管网漏损率长期偏高。一是完成DMA分区计量建设286个，管网漏损率由13.6%下降至10.2%。二是将漏损控制指标纳入下属水司年度经营业绩考核，每季度通报排名。',
    ]);
  });

  it('does not run a heading on into the lead-in under it, nor join a table\'s cells', () => {
    const withLeadIn = [...PRINTED.slice(0, 15), '（三）关于林地保护利用监管不严，违法占用林地查处不力', '整改情况：开展林地保护专项行动，已查处违法占用林地案件12起。'];
    const out = unwrapHardBreaks(withLeadIn);
    expect(out.slice(-2)).toEqual(['（三）关于林地保护利用监管不严，违法占用林地查处不力', '整改情况：开展林地保护专项行动，已查处违法占用林地案件12起。']);
    const cell = '落实全面从严治党主体责任不到位，压力传导层层递';
    const withCells = [...PRINTED.slice(0, 15), cell, '已完成'];
    expect(unwrapHardBreaks(withCells, (l) => l === cell || l === '已完成').slice(-2)).toEqual([cell, '已完成']);
  });

  it('leaves a text written in paragraphs as it is', () => {
    const paragraphs = [
      '中共某某局党组关于巡察整改进展情况的通报',
      '根据县委统一部署，2024年3月11日至5月10日，县委第二巡察组对局党组开展了常规巡察，6月20日反馈了巡察意见。现将巡察整改进展情况予以公布。',
      '一、整改工作总体情况',
      '局党组把巡察整改作为重大政治任务，成立整改工作领导小组，制定整改方案，建立整改台账。截至目前，反馈的22个问题已整改完成17个，阶段性完成5个。',
      '二、下一步工作打算',
      '局党组将持续巩固整改成果',
      '欢迎广大干部群众对巡察整改落实情况进行监督。',
      '联系电话：0851-8765432',
      '中共某某局党组',
      '2024年9月10日',
    ];
    expect(unwrapHardBreaks(paragraphs)).toEqual(paragraphs);
  });

  it('leaves a short text, and a menu of same-width entries, as they are', () => {
    const menu = Array.from({ length: 12 }, (_, i) => `巡察整改进展情况通报栏目第${i + 1}期链接标题`);
    expect(unwrapHardBreaks(menu)).toEqual(menu);
    expect(unwrapHardBreaks(PRINTED.slice(0, 6))).toEqual(PRINTED.slice(0, 6));
  });
});
