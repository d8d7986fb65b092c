// Reading translation bundles in tests: a bundle as a tree, its leaf keys, and
// whether a key the code uses resolves (directly or as an i18next plural pair).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Tree = { [key: string]: string | Tree };

export const bundle = async (language: string, namespace: string): Promise<Tree> =>
  JSON.parse(await readFile(join(process.cwd(), 'src', 'shared', 'i18n', language, `${namespace}.json`), 'utf8')) as Tree;

export function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

export function has(tree: Tree, key: string): boolean {
  const keys = new Set(leafKeys(tree));
  return keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));
}
