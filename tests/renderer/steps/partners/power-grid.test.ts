import { describe, expect, it } from 'vitest';
import { gridPoints, quadrantOf } from '../../../../src/renderer/steps/partners/power-grid';

describe('power/interest grid', () => {
  it('puts scores of 4 and 5 in the high half', () => {
    expect(quadrantOf({ influence: 4, interest: 5 })).toBe('manage');
    expect(quadrantOf({ influence: 5, interest: 3 })).toBe('satisfy');
    expect(quadrantOf({ influence: 3, interest: 4 })).toBe('inform');
    expect(quadrantOf({ influence: 1, interest: 1 })).toBe('monitor');
  });

  it('numbers points in register order and spreads those sharing a cell', () => {
    const points = gridPoints([
      { id: 'a', influence: 5, interest: 2 },
      { id: 'b', influence: 3, interest: 3 },
      { id: 'c', influence: 3, interest: 3 },
    ]);
    expect(points.map((p) => [p.id, p.n])).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    expect(points[0]).toMatchObject({ x: 2, y: 5 });
    expect(Math.hypot(points[1].x - points[2].x, points[1].y - points[2].y)).toBeGreaterThan(0.4);
    expect(Math.abs((points[1].x + points[2].x) / 2 - 3)).toBeLessThan(0.01);
  });
});
