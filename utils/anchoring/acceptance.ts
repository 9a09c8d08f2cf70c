import { boundedDistance, distanceAfter, distanceBefore, significant } from './edit-distance';
import { maxErrors, occurrencesOf, type Candidate, type Query } from './query';
import {
  FUZZY_REACH,
  LANDMARK,
  MAX_PASSAGE_ERROR_RATE,
  MIN_CONTEXT,
  MIN_CONTEXT_SHORT,
  MIN_FUZZY_LENGTH,
  MIN_FUZZY_SCORE,
  QUOTE_ALONE_MIN_LENGTH,
  QUOTE_ALONE_REACH,
  QUOTE_ALONE_SIMILARITY,
} from './thresholds';

/**
 * Whether a candidate may be chosen at all, before comparing it with the others:
 *  - the exact quote with no stored context (the quote was the whole text): yes;
 *  - the exact quote, short: only with its context (MIN_CONTEXT_SHORT), and not where the stored
 *    position itself fits better (`errorsAtHint`);
 *  - the exact quote, long: with its context (MIN_CONTEXT), or when it is the only occurrence —
 *    16+ identical characters found once on the page are that passage, whatever happened
 *    around it (re-templating). Found several times without context, it is not guessed;
 *  - an approximate match: long quotes only, at most MAX_ERROR_RATE errors in the quote, a
 *    minimum score; the context agrees (MIN_CONTEXT, and at most MAX_PASSAGE_ERROR_RATE errors
 *    in prefix + quote + suffix) or the quote alone is near-identical and long; and it is not
 *    the quote's former neighbour moved into its place (`isDisplaced`).
 */
export function isAcceptable(q: Query, c: Candidate): boolean {
  if (c.exact) {
    if (c.contextSim === null) return true;
    if (q.len < MIN_FUZZY_LENGTH) return c.contextSim >= MIN_CONTEXT_SHORT && !(q.hint !== null && c.start !== q.hint && errorsAtHint(q) < c.contextErrors);
    return c.contextSim >= MIN_CONTEXT || occurrencesOf(q).length === 1;
  }
  if (q.len < MIN_FUZZY_LENGTH || c.errors > maxErrors(q) || c.score < MIN_FUZZY_SCORE) return false;
  const described = q.len + q.prefixSig.length + q.suffixSig.length;
  const withContext = c.contextSim !== null && c.contextSim >= MIN_CONTEXT && (c.errors + c.contextErrors) / described <= MAX_PASSAGE_ERROR_RATE;
  const alone = q.len >= QUOTE_ALONE_MIN_LENGTH && c.quoteSim >= QUOTE_ALONE_SIMILARITY && (q.hint === null || Math.abs(c.start - q.hint) <= QUOTE_ALONE_REACH);
  return (withContext || alone) && !isDisplaced(q, c);
}

/**
 * Errors (quote and context, visible characters) of the stored position itself, its end allowed
 * to move by 2 for edits inside the quote. A place elsewhere that fits worse than the stored
 * position does is a neighbour, not the quote: 通知公告 twice in a menu, the highlighted one
 * edited — the other, four characters away, is the exact quote with its context merely
 * shifted (87 % agreement), but the old place, one character changed, fits better.
 */
function errorsAtHint(q: Query): number {
  if (q.hintErrors !== null) return q.hintErrors;
  const { text, exact, exactSig, prefixSig, suffixSig } = q;
  const at = q.hint as number;
  const pre = prefixSig ? distanceBefore(text, at, prefixSig) : 0;
  const cap = maxErrors(q) + 2;
  let best = Infinity;
  for (let d = -2; d <= 2; d++) {
    const end = at + exact.length + d;
    if (end < at || end > text.length) continue;
    const quoteErrors = boundedDistance(exactSig, significant(text.slice(at, end)), cap);
    const suf = suffixSig ? distanceAfter(text, end, suffixSig) : 0;
    best = Math.min(best, quoteErrors + suf);
  }
  q.hintErrors = pre + best;
  return q.hintErrors;
}

/**
 * Whether an approximate match is text that used to stand NEXT to the quote — the neighbour a
 * deletion pulled into its place. In a list of parallel items (【巡察整改】…教育体育局…通报,
 * 【巡察整改】…自然资源局…通报) the next item, once the highlighted one is deleted, sits where it
 * was, between the same surroundings, 4 characters different: no score tells it from an edit.
 * Order does: the stored suffix is what followed the quote, the stored prefix what preceded it.
 * The match is displaced when it begins with something the stored suffix contains (and the quote
 * did not begin so: an edit at the start), or ends with something the stored prefix contains;
 * or when the end of the stored suffix is found before it and not after it (the start of the
 * stored prefix after it and not before it). Landmarks are LANDMARK visible characters,
 * compared exactly.
 */
function isDisplaced(q: Query, c: Candidate): boolean {
  const { text, exactSig, prefixSig, suffixSig } = q;
  const hint = q.hint ?? c.start;
  const matched = significant(text.slice(c.start, c.end));
  const L = LANDMARK;
  // It begins with what followed the quote (and the quote did not begin so), or ends with what preceded it.
  const head = matched.slice(0, L);
  if (head.length === L && head !== exactSig.slice(0, L) && suffixSig.includes(head, 1)) return true;
  const tail = matched.slice(-L);
  if (tail.length === L && tail !== exactSig.slice(-L) && prefixSig.slice(0, -1).includes(tail)) return true;
  // The old surroundings are on the wrong side of it (and not also on the right side: these
  // texts repeat themselves).
  if (suffixSig.length >= L) {
    const end = suffixSig.slice(-L);
    const stillAfter = significant(text.slice(c.end, c.end + q.suffix.length + FUZZY_REACH)).includes(end);
    if (!stillAfter && significant(text.slice(Math.max(0, Math.min(hint, c.start) - FUZZY_REACH), c.start)).includes(end)) return true;
  }
  if (prefixSig.length >= L) {
    const start = prefixSig.slice(0, L);
    const stillBefore = significant(text.slice(Math.max(0, c.start - q.prefix.length - FUZZY_REACH), c.start)).includes(start);
    if (!stillBefore && significant(text.slice(c.end, Math.max(c.end, hint + q.exact.length) + FUZZY_REACH)).includes(start)) return true;
  }
  return false;
}
