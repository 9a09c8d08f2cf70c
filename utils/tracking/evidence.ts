/**
 * Evidence links of a tracked commitment: absolute http(s) URLs only, so a stored link can never
 * be a `javascript:` or `data:` URL opened from the panel.
 */
export function isEvidenceUrl(s: unknown): s is string {
  if (typeof s !== 'string' || s.trim() !== s || s === '') return false;
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
