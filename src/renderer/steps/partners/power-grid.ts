// Where stakeholders land on the power/interest grid: their quadrant (scores 4
// and 5 count as high, matching the middle lines of the grid) and a place for
// each point, spreading points with the same scores around their cell centre
// so none hides another.

import type { Stakeholder } from '../../../shared/model/partners';

export type Quadrant = 'manage' | 'satisfy' | 'inform' | 'monitor';
export const quadrants: readonly Quadrant[] = ['manage', 'satisfy', 'inform', 'monitor'];

export function quadrantOf(s: Pick<Stakeholder, 'influence' | 'interest'>): Quadrant {
  const highInfluence = s.influence >= 4;
  const highInterest = s.interest >= 4;
  if (highInfluence) return highInterest ? 'manage' : 'satisfy';
  return highInterest ? 'inform' : 'monitor';
}

export interface GridPoint {
  id: string;
  /** 1-based number shown in the point and in the table next to the grid. */
  n: number;
  /** Cell centre plus spread, in score units: 0.5 … 5.5. */
  x: number;
  y: number;
}

const clamp = (score: number) => Math.max(1, Math.min(5, Math.round(score)));

export function gridPoints(stakeholders: readonly Pick<Stakeholder, 'id' | 'influence' | 'interest'>[]): GridPoint[] {
  const cells = new Map<string, number[]>();
  stakeholders.forEach((s, index) => {
    const key = `${clamp(s.interest)}:${clamp(s.influence)}`;
    cells.set(key, [...(cells.get(key) ?? []), index]);
  });
  const points: GridPoint[] = [];
  for (const [key, members] of cells) {
    const [x, y] = key.split(':').map(Number);
    members.forEach((index, k) => {
      const angle = (2 * Math.PI * k) / members.length;
      const r = members.length === 1 ? 0 : 0.28;
      points.push({ id: stakeholders[index].id, n: index + 1, x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) });
    });
  }
  return points.sort((a, b) => a.n - b.n);
}
