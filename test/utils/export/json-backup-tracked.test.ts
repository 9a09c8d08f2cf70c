import { describe, expect, it } from 'vitest';
import { parseBackup, toBackupJson } from '../../../utils/export/json-backup';
import type { TrackedCommitment } from '../../../utils/tracking/types';
import { NOTICE_URL, annotation, page } from './records';

const NOW = Date.UTC(2025, 5, 2, 8, 30);

function tracked(id: string, over: Partial<TrackedCommitment> = {}): TrackedCommitment {
  return {
    id,
    pageUrl: NOTICE_URL,
    annotationId: 'a1',
    text: '年底前出台管理办法',
    status: 'to-verify',
    due: '2025-12-31',
    dueAsWritten: '年底前',
    note: '追问：何时出台？',
    evidence: ['https://www.example.gov.cn/zcwj/1.html'],
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    ...over,
  };
}

describe('JSON backup: tracked commitments', () => {
  it('round-trip every field, deleted items too', () => {
    const items = [tracked('t1'), tracked('t2', { status: 'broken', due: null, dueAsWritten: null, annotationId: null, evidence: [], deletedAt: NOW + 1, updatedAt: NOW + 1 })];
    const r = parseBackup(toBackupJson({ pages: [page()], annotations: [annotation('a1', '已整改完成17个')], tracked: items, now: NOW }));
    if (!r.ok) throw new Error(r.error);
    expect(r.value.tracked).toEqual(items);
  });

  it('leave the field out when not given, so older backups (without it) still read', () => {
    const text = toBackupJson({ pages: [page()], annotations: [], now: NOW });
    expect(text).not.toContain('"tracked"');
    const r = parseBackup(text);
    expect(r.ok && r.value).not.toHaveProperty('tracked');
  });

  const file = (item: Record<string, unknown>) => {
    const json = JSON.parse(toBackupJson({ pages: [], annotations: [], tracked: [tracked('t1')], now: NOW })) as { tracked: Record<string, unknown>[] };
    json.tracked = [{ ...json.tracked[0], ...item }];
    return JSON.stringify(json);
  };

  it.each([
    ['an unknown status', { status: 'done' }, 'tracked[0].status'],
    ['an impossible due date', { due: '2025-02-30' }, 'tracked[0].due'],
    ['a javascript: evidence link', { evidence: ['javascript:alert(1)'] }, 'tracked[0].evidence[0]'],
    ['a missing text', { text: undefined }, 'tracked[0].text'],
    ['a note that is not text', { note: 7 }, 'tracked[0].note'],
  ])('refuse the whole file for %s, naming the path', (_name, item, path) => {
    const r = parseBackup(file(item));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(path);
  });

  it('refuse a repeated id', () => {
    const json = JSON.parse(toBackupJson({ pages: [], annotations: [], tracked: [tracked('t1'), tracked('t1')], now: NOW })) as object;
    const r = parseBackup(JSON.stringify(json));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('tracked[1].id');
  });
});
