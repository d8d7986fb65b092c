import { describe, expect, it } from 'vitest';
import { keptIndexes, withKeptRows } from '../../../src/renderer/components/virtual-rows';

const keys = Array.from({ length: 500 }, (_, i) => `item-${i + 1}`);
const indexOf = new Map(keys.map((key, index) => [key, index]));

describe('kept rows of a virtualised list', () => {
  it('finds the kept keys that are in the list, once each, and ignores the rest', () => {
    expect(keptIndexes(indexOf, ['item-450', null, undefined, 'gone', 'item-3', 'item-450'])).toEqual([449, 2]);
    expect(keptIndexes(indexOf, [])).toEqual([]);
  });

  it('adds a far-away kept row (a jump to item 450) to the rows in view, in order', () => {
    const inView = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const rows = withKeptRows(inView, keptIndexes(indexOf, ['item-450']));
    expect(rows).toEqual([...inView, 449]);
    expect(rows.length).toBeLessThan(500 / 10);
  });

  it('does not duplicate a kept row that is already in view and keeps ascending order', () => {
    expect(withKeptRows([10, 11, 12], [11, 3])).toEqual([3, 10, 11, 12]);
    expect(withKeptRows([4, 5], [])).toEqual([4, 5]);
  });
});
