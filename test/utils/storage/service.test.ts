import { describe, expect, it } from 'vitest';
import { createClient, dispatch, type BackgroundRequests, type DubanEvent, type Envelope } from '../../../utils/messaging';
import { createStorageHandlers } from '../../../utils/storage/service';
import { freshDb, PAGE_URL, target, unwrap } from './helpers';

/**
 * The background's storage service through the real protocol: a client whose send function is
 * the dispatcher, as the service worker answers content scripts and the side panel.
 */
async function setup() {
  const db = await freshDb();
  const events: DubanEvent[] = [];
  const handlers = createStorageHandlers(db, (e) => events.push(e));
  const send = createClient<BackgroundRequests>(async (m: Envelope) => dispatch<BackgroundRequests, null>(handlers, structuredClone(m), null));
  return { db, events, send };
}

describe('storage service over the message protocol', () => {
  it('creates, lists, edits, deletes and undoes, announcing each change for its page', async () => {
    const { send, events } = await setup();
    const a = unwrap(await send('annotation-create', { pageUrl: `${PAGE_URL}#frag`, category: 'commitment', note: '三月要新规', target: target('建立长效机制', 40) }));
    expect(a.pageUrl).toBe(PAGE_URL);
    expect(unwrap(await send('annotations-list', { url: `${PAGE_URL}?utm_source=x` })).map((x) => x.id)).toEqual([a.id]);
    expect(unwrap(await send('annotation-update', { id: a.id, patch: { note: '四月' } })).note).toBe('四月');
    unwrap(await send('annotation-delete', { id: a.id }));
    expect(unwrap(await send('annotations-list', { url: PAGE_URL }))).toEqual([]);
    unwrap(await send('annotation-undo', { id: a.id }));
    expect(unwrap(await send('annotations-list', { url: PAGE_URL }))).toHaveLength(1);
    expect(events).toEqual(Array(4).fill({ type: 'annotations-changed', pageUrl: PAGE_URL }));
  });

  it('refuses malformed requests with a message and writes nothing', async () => {
    const { send, events } = await setup();
    const r = await send('annotation-update', { id: 42, patch: null } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/数据格式不正确.*malformed/);
    const bad = await send('annotation-create', { pageUrl: PAGE_URL, category: '', target: target('x', 0) });
    expect(bad.ok).toBe(false);
    expect(events).toEqual([]);
  });

  it('writes anchoring outcomes only when they changed, and only for that page', async () => {
    const { send, events } = await setup();
    const a = unwrap(await send('annotation-create', { pageUrl: PAGE_URL, category: 'doubt', target: target('十七个问题', 10) }));
    const other = unwrap(await send('annotation-create', { pageUrl: 'https://other.gov.cn/a.html', category: 'doubt', target: target('别的页面', 10) }));
    events.length = 0;
    expect(unwrap(await send('anchor-statuses', { url: PAGE_URL, statuses: [{ id: a.id, status: 'orphaned' }, { id: other.id, status: 'orphaned' }] }))).toBe(1);
    expect(unwrap(await send('anchor-statuses', { url: PAGE_URL, statuses: [{ id: a.id, status: 'orphaned' }] }))).toBe(0);
    expect(events).toEqual([{ type: 'statuses-changed', pageUrl: PAGE_URL }]);
    expect(unwrap(await send('annotations-list', { url: 'https://other.gov.cn/a.html' }))[0]?.anchorStatus).toBeNull();
  });

  it('searches any two-character Chinese substring, and pages long result lists', async () => {
    const { send } = await setup();
    for (let i = 0; i < 5; i++) unwrap(await send('annotation-create', { pageUrl: PAGE_URL, category: 'commitment', note: `第${i}条：要求提供新规定`, target: target(`整改措施${i}`, i * 10) }));
    const hit = unwrap(await send('annotations-search', { query: '规定', limit: 3 }));
    expect(hit.status).toBe('ok');
    expect(hit.annotations).toHaveLength(3);
    const short = unwrap(await send('annotations-search', { query: '规' }));
    expect(short.status).toBe('too-short');
    expect(short.hint).toMatch(/两个字符/);
  });

  it('exports a page as Markdown and everything as a JSON backup that imports back without duplicates', async () => {
    const { send, events } = await setup();
    unwrap(await send('page-save', { url: PAGE_URL, fields: { title: '关于巡察整改进展情况的通报' } }));
    const a = unwrap(await send('annotation-create', { pageUrl: PAGE_URL, category: 'commitment', note: '追问：何时出台？', target: target('年底前出台管理办法', 200) }));
    unwrap(await send('annotation-create', { pageUrl: 'https://b.gov.cn/n.html', category: 'problem', target: target('资金管理不规范', 5) }));
    unwrap(await send('annotation-delete', { id: a.id }));
    unwrap(await send('annotation-undo', { id: a.id }));

    const md = unwrap(await send('export-markdown', { url: PAGE_URL, lang: 'zh' }));
    expect(md.annotations).toBe(1);
    expect(md.markdown).toContain('关于巡察整改进展情况的通报');
    expect(md.markdown).toContain('> 年底前出台管理办法');
    expect(md.markdown).toContain('追问：何时出台？');
    expect(md.markdown).toContain('#:~:text=');
    expect(md.markdown).not.toContain('资金管理不规范');

    const backup = unwrap(await send('export-backup', {}));
    expect(backup.annotations).toBe(2);
    const fresh = await setup();
    events.length = 0;
    const first = unwrap(await fresh.send('import-backup', { text: backup.json }));
    expect(first.annotations.added).toBe(2);
    const second = unwrap(await fresh.send('import-backup', { text: backup.json }));
    expect(second.annotations).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(unwrap(await fresh.send('annotations-list', { url: PAGE_URL }))[0]?.note).toBe('追问：何时出台？');
    expect(fresh.events.some((e) => e.type === 'annotations-changed' && e.pageUrl === null)).toBe(true);
  });

  it('refuses a malformed backup, naming the problem, and changes nothing', async () => {
    const { send, db } = await setup();
    const r = await send('import-backup', { text: '{"format":"duban-backup","version":1,"annotations":[{}]}' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/备份文件无效.*Invalid backup file/);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  it('saves categories and announces them; refuses to drop one still in use', async () => {
    const { send, events } = await setup();
    const cats = unwrap(await send('categories-list', {}));
    expect(cats.map((c) => c.id)).toEqual(['commitment', 'problem', 'doubt', 'follow-up']);
    unwrap(await send('annotation-create', { pageUrl: PAGE_URL, category: 'doubt', target: target('存疑的数字', 1) }));
    const dropped = await send('categories-save', { categories: cats.filter((c) => c.id !== 'doubt') });
    expect(dropped.ok).toBe(false);
    const renamed = unwrap(await send('categories-save', { categories: cats.map((c) => (c.id === 'doubt' ? { ...c, color: '#000000' } : c)) }));
    expect(renamed.find((c) => c.id === 'doubt')?.color).toBe('#000000');
    expect(events.at(-1)).toEqual({ type: 'categories-changed' });
  });
});

describe('the protocol client', () => {
  it('turns an unreachable background into a failure value with a message', async () => {
    const send = createClient<BackgroundRequests>(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const r = await send('pages-list', {});
    expect(r).toMatchObject({ ok: false, error: 'unknown' });
    if (!r.ok) expect(r.message).toMatch(/无法连接.*unreachable/);
  });

  it('leaves messages that are not ours to other listeners, and turns a throwing handler into a failure', async () => {
    expect(dispatch({}, { type: 'annotations-changed', pageUrl: null }, null)).toBeNull();
    expect(dispatch({}, { duban: 1, type: 'nobody-handles-this', payload: {} }, null)).toBeNull();
    const r = await dispatch<BackgroundRequests, null>({ 'pages-list': () => { throw new Error('boom'); } }, { duban: 1, type: 'pages-list', payload: {} }, null);
    expect(r).toMatchObject({ ok: false });
  });
});

describe('annotation-get (the note editor page loads its highlight)', () => {
  it('answers one annotation by id, deleted ones too, null for none, and refuses a malformed id', async () => {
    const { send, events } = await setup();
    const a = unwrap(await send('annotation-create', { pageUrl: PAGE_URL, category: 'problem', note: '待核实', target: target('建立长效机制', 40) }));
    expect(unwrap(await send('annotation-get', { id: a.id }))).toEqual(a);
    unwrap(await send('annotation-delete', { id: a.id }));
    expect(unwrap(await send('annotation-get', { id: a.id }))?.deletedAt).toEqual(expect.any(Number));
    expect(unwrap(await send('annotation-get', { id: 'no-such-id' }))).toBeNull();
    const bad = await send('annotation-get', { id: 42 } as never);
    expect(bad.ok).toBe(false);
    // Reading announces nothing.
    expect(events).toHaveLength(2);
  });
});

describe('tracked commitments over the message protocol', () => {
  it('creates, lists, edits, deletes and undoes, announcing each change for its page', async () => {
    const { send, events } = await setup();
    const a = unwrap(await send('tracked-create', { pageUrl: `${PAGE_URL}?utm_source=x`, text: '年底前出台管理办法', annotationId: null, due: '2026-12-31', dueAsWritten: '年底前' }));
    expect(a).toMatchObject({ pageUrl: PAGE_URL, status: 'to-verify', due: '2026-12-31' });
    expect(unwrap(await send('tracked-list', { url: PAGE_URL })).map((t) => t.id)).toEqual([a.id]);
    expect(unwrap(await send('tracked-list', {})).map((t) => t.id)).toEqual([a.id]);
    expect(unwrap(await send('tracked-update', { id: a.id, patch: { status: 'doubtful', evidence: ['https://a.gov.cn/x.html'] } }))).toMatchObject({ status: 'doubtful', evidence: ['https://a.gov.cn/x.html'] });
    unwrap(await send('tracked-delete', { id: a.id }));
    expect(unwrap(await send('tracked-list', { url: PAGE_URL }))).toEqual([]);
    unwrap(await send('tracked-undo', { id: a.id }));
    expect(unwrap(await send('tracked-list', { url: PAGE_URL }))).toHaveLength(1);
    expect(events).toEqual(Array(4).fill({ type: 'tracked-changed', pageUrl: PAGE_URL }));
  });

  it('refuses malformed requests and unsafe links, announcing nothing', async () => {
    const { send, events } = await setup();
    expect((await send('tracked-create', null as never)).ok).toBe(false);
    expect((await send('tracked-list', { url: 3 } as never)).ok).toBe(false);
    const a = unwrap(await send('tracked-create', { pageUrl: PAGE_URL, text: '建立长效机制' }));
    events.length = 0;
    const r = await send('tracked-update', { id: a.id, patch: { evidence: ['javascript:alert(1)'] } });
    expect(r.ok).toBe(false);
    expect((await send('tracked-update', { id: a.id, patch: null } as never)).ok).toBe(false);
    expect((await send('tracked-delete', { id: '' })).ok).toBe(false);
    expect(events).toEqual([]);
  });
});

describe('re-anchoring outcomes are bookkeeping, not edits', () => {
  it('keeps updatedAt when only the status changes, so a visit cannot outrank a newer note edit in a merge', async () => {
    const { send } = await setup();
    const a = unwrap(await send('annotation-create', { pageUrl: PAGE_URL, category: 'commitment', note: '旧笔记', target: target('年底前完成整改', 12) }));
    unwrap(await send('anchor-statuses', { url: PAGE_URL, statuses: [{ id: a.id, status: 'orphaned' }] }));
    const after = unwrap(await send('annotation-get', { id: a.id }));
    expect(after?.anchorStatus).toBe('orphaned');
    expect(after?.updatedAt).toBe(a.updatedAt);
    const edited = unwrap(await send('annotation-update', { id: a.id, patch: { note: '新笔记' } }));
    expect(edited.updatedAt).toBeGreaterThan(a.updatedAt);
  });
});

describe('a deleted highlight', () => {
  it('refuses note, category and target edits until undone, so an editor left open cannot save into the void', async () => {
    const { send } = await setup();
    const a = unwrap(await send('annotation-create', { pageUrl: PAGE_URL, category: 'doubt', note: '一', target: target('数字对不上', 3) }));
    unwrap(await send('annotation-delete', { id: a.id }));
    const r = await send('annotation-update', { id: a.id, patch: { note: '二' } });
    expect(r).toMatchObject({ ok: false, error: 'not-found' });
    unwrap(await send('annotation-undo', { id: a.id }));
    expect(unwrap(await send('annotation-update', { id: a.id, patch: { note: '二' } })).note).toBe('二');
  });
});

describe('what is stored fits in a backup', () => {
  it('cuts a huge page text to the backup limit and refuses an over-long quote, so Duban never writes a backup it would refuse', async () => {
    const { send } = await setup();
    const page = unwrap(await send('page-save', { url: PAGE_URL, fields: { title: '标题', text: '字'.repeat(5_000_001) } }));
    expect(page.text?.length).toBe(5_000_000);
    const r = await send('annotation-create', { pageUrl: PAGE_URL, category: 'doubt', target: target('长'.repeat(1_000_001), 0) });
    expect(r).toMatchObject({ ok: false, error: 'invalid' });
    if (!r.ok) expect(r.message).toMatch(/过长.*too long/);
    const backup = unwrap(await send('export-backup', {}));
    const fresh = await setup();
    expect((await fresh.send('import-backup', { text: backup.json })).ok).toBe(true);
  });
});

describe('tracked commitments in the JSON backup', () => {
  it('travel in the backup and import back without duplicates, announcing the change', async () => {
    const { send, events } = await setup();
    const a = unwrap(await send('tracked-create', { pageUrl: PAGE_URL, text: '年底前出台管理办法', due: '2026-12-31' }));
    unwrap(await send('tracked-create', { pageUrl: 'https://b.gov.cn/n.html', text: '建立长效机制' }));
    const all = unwrap(await send('export-backup', {}));
    expect(all.json).toContain('年底前出台管理办法');
    expect(all.json).toContain('建立长效机制');
    const one = unwrap(await send('export-backup', { url: PAGE_URL }));
    expect(one.json).toContain('年底前出台管理办法');
    expect(one.json).not.toContain('建立长效机制');

    const fresh = await setup();
    expect(unwrap(await fresh.send('import-backup', { text: all.json })).tracked).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(fresh.events).toContainEqual({ type: 'tracked-changed', pageUrl: null });
    expect(unwrap(await fresh.send('import-backup', { text: all.json })).tracked).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(unwrap(await fresh.send('tracked-list', { url: PAGE_URL }))).toEqual([a]);
    expect(events.filter((e) => e.type === 'tracked-changed')).toHaveLength(2);
  });
});

describe('categories-usage', () => {
  it('counts live and soft-deleted annotations per category without reading the library', async () => {
    const { send } = await setup();
    const a = unwrap(await send('annotation-create', { pageUrl: PAGE_URL, category: 'doubt', target: target('甲', 1) }));
    unwrap(await send('annotation-create', { pageUrl: PAGE_URL, category: 'doubt', target: target('乙', 2) }));
    unwrap(await send('annotation-create', { pageUrl: 'https://b.gov.cn/x', category: 'problem', target: target('丙', 3) }));
    unwrap(await send('annotation-delete', { id: a.id }));
    expect(unwrap(await send('categories-usage', {}))).toEqual({ doubt: { live: 1, deleted: 1 }, problem: { live: 1, deleted: 0 } });
  });
});
