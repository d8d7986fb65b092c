// Bundles the Node-side entry points that run without Electron:
//   src/main/cli-launcher.ts       → dist/cli.cjs        (npm run cli -- …)
//   src/main/cli.ts                → dist/cli-main.cjs   (run by dist/cli.cjs with V8's code cache)
//   src/main/web-host/cli-entry.ts → dist/web-host.mjs   (npm run dev:web, E2E)
// The CLI is CommonJS in one file, because only a classic script can be given
// V8's code cache on Node 20 (src/main/cli/compile-cache.ts); dynamic imports
// in it still evaluate their modules on first use. The web host is an ES
// module with a chunk per dynamic import.
// Our own code is bundled so Node starts it without tsx. Most npm packages stay
// external (resolved from node_modules at run time); the pure-JavaScript ones on
// the export path are bundled in as well, because loading them through Node's
// CommonJS/ESM bridge (hundreds of small files, a lexer pass over each) cost
// more than the exports themselves: pdf-lib and fontkit alone took ~0.5 s to import.
// `--quiet` prints nothing on success.

import { build } from 'esbuild';
import { realpathSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { asciiSource } from './ascii-source.mjs';

const quiet = process.argv.includes('--quiet');
const started = performance.now();

/** These bundles run in plain Node: an Electron import would crash at run time, so fail the build. */
const noElectron = {
  name: 'no-electron',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^electron(\/.*)?$/ }, (args) => ({
      errors: [{ text: `${args.importer} imports "${args.path}"; Node bundles must not depend on Electron` }],
    }));
  },
};

/**
 * The hyphen package's pattern files (plain data) are bundled: the typesetter
 * require()s one the first time its language is hyphenated
 * (src/main/export/pdf/layout/hyphen-patterns.ts), which esbuild turns into a
 * lazily evaluated module in both formats; an external require() would fail in
 * the ES module build, which has no `require`. Each file becomes the same data
 * as JSON text: JSON.parse reads it two to three times faster than V8 evaluates
 * the package's object literal.
 */
export const hyphenPatterns = {
  name: 'hyphen-patterns',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^hyphen\/patterns\/[a-z-]+\.js$/ }, (args) => ({ path: createRequire(import.meta.url).resolve(args.path) }));
    pluginBuild.onLoad({ filter: /[\\/]hyphen[\\/]patterns[\\/][a-z-]+\.js$/ }, (args) => {
      const data = createRequire(import.meta.url)(args.path);
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`, loader: 'js' };
    });
  },
};

/**
 * Packages bundled into the output. Each is plain JavaScript that reads no files
 * relative to its own folder; everything else (native or WebAssembly modules,
 * packages that load data files, Electron) stays external.
 */
const BUNDLED = new Set(['pdf-lib', '@pdf-lib/fontkit', '@pdf-lib/standard-fonts', '@pdf-lib/upng', 'pako', 'tslib', 'docx', 'fflate', 'zod', 'linebreak', 'unicode-trie', 'base64-js', 'tiny-inflate']);

const packageName = (specifier) => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

/** Marks every bare import external unless its package is in BUNDLED. */
const externalPackages = {
  name: 'external-packages',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || !BUNDLED.has(packageName(args.path))) return { path: args.path, external: true };
      return undefined;
    });
  },
};

/**
 * citation-js is loaded on first use in the Node bundles (see
 * src/main/citations/csl-plugin.node.ts); the shared module imports it statically.
 */
const lateCitationJs = {
  name: 'late-citation-js',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/csl-plugin$/ }, (args) => {
      if (!args.importer.includes(`${path.sep}src${path.sep}shared${path.sep}citations${path.sep}`)) return undefined;
      return { path: path.resolve('src/main/citations/csl-plugin.node.ts') };
    });
  },
};

/**
 * fontkit does work at import that a report export mostly never needs: it decodes the
 * Brotli dictionary (only WOFF2 fonts use it; the report reads TTF), inflates the data of
 * its Arabic, Indic and Universal shapers (the report shapes Latin; DejaVu Sans sets Arabic
 * letters isolated, without a shaper) and its Unicode property trie (only shaping in
 * fontkit reads it; most report text is shaped from the shaping tables). Together that was
 * ~0.2 s of every PDF export. These edits make each of those happen on first use instead,
 * with the same code and data, so every font still works. Each edit must match exactly once, or the build fails (a new
 * fontkit needs the edits checked again).
 */
const FONTKIT_LAZY = [
  // Brotli: the dictionary is decoded before the first WOFF2 decompression.
  ['dictionary.init(BrotliDecompressBuffer);\nvar decode = {', 'var decode = {'],
  [
    'var decompress = decode.BrotliDecompressBuffer;',
    'var decompress = function (buffer, outputSize) {\n  if (!dictionary.dictionary) dictionary.init(BrotliDecompressBuffer);\n  return BrotliDecompressBuffer(buffer, outputSize);\n};',
  ],
  // Unicode properties (general category, script …): the trie is inflated at the first lookup.
  [
    'var trieData = pako.inflate(base64Arraybuffer_2(base64DeflatedTrie));\nvar trie = new unicodeTrie(trieData);',
    'var trie = lazyTrie$drijfveer(function () { return pako.inflate(base64Arraybuffer_2(base64DeflatedTrie)); });',
  ],
  // Arabic shaper: its trie is inflated at the first lookup.
  [
    'var trieData$1 = pako.inflate(base64Arraybuffer_2(base64DeflatedTrie$1));\nvar trie$1 = new unicodeTrie(trieData$1);',
    'var trie$1 = lazyTrie$drijfveer(function () { return pako.inflate(base64Arraybuffer_2(base64DeflatedTrie$1)); });',
  ],
  // Indic shaper: trie, decompositions and state machine on first use.
  [
    'var indicMachine = JSON.parse(String.fromCharCode.apply(String, pako.inflate(base64Arraybuffer_2(base64DeflatedIndicMachine))));\nvar useData = JSON.parse(String.fromCharCode.apply(String, pako.inflate(base64Arraybuffer_2(base64DeflatedUseData))));\nvar trieData$2 = pako.inflate(base64Arraybuffer_2(base64DeflatedTrie$2));\nvar decompositions = useData.decompositions;\nvar trie$2 = new unicodeTrie(trieData$2);\nvar stateMachine = new dfa(indicMachine);',
    'var decompositions = null;\nvar stateMachine = null;\nfunction loadIndic$drijfveer() {\n  if (stateMachine) return;\n  decompositions = JSON.parse(String.fromCharCode.apply(String, pako.inflate(base64Arraybuffer_2(base64DeflatedUseData)))).decompositions;\n  stateMachine = new dfa(JSON.parse(String.fromCharCode.apply(String, pako.inflate(base64Arraybuffer_2(base64DeflatedIndicMachine)))));\n}\nvar trie$2 = lazyTrie$drijfveer(function () { return pako.inflate(base64Arraybuffer_2(base64DeflatedTrie$2)); });',
  ],
  ['INDIC_DECOMPOSITIONS[codepoint] || decompositions[codepoint]', 'INDIC_DECOMPOSITIONS[codepoint] || (loadIndic$drijfveer(), decompositions)[codepoint]'],
  ['stateMachine.match(glyphs.map(indicCategory))', '(loadIndic$drijfveer(), stateMachine).match(glyphs.map(indicCategory))'],
  // Universal shaper: the same.
  [
    'var useData$1 = JSON.parse(String.fromCharCode.apply(String, pako.inflate(base64Arraybuffer_2(base64DeflatedUseData))));\nvar trieData$3 = pako.inflate(base64Arraybuffer_2(base64DeflatedTrie$3));\nvar categories = useData$1.categories,\n    decompositions$1 = useData$1.decompositions;\nvar trie$3 = new unicodeTrie(trieData$3);\nvar stateMachine$1 = new dfa(useData$1);',
    'var categories = null,\n    decompositions$1 = null,\n    stateMachine$1 = null;\nfunction loadUse$drijfveer() {\n  if (stateMachine$1) return;\n  var useData$1 = JSON.parse(String.fromCharCode.apply(String, pako.inflate(base64Arraybuffer_2(base64DeflatedUseData))));\n  categories = useData$1.categories;\n  decompositions$1 = useData$1.decompositions;\n  stateMachine$1 = new dfa(useData$1);\n}\nvar trie$3 = lazyTrie$drijfveer(function () { return pako.inflate(base64Arraybuffer_2(base64DeflatedTrie$3)); });',
  ],
  ['if (decompositions$1[codepoint]) {', 'if ((loadUse$drijfveer(), decompositions$1)[codepoint]) {'],
  ['stateMachine$1.match(glyphs.map(useCategory))', '(loadUse$drijfveer(), stateMachine$1).match(glyphs.map(useCategory))'],
  // TrueType subsetting copies each glyph's bytes as they are; it decoded every glyph's outline
  // only to learn whether it is compound. The header's contour count says so: the outline is
  // decoded for compound glyphs (their components are renumbered) and variable fonts, as before.
  [
    '    var glyph = this.font.getGlyph(gid);\n\n    var glyf = glyph._decode();',
    '    var glyph = this.font.getGlyph(gid);\n\n    var glyf = glyph.constructor === TTFGlyph && !this.font._variationProcessor ? glyfHeader$drijfveer(this.font, gid, glyph) : glyph._decode();',
  ],
];

/**
 * Appended to fontkit: a trie built from its data at the first lookup; and what the subsetter
 * needs of a TrueType glyph (null for an empty glyph, as TTFGlyph._decode() returns).
 */
const LAZY_TRIE = `
function lazyTrie$drijfveer(load) {
  var trie = null;
  return { get: function (codePoint) { return (trie || (trie = new unicodeTrie(load()))).get(codePoint); } };
}
function glyfHeader$drijfveer(font, gid, glyph) {
  var offsets = font.loca.offsets;
  if (offsets[gid] === offsets[gid + 1]) return null;
  var stream = font._getTableStream('glyf');
  stream.pos += offsets[gid];
  var numberOfContours = stream.readInt16BE();
  return numberOfContours < 0 ? glyph._decode() : { numberOfContours: numberOfContours };
}
`;

export const fontkitLazyData = {
  name: 'fontkit-lazy-data',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/ }, async (args) => {
      const edited = applyEdits(await readFile(args.path, 'utf8'), FONTKIT_LAZY, args.path, 'fontkit-lazy-data');
      return edited.errors ? edited : { contents: edited.contents + LAZY_TRIE, loader: 'js' };
    });
  },
};

/**
 * pdf-lib's standard fonts package inflates the encodings of the 14 standard PDF fonts
 * (WinAnsi, Symbol, ZapfDingbats) when it is imported: about 14 ms of every PDF export, which
 * never sets text in a standard font (the report embeds its own). This edit makes each
 * encoding appear, from the same data, the first time it is read; pdf-lib compares them by
 * identity, so each is made once. The edit must match exactly once, or the build fails.
 */
const STANDARD_ENCODINGS_LAZY = [
  [
    'var decompressedEncodings = decompressJson(AllEncodingsCompressed);\nvar allUnicodeMappings = JSON.parse(decompressedEncodings);',
    'var allUnicodeMappings$drijfveer = null;\nfunction allUnicodeMappings() {\n  return allUnicodeMappings$drijfveer || (allUnicodeMappings$drijfveer = JSON.parse(decompressJson(AllEncodingsCompressed)));\n}',
  ],
  [
    "export var Encodings = {\n    Symbol: new Encoding('Symbol', allUnicodeMappings.symbol),\n    ZapfDingbats: new Encoding('ZapfDingbats', allUnicodeMappings.zapfdingbats),\n    WinAnsi: new Encoding('WinAnsi', allUnicodeMappings.win1252),\n};",
    "export var Encodings = {};\n[['Symbol', 'symbol'], ['ZapfDingbats', 'zapfdingbats'], ['WinAnsi', 'win1252']].forEach(function (pair) {\n    var made = null;\n    Object.defineProperty(Encodings, pair[0], { enumerable: true, get: function () { return made || (made = new Encoding(pair[0], allUnicodeMappings()[pair[1]])); } });\n});",
  ],
];

/** Applies exact-once text edits to a package file, or reports which did not match. */
function applyEdits(source, edits, file, plugin) {
  let out = source;
  for (const [from, to] of edits) {
    const count = out.split(from).length - 1;
    if (count !== 1) return { errors: [{ text: `${plugin}: expected one "${from.split('\n')[0]}" in ${file}, found ${count}` }] };
    out = out.replace(from, () => to);
  }
  return { contents: out };
}

export const standardEncodingsLazy = {
  name: 'standard-encodings-lazy',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]@pdf-lib[\\/]standard-fonts[\\/]es[\\/]Encoding\.js$/ }, async (args) => {
      const edited = applyEdits(await readFile(args.path, 'utf8'), STANDARD_ENCODINGS_LAZY, args.path, 'standard-encodings-lazy');
      return edited.errors ? edited : { contents: edited.contents, loader: 'js' };
    });
  },
};

// Imported (by the tests of the fontkit edits) rather than run: build nothing.
const isMain = process.argv[1] !== undefined && realpathSync(path.resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));

// Chunk names carry content hashes: clear the old ones so stale chunks never pile up.
if (isMain) {
  await rm('dist/chunks', { recursive: true, force: true });
  // Caches of an older bundle would never be read again.
  await rm('dist/.compile-cache', { recursive: true, force: true });
}

/** What both bundle formats share. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Prefer packages' ES module builds when bundling (smaller, no CommonJS wrappers).
  mainFields: ['module', 'main'],
  sourcemap: true,
  logLevel: quiet ? 'error' : 'info',
  plugins: [noElectron, hyphenPatterns, lateCitationJs, externalPackages, fontkitLazyData, standardEncodingsLazy],
};

if (isMain) await build({
  ...common,
  entryPoints: { cli: 'src/main/cli-launcher.ts', 'cli-main': 'src/main/cli.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // import.meta.url is what ES modules use to find files next to the code; a CommonJS file has __filename.
  define: { 'import.meta.url': '__drijfveerModuleUrl' },
  banner: { js: 'var __drijfveerModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// The CLI launcher reads its bundle as Latin-1 when it is ASCII (scripts/ascii-source.mjs).
if (isMain) {
  const bundle = await readFile('dist/cli-main.cjs', 'utf8');
  const ascii = asciiSource(bundle);
  if (ascii.code !== bundle) await writeFile('dist/cli-main.cjs', ascii.code);
  if (ascii.remaining > 0 && !quiet) console.log(`build-node: dist/cli-main.cjs keeps ${ascii.remaining} non-ASCII characters and is read as UTF-8`);
}

if (isMain) await build({
  ...common,
  entryPoints: {
    'web-host': 'src/main/web-host/cli-entry.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  // Chunks for dynamic imports, so a command loads only what it uses (e.g. no PDF typesetter for a DOCX export).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

if (isMain && !quiet) console.log(`build-node: dist/cli.cjs, dist/cli-main.cjs, dist/web-host.mjs in ${Math.round(performance.now() - started)} ms`);
