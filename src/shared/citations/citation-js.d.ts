// Minimal typings for the parts of citation-js 0.8 that we use; the packages
// ship no declarations of their own.
declare module '@citation-js/core' {
  interface ChainOptions {
    forceType?: string;
    generateGraph?: boolean;
    target?: string;
  }
  export interface CiteprocEngine {
    updateItems(ids: string[]): void;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
    makeCitationCluster(items: Record<string, unknown>[]): string;
    setOutputFormat(format: string): void;
    /** citeproc's callbacks; retrieveItem returns the CSL object of a registered id. */
    sys: { retrieveItem: (id: string) => unknown };
  }
  export interface CslPluginConfig {
    engine(data: object[], style: string, locale: string, format: string): CiteprocEngine;
    locales: { get(name: string): unknown; set(name: string, value: string): void };
  }
  export const plugins: {
    input: { chain(input: unknown, options?: ChainOptions): unknown };
    config: { get(name: '@csl'): CslPluginConfig };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
