import type { AnchorStatus } from '../../../utils/anchoring/types';
import type { Annotation } from '../../../utils/annotations/types';
import { DEFAULT_CATEGORIES } from '../../../utils/annotations/types';
import type { ItemActions } from '../../../components/panel/types';

let next = 0;

/** An annotation at `start` with a quote, in a category and section of the 000 sample notice. */
export function makeAnnotation(over: Partial<Omit<Annotation, 'target'>> & { exact?: string; start?: number; sectionId?: string | null; sectionHeading?: string | null; status?: AnchorStatus | null } = {}): Annotation {
  const n = next++;
  const { exact = `整改措施第${n}条`, start = n * 100, sectionId = null, sectionHeading = null, status = 'anchored', ...rest } = over;
  return {
    id: `a${n}`,
    pageUrl: 'http://www.example.gov.cn/notices/000-cms/',
    category: 'commitment',
    note: '',
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '前文上下文', suffix: '后文上下文' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
      sectionId,
      sectionHeading,
    },
    createdAt: 1_700_000_000_000 + n,
    updatedAt: 1_700_000_000_000 + n,
    deletedAt: null,
    anchorStatus: status,
    ...rest,
  };
}

export function makeActions(over: Partial<ItemActions> = {}): ItemActions {
  return {
    categories: DEFAULT_CATEGORIES,
    saveNote: async () => true,
    changeCategory: async () => true,
    remove: async () => true,
    jump: async () => true,
    ...over,
  };
}
