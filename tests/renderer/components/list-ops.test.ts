import { describe, expect, it } from 'vitest';
import { appendItem, moveItem, removeItem, updateItem } from '../../../src/renderer/components/list-ops';

const list = [{ id: 'a', v: 1 }, { id: 'b', v: 2 }, { id: 'c', v: 3 }];
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('list operations', () => {
  it('moves an item one place up or down without touching the input', () => {
    expect(ids(moveItem(list, 'b', 'up'))).toEqual(['b', 'a', 'c']);
    expect(ids(moveItem(list, 'b', 'down'))).toEqual(['a', 'c', 'b']);
    expect(ids(list)).toEqual(['a', 'b', 'c']);
  });

  it('returns the same array for moves past the ends and unknown ids', () => {
    expect(moveItem(list, 'a', 'up')).toBe(list);
    expect(moveItem(list, 'c', 'down')).toBe(list);
    expect(moveItem(list, 'x', 'up')).toBe(list);
  });

  it('removes by id, and returns the same array when the id is unknown', () => {
    expect(ids(removeItem(list, 'a'))).toEqual(['b', 'c']);
    expect(removeItem(list, 'x')).toBe(list);
  });

  it('updates one item and keeps the identity of the others', () => {
    const next = updateItem(list, 'c', (item) => ({ ...item, v: 30 }));
    expect(next.map((item) => item.v)).toEqual([1, 2, 30]);
    expect(next[0]).toBe(list[0]);
    expect(updateItem(list, 'x', (item) => ({ ...item, v: 0 }))).toBe(list);
  });

  it('appends at the end', () => {
    expect(ids(appendItem(list, { id: 'd', v: 4 }))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('updateItem without a change', () => {
  it('returns the same array when the update returns the item itself', () => {
    expect(updateItem(list, 'a', (item) => item)).toBe(list);
  });
});
