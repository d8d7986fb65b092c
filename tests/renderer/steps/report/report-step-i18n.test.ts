// The Report step's own texts exist in Dutch and English, and every literal
// key its components use resolves.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nl from '../../../../src/shared/i18n/nl/report-step.json';
import en from '../../../../src/shared/i18n/en/report-step.json';

type Tree = { [key: string]: string | Tree };
const leafKeys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`)));
/** i18next plural forms ("summary_one") are used as "summary". */
const usable = (keys: string[]) => new Set(keys.map((key) => key.replace(/_(one|other)$/, '')));

describe('report-step translations', () => {
  it('Dutch and English have the same keys', () => {
    expect(leafKeys(en as Tree).sort()).toEqual(leafKeys(nl as Tree).sort());
  });

  it('every literal key of the namespace used in the step exists', async () => {
    const dir = join(process.cwd(), 'src', 'renderer', 'steps', 'report');
    const files = (await readdir(dir)).filter((name) => name.endsWith('.tsx'));
    const known = usable(leafKeys(nl as Tree));
    const used = new Set<string>();
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      if (!text.includes("useTranslation('report-step')")) continue;
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(known.has(key), key).toBe(true);
  });
});
