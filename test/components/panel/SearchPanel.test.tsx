// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchPanel } from '../../../components/panel/SearchPanel';
import { LangProvider } from '../../../components/shared/i18n';
import type { SearchFn, SearchView } from '../../../components/panel/types';
import { DEFAULT_CATEGORIES, type Annotation } from '../../../utils/annotations/types';
import { makeAnnotation } from './fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function view(annotations: Annotation[], status: 'ok' | 'too-short' = 'ok'): SearchView {
  return {
    outcome: { query: 'q', status, hint: status === 'too-short' ? '请至少输入两个字符。' : null, annotations, candidates: annotations.length },
    pages: {
      'http://a.gov.cn/1.html': { title: '甲县巡察整改通报', text: null },
      'http://b.gov.cn/2.html': { title: null, text: null },
    },
  };
}

async function type(text: string) {
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: text } });
  // Debounce, then the (resolved) search promise.
  await act(async () => {
    await vi.advanceTimersByTimeAsync(150);
  });
}

describe('SearchPanel', () => {
  it('waits for typing to pause before searching', async () => {
    const onSearch = vi.fn<SearchFn>(async () => ({ ok: true, value: view([]) }));
    render(<SearchPanel onSearch={onSearch} categories={DEFAULT_CATEGORIES} onError={() => {}} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '整' } });
    await act(async () => void (await vi.advanceTimersByTimeAsync(100)));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '整改' } });
    await act(async () => void (await vi.advanceTimersByTimeAsync(150)));
    expect(onSearch.mock.calls.map((c) => c[0])).toEqual(['整改']);
    expect(screen.getByText('没有找到匹配项。')).toBeTruthy();
  });

  it('shows the too-short hint', async () => {
    render(<SearchPanel onSearch={async () => ({ ok: true, value: view([], 'too-short') })} categories={DEFAULT_CATEGORIES} onError={() => {}} />);
    await type('改');
    expect(screen.getByText('请至少输入两个字符。')).toBeTruthy();
  });

  it('speaks English when the reader chose it, dates included', async () => {
    const hits = [makeAnnotation({ pageUrl: 'http://a.gov.cn/1.html', exact: '整改台账', updatedAt: Date.UTC(2026, 8, 13, 12) })];
    render(
      <LangProvider lang="en">
        <SearchPanel onSearch={async () => ({ ok: true, value: view(hits) })} categories={DEFAULT_CATEGORIES} onError={() => {}} />
      </LangProvider>,
    );
    expect(screen.getByRole('searchbox', { name: 'Search all notes and quotes' })).toBeTruthy();
    await type('台账');
    expect(screen.getByText('1 found')).toBeTruthy();
    expect(screen.getByText('Commitment')).toBeTruthy();
    expect(screen.getByText('Last changed 13 Sept 2026')).toBeTruthy();
  });

  it('dates each hit the Chinese way by default', async () => {
    const hits = [makeAnnotation({ pageUrl: 'http://a.gov.cn/1.html', exact: '整改台账', updatedAt: Date.UTC(2026, 8, 13, 12) })];
    render(<SearchPanel onSearch={async () => ({ ok: true, value: view(hits) })} categories={DEFAULT_CATEGORIES} onError={() => {}} />);
    await type('台账');
    expect(screen.getByText('最后修改于 2026年9月13日')).toBeTruthy();
  });

  it('groups hits by page with links to open the page', async () => {
    const hits = [
      makeAnnotation({ pageUrl: 'http://a.gov.cn/1.html', exact: '整改台账', note: '核对台账' }),
      makeAnnotation({ pageUrl: 'http://b.gov.cn/2.html', exact: '台账管理' }),
      makeAnnotation({ pageUrl: 'http://a.gov.cn/1.html', exact: '建立台账' }),
    ];
    render(<SearchPanel onSearch={async () => ({ ok: true, value: view(hits) })} categories={DEFAULT_CATEGORIES} onError={() => {}} />);
    await type('台账');
    expect(screen.getByText('找到 3 条')).toBeTruthy();
    const titles = screen.getAllByRole('heading', { level: 3 });
    expect(titles.map((t) => t.textContent)).toEqual(['甲县巡察整改通报', 'http://b.gov.cn/2.html']);
    expect(within(titles[0]!).getByRole('link').getAttribute('href')).toBe('http://a.gov.cn/1.html');
    const pageA = titles[0]!.closest('section')!;
    expect([...pageA.querySelectorAll('.quote-link')].map((l) => l.textContent)).toEqual(['整改台账', '建立台账']);
    expect(pageA.querySelector('.quote-link')?.getAttribute('href')).toMatch(/^http:\/\/a\.gov\.cn\/1\.html#:~:text=/);
  });

  it('shows 50 hits at a time', async () => {
    const hits = Array.from({ length: 120 }, (_, i) => makeAnnotation({ pageUrl: 'http://a.gov.cn/1.html', exact: `台账第${i}项` }));
    render(<SearchPanel onSearch={async () => ({ ok: true, value: view(hits) })} categories={DEFAULT_CATEGORIES} onError={() => {}} />);
    await type('台账');
    expect(document.querySelectorAll('.quote-link')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: '显示更多（还有 70 条）' }));
    expect(document.querySelectorAll('.quote-link')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: '显示更多（还有 20 条）' }));
    expect(document.querySelectorAll('.quote-link')).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /显示更多/ })).toBeNull();
  });

  it('ignores a slow answer to an older query', async () => {
    let release: (v: Awaited<ReturnType<SearchFn>>) => void = () => {};
    const slow = new Promise<Awaited<ReturnType<SearchFn>>>((r) => (release = r));
    const onSearch = vi.fn<SearchFn>((q) => (q === '整改' ? slow : Promise.resolve({ ok: true, value: view([makeAnnotation({ pageUrl: 'http://a.gov.cn/1.html', exact: '整改落实' })]) })));
    render(<SearchPanel onSearch={onSearch} categories={DEFAULT_CATEGORIES} onError={() => {}} />);
    await type('整改');
    await type('整改落实');
    await act(async () => release({ ok: true, value: view([]) }));
    expect(screen.getByText('找到 1 条')).toBeTruthy();
  });

  it('hands a failure to the alert region', async () => {
    const onError = vi.fn();
    render(<SearchPanel onSearch={async () => ({ ok: false, error: 'unknown', message: '存储出错' })} categories={DEFAULT_CATEGORIES} onError={onError} />);
    await type('台账');
    expect(onError).toHaveBeenCalledWith('存储出错');
  });
});
