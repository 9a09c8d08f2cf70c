// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../../../components/shared/i18n';
import { DeadlineBadge } from '../../../components/tracker/DeadlineBadge';
import { TrackedItemEditor } from '../../../components/tracker/TrackedItemEditor';
import { TrackAllBar, TrackButton } from '../../../components/tracker/TrackButton';
import type { Lang } from '../../../utils/i18n/lang';
import type { TrackedCommitment } from '../../../utils/tracking/types';

afterEach(cleanup);

const TODAY = '2026-11-24';

function item(over: Partial<TrackedCommitment> = {}): TrackedCommitment {
  return {
    id: 't1',
    pageUrl: 'https://www.example.gov.cn/n.html',
    annotationId: 'a1',
    text: '年底前出台管理办法',
    status: 'to-verify',
    due: '2026-12-31',
    dueAsWritten: '年底前',
    note: '',
    evidence: [],
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    ...over,
  };
}

function show(it: TrackedCommitment, lang: Lang = 'zh') {
  const onUpdate = vi.fn();
  const onUntrack = vi.fn();
  render(
    <LangProvider lang={lang}>
      <TrackedItemEditor item={it} today={TODAY} onUpdate={onUpdate} onUntrack={onUntrack} />
    </LangProvider>,
  );
  return { onUpdate, onUntrack };
}

describe('DeadlineBadge', () => {
  it.each([
    [{ status: 'to-verify' as const, due: '2026-11-20' }, 'zh' as Lang, 'red', '红灯：已逾期 · 逾期 4 天'],
    [{ status: 'to-verify' as const, due: '2026-12-04' }, 'zh' as Lang, 'yellow', '黄灯：即将到期 · 还剩 10 天'],
    [{ status: 'broken' as const, due: TODAY }, 'en' as Lang, 'yellow', 'Yellow: due soon · due today'],
    [{ status: 'to-verify' as const, due: '2027-06-30' }, 'en' as Lang, 'green', 'Green · 218 days left'],
    [{ status: 'kept' as const, due: '2026-01-01' }, 'zh' as Lang, 'green', '绿灯 · 已兑现'],
    [{ status: 'doubtful' as const, due: null }, 'en' as Lang, 'none', 'No due date'],
  ])('%o in %s → %s light, said in words', (it, lang, light, text) => {
    render(
      <LangProvider lang={lang}>
        <DeadlineBadge item={it} today={TODAY} />
      </LangProvider>,
    );
    const badge = document.querySelector('.tr-light') as HTMLElement;
    expect(badge.dataset.light).toBe(light);
    expect(badge.textContent).toBe(text);
  });
});

describe('TrackedItemEditor', () => {
  it('shows status, due date, the deadline as written and the light, and saves a new status and date', () => {
    const { onUpdate } = show(item());
    expect(screen.getByRole('group', { name: '跟踪事项：年底前出台管理办法' })).toBeTruthy();
    const status = screen.getByLabelText('状态') as HTMLSelectElement;
    expect(status.value).toBe('to-verify');
    expect(Array.from(status.options, (o) => o.textContent)).toEqual(['待核实', '已兑现', '未兑现', '存疑']);
    const due = screen.getByLabelText('期限') as HTMLInputElement;
    expect(due.value).toBe('2026-12-31');
    expect(screen.getByText('原文：年底前')).toBeTruthy();
    expect(document.querySelector('.tr-light')?.textContent).toBe('绿灯 · 还剩 37 天');

    fireEvent.change(status, { target: { value: 'kept' } });
    expect(onUpdate).toHaveBeenLastCalledWith({ status: 'kept' });
    fireEvent.change(due, { target: { value: '2026-12-04' } });
    expect(onUpdate).toHaveBeenLastCalledWith({ due: '2026-12-04' });
    fireEvent.change(due, { target: { value: '' } });
    expect(onUpdate).toHaveBeenLastCalledWith({ due: null });
  });

  it('saves the note when it loses focus, and only when it changed', () => {
    const { onUpdate } = show(item({ note: '旧' }));
    const note = screen.getByLabelText('备注') as HTMLTextAreaElement;
    fireEvent.blur(note);
    expect(onUpdate).not.toHaveBeenCalled();
    fireEvent.input(note, { target: { value: '已见文件' } });
    fireEvent.blur(note);
    expect(onUpdate).toHaveBeenCalledWith({ note: '已见文件' });
  });

  it('adds and removes evidence links, refusing anything but http(s), and opens them in a new tab', () => {
    const { onUpdate } = show(item({ evidence: ['https://a.gov.cn/1.html'] }), 'en');
    const link = screen.getByRole('link', { name: 'https://a.gov.cn/1.html' }) as HTMLAnchorElement;
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    const input = screen.getByRole('textbox', { name: 'Evidence links' }) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a full link starting with http:// or https://.');
    expect(onUpdate).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: ' https://b.gov.cn/2.html ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onUpdate).toHaveBeenLastCalledWith({ evidence: ['https://a.gov.cn/1.html', 'https://b.gov.cn/2.html'] });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove link https://a.gov.cn/1.html' }));
    expect(onUpdate).toHaveBeenLastCalledWith({ evidence: [] });
  });

  it('stops tracking on request', () => {
    const { onUntrack } = show(item(), 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Stop tracking' }));
    expect(onUntrack).toHaveBeenCalledTimes(1);
  });
});

describe('TrackButton and TrackAllBar', () => {
  it('track one, track all, with counts and busy states', () => {
    const onTrack = vi.fn();
    const onTrackAll = vi.fn();
    render(
      <LangProvider lang="zh">
        <TrackAllBar tracked={1} total={3} busy={false} onTrackAll={onTrackAll} />
        <TrackButton text="建立长效机制" busy={false} onTrack={onTrack} />
        <TrackButton text="年底前完成" busy onTrack={onTrack} />
      </LangProvider>,
    );
    expect(document.querySelector('.tr-count')?.textContent).toBe('已跟踪 1 / 3 条');
    fireEvent.click(screen.getByRole('button', { name: '全部跟踪' }));
    expect(onTrackAll).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: '跟踪这条承诺：建立长效机制' }));
    expect(onTrack).toHaveBeenCalledTimes(1);
    const busy = screen.getByRole('button', { name: '跟踪这条承诺：年底前完成' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    expect(busy.textContent).toBe('正在跟踪…');
  });

  it('disables "Track all" once everything is tracked', () => {
    render(
      <LangProvider lang="en">
        <TrackAllBar tracked={2} total={2} busy={false} onTrackAll={() => {}} />
      </LangProvider>,
    );
    expect((screen.getByRole('button', { name: 'Track all' }) as HTMLButtonElement).disabled).toBe(true);
    expect(document.querySelector('.tr-count')?.textContent).toBe('2 of 2 tracked');
  });
});
