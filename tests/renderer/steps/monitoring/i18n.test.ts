// The step 3 and step 9 forms are complete in Dutch and English: same keys in
// both languages, every literal key used in the forms exists, and every model
// value they show through a label (COM-B, kinds) has one.

import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import tgNl from '../../../../src/shared/i18n/nl/step-target-group.json';
import tgEn from '../../../../src/shared/i18n/en/step-target-group.json';
import moNl from '../../../../src/shared/i18n/nl/step-monitoring.json';
import moEn from '../../../../src/shared/i18n/en/step-monitoring.json';
import { comBComponents } from '../../../../src/shared/model/target-group';
import { indicatorKinds } from '../../../../src/shared/model/monitoring';

type Tree = { [key: string]: string | Tree };
const leafKeys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`)));
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);

const namespaces = [
  { dir: 'target-group', nl: tgNl as Tree, en: tgEn as Tree, needed: [...comBComponents.flatMap((c) => [`comB.${c}`, `comBExplain.${c}`]), 'kind.driver', 'kind.barrier'] },
  { dir: 'monitoring', nl: moNl as Tree, en: moEn as Tree, needed: indicatorKinds.map((k) => `kind.${k}`) },
];

describe.each(namespaces)('translations of step $dir', ({ dir, nl, en, needed }) => {
  it('Dutch and English have the same keys and no empty text', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(nl).sort());
    for (const tree of [nl, en]) expect(leafKeys(tree).filter((k) => (lookup(tree, k) as string).trim() === '')).toEqual([]);
  });

  it('every literal key used in the form and every shown model value exists in both languages', async () => {
    const folder = join(process.cwd(), 'src', 'renderer', 'steps', dir);
    const files = (await readdir(folder)).filter((f) => f.endsWith('.tsx'));
    const used = new Set<string>(needed);
    for (const file of files) {
      const text = await readFile(join(folder, file), 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(15);
    // A key used with a count may exist only in its plural forms (key_one, key_other).
    const has = (tree: Tree, k: string) =>
      typeof lookup(tree, k) === 'string' || (typeof lookup(tree, `${k}_one`) === 'string' && typeof lookup(tree, `${k}_other`) === 'string');
    for (const tree of [nl, en]) expect([...used].filter((k) => !has(tree, k))).toEqual([]);
  });
});
