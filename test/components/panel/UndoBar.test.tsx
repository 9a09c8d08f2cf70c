// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoBar } from '../../../components/panel/UndoBar';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('UndoBar', () => {
  it('offers undo for ten seconds, with focus on the button', () => {
    const onUndo = vi.fn();
    const onExpire = vi.fn();
    render(<UndoBar id="a1" onUndo={onUndo} onExpire={onExpire} />);
    expect(screen.getByRole('status').textContent).toBe('已删除 · 撤销');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '撤销' }));
    act(() => void vi.advanceTimersByTime(9_900));
    expect(onExpire).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  it('expires after ten seconds, and a new deletion restarts the countdown', () => {
    const onExpire = vi.fn();
    const { rerender } = render(<UndoBar id="a1" onUndo={() => {}} onExpire={onExpire} />);
    act(() => void vi.advanceTimersByTime(6_000));
    rerender(<UndoBar id="a2" onUndo={() => {}} onExpire={onExpire} />);
    act(() => void vi.advanceTimersByTime(6_000));
    expect(onExpire).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(4_000));
    expect(onExpire).toHaveBeenCalledTimes(1);
  });
});
