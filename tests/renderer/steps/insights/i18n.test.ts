// The texts of steps 6–8 (and of LinkPicker, which keeps its texts in the
// step-insights namespace) exist in Dutch and English alike, and every literal
// key the components use resolves — including plural forms and `app:` keys.

import { describe, expect, it } from 'vitest';
import { bundle, has, leafKeys } from '../../i18n-tree';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const root = process.cwd();

const owned: { namespace: string; paths: string[] }[] = [
  { namespace: 'step-insights', paths: ['src/renderer/steps/insights', 'src/renderer/components/LinkPicker.tsx'] },
  { namespace: 'step-marketing-mix', paths: ['src/renderer/steps/marketing-mix'] },
  { namespace: 'step-advice', paths: ['src/renderer/steps/advice'] },
];

async function files(path: string): Promise<string[]> {
  if (/\.tsx?$/.test(path)) return [join(root, path)];
  const entries = await readdir(join(root, path));
  return entries.filter((name) => /\.tsx?$/.test(name)).map((name) => join(root, path, name));
}

describe('translations of steps 6–8', () => {
  it.each(owned.map((o) => o.namespace))('%s has the same keys in Dutch and English', async (namespace) => {
    const nl = leafKeys(await bundle('nl', namespace)).sort();
    const en = leafKeys(await bundle('en', namespace)).sort();
    expect(en).toEqual(nl);
    expect(nl.length).toBeGreaterThan(10);
  });

  it.each(owned)('every literal key used for $namespace exists in both languages', async ({ namespace, paths }) => {
    const used = new Set<string>();
    for (const file of (await Promise.all(paths.map(files))).flat()) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.:-]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(3);
    for (const language of ['nl', 'en']) {
      const own = await bundle(language, namespace);
      const app = await bundle(language, 'app');
      const missing = [...used].filter((key) => (key.startsWith('app:') ? !has(app, key.slice(4)) : !has(own, key)));
      expect(missing, `${language}/${namespace}`).toEqual([]);
    }
  });
});
