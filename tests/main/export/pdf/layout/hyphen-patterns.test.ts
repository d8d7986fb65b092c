// Loading the hyphenation patterns: one language's file on first use only, and
// the Node bundle's form of the pattern files (JSON text, in a module that is
// evaluated when first required, also in the ES module build) holds the same
// data as the package's files.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PatternData } from '../../../../../src/main/export/pdf/layout/liang';

const repoRoot = resolve(__dirname, '..', '..', '..', '..', '..');
const require = createRequire(import.meta.url);
const files = { nl: require.resolve('hyphen/patterns/nl.js'), en: require.resolve('hyphen/patterns/en-gb.js') };
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('hyphenation patterns', () => {
  it('are loaded per language, on first use', async () => {
    delete require.cache[files.nl];
    delete require.cache[files.en];
    vi.resetModules();
    const { hyphenationPoints } = await import('../../../../../src/main/export/pdf/layout/hyphenate');
    expect(require.cache[files.nl]).toBeUndefined();
    // Too short to need the patterns.
    expect(hyphenationPoints('kind', 'nl')).toEqual([]);
    expect(require.cache[files.nl]).toBeUndefined();
    expect(hyphenationPoints('organisatie', 'nl').length).toBeGreaterThan(0);
    expect(require.cache[files.nl]?.loaded).toBe(true);
    expect(require.cache[files.en]).toBeUndefined();
    expect(hyphenationPoints('organisation', 'en').length).toBeGreaterThan(0);
    expect(require.cache[files.en]?.loaded).toBe(true);
  });

  it('are the same data in the Node bundle, evaluated on first use, also in an ES module', async () => {
    const script = pathToFileURL(join(repoRoot, 'scripts', 'build-node.mjs')).href;
    const { hyphenPatterns } = (await import(script)) as { hyphenPatterns: Plugin };
    const result = await build({
      entryPoints: [join(repoRoot, 'src', 'main', 'export', 'pdf', 'layout', 'hyphen-patterns.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [hyphenPatterns],
    });
    const source = result.outputFiles[0].text;
    expect(source.match(/JSON\.parse\(/g)).toHaveLength(2);
    expect(source).not.toMatch(/hyphenationPatternsNl|from "hyphen/);
    const dir = await mkdtemp(join(tmpdir(), 'drijfveer-hyphen-'));
    dirs.push(dir);
    const file = join(dir, 'hyphen-patterns.mjs');
    await writeFile(file, source);
    const counted = { parsed: 0 };
    const parse = JSON.parse;
    const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
      counted.parsed += 1;
      return parse(text, reviver);
    });
    try {
      const bundled = (await import(pathToFileURL(file).href)) as { hyphenPatterns: (language: 'nl' | 'en') => PatternData };
      expect(counted.parsed).toBe(0);
      const nl = bundled.hyphenPatterns('nl');
      expect(counted.parsed).toBe(1);
      expect(bundled.hyphenPatterns('nl')).toBe(nl);
      const en = bundled.hyphenPatterns('en');
      expect(counted.parsed).toBe(2);
      // The package's own files, evaluated afresh.
      for (const [language, data] of [['nl', nl], ['en', en]] as const) {
        delete require.cache[files[language]];
        expect(data).toStrictEqual(require(files[language]));
      }
    } finally {
      spy.mockRestore();
    }
  });
});
