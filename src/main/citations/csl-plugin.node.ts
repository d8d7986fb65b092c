// Node stand-in for `src/shared/citations/csl-plugin.ts`, swapped in by
// scripts/build-node.mjs: citation-js (CommonJS) is required synchronously the
// first time citeproc is needed, instead of at start-up.

import { createRequire } from 'node:module';
import type { CslPluginConfig, plugins as Plugins } from '@citation-js/core';

let config: CslPluginConfig | null = null;

export function cslPlugin(): CslPluginConfig {
  if (config) return config;
  const require = createRequire(import.meta.url);
  const core = require('@citation-js/core') as { plugins: typeof Plugins };
  require('@citation-js/plugin-csl');
  config = core.plugins.config.get('@csl');
  return config;
}
