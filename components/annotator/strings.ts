import { defineCatalog } from '../../utils/i18n/lang';

/** Every string the annotator and the note editor page show. */
export const STRINGS = defineCatalog(
  {
    toolbarLabel: '督办标注',
    toolbarHint: '按 1–9 选择类别，N 写笔记，Esc 关闭',
    note: '笔记',
    editorTitle: '笔记',
    notePlaceholder: '写下笔记……',
    category: '类别',
    save: '保存',
    saving: '正在保存……',
    delete: '删除',
    close: '关闭',
    saveHint: 'Ctrl/⌘+Enter 保存，Esc 关闭',
    noNote: '（无笔记）',
    unsavedDraft: '笔记尚未保存，内容仍保留在此。',
    loading: '正在加载……',
    missing: '找不到这条标注，它可能已被删除。',
  },
  {
    toolbarLabel: 'Duban highlight',
    toolbarHint: '1–9 pick a category, N adds a note, Esc closes',
    note: 'Note',
    editorTitle: 'Note',
    notePlaceholder: 'Write a note…',
    category: 'Category',
    save: 'Save',
    saving: 'Saving…',
    delete: 'Delete',
    close: 'Close',
    saveHint: 'Ctrl/⌘+Enter saves, Esc closes',
    noNote: '(no note)',
    unsavedDraft: 'The note is not saved yet; it is kept here.',
    loading: 'Loading…',
    missing: 'This highlight is not there any more; it may have been deleted.',
  },
);

/** Messages the annotator's logic (utils/annotator/controller.ts, its AnnotatorMessages) returns or shows. */
export const MESSAGES = defineCatalog(
  {
    noSelection: '请先在页面上选中要标注的文字。',
    notDescribable: '无法标注这段选区（它不在页面正文中）。',
    unknownAnnotation: '此页上找不到这条标注。',
  },
  {
    noSelection: 'Select the text on the page first.',
    notDescribable: 'This selection cannot be highlighted (it is outside the page text).',
    unknownAnnotation: 'That highlight is not on this page.',
  },
);
