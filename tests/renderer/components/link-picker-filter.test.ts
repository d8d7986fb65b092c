import { describe, expect, it } from 'vitest';
import { filterOptions, indexOptions, searchText } from '../../../src/renderer/components/link-picker-filter';

const options = indexOptions([
  { id: 'a', label: 'Ouders in de buurtkerk', hint: 'R03' },
  { id: 'b', label: 'Consultatiebureau', hint: 'Coöperatie' },
  { id: 'c', label: 'Kerk en moskee', hint: 'R07' },
]);

describe('LinkPicker filtering', () => {
  it('matches every word in any order, case- and accent-insensitively', () => {
    expect(filterOptions(options, 'KERK buurt', new Set()).shown.map((o) => o.id)).toEqual(['a']);
    expect(filterOptions(options, 'cooperatie', new Set()).shown.map((o) => o.id)).toEqual(['b']);
    expect(searchText('Coöperatie')).toBe('cooperatie');
  });

  it('searches the hint as well as the label', () => {
    expect(filterOptions(options, 'r07', new Set()).shown.map((o) => o.id)).toEqual(['c']);
  });

  it('leaves out options already chosen', () => {
    expect(filterOptions(options, 'kerk', new Set(['a'])).shown.map((o) => o.id)).toEqual(['c']);
  });

  it('an empty query lists all unchosen options', () => {
    expect(filterOptions(options, '  ', new Set(['b'])).shown.map((o) => o.id)).toEqual(['a', 'c']);
  });

  it('renders at most the limit but counts every match among 1,000 options', () => {
    const many = indexOptions(Array.from({ length: 1000 }, (_, i) => ({ id: `q${i}`, label: `Citaat ${i}` })));
    const started = performance.now();
    const result = filterOptions(many, 'citaat 1', new Set(['q1']), 50);
    const elapsed = performance.now() - started;
    // Both words must occur: every label contains "citaat", so the numbers holding a 1 match.
    const expected = Array.from({ length: 1000 }, (_, i) => i).filter((i) => i !== 1 && `citaat ${i}`.includes('1'));
    expect(result.total).toBe(expected.length);
    expect(result.shown).toHaveLength(50);
    expect(result.shown[0].id).toBe(`q${expected[0]}`);
    expect(elapsed).toBeLessThan(50);
  });
});
