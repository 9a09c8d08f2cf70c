import { describe, expect, it } from 'vitest';
import { annotationGrams, bigramsOfFolded, foldForSearch } from '../../../utils/storage/grams';

describe('foldForSearch', () => {
  it.each([
    ['整改 落实\n到位', '整改落实到位'],
    ['Ask For The New Rules', 'askforthenewrules'],
    ['１７＋５≠２３？', '17+5≠23?'],
    ['ＡＢＣ整改', 'abc整改'],
    ['\u3000全角空格\u3000', '全角空格'],
  ])('%j → %j', (raw, folded) => {
    expect(foldForSearch(raw)).toBe(folded);
  });
});

describe('bigramsOfFolded', () => {
  it('lists each distinct bigram once, in first-occurrence order', () => {
    expect(bigramsOfFolded('整改整改落实')).toEqual(['整改', '改整', '改落', '落实']);
  });

  it('has none for zero or one character', () => {
    expect(bigramsOfFolded('')).toEqual([]);
    expect(bigramsOfFolded('改')).toEqual([]);
  });

  it('counts a character outside the BMP as one', () => {
    expect(bigramsOfFolded('𠀀𠀁整')).toEqual(['𠀀𠀁', '𠀁整']);
  });
});

describe('annotationGrams', () => {
  it('indexes quote and note separately: no bigram straddles them', () => {
    expect(annotationGrams('整改', '落实')).toEqual(['整改', '落实']);
  });

  it('folds before splitting', () => {
    expect(annotationGrams('Ａ B', '')).toEqual(['ab']);
  });
});
