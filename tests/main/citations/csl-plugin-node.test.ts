import { describe, expect, it } from 'vitest';
import { cslPlugin as lateCslPlugin } from '../../../src/main/citations/csl-plugin.node';
import { cslPlugin } from '../../../src/shared/citations/csl-plugin';

// The command-line bundle swaps the late-loading variant in for the shared one;
// both must hand out citation-js's one CSL register with a working APA engine.
describe('csl-plugin.node (citation-js loaded on first use)', () => {
  it('returns the same CSL register as the statically imported module', () => {
    const late = lateCslPlugin();
    expect(late).toBe(cslPlugin());
    expect(lateCslPlugin()).toBe(late);
  });

  it('builds an APA engine that formats a citation', () => {
    const engine = lateCslPlugin().engine([], 'apa', 'en-US', 'text');
    const item = { id: 'a', type: 'book', title: 'Nudge', author: [{ family: 'Thaler', given: 'Richard' }], issued: { 'date-parts': [[2008]] } };
    engine.sys.retrieveItem = (id: string) => (id === 'a' ? item : undefined);
    engine.updateItems(['a']);
    expect(engine.makeCitationCluster([{ id: 'a' }])).toBe('(Thaler, 2008)');
  });
});
