// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageInfo } from '../../../components/options/StorageInfo';
import { formatBytes, formatPercent } from '../../../components/options/format-bytes';
import { LangProvider } from '../../../components/shared/i18n';

afterEach(cleanup);

describe('StorageInfo', () => {
  it('shows usage and quota in MB/GB with a percentage', () => {
    render(<StorageInfo estimate={{ usage: 12.5 * 1024 ** 2, quota: 2 * 1024 ** 3, fraction: (12.5 * 1024 ** 2) / (2 * 1024 ** 3) }} persisted={false} onRequestPersist={async () => true} />);
    expect(screen.getByText('已用 12.5 MB，可用上限 2.0 GB（0.6%）')).toBeTruthy();
    expect(screen.getByText(/持久存储：未开启/)).toBeTruthy();
  });

  it('speaks English when the reader chose it', () => {
    render(
      <LangProvider lang="en">
        <StorageInfo estimate={{ usage: 12.5 * 1024 ** 2, quota: 2 * 1024 ** 3, fraction: (12.5 * 1024 ** 2) / (2 * 1024 ** 3) }} persisted={false} onRequestPersist={async () => true} />
      </LangProvider>,
    );
    expect(screen.getByText('Used 12.5 MB of 2.0 GB (0.6%)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ask for persistent storage' })).toBeTruthy();
  });

  it('says when the browser reports nothing', () => {
    render(<StorageInfo estimate={null} persisted={null} onRequestPersist={async () => null} />);
    expect(screen.getByText('此浏览器未提供存储用量信息。')).toBeTruthy();
    expect(screen.getByText('无法得知存储是否持久。')).toBeTruthy();
  });

  it.each([
    [true, /浏览器已同意/],
    [false, /浏览器未同意/],
    [null, /不支持申请持久存储/],
  ] as const)('explains the outcome of asking for persistence (%s)', async (answer, text) => {
    render(<StorageInfo estimate={null} persisted={false} onRequestPersist={async () => answer} />);
    fireEvent.click(screen.getByRole('button', { name: '申请持久存储' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(text));
    if (answer === true) expect(screen.getByText(/持久存储：已开启/)).toBeTruthy();
  });

  it('offers no button when storage is already persistent', () => {
    render(<StorageInfo estimate={null} persisted={true} onRequestPersist={async () => true} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('formatBytes / formatPercent', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [300 * 1024 ** 2, '300 MB'],
    [1.25 * 1024 ** 3, '1.3 GB'],
  ])('%d bytes → %s', (n, s) => expect(formatBytes(n)).toBe(s));

  it.each([
    [0, '0.0%'],
    [0.0004, '<0.1%'],
    [0.055, '5.5%'],
    [0.5, '50%'],
  ])('%d → %s', (f, s) => expect(formatPercent(f)).toBe(s));
});
