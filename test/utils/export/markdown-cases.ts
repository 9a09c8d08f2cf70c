import type { MarkdownExportInput } from '../../../utils/export/markdown';
import { DEFAULT_CATEGORIES, type Annotation } from '../../../utils/annotations/types';
import { annotation, page } from './records';

/** The inputs of the golden Markdown reports in golden/ (regenerate them only on purpose). */

function inSection(a: Annotation, sectionId: string, sectionHeading: string): Annotation {
  return { ...a, target: { ...a.target, sectionId, sectionHeading } };
}

const NOW = Date.UTC(2025, 5, 2, 8, 30);

export function zhInput(): MarkdownExportInput {
  const title = annotation('a0', '中共某某局党组', { category: 'follow-up' });
  const claim = inSection(
    annotation('a1', '已整改完成17个，阶段性整改完成5个', { category: 'problem', note: '17+5≠23？\n请核实' }),
    's1',
    '整改落实情况',
  );
  const promise = inSection(annotation('a2', '我们将于2025年12月底前完成剩余整改任务', { note: '三月追问新制度' }), 's2', '下一步工作打算');
  const orphan = inSection(
    annotation('a3', '适时公布新制度', { category: 'doubt', note: '“适时”是何时？', anchorStatus: 'orphaned' }),
    's2',
    '下一步工作打算',
  );
  const deleted = annotation('a4', '反馈的23个问题', { deletedAt: NOW });
  return {
    pages: [page()],
    // Out of document order on purpose: the report puts them in order.
    annotations: [promise, orphan, claim, deleted, title],
    categories: DEFAULT_CATEGORIES,
    lang: 'zh',
    now: NOW,
    timeZone: 'Asia/Shanghai',
  };
}

export function enInput(): MarkdownExportInput {
  const promise = inSection(annotation('a2', '我们将于2025年12月底前完成剩余整改任务', { note: 'Ask for the new rules in March.' }), 's2', '下一步工作打算');
  const elsewhere = annotation('b1', '反馈的23个问题', { pageUrl: 'https://other.example.gov.cn/b.html', category: 'custom' });
  return {
    pages: [page(), page({ url: 'https://www.example.gov.cn/empty.html', title: null, issuer: null, inspector: null, publishedDate: null })],
    annotations: [elsewhere, promise],
    categories: DEFAULT_CATEGORIES,
    lang: 'en',
    now: NOW,
    timeZone: 'UTC',
  };
}
