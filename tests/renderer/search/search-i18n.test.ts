// The search and checks namespaces exist in Dutch and English with the same
// keys, and every label the model can produce resolves in both: each kind and
// field of the search index, each NSMC criterion and fact, each warning kind.

import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundle, has, leafKeys } from '../i18n-tree';
import { namespaces } from '../../../src/renderer/i18n';
import { buildSearchIndex } from '../../../src/shared/search/search-index';
import { nsmcAssessment, nsmcCriteria } from '../../../src/shared/model/nsmc';
import { consistencyKeys } from '../../../src/shared/model/consistency';
import { filledProject } from '../../shared/filled-project';

const languages = ['nl', 'en'] as const;

describe('search and checks translations', () => {
  it('are registered namespaces with the same keys in nl and en', async () => {
    for (const ns of ['search', 'checks']) {
      expect(namespaces).toContain(ns);
      const [nl, en] = await Promise.all([bundle('nl', ns), bundle('en', ns)]);
      expect(leafKeys(en).sort(), ns).toEqual(leafKeys(nl).sort());
    }
  });

  it('name every kind and field the search index produces', async () => {
    const entries = buildSearchIndex(filledProject()).entries;
    // Every field key written in the index source, also those the filled project leaves empty.
    const source = await readFile(join(process.cwd(), 'src', 'shared', 'search', 'search-index.ts'), 'utf8');
    const literal = [...source.matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'/g)].map((m) => m[1]);
    const fields = new Set([...entries.map((e) => e.field), ...literal]);
    const kinds = new Set([...source.matchAll(/^\s+\| '([a-zA-Z]+)'/gm)].map((m) => m[1]));
    expect(kinds.size).toBe(25);
    expect(fields.size).toBeGreaterThan(60);
    for (const language of languages) {
      const tree = await bundle(language, 'search');
      expect([...kinds].filter((k) => !has(tree, `kinds.${k}`)), language).toEqual([]);
      expect([...fields].filter((f) => !has(tree, `fields.${f}`)), language).toEqual([]);
      for (const key of ['title', 'placeholder', 'help', 'results', 'found', 'none', 'more']) expect(has(tree, key), key).toBe(true);
    }
  });

  it('name every NSMC criterion, fact and warning', async () => {
    const facts = nsmcAssessment(filledProject()).flatMap((a) => a.facts);
    for (const language of languages) {
      const tree = await bundle(language, 'checks');
      const missing = [
        ...nsmcCriteria.flatMap((c) => [`nsmc.criteria.${c}.name`, `nsmc.criteria.${c}.description`, ]),
        ...facts.flatMap((f) => (f.kind === 'field' ? [`nsmc.fields.${f.key}.filled`, `nsmc.fields.${f.key}.empty`] : [`nsmc.facts.${f.key}`])),
        ...consistencyKeys.flatMap((k) => [`consistency.warnings.${k}`, `consistency.unnamed.${k}`]),
        ...['covered', 'partly', 'missing'].map((s) => `nsmc.status.${s}`),
        'title', 'nsmc.title', 'nsmc.help', 'nsmc.met', 'nsmc.notMet', 'nsmc.goToStep', 'consistency.title', 'consistency.none',
      ].filter((key) => !has(tree, key));
      expect(missing, language).toEqual([]);
    }
  });
});
