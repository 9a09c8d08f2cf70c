import { defineCatalog } from '../../utils/i18n/lang';

/** The context menu's titles (the manifest's command descriptions stay bilingual: they are static). */
export const MENUS = defineCatalog(
  {
    root: '督办',
    highlightAs: (label: string) => `高亮为“${label}”`,
    highlightWithNote: '高亮并写笔记',
    enable: '在此页启用督办',
    openPanel: '打开督办侧边栏',
  },
  {
    root: 'Duban',
    highlightAs: (label: string) => `Highlight as ${label}`,
    highlightWithNote: 'Highlight with a note',
    enable: 'Turn Duban on for this page',
    openPanel: 'Open the Duban side panel',
  },
);

/** The due-date reminder notification (reminders.ts): how many are overdue, and the first few. */
export const REMINDERS = defineCatalog(
  {
    title: (n: number) => `督办：${n} 项承诺已逾期`,
    more: (n: number) => `……另有 ${n} 项`,
  },
  {
    title: (n: number) => `Duban: ${n} ${n === 1 ? 'commitment is' : 'commitments are'} overdue`,
    more: (n: number) => `…and ${n} more`,
  },
);
