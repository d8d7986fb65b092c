// The hyphen package's TeX patterns for one report language, loaded the first
// time that language is hyphenated: a report uses one language, and each set
// costs tens of milliseconds to evaluate. Layout is synchronous, so this is a
// plain `require()` of the pattern file, the one form that every build turns
// into a lazily evaluated module: Vite (Rolldown) for the Electron main process
// and esbuild for the Node bundles include the file and run it at this call;
// vitest and Node resolve it from node_modules. `createRequire(import.meta.url)`
// is not an option here: Vite's CommonJS output has no `import.meta.url`, and a
// packaged app has no node_modules to resolve from.
//
// The data is read, never changed; its layout is documented in liang.ts.

import type { Language } from '../../../../shared/language';
import type { PatternData } from './liang';

const loaded: Partial<Record<Language, PatternData>> = {};

export function hyphenPatterns(language: Language): PatternData {
  let data = loaded[language];
  if (data === undefined) {
    /* eslint-disable @typescript-eslint/no-require-imports -- see the header: a synchronous load on first use that bundlers still include */
    data = (language === 'nl' ? require('hyphen/patterns/nl.js') : require('hyphen/patterns/en-gb.js')) as PatternData;
    /* eslint-enable @typescript-eslint/no-require-imports */
    loaded[language] = data;
  }
  return data;
}
