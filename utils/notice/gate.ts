/**
 * The always-injected gate: could this page be a rectification notice at all? Every rule of
 * the full detector (classify.ts) needs `整改` or `巡察/巡视` somewhere in the title or the text
 * (traditional `巡視` included), so a page with neither is settled here with one string search,
 * and the detector — ten times the code — is only loaded where the answer may be yes.
 * A false "maybe" costs one extra script on that page; a false "no" would lose a notice, so the
 * gate only ever errs towards maybe.
 */
const MAY_BE_NOTICE = /整改|巡[察视視]/;

export function mayBeNotice(doc: Document): boolean {
  try {
    if (MAY_BE_NOTICE.test(doc.title ?? '')) return true;
    return MAY_BE_NOTICE.test(doc.body?.textContent ?? '');
  } catch {
    // A pathological DOM: say maybe, and let the detector (which copes) decide.
    return true;
  }
}
