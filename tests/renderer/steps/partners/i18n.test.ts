// The texts of step 5 exist in Dutch and English alike, and every literal key
// the components use resolves (plural forms and `app:` keys included), as do
// the keys built from the tab and quadrant names.

import { describe, expect, it } from 'vitest';
import { bundle, has, leafKeys } from '../../i18n-tree';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { quadrants } from '../../../../src/renderer/steps/partners/power-grid';

const root = process.cwd();
const dir = join(root, 'src', 'renderer', 'steps', 'partners');

describe('translations of step 5', () => {
  it('has the same keys in Dutch and English', async () => {
    const nl = leafKeys(await bundle('nl', 'step-partners')).sort();
    const en = leafKeys(await bundle('en', 'step-partners')).sort();
    expect(en).toEqual(nl);
    expect(nl.length).toBeGreaterThan(50);
  });

  it('resolves every key the editor uses', async () => {
    const used = new Set<string>(['expand', 'collapse', ...quadrants.map((q) => `quadrant.${q}`)]);
    for (const tab of ['stakeholders', 'guide', 'interviews', 'codebook', 'overview']) used.add(`tabs.${tab}`);
    for (const name of (await readdir(dir)).filter((n) => /\.tsx?$/.test(n))) {
      const text = await readFile(join(dir, name), 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.:-]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    for (const language of ['nl', 'en']) {
      const own = await bundle(language, 'step-partners');
      const app = await bundle(language, 'app');
      const missing = [...used].filter((key) => (key.startsWith('app:') ? !has(app, key.slice(4)) : !has(own, key)));
      expect(missing, language).toEqual([]);
    }
  });
});
