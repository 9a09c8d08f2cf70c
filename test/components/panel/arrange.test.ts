import { describe, expect, it } from 'vitest';
import { arrange, groupByCategory, groupBySection, truncate } from '../../../components/panel/arrange';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import { makeAnnotation } from './fixtures';

const unknown = (id: string) => `?${id}`;

describe('arrange', () => {
  it('orders placed annotations as the annotator sees them, unplaced ones after in stored order', () => {
    const [a, b, c, d] = [makeAnnotation(), makeAnnotation(), makeAnnotation(), makeAnnotation()];
    const stored = [a, b, c, d].map((x) => x!);
    const r = arrange(stored, { order: [c!.id, a!.id], statuses: {} });
    expect(r.placed.map((x) => x.id)).toEqual([c!.id, a!.id, b!.id, d!.id]);
  });

  it('keeps stored order without an annotator and uses stored statuses', () => {
    const a = makeAnnotation({ status: 'orphaned' });
    const b = makeAnnotation();
    const c = makeAnnotation({ status: 'ambiguous' });
    const r = arrange([a, b, c], null);
    expect(r.placed.map((x) => x.id)).toEqual([b.id]);
    expect(r.orphaned.map((x) => x.id)).toEqual([a.id]);
    expect(r.ambiguous.map((x) => x.id)).toEqual([c.id]);
  });

  it("lets the annotator's status win over the stored one", () => {
    const a = makeAnnotation({ status: 'anchored' });
    const b = makeAnnotation({ status: 'orphaned' });
    const r = arrange([a, b], { order: [b.id], statuses: { [a.id]: 'orphaned', [b.id]: 'anchored-fuzzy' } });
    expect(r.placed.map((x) => x.id)).toEqual([b.id]);
    expect(r.orphaned.map((x) => x.id)).toEqual([a.id]);
  });
});

describe('groupByCategory', () => {
  it('follows the category list, skips empty ones and puts unknown categories last', () => {
    const items = [makeAnnotation({ category: 'doubt' }), makeAnnotation({ category: 'imported-x' }), makeAnnotation({ category: 'commitment' }), makeAnnotation({ category: 'doubt' })];
    const groups = groupByCategory(items, DEFAULT_CATEGORIES, unknown, 'zh');
    expect(groups.map((g) => [g.heading, g.items.length])).toEqual([
      ['承诺', 1],
      ['存疑', 2],
      ['?imported-x', 1],
    ]);
    expect(groups[0]?.color).toBe('#ffd54f');
  });
});

describe('groupBySection', () => {
  const sections = [
    { id: 's1', heading: '一、关于政治建设', level: 1 },
    { id: 's2', heading: '二、关于作风建设', level: 1 },
  ];

  it('orders groups by the page sections, whatever order the items come in', () => {
    const items = [makeAnnotation({ sectionId: 's2' }), makeAnnotation({ sectionId: 's1' }), makeAnnotation({ sectionId: 's2' })];
    const groups = groupBySection(items, sections, '无');
    expect(groups.map((g) => [g.heading, g.items.length])).toEqual([
      ['一、关于政治建设', 1],
      ['二、关于作风建设', 2],
    ]);
  });

  it('keeps a vanished section under its saved heading; groups the page lacks go where their first item is', () => {
    const items = [
      makeAnnotation({ sectionId: null }),
      makeAnnotation({ sectionId: 's1' }),
      makeAnnotation({ sectionId: 'gone', sectionHeading: '三、已删去的章节' }),
      makeAnnotation({ sectionId: 's2' }),
    ];
    const groups = groupBySection(items, sections, '未分节 No section');
    expect(groups.map((g) => g.heading)).toEqual(['未分节 No section', '一、关于政治建设', '三、已删去的章节', '二、关于作风建设']);
  });
});

describe('truncate', () => {
  it.each([
    ['短句', 5, '短句'],
    ['一二三四五六七八', 5, '一二三四…'],
    ['a\n\n  b', 10, 'a b'],
    ['𠀀𠀁𠀂𠀃', 3, '𠀀𠀁…'],
  ])('%s → %s', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });
});
