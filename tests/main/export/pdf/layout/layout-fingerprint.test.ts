// The whole layout of the sample reports and the large test project is held
// to fingerprints taken from the typesetter before its speed work (tables,
// paragraph slicing): every page item and heading, to the last bit of every
// number. A layout change that is meant to move something regenerates them
// (see layout-fingerprint.ts); anything else that changes them is a bug.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_FILE, FINGERPRINT_NAMES, fingerprintDoc, layoutJson, sha256 } from './layout-fingerprint';

const stored = JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as Record<string, string>;

describe('the laid-out reports are unchanged', () => {
  it('has a stored fingerprint for every report', () => {
    expect(Object.keys(stored).sort()).toEqual([...FINGERPRINT_NAMES].sort());
  });

  for (const name of FINGERPRINT_NAMES) {
    it(`lays out ${name} exactly as before`, async () => {
      const doc = await fingerprintDoc(name);
      const json = layoutJson(doc);
      // The report is a real one: many pages, tables, links.
      expect(json.length).toBeGreaterThan(100_000);
      expect(sha256(json), 'the layout moved; only if that is meant: npx tsx tests/main/export/pdf/layout/layout-fingerprint.ts --write').toBe(stored[name]);
    }, 120_000);
  }

  it('tells a changed layout apart', async () => {
    const doc = await fingerprintDoc('sample-en');
    const moved = { ...doc, meta: { ...doc.meta, accentColor: '#000000' } };
    expect(sha256(layoutJson(moved))).not.toBe(stored['sample-en']);
  }, 120_000);
});
