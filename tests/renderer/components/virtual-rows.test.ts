import { describe, expect, it } from 'vitest';
import { keptIndexes, revealAlign, revealRow, withKeptRows } from '../../../src/renderer/components/virtual-rows';

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

describe('the row a search jump scrolls to', () => {
  it('is the row itself when the jump is to a row of the list, even with a parent named', () => {
    expect(revealRow(indexOf, 'item-141', null)).toEqual({ index: 140, itself: true });
    expect(revealRow(indexOf, 'item-141', 'item-3')).toEqual({ index: 140, itself: true });
  });

  it('is the enclosing row, not for itself, when the jump is to a part inside it (a quote in its interview)', () => {
    expect(revealRow(indexOf, 'quote-7', 'item-141')).toEqual({ index: 140, itself: false });
  });

  it('is none when neither the item nor its parent is in the list', () => {
    expect(revealRow(indexOf, 'quote-7', null)).toBeNull();
    expect(revealRow(indexOf, 'quote-7', 'gone')).toBeNull();
    expect(revealRow(indexOf, null, null)).toBeNull();
  });
});

describe('how a revealed item is aligned in its pane', () => {
  it('centres an item that fits below the pane\'s top margin', () => {
    expect(revealAlign(48, 800, 20)).toBe('center');
    expect(revealAlign(780, 800, 20)).toBe('center');
  });

  it('aligns the start of an item taller than the pane (an open interview of 2–4 screens) to the top', () => {
    expect(revealAlign(781, 800, 20)).toBe('start');
    expect(revealAlign(2400, 800, 20)).toBe('start');
    expect(revealAlign(801, 800, 0)).toBe('start');
  });
});
