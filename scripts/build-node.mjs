// Bundles the Node-side entry points that run without Electron:
//   src/main/cli.ts                → dist/cli.mjs        (npm run cli -- …)
//   src/main/web-host/cli-entry.ts → dist/web-host.mjs   (npm run dev:web, E2E)
// Our own code is bundled so Node starts it without tsx. Most npm packages stay
// external (resolved from node_modules at run time); the pure-JavaScript ones on
// the export path are bundled in as well, because loading them through Node's
// CommonJS/ESM bridge (hundreds of small files, a lexer pass over each) cost
// more than the exports themselves: pdf-lib and fontkit alone took ~0.5 s to import.
// `--quiet` prints nothing on success.

import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

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
 * `hyphen/nl` is a folder without an exports map: bundlers find its index.js,
 * plain Node ESM refuses a folder import. Point the external import at the file.
 */
const hyphenPatterns = {
  name: 'hyphen-patterns',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^hyphen\/[a-z-]+$/ }, (args) => ({ path: `${args.path}/index.js`, external: true }));
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

// Chunk names carry content hashes: clear the old ones so stale chunks never pile up.
await rm('dist/chunks', { recursive: true, force: true });

await build({
  entryPoints: {
    cli: 'src/main/cli.ts',
    'web-host': 'src/main/web-host/cli-entry.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Prefer packages' ES module builds when bundling (smaller, no CommonJS wrappers).
  mainFields: ['module', 'main'],
  // Chunks for dynamic imports, so a command loads only what it uses (e.g. no PDF typesetter for a DOCX export).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  logLevel: quiet ? 'error' : 'info',
  plugins: [noElectron, hyphenPatterns, lateCitationJs, externalPackages],
});

if (!quiet) console.log(`build-node: dist/cli.mjs, dist/web-host.mjs in ${Math.round(performance.now() - started)} ms`);
