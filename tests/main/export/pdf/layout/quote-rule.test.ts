// A block quote carries an accent rule on its left that runs unbroken from
// the quote's first line down to its attribution.

import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../../src/shared/report/doc';
import { doc, layoutFake, section } from './layout-helpers';

const quote = (id: string, text: string, attribution: string): Block => ({ type: 'quote', id, runs: [{ text }], attribution });

describe('block quote rule', () => {
  it('has no gap between the quote and its attribution', () => {
    const report = doc([section('Inzichten', [quote('q1', 'Ik was zo trots, dat doet hij thuis nooit. '.repeat(4), 'Ouder, R02')])]);
    const [page] = layoutFake(report).pages;
    const rules = page.items
      .filter((item): item is Extract<typeof item, { kind: 'line' }> => item.kind === 'line' && item.x1 === item.x2)
      .map((line) => [Math.min(line.y1, line.y2), Math.max(line.y1, line.y2)] as const)
      .sort((a, b) => a[0] - b[0]);
    expect(rules.length).toBeGreaterThan(2);
    for (let i = 1; i < rules.length; i += 1) expect(rules[i][0]).toBeLessThanOrEqual(rules[i - 1][1] + 0.01);
  });
});
