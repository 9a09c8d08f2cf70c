import { matchQuote } from './match-quote';
import { FUZZY_REACH } from './thresholds';
import type { AnchorResult, TextPositionSelector, TextQuoteSelector } from './types';

/** What a stored highlight brings to re-anchoring: its quote, and its position when known. */
export interface QuoteSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | null;
}

interface Shift {
  /** Stored start of the highlight. */
  at: number;
  shift: number;
  index: number;
}

/**
 * Re-anchors many highlights on one text. Each is matched on its own first. Then the exactly
 * anchored ones say how the text moved: where the neighbours on both sides of a highlight moved
 * by the same amount (a re-templated page, a paragraph inserted above), its old place moved by
 * that much too. A highlight that is `orphaned`, `ambiguous`, or was placed further than
 * FUZZY_REACH from where its neighbours say it went (say on a verbatim copy elsewhere, because
 * its own passage was edited and its position was too far off to find it) is matched again from
 * the moved position, and takes that result when it lands — a placed one only when it also
 * scores higher. Neighbours that moved differently mean text was inserted or deleted in between:
 * then nothing is assumed.
 */
export function matchQuotes(text: string, list: readonly QuoteSelectors[]): AnchorResult[] {
  const results = list.map((s) => matchQuote(text, s.quote, { position: s.position }));
  const known = shifts(list, results);
  list.forEach((s, i) => {
    const again = retry(text, s, i, results[i], known);
    if (again) results[i] = again;
  });
  return results;
}

export interface SliceOptions {
  /** Work per slice before yielding to the page (ms). */
  sliceMs?: number;
  /** How to yield; by default a macrotask (setTimeout 0). */
  yieldToHost?: () => Promise<void>;
  now?: () => number;
}

/**
 * `matchQuotes` in slices of about `sliceMs`, yielding in between: one highlight costs 0.01 ms
 * (unchanged page) to ~1 ms (approximate matching on a long page), so hundreds of edited
 * highlights on a 1 MiB page would otherwise make one long task. Same results as `matchQuotes`.
 */
export async function matchQuotesInSlices(text: string, list: readonly QuoteSelectors[], opts: SliceOptions = {}): Promise<AnchorResult[]> {
  const sliceMs = opts.sliceMs ?? 8;
  const now = opts.now ?? (() => performance.now());
  const yieldToHost = opts.yieldToHost ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let sliceStart = now();
  const maybeYield = async () => {
    if (now() - sliceStart < sliceMs) return;
    await yieldToHost();
    sliceStart = now();
  };
  const results: AnchorResult[] = [];
  for (const s of list) {
    results.push(matchQuote(text, s.quote, { position: s.position }));
    await maybeYield();
  }
  const known = shifts(list, results);
  for (const [i, s] of list.entries()) {
    const again = retry(text, s, i, results[i], known);
    if (again) results[i] = again;
    await maybeYield();
  }
  return results;
}

/** The second try of one highlight from where its neighbours moved (see matchQuotes), or null. */
function retry(text: string, s: QuoteSelectors, i: number, r: AnchorResult | undefined, known: Shift[]): AnchorResult | null {
  if (!s.position || !r) return null;
  const shift = agreedShift(known, s.position.start, i);
  if (!shift) return null;
  const landed = r.status === 'anchored' || r.status === 'anchored-fuzzy';
  // Placed near where the neighbours went: that is the local search's own territory.
  if (landed && r.match && Math.abs(r.match.start - (s.position.start + shift)) <= FUZZY_REACH) return null;
  const position: TextPositionSelector = { ...s.position, start: s.position.start + shift, end: s.position.end + shift };
  const again = matchQuote(text, s.quote, { position });
  const againLanded = again.status === 'anchored' || again.status === 'anchored-fuzzy';
  // A highlight that had landed moves only to a better-scoring place (its passage may really
  // have moved on its own, and something merely similar may sit where the neighbours went).
  if (landed) return againLanded && (again.match?.score ?? 0) > (r.match?.score ?? 0) ? again : null;
  return againLanded || (again.status === 'ambiguous' && r.status === 'orphaned') ? again : null;
}

/** Shifts of the exactly anchored highlights, in stored order, without lone outliers. */
function shifts(list: readonly QuoteSelectors[], results: AnchorResult[]): Shift[] {
  const all: Shift[] = [];
  list.forEach((s, index) => {
    const r = results[index];
    if (s.position && r?.status === 'anchored' && r.match) all.push({ at: s.position.start, shift: r.match.start - s.position.start, index });
  });
  if (!all.some((k) => k.shift !== 0)) return [];
  all.sort((a, b) => a.at - b.at);
  // One that disagrees with two neighbours agreeing with each other was placed on a copy.
  return all.filter((k, i) => {
    const before = all[i - 1];
    const after = all[i + 1];
    return !(before && after && before.shift === after.shift && k.shift !== before.shift);
  });
}

/**
 * The shift of the nearest anchored neighbours before and after `at` when they agree; at either
 * end of the list, of the two nearest on the one side. `self` is left out of its own estimate.
 */
function agreedShift(known: Shift[], at: number, self: number): number | null {
  let lo = 0;
  let hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((known[mid]?.at ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  const before: Shift[] = [];
  for (let i = lo - 1; i >= 0 && before.length < 2; i--) if (known[i]?.index !== self) before.push(known[i] as Shift);
  const after: Shift[] = [];
  for (let i = lo; i < known.length && after.length < 2; i++) if (known[i]?.index !== self) after.push(known[i] as Shift);
  const [a, b] = before.length && after.length ? [before[0], after[0]] : before.length ? before : after;
  return a && b && a.shift === b.shift ? a.shift : null;
}
