import { describe, expect, it } from 'vitest';
import { luminance, parseRgb } from './page-theme';

describe('page colours', () => {
  it('reads the colours getComputedStyle returns', () => {
    expect(parseRgb('rgb(255, 255, 255)')).toEqual([255, 255, 255, 1]);
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('rgb(18 18 18 / 50%)')).toEqual([18, 18, 18, 0.5]);
    expect(parseRgb('transparent')).toBeNull();
  });
  it('tells a dark background from a light one', () => {
    expect(luminance([18, 18, 18, 1])).toBeLessThan(0.3);
    expect(luminance([250, 248, 240, 1])).toBeGreaterThan(0.3);
  });
});
