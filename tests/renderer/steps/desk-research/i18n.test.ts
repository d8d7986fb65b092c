// The texts of step 4 exist in Dutch and English alike, and every literal key
// the components use resolves — including plural forms and `app:` keys.

import { describe, expect, it } from 'vitest';
import { bundle, has, leafKeys } from '../../i18n-tree';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const root = process.cwd();
const dir = join(root, 'src', 'renderer', 'steps', 'desk-research');

describe('translations of step 4', () => {
  it('Dutch and English have the same keys', async () => {
    const nl = leafKeys(await bundle('nl', 'step-desk-research')).sort();
    expect(leafKeys(await bundle('en', 'step-desk-research')).sort()).toEqual(nl);
    expect(nl.length).toBeGreaterThan(50);
  });

  it('every literal and per-type key used by the editor exists in both languages', async () => {
    const used = new Set<string>();
    for (const name of (await readdir(dir)).filter((n) => /\.tsx?$/.test(n))) {
      const text = await readFile(join(dir, name), 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.:-]+)'/g)) used.add(match[1]);
      for (const match of text.matchAll(/return '(source\.[a-zA-Z.]+)'/g)) used.add(match[1]);
    }
    for (const kind of ['authors', 'editors']) for (const k of ['list', 'add', 'empty', 'itemName']) used.add(`people.${kind}.${k}`);
    for (const f of ['edition', 'volume', 'issue', 'pages', 'publisher', 'place', 'url', 'doi']) used.add(`source.${f}`);
    expect(used.size).toBeGreaterThan(40);
    for (const language of ['nl', 'en']) {
      const own = await bundle(language, 'step-desk-research');
      const app = await bundle(language, 'app');
      const missing = [...used].filter((key) => (key.startsWith('app:') ? !has(app, key.slice(4)) : !has(own, key)));
      expect(missing, language).toEqual([]);
    }
  });
});
