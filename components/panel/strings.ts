/**
 * Every string of the side panel and of the export block the options page shares, Simplified
 * Chinese first, English second. One object so a later issue can swap in a language at a time.
 */
export const PANEL = {
  appName: '督办 Duban',
  loading: '正在加载… Loading…',
  noTab: '没有可用的标签页。 No tab to show.',
  untitled: '（无标题） (untitled)',
  enableHint: '督办尚未在此页运行，页面上的标注不会显示。 Duban is not running on this page yet.',
  enable: '在此页启用督办 Turn Duban on for this page',
  enableFailed: '无法在此页启用督办（浏览器内部页面或无权限的网站）。 Duban cannot run on this page (a browser page, or a site it has no access to).',

  groupBy: '分组 Group by',
  groupByCategory: '按分类 By category',
  groupBySection: '按章节 By section',
  noSection: '未分节 No section',
  empty: '此页还没有标注。在页面上选中文字即可添加。 No highlights on this page yet: select text on the page to add one.',
  listLabel: '本页标注 Highlights on this page',
  count: (n: number) => `共 ${n} 条 ${n} ${n === 1 ? 'highlight' : 'highlights'}`,

  category: '分类 Category',
  unknownCategory: (id: string) => `未知分类 Unknown (${id})`,
  noNote: '（无笔记） (no note)',
  edit: '编辑笔记 Edit note',
  save: '保存 Save',
  cancel: '取消 Cancel',
  saving: '正在保存… Saving…',
  editorLabel: '笔记 Note',
  editorHint: 'Ctrl/⌘+Enter 保存，Esc 取消 · Ctrl/⌘+Enter saves, Esc cancels',
  delete: '删除 Delete',
  jump: '定位 Show on page',
  jumpFailed: '无法在页面上定位这条标注。 Could not show this highlight on the page.',
  fuzzy: '近似匹配 Approximate match',
  deleted: '已删除 Deleted',
  undo: '撤销 Undo',
  undone: '已恢复 Restored',

  orphanedTitle: '未能定位 Not found on the page',
  ambiguousTitle: '多处匹配 Ambiguous',
  unplacedHint: '页面内容可能已改变。先在页面上选中对应文字，再点“重新附着”。 The page may have changed: select the matching text on the page first, then re-attach.',
  context: '原上下文 Saved context',
  reattach: '重新附着到所选文字 Re-attach to the selected text',
  reattached: '已重新附着 Re-attached',

  searchLabel: '搜索所有笔记和引文 Search all notes and quotes',
  searchPlaceholder: '搜索笔记与引文… Search notes and quotes…',
  searching: '正在搜索… Searching…',
  noResults: '没有找到匹配项。 No matches.',
  resultCount: (n: number) => `找到 ${n} 条 ${n} found`,
  more: (n: number) => `显示更多（还有 ${n} 条） Show more (${n} left)`,
  openPage: '打开页面 Open the page',
  openAtQuote: '在页面中打开此处 Open the page at this passage',

  exportTitle: '导出与备份 Export & backup',
  exportPageMd: '导出本页 Markdown Export this page (Markdown)',
  exportAllMd: '导出全部 Markdown Export all (Markdown)',
  backupPage: 'JSON 备份（本页） JSON backup (this page)',
  backupAll: 'JSON 备份（全部） JSON backup (all)',
  importJson: '导入 JSON Import JSON',
  noPageForExport: '当前没有可导出的页面。 No page to export here.',
  exporting: '正在导出… Exporting…',
  exported: (file: string, n: number) => `已导出 ${n} 条标注到 ${file} Exported ${n} highlight(s) to ${file}`,
  importing: '正在导入… Importing…',
  importReadFailed: '无法读取该文件，未做任何更改。 The file could not be read; nothing was changed.',
  imported: (a: Counts, p: Counts, c: Counts) =>
    `导入完成：标注 新增 ${a.added}、更新 ${a.updated}、未变 ${a.unchanged}；页面 新增 ${p.added}、更新 ${p.updated}、未变 ${p.unchanged}；分类 新增 ${c.added}。 ` +
    `Imported: highlights ${a.added} added, ${a.updated} updated, ${a.unchanged} unchanged; pages ${p.added} added, ${p.updated} updated, ${p.unchanged} unchanged; categories ${c.added} added.`,

  dismiss: '关闭 Dismiss',
  errorTitle: '出错了 Something went wrong',
} as const;

interface Counts {
  added: number;
  updated: number;
  unchanged: number;
}
