// axe-core in the real renderer: the serious and critical WCAG findings on the
// page as it is now, each as "<rule>: <selectors>" so a failing test names them.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(__filename);

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  const violations = await page.evaluate(async () => {
    type Axe = { run(context: unknown): Promise<{ violations: Violation[] }> };
    return (await (window as unknown as { axe: Axe }).axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
