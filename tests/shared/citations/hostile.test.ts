// Hostile and broken input never throws, never pollutes prototypes and never
// reaches the network: fetch and XMLHttpRequest are replaced by traps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCitationEngine, prepareCitations } from '../../../src/shared/citations/engine';
import { importReferences } from '../../../src/shared/citations/import';
import { allTypes, make } from '../../fixtures/citations/sample-sources';

const networkCalls: string[] = [];
const original = { fetch: globalThis.fetch, xhr: (globalThis as Record<string, unknown>).XMLHttpRequest };

beforeAll(() => {
  globalThis.fetch = ((input: unknown) => {
    networkCalls.push(String(input));
    throw new Error('network access attempted');
  }) as typeof fetch;
  (globalThis as Record<string, unknown>).XMLHttpRequest = class {
    open(_method: string, url: string) {
      networkCalls.push(url);
      throw new Error('network access attempted');
    }
  };
  prepareCitations('nl');
  prepareCitations('en');
}, 120_000);

afterAll(() => {
  globalThis.fetch = original.fetch;
  (globalThis as Record<string, unknown>).XMLHttpRequest = original.xhr;
});

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/citations', name), 'utf8');

describe('hostile input', () => {
  it('imports fixtures full of URLs and DOIs without any network access', () => {
    for (const name of ['zotero-export.bib', 'zotero-export.ris', 'zotero-export.json']) {
      expect(importReferences(fixture(name)).sources.length).toBeGreaterThan(2);
    }
    expect(importReferences('https://doi.org/10.1186/1748-5908-6-42').sources).toEqual([]);
    expect(importReferences('10.1186/1748-5908-6-42').sources).toEqual([]);
    expect(importReferences('Q42').sources).toEqual([]);
    expect(networkCalls).toEqual([]);
  });

  it('formats citations and references without network access', () => {
    const engine = createCitationEngine(allTypes, 'nl');
    expect(engine.bibliography()).toHaveLength(allTypes.length);
    expect(engine.cite([{ sourceId: allTypes[0].id }])).toMatch(/^\(.+\)$/);
    expect(networkCalls).toEqual([]);
  });

  it('refuses binary data and oversized text with one error', () => {
    const binary = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 37) % 256));
    const result = importReferences(binary, 'photo.bib');
    expect(result.sources).toEqual([]);
    expect(result.errors).toHaveLength(1);
    const huge = importReferences('@book{a, title={' + 'x'.repeat(10_000_001) + '}}');
    expect(huge.sources).toEqual([]);
    expect(huge.errors).toHaveLength(1);
  });

  it('survives non-string input and JSON that is not a list of references', () => {
    expect(importReferences(undefined as unknown as string).errors).toHaveLength(1);
    expect(importReferences('{"broken": ').errors).toHaveLength(1);
    expect(importReferences('{"title": {"nested": true}, "author": "not a list"}').sources).toEqual([]);
  });

  it('does not pollute prototypes through __proto__ keys', () => {
    const json = '[{"__proto__": {"polluted": "yes"}, "type": "book", "title": "Echt", "author": [{"__proto__": {"family": "Evil"}, "given": "A"}]}]';
    const fromJson = importReferences(json);
    const bib = importReferences('@book{__proto__, title = {Boek}, __proto__ = {polluted}, author = {Smit, Eva}, year = 2001}');
    const ris = importReferences('TY  - BOOK\nTI  - Boek\n__proto__  - x\nER  - \n');
    expect(fromJson.sources.map((s) => s.title)).toEqual(['Echt']);
    // The family name hidden under __proto__ is not an own field, so it is not read.
    expect(fromJson.sources[0].authors).toEqual([{ family: '', given: 'A' }]);
    expect(bib.sources.length + bib.errors.length).toBeGreaterThan(0);
    expect(ris.sources.length + ris.errors.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).family).toBeUndefined();
  });

  it('handles many entries, deeply broken ones and odd characters without throwing', () => {
    const many = Array.from({ length: 300 }, (_, i) => `@misc{k${i}, title = {Titel ${i}}, author = {Auteur, A${i}}, year = ${2000 + (i % 20)}}`).join('\n');
    expect(importReferences(many).sources).toHaveLength(300);
    const junk = '@article{' + '{'.repeat(5000) + '\n@book{ok, title = {Goed}, author = {Bos, K.}}';
    const result = importReferences(junk);
    expect(result.sources.map((s) => s.title)).toEqual(['Goed']);
    expect(result.errors).toHaveLength(1);
  });

  it('formats sources with empty or strange fields without throwing', () => {
    const odd = [
      make({ id: 'e1' }),
      make({ id: 'e2', type: 'webpage', accessed: 'gisteren', url: 'javascript:alert(1)' }),
      make({ id: 'e3', authors: [{ family: '', given: '' }], year: '20000', pages: '--', doi: ' ' }),
    ];
    const engine = createCitationEngine(odd, 'en');
    const entries = engine.bibliography();
    expect(entries.map((e) => e.sourceId).sort()).toEqual(['e1', 'e2', 'e3']);
    expect(entries.flatMap((e) => e.runs).filter((r) => r.href)).toEqual([]);
    expect(engine.cite([{ sourceId: 'e1' }, { sourceId: 'e3', locator: '<b>' }])).toMatch(/^\(.*\)$/);
  });
});
