// The review namespace exists in Dutch and English with the same keys, every
// literal key the review UI uses resolves in both, and the menu item has a label.

import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bundle, has, leafKeys } from '../i18n-tree';
import { namespaces } from '../../../src/renderer/i18n';

describe('review translations', () => {
  it('is a registered namespace with the same keys in nl and en', async () => {
    expect(namespaces).toContain('review');
    const [nl, en] = await Promise.all([bundle('nl', 'review'), bundle('en', 'review')]);
    expect(leafKeys(en).sort()).toEqual(leafKeys(nl).sort());
  });

  it('every literal key in src/renderer/review resolves in both languages', async () => {
    const dir = join(process.cwd(), 'src', 'renderer', 'review');
    const used = new Set<string>();
    for (const name of (await readdir(dir)).filter((f) => /\.tsx?$/.test(f))) {
      const text = await readFile(join(dir, name), 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'(?!\s*,\s*\{\s*ns:)/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    for (const language of ['nl', 'en']) {
      const tree = await bundle(language, 'review');
      expect([...used].filter((key) => !has(tree, key)), `${language} is missing`).toEqual([]);
    }
  });

  it('the menu names the comments command in both languages', async () => {
    for (const language of ['nl', 'en']) {
      const menu = await bundle(language, 'menu');
      expect(has(menu, 'view.comments')).toBe(true);
    }
  });
});
