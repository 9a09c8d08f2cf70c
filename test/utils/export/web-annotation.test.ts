import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import { toWebAnnotation } from '../../../utils/export/web-annotation';
import { NOTICE_URL, annotation } from './records';

describe('toWebAnnotation', () => {
  it('maps a highlight with a note to a W3C Web Annotation', () => {
    const a = annotation('0F8FAD5B-D9CB-469F-A165-70867728950E', '已整改完成17个', {
      category: 'problem',
      note: '17+5≠23？',
      createdAt: Date.UTC(2025, 5, 1),
      updatedAt: Date.UTC(2025, 5, 2),
    });
    expect(toWebAnnotation(a, { categories: DEFAULT_CATEGORIES })).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-06-01T00:00:00.000Z',
      modified: '2025-06-02T00:00:00.000Z',
      body: [
        { type: 'TextualBody', value: '17+5≠23？', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: '问题', format: 'text/plain', purpose: 'tagging' },
      ],
      target: {
        source: NOTICE_URL,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: '已整改完成17个',
            prefix: a.target.quote.prefix,
            suffix: a.target.quote.suffix,
          },
          { type: 'TextPositionSelector', start: a.target.position.start, end: a.target.position.end },
        ],
      },
    });
  });

  it('is a highlighting without a note, tagged in the chosen language, and leaves absent context out', () => {
    const a = annotation('local-1', '中共某某局党组', { category: 'follow-up' });
    delete a.target.quote.prefix;
    const w = toWebAnnotation(a, { categories: DEFAULT_CATEGORIES, lang: 'en' });
    expect(w.id).toBe('urn:x-duban:annotation:local-1');
    expect(w.motivation).toBe('highlighting');
    expect(w.body).toEqual([{ type: 'TextualBody', value: 'Follow-up', format: 'text/plain', purpose: 'tagging' }]);
    expect(w.target.selector[0]).not.toHaveProperty('prefix');
    // Survives JSON as it is: JSON-LD consumers read the serialised form.
    expect(JSON.parse(JSON.stringify(w))).toEqual(w);
  });
});
