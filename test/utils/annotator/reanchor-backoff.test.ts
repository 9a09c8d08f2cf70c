import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GROWTH_CHARS, ReanchorBackoff, RETRY_DELAYS_MS } from '../../../utils/annotator/reanchor-backoff';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retrying unplaced highlights', () => {
  it('retries on a growing delay (0.25 s, 1 s, 4 s, 16 s), then stops', () => {
    expect(RETRY_DELAYS_MS).toEqual([250, 1000, 4000, 16000]);
    const times: number[] = [];
    const start = Date.now();
    // The retry anchors again, which reports its outcome: still unplaced.
    const backoff: ReanchorBackoff = new ReanchorBackoff(() => {
      times.push(Date.now() - start);
      backoff.anchored(true);
    });
    backoff.anchored(true);
    vi.advanceTimersByTime(60_000);
    expect(times).toEqual([250, 1250, 5250, 21250]);
    expect(backoff.exhausted).toBe(true);
    vi.advanceTimersByTime(600_000);
    expect(times).toHaveLength(4);
  });

  it('keeps a pending retry when another pass (a mutation) anchors meanwhile', () => {
    const retry = vi.fn();
    const backoff = new ReanchorBackoff(retry);
    backoff.anchored(true);
    vi.advanceTimersByTime(200);
    backoff.anchored(true);
    backoff.anchored(true);
    vi.advanceTimersByTime(50);
    expect(retry).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('starts over when all are placed, or on reset (a new URL, a new list); stops on dispose', () => {
    const retry = vi.fn();
    const backoff = new ReanchorBackoff(retry);
    backoff.anchored(true);
    vi.advanceTimersByTime(250);
    backoff.anchored(true);
    // Placed before the 1 s retry: it is cancelled.
    backoff.anchored(false);
    vi.advanceTimersByTime(5000);
    expect(retry).toHaveBeenCalledTimes(1);
    // Lost again later: from 0.25 s again.
    backoff.anchored(true);
    vi.advanceTimersByTime(250);
    expect(retry).toHaveBeenCalledTimes(2);
    backoff.reset();
    backoff.anchored(true);
    vi.advanceTimersByTime(249);
    expect(retry).toHaveBeenCalledTimes(2);
    backoff.dispose();
    vi.advanceTimersByTime(60_000);
    expect(retry).toHaveBeenCalledTimes(2);
  });

  it('is worth a retry on a mutation only when the page gained enough text', () => {
    const backoff = new ReanchorBackoff(() => {});
    expect(GROWTH_CHARS).toBe(20);
    expect(backoff.worthRetrying(0)).toBe(false);
    expect(backoff.worthRetrying(19)).toBe(false);
    expect(backoff.worthRetrying(20)).toBe(true);
  });
});
