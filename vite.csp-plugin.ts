import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/shared/csp';

// Writes the renderer's CSP into index.html: strict for builds, with the one
// inline-script allowance Vite's dev server needs when serving.
export function cspPlugin(): Plugin {
  let mode: 'production' | 'development' = 'production';
  return {
    name: 'drijfveer-csp',
    configResolved(config) {
      mode = config.command === 'serve' ? 'development' : 'production';
    },
    transformIndexHtml(html) {
      return html.replace('%CSP%', contentSecurityPolicy(mode));
    },
  };
}
