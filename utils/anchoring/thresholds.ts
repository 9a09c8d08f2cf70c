/**
 * The thresholds of re-anchoring (match-quote.ts), and why. Chosen with the property tests of
 * test/utils/anchoring on two corpora — the seed notices' texts and the page text of every
 * fixture notice page (menus, related-article lists, metadata tables repeating the title, the
 * page source's indentation) — where they hold ≥ 99.9 % re-anchoring after small edits and no
 * false landing when a passage is deleted. Those texts repeat their stock phrases, parallel
 * sentences and list items a lot; most rules below exist because of one such repetition.
 * Lengths and errors count visible characters (whitespace is layout: edit-distance.ts).
 */

/**
 * Quotes of fewer visible characters are only ever matched exactly. A 6-character Chinese phrase
 * (整改工作, 压实责任…) recurs all over these texts; 15 % errors of a short quote is one or two
 * characters, and one character is what tells 第一 from 第二 or 已完成 from 未完成. At 16 characters
 * a quote is a clause; its lookalikes differ in more than 2 characters or in their context.
 */
export const MIN_FUZZY_LENGTH = 16;

/** Errors allowed in an approximate match, per quote character (Hypothesis allows 50 %). */
export const MAX_ERROR_RATE = 0.15;

/**
 * Context agreement needed by an exact occurrence of a SHORT quote. The same short phrase a few
 * characters away (整改…整改 in one sentence) sees its own context shifted, which costs about
 * the shift: at 0.8 a place 7 or more characters off cannot pass, while the real place after
 * small edits (< 10 % of its context changed) still does. Nearer ones (通知公告 twice in a menu)
 * must also fit better than the stored position itself (acceptance.ts, errorsAtHint).
 */
export const MIN_CONTEXT_SHORT = 0.8;

/**
 * Context agreement for an approximate match (and for an exact long quote found several times).
 * Measured: after small edits (< 10 % of quote and context) the real place keeps ≥ 0.83; the
 * best lookalike of a deleted passage mostly stays below 0.6 — but a notice that
 * restates each problem in its rectification part (seed 002) has near-verbatim copies scoring
 * 0.5–0.94 with 0.9+ quote similarity. Context alone cannot reject those: distance does
 * (FUZZY_REACH: approximate matches are only looked for at the old place).
 */
export const MIN_CONTEXT = 0.6;

/**
 * Errors allowed in the whole described passage — prefix, quote and suffix together, visible
 * characters — for an approximate match. After small edits (< 10 % of quote and context) the
 * real place stays at or below 0.13 (12,000 trials on the seeds and fixture pages); the next
 * item of a parallel list (【巡察整改】…教育体育局… / …自然资源局…) pulled into place by a deletion
 * differs by 14 % in the quote but about 25 % overall.
 */
export const MAX_PASSAGE_ERROR_RATE = 0.2;

/** Visible characters of a landmark in `isDisplaced`: long enough not to recur by chance. */
export const LANDMARK = 12;

/** At or above this, the first good candidate is taken without searching any further. */
export const STRONG_CONTEXT = 0.8;

/**
 * A quote this similar (at most 1 error in 20) may stand without its context — a re-templated
 * page changes the text around a quote, not the quote — but only if it is long enough for one
 * error in 20 to be a typo fix rather than the one character that differs between two
 * parallel sentences.
 */
export const QUOTE_ALONE_SIMILARITY = 0.95;
export const QUOTE_ALONE_MIN_LENGTH = 32;
/**
 * …and only right at the stored position (± this many characters; after a page moved as a
 * block, at the position its neighbours moved to: match-many.ts). A near-verbatim restatement
 * of a deleted passage (关于“…” → 针对“…”) is pulled to anywhere within FUZZY_REACH by the deletion,
 * and its surroundings disagree just as a re-templated page's would.
 */
export const QUOTE_ALONE_REACH = 8;

/**
 * Minimum total score of an approximate match. The rules above decide nearly every case; this
 * floor keeps a near-identical quote standing without its context (QUOTE_ALONE_*) from being
 * taken where nothing at all around it agrees (it needs 0.4·context ≳ 0.03: a few characters).
 */
export const MIN_FUZZY_SCORE = 0.6;

/**
 * Two acceptable places scoring closer than this are `ambiguous`. Smaller than what one
 * character of context is worth (0.4 / 64 ≈ 0.006), so one differing character still decides;
 * equal quotes with equal context are told apart only by a clearly nearer position.
 */
export const AMBIGUITY_MARGIN = 0.005;

/** Weights of a candidate's score: quote, context, position (the position breaks ties). */
export const WEIGHT_QUOTE = 0.5;
export const WEIGHT_CONTEXT = 0.4;
export const WEIGHT_POSITION = 0.1;
/** Position agreement is 1/(1 + distance/this): 0.5 at 500 characters from the stored start. */
export const POSITION_HALF_DISTANCE = 500;

/**
 * How far from the stored position (characters) an EXACT occurrence counts as "at the old
 * place". Small edits shift a passage by a few characters; a notice that restates its problems
 * in its rectification part has near-identical copies of a passage 160–1000 characters away
 * (seed 002). Bigger moves are followed through the shift of neighbouring highlights
 * (match-many.ts).
 */
export const LOCAL_REACH = 128;

/**
 * How far from the stored position an APPROXIMATE match may start (plus the error budget). Much
 * less than LOCAL_REACH, because deleting a passage pulls the text after it closer: a
 * near-verbatim restatement 200 characters further on lands within LOCAL_REACH once 100
 * characters before it are gone, and it matches quote and context nearly as well as the
 * original did. An edited passage itself moves only by the edits before it.
 */
export const FUZZY_REACH = 32;
