// Stand-in for the `node-fetch` package that @citation-js/core imports for its
// URL/DOI lookups, which we never use. Bundlers alias `node-fetch` to this file
// for the renderer, so the browser bundle carries no Node built-ins and
// citation-js cannot reach the network even by accident.

function refuseNetwork(): Promise<never> {
  return Promise.reject(new Error('Network access is disabled for citations.'));
}

export default refuseNetwork;
export const Headers = globalThis.Headers;
