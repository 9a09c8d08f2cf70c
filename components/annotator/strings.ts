import type { Category } from '../../utils/annotations/types';
import type { AnnotatorMessages } from '../../utils/annotator/controller';

/** Every string the annotator shows on the page: Simplified Chinese first, English second. */
export const STRINGS = {
  toolbarLabel: '督办标注 · Duban highlight',
  toolbarHint: '按 1–4 选择类别，N 写笔记，Esc 关闭 · 1–4 pick a category, N adds a note, Esc closes',
  note: '笔记 Note',
  editorTitle: '笔记 · Note',
  notePlaceholder: '写下笔记…… · Write a note…',
  category: '类别 Category',
  save: '保存 Save',
  saving: '正在保存…… · Saving…',
  delete: '删除 Delete',
  close: '关闭 Close',
  saveHint: 'Ctrl/⌘+Enter 保存，Esc 关闭 · Ctrl/⌘+Enter saves, Esc closes',
  noNote: '（无笔记 · no note）',
  unsavedDraft: '笔记尚未保存，内容仍保留在此。 · The note is not saved yet; it is kept here.',
  loading: '正在加载…… · Loading…',
  missing: '找不到这条标注，它可能已被删除。 · This highlight is not there any more; it may have been deleted.',
} as const;

/** Messages the annotator's logic (utils/annotator/controller.ts) returns or shows. */
export const MESSAGES: AnnotatorMessages = {
  noSelection: '请先在页面上选中要标注的文字。 / Select the text on the page first.',
  notDescribable: '无法标注这段选区（它不在页面正文中）。 / This selection cannot be highlighted (it is outside the page text).',
  unknownAnnotation: '此页上找不到这条标注。 / That highlight is not on this page.',
};

/** "承诺 Commitment": the label of a category as buttons and menus show it. */
export function categoryLabel(c: Category): string {
  return c.label.en && c.label.en !== c.label.zh ? `${c.label.zh} ${c.label.en}` : c.label.zh;
}
