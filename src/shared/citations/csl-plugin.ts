// citation-js's CSL plugin configuration (citeproc, the bundled APA style and
// locales), reached through one function so a build may load it late. This
// version imports it statically, as the renderer's and Electron's bundlers
// need. The command-line bundle swaps in `src/main/citations/csl-plugin.node.ts`,
// which loads citation-js on first use: most exports never call citeproc,
// because the direct APA formatter handles their sources, and loading
// citation-js costs more than a whole small export.

import { type CslPluginConfig, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

export function cslPlugin(): CslPluginConfig {
  return plugins.config.get('@csl');
}
