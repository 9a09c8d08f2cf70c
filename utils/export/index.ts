/** Pure serializers of Duban's records: no DOM, no extension APIs, no database. */
export { textFragmentUrl, textDirectiveTerms, formatTextDirective, encodeTerm, type TextDirectiveTerms } from './text-fragment';
export { annotationsToMarkdown, type MarkdownExportInput, type ExportLang } from './markdown';
export { escapeMarkdownLine, markdownParagraphs, markdownBlockquote, markdownLink } from './markdown-text';
export { toBackupJson, parseBackup, BACKUP_LIMITS, type Backup, type BackupResult } from './json-backup';
export { mergeBackup, type MergeResult, type MergeSummary } from './backup-merge';
export { toWebAnnotation, type WebAnnotation, type TextualBody } from './web-annotation';
