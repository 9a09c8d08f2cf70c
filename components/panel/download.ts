import { localDate } from '../../utils/notice/dates';

/**
 * Saves text as a file from an extension page: a Blob URL on an `<a download>`. Needs no
 * `downloads` permission; the browser shows its usual download UI.
 */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not now: Chromium reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `duban-2026-11-22.md`, in the reader's local date; `page` exports get `duban-page-…`. */
export function exportFileName(kind: 'md' | 'json', scope: 'page' | 'all', now: Date = new Date()): string {
  return `duban-${scope === 'page' ? 'page-' : ''}${localDate(now)}.${kind}`;
}
