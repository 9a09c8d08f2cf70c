import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES, type Annotation, type Category, type PageRecord } from '../../../utils/annotations/types';
import { mergeBackup } from '../../../utils/export/backup-merge';
import { parseBackup, toBackupJson, type Backup } from '../../../utils/export/json-backup';
import { NOTICE_URL, annotation, page } from './records';

const NOW = Date.UTC(2025, 5, 2, 8, 30);

function records() {
  const first = annotation('a1', '已整改完成17个', { note: '17+5≠23？\n<b>核实</b>', category: 'problem' });
  // At the very start of the text: no prefix saved.
  const atStart = annotation('a2', '中共某某局党组');
  delete atStart.target.quote.prefix;
  const orphan = annotation('a3', '适时公布新制度', { anchorStatus: 'orphaned' });
  const deleted = annotation('a4', '反馈的23个问题', { deletedAt: NOW, anchorStatus: null });
  deleted.target.sectionId = 's1';
  deleted.target.sectionHeading = '整改落实情况';
  return { pages: [page(), page({ url: 'https://b.example.gov.cn/', title: null, noticeKind: null, text: null })], annotations: [first, atStart, orphan, deleted] };
}

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('toBackupJson / parseBackup', () => {
  it('round-trips every field, categories included', () => {
    const { pages, annotations } = records();
    const backup = parsed(toBackupJson({ pages, annotations, categories: DEFAULT_CATEGORIES, now: NOW }));
    expect(backup).toEqual({
      format: 'duban-backup',
      version: 1,
      exportedAt: '2025-06-02T08:30:00.000Z',
      pages,
      annotations,
      categories: DEFAULT_CATEGORIES,
    });
    expect(backup.annotations[1]?.target.quote).not.toHaveProperty('prefix');
  });

  it('writes a header and one record per line, and leaves categories out when not given', () => {
    const { pages, annotations } = records();
    const text = toBackupJson({ pages, annotations, now: NOW });
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 5)).toEqual(['{', '  "format": "duban-backup",', '  "version": 1,', '  "exportedAt": "2025-06-02T08:30:00.000Z",', '  "pages": [']);
    expect(lines).toHaveLength(1 + 3 + (1 + pages.length + 1) + (1 + annotations.length + 1) + 1);
    expect(parsed(text)).not.toHaveProperty('categories');
    expect(toBackupJson({ pages: [], annotations: [], now: 0 })).toBe(
      '{\n  "format": "duban-backup",\n  "version": 1,\n  "exportedAt": "1970-01-01T00:00:00.000Z",\n  "pages": [],\n  "annotations": []\n}\n',
    );
  });

  it('writes only the fields of the format, and reads past unknown ones without keeping them', () => {
    const { pages, annotations } = records();
    const withExtras = annotations.map((a) => ({ ...a, searchGrams: ['整改'] }));
    const text = toBackupJson({ pages, annotations: withExtras, now: NOW });
    expect(text).not.toContain('searchGrams');

    // Unknown keys, one of them `__proto__` (JSON.parse makes it an own property, never a prototype).
    const extended = text
      .replace('"format": "duban-backup",', '"format": "duban-backup",\n  "future": {"anything": true},')
      .replace('{"id":"a1",', '{"id":"a1","color":"red","__proto__":{"polluted":true},');
    expect(extended).toContain('"__proto__"');
    const backup = parsed(extended);
    expect(backup).not.toHaveProperty('future');
    expect(backup.annotations[0]).toEqual(annotations[0]);
    expect(Object.getPrototypeOf(backup.annotations[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('pages’ figures in a backup', () => {
  it('travel with the page, and a backup made before pages kept them reads as none', () => {
    const { pages, annotations } = records();
    expect(pages[0]?.stats).not.toBeNull();
    const text = toBackupJson({ pages, annotations, now: NOW });
    expect(parsed(text).pages[0]?.stats).toEqual(pages[0]?.stats);
    const old = JSON.parse(text) as { pages: Array<Record<string, unknown>> };
    for (const p of old.pages) delete p.stats;
    expect(parsed(JSON.stringify(old)).pages.map((p) => p.stats)).toEqual([null, null]);
  });
});

describe('parseBackup refuses a malformed file whole, naming the first bad path', () => {
  type Json = Record<string, unknown> & {
    pages: Record<string, unknown>[];
    annotations: (Record<string, unknown> & { target: { quote: Record<string, unknown>; position: Record<string, unknown> } })[];
    categories: (Record<string, unknown> & { label: Record<string, unknown> })[];
  };
  const valid = (): Json => {
    const { pages, annotations } = records();
    return JSON.parse(toBackupJson({ pages, annotations, categories: DEFAULT_CATEGORIES, now: NOW })) as Json;
  };
  const refused = (zh: string, en: string) => `备份文件无效，未导入任何内容：${zh}。 Invalid backup file, nothing imported: ${en}.`;

  it.each([
    {
      name: 'a JSON array',
      file: () => [],
      error: refused('文件内容应为 JSON 对象', 'the file must hold a JSON object'),
    },
    {
      name: 'another format',
      file: () => ({ ...valid(), format: 'hypothesis' }),
      error: refused('不是督办备份文件（format 应为 "duban-backup"）', 'not a Duban backup (format must be "duban-backup")'),
    },
    {
      name: 'a newer version',
      file: () => ({ ...valid(), version: 2 }),
      error: refused(
        '此备份由更新版本的督办导出（version 2），本版只能读取 version 1',
        'this backup comes from a newer Duban (version 2); this one reads version 1',
      ),
    },
    {
      name: 'a version that is not a number',
      file: () => ({ ...valid(), version: '1' }),
      error: refused('version 应为 1', 'version must be 1'),
    },
    {
      name: 'a bad export time',
      file: () => ({ ...valid(), exportedAt: 'yesterday' }),
      error: refused('exportedAt 应为 ISO 8601 时间', 'exportedAt must be an ISO 8601 date-time'),
    },
    {
      name: 'no pages',
      file: () => {
        const { pages: _pages, ...rest } = valid();
        return rest;
      },
      error: refused('缺少 pages', 'pages is missing'),
    },
    {
      name: 'figures that are not whole numbers',
      file: () => {
        const b = valid();
        const p = b.pages[0];
        if (p) p.stats = { problems: 22.5 };
        return b;
      },
      error: refused('pages[0].stats 无效（stats.problems must be a whole number or null）', 'pages[0].stats is invalid (stats.problems must be a whole number or null)'),
    },
    {
      name: 'annotations that are not a list',
      file: () => ({ ...valid(), annotations: {} }),
      error: refused('annotations 应为数组（实际为 object）', 'annotations must be an array (got object)'),
    },
    {
      name: 'an ill-typed quote',
      file: () => {
        const b = valid();
        const a = b.annotations[3];
        if (a) a.target.quote.exact = 42;
        return b;
      },
      error: refused(
        'annotations[3].target.quote.exact 应为字符串（实际为 42）',
        'annotations[3].target.quote.exact must be a string (got 42)',
      ),
    },
    {
      name: 'an empty quote',
      file: () => {
        const b = valid();
        const a = b.annotations[1];
        if (a) a.target.quote.exact = ' ';
        return b;
      },
      error: refused('annotations[1].target.quote.exact 不能为空', 'annotations[1].target.quote.exact must not be empty'),
    },
    {
      name: 'a null prefix (absent or a string)',
      file: () => {
        const b = valid();
        const a = b.annotations[0];
        if (a) a.target.quote.prefix = null;
        return b;
      },
      error: refused(
        'annotations[0].target.quote.prefix 应为字符串（实际为 null）',
        'annotations[0].target.quote.prefix must be a string (got null)',
      ),
    },
    {
      name: 'a missing target',
      file: () => {
        const b = valid();
        const { target: _target, ...rest } = b.annotations[2] ?? { target: null };
        (b.annotations as unknown[])[2] = rest;
        return b;
      },
      error: refused('缺少 annotations[2].target', 'annotations[2].target is missing'),
    },
    {
      name: 'a position that ends before it starts',
      file: () => {
        const b = valid();
        const a = b.annotations[0];
        if (a) a.target.position.end = 0;
        return b;
      },
      error: refused('annotations[0].target.position.end 不能小于 start', 'annotations[0].target.position.end must not be less than start'),
    },
    {
      name: 'an unknown anchoring outcome',
      file: () => {
        const b = valid();
        const a = b.annotations[0];
        if (a) a.anchorStatus = 'lost';
        return b;
      },
      error: refused(
        'annotations[0].anchorStatus 应为以下之一：null, "anchored", "anchored-fuzzy", "ambiguous", "orphaned"（实际为 "lost"）',
        'annotations[0].anchorStatus must be one of null, "anchored", "anchored-fuzzy", "ambiguous", "orphaned" (got "lost")',
      ),
    },
    {
      name: 'a negative timestamp',
      file: () => {
        const b = valid();
        const a = b.annotations[0];
        if (a) a.createdAt = -1;
        return b;
      },
      error: refused('annotations[0].createdAt 应为非负的毫秒时间戳（实际为 -1）', 'annotations[0].createdAt must be a non-negative timestamp in milliseconds (got -1)'),
    },
    {
      name: 'a deletion time as text',
      file: () => {
        const b = valid();
        const a = b.annotations[3];
        if (a) a.deletedAt = '2025-06-02';
        return b;
      },
      error: refused(
        'annotations[3].deletedAt 应为非负的毫秒时间戳（实际为 "2025-06-02"）',
        'annotations[3].deletedAt must be a non-negative timestamp in milliseconds (got "2025-06-02")',
      ),
    },
    {
      name: 'an unknown notice kind',
      file: () => {
        const b = valid();
        const p = b.pages[0];
        if (p) p.noticeKind = 'news';
        return b;
      },
      error: refused(
        'pages[0].noticeKind 应为以下之一：null, "progress-notice", "rectification-report", "summary", "not-notice"（实际为 "news"）',
        'pages[0].noticeKind must be one of null, "progress-notice", "rectification-report", "summary", "not-notice" (got "news")',
      ),
    },
    {
      name: 'a URL that is not a string',
      file: () => {
        const b = valid();
        const p = b.pages[0];
        if (p) p.seenAs = ['https://a.example.gov.cn/', 7];
        return b;
      },
      error: refused('pages[0].seenAs[1] 应为字符串（实际为 7）', 'pages[0].seenAs[1] must be a string (got 7)'),
    },
    {
      name: 'a category without its English label',
      file: () => {
        const b = valid();
        const c = b.categories[0];
        if (c) delete c.label.en;
        return b;
      },
      error: refused('缺少 categories[0].label.en', 'categories[0].label.en is missing'),
    },
    {
      name: 'a duplicate annotation id',
      file: () => {
        const b = valid();
        const a = b.annotations[2];
        if (a) a.id = 'a1';
        return b;
      },
      error: refused('annotations[2].id 与 annotations[0].id 重复（"a1"）', 'annotations[2].id repeats annotations[0].id ("a1")'),
    },
    {
      name: 'a duplicate page',
      file: () => {
        const b = valid();
        b.pages.push({ ...b.pages[0] });
        return b;
      },
      error: refused(`pages[2].url 与 pages[0].url 重复（"${NOTICE_URL}"）`, `pages[2].url repeats pages[0].url ("${NOTICE_URL}")`),
    },
    {
      name: 'a 10 MB note',
      file: () => {
        const b = valid();
        const a = b.annotations[0];
        if (a) a.note = 'x'.repeat(10 * 1024 * 1024);
        return b;
      },
      error: refused(
        'annotations[0].note 过长（10485760 个字符，上限 1000000 个）',
        'annotations[0].note is too long (10485760 characters, limit 1000000)',
      ),
    },
    {
      name: 'more than 200,000 annotations',
      file: () => ({ ...valid(), annotations: new Array<null>(200_001).fill(null) }),
      error: refused('annotations 条目过多（200001 条，上限 200000 条）', 'annotations has too many entries (200001, limit 200000)'),
    },
  ])('$name', ({ file, error }) => {
    expect(parseBackup(JSON.stringify(file()))).toEqual({ ok: false, error });
  });

  it('text that is not JSON', () => {
    const result = parseBackup('{"format": "duban-backup", ');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^备份文件无效，未导入任何内容：不是有效的 JSON（.+）。 Invalid backup file, nothing imported: not valid JSON \(.+\)\.$/);
    }
  });
});

describe('mergeBackup', () => {
  /** A store that applies what mergeBackup says to write, as the database layer would. */
  function store(initial: { pages?: PageRecord[]; annotations?: Annotation[]; categories?: Category[] } = {}) {
    const pages = new Map((initial.pages ?? []).map((p) => [p.url, p]));
    const annotations = new Map((initial.annotations ?? []).map((a) => [a.id, a]));
    const categories = new Map((initial.categories ?? []).map((c) => [c.id, c]));
    return {
      snapshot: () => ({ pages: [...pages.values()], annotations: [...annotations.values()], categories: [...categories.values()] }),
      import(backup: Backup) {
        const result = mergeBackup(this.snapshot(), backup);
        for (const p of result.pages) pages.set(p.url, p);
        for (const a of result.annotations) annotations.set(a.id, a);
        for (const c of result.categories) categories.set(c.id, c);
        return result;
      },
    };
  }

  it('restores everything into an empty database, and a second import of the same file adds nothing', () => {
    const { pages, annotations } = records();
    const backup = parsed(toBackupJson({ pages, annotations, categories: DEFAULT_CATEGORIES, now: NOW }));
    const db = store();

    const first = db.import(backup);
    expect(first.summary).toEqual({ pagesAdded: 2, pagesUpdated: 0, annotationsAdded: 4, annotationsUpdated: 0, annotationsUnchanged: 0 });
    expect(db.snapshot()).toEqual({ pages, annotations, categories: DEFAULT_CATEGORIES });

    const second = db.import(backup);
    expect(second.pages).toEqual([]);
    expect(second.annotations).toEqual([]);
    expect(second.categories).toEqual([]);
    expect(second.summary).toEqual({ pagesAdded: 0, pagesUpdated: 0, annotationsAdded: 0, annotationsUpdated: 0, annotationsUnchanged: 4 });
    expect(db.snapshot().annotations).toHaveLength(4);
  });

  it('keeps the newer of two versions of an annotation; an old backup never undoes an edit or a delete', () => {
    const base = annotation('a1', '已整改完成17个', { note: 'old', updatedAt: 1000 });
    const edited = { ...base, note: 'edited later', updatedAt: 2000 };
    const deleted = { ...annotation('a2', '适时公布新制度', { updatedAt: 1000 }), deletedAt: 3000, updatedAt: 3000 };
    const db = store({ annotations: [edited, deleted] });

    const old = parsed(toBackupJson({ pages: [], annotations: [base, { ...deleted, deletedAt: null, updatedAt: 1000 }], now: NOW }));
    expect(db.import(old).annotations).toEqual([]);
    expect(db.snapshot().annotations).toEqual([edited, deleted]);

    const newer = { ...base, note: 'edited on another machine', updatedAt: 5000 };
    const result = db.import(parsed(toBackupJson({ pages: [], annotations: [newer], now: NOW })));
    expect(result.annotations).toEqual([newer]);
    expect(result.summary.annotationsUpdated).toBe(1);
  });

  it('merges a page by URL: earliest first visit, latest last visit, all the URLs it was reached by', () => {
    const stored = page({ firstSeenAt: 2000, lastSeenAt: 5000, seenAs: ['https://x/a?from=list'], issuer: null, text: 'stored text' });
    const incoming = page({ firstSeenAt: 1000, lastSeenAt: 9000, seenAs: ['https://x/a?utm=1', 'https://x/a?from=list'], title: '新标题', text: null });
    const db = store({ pages: [stored] });

    const result = db.import(parsed(toBackupJson({ pages: [incoming], annotations: [], now: NOW })));
    expect(result.summary.pagesUpdated).toBe(1);
    expect(result.pages).toEqual([
      {
        ...stored,
        seenAs: ['https://x/a?utm=1', 'https://x/a?from=list'],
        title: '新标题',
        issuer: incoming.issuer,
        text: 'stored text',
        firstSeenAt: 1000,
        lastSeenAt: 9000,
      },
    ]);
    expect(db.import(parsed(toBackupJson({ pages: [incoming], annotations: [], now: NOW }))).pages).toEqual([]);
  });

  it("adds only the categories the user does not have: the user's own labels win", () => {
    const mine: Category = { id: 'commitment', label: { zh: '我的承诺', en: 'Mine' }, color: '#000000' };
    const db = store({ categories: [mine] });
    const result = db.import(parsed(toBackupJson({ pages: [], annotations: [], categories: DEFAULT_CATEGORIES, now: NOW })));
    expect(result.categories.map((c) => c.id)).toEqual(['problem', 'doubt', 'follow-up']);
    expect(db.snapshot().categories[0]).toEqual(mine);
  });
});
