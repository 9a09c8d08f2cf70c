/**
 * When to try again for highlights that could not be placed (orphaned or ambiguous). Every DOM
 * mutation used to re-index the page and run the fuzzy search for them — forever, on a page with a
 * ticking clock. Now: a few retries on a growing delay (late content usually arrives in the first
 * seconds), then only when the page gained real text (a settled burst that added at least
 * `GROWTH_CHARS` characters) or the URL changed (which starts over: `reset`).
 *
 * Highlights that were placed and went stale are not this schedule's business: the page changed
 * under them, and they are re-anchored after the mutations settle.
 */

export const RETRY_DELAYS_MS: readonly number[] = [250, 1000, 4000, 16000];
/** A settled burst of mutations that added at least this many characters of text may bring a lost passage back. */
export const GROWTH_CHARS = 20;

export class ReanchorBackoff {
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly retry: () => void,
    private readonly delays: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  /** After each anchoring pass: schedules the next retry while some highlights are unplaced. */
  anchored(unplaced: boolean): void {
    if (!unplaced) {
      // All placed: a highlight lost later (the page removed its text) gets the retries afresh.
      this.reset();
      return;
    }
    // A retry is pending (this pass came from a mutation meanwhile): it keeps its time.
    if (this.timer !== null || this.attempt >= this.delays.length) return;
    const delay = this.delays[this.attempt] ?? 0;
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.retry();
    }, delay);
  }

  /** Whether a settled burst of mutations that added `addedChars` characters is worth a retry. */
  worthRetrying(addedChars: number): boolean {
    return addedChars >= GROWTH_CHARS;
  }

  /** Whether the retries on a timer are used up (only growth or a new URL retries now). */
  get exhausted(): boolean {
    return this.timer === null && this.attempt >= this.delays.length;
  }

  /** A new page or a new list of highlights: the retries start over. */
  reset(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.attempt = 0;
  }

  dispose(): void {
    this.reset();
  }
}
