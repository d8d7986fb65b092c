// Bundles the Node-side entry points that run without Electron:
//   src/main/cli.ts                → dist/cli.mjs        (npm run cli -- …)
//   src/main/web-host/cli-entry.ts → dist/web-host.mjs   (npm run dev:web, E2E)
// npm packages stay external (resolved from node_modules at run time); our own
// code is bundled so Node starts it in ~0.3 s instead of going through tsx.
// `--quiet` prints nothing on success.

import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
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
  packages: 'external',
  // Chunks for dynamic imports, so a command loads only what it uses (e.g. no PDF typesetter for a DOCX export).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  logLevel: quiet ? 'error' : 'info',
  plugins: [noElectron, hyphenPatterns],
});

if (!quiet) console.log(`build-node: dist/cli.mjs, dist/web-host.mjs in ${Math.round(performance.now() - started)} ms`);
