// The fast APA formatter turns its segments into runs directly (stylesToRuns)
// instead of writing HTML and parsing it back. Its entries must be exactly the
// former ones: the same runs (texts, italics, links, split in the same places,
// the same keys) and the same text, for every source of the sample projects
// and of XL-sized generated libraries, in both languages. The former path is
// kept in apa-runs-reference.ts. citeproc's HTML still goes through
// htmlToRuns, which now ends in the same shared step: it must not change either.
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildXlProject } from '../../../scripts/fixture-xl/build-project';
import { XL_SEED } from '../../../scripts/fixture-xl/counts';
import { readProjectFile } from '../../../src/main/store/read-project-file';
import { firstEditorsOf, formatApaGroup } from '../../../src/shared/citations/apa/index';
import type { Segment } from '../../../src/shared/citations/apa/reference';
import { groupKey } from '../../../src/shared/citations/group-key';
import { htmlToRuns, stylesToRuns } from '../../../src/shared/citations/html-runs';
import type { Language } from '../../../src/shared/language';
import type { Source } from '../../../src/shared/model/desk-research';
import { referenceApaEntries, referenceHtmlToRuns, referenceSegmentsToRuns } from './apa-runs-reference';

const languages: Language[] = ['nl', 'en'];

interface Tally {
  entries: number;
  declinedGroups: number;
  italicRuns: number;
  links: number;
}

/** Formats every name group both ways and expects identical entries; returns what was compared. */
function expectSameAsReference(sources: Source[], language: Language): Tally {
  const groups = new Map<string, Source[]>();
  for (const source of sources) {
    const key = groupKey(source);
    groups.set(key, [...(groups.get(key) ?? []), source]);
  }
  const firstEditors = firstEditorsOf(sources);
  const tally: Tally = { entries: 0, declinedGroups: 0, italicRuns: 0, links: 0 };
  for (const group of groups.values()) {
    const fast = formatApaGroup(group, language, firstEditors);
    const reference = referenceApaEntries(group, language, firstEditors);
    expect(fast.ok).toBe(reference !== null);
    if (!fast.ok || reference === null) {
      tally.declinedGroups++;
      continue;
    }
    expect(fast.value.entries).toStrictEqual(reference);
    // Key order too: the runs are serialised into caches and export fingerprints.
    expect(JSON.stringify(fast.value.entries)).toBe(JSON.stringify(reference));
    for (const entry of fast.value.entries) {
      tally.entries++;
      tally.italicRuns += entry.runs.filter((r) => r.italic).length;
      tally.links += entry.runs.filter((r) => r.href).length;
    }
  }
  return tally;
}

describe('direct runs against the former HTML path on the sample projects', () => {
  const dir = path.join(__dirname, '../../../resources/samples');
  const samples = ['ouderbetrokkenheid-voorschool.nl.drijfveer', 'ouderbetrokkenheid-voorschool.en.drijfveer'];
  it.each(samples.flatMap((file) => languages.map((language) => [file, language] as const)))('%s in %s', async (file, language) => {
    const { loaded } = await readProjectFile(path.join(dir, file));
    const sources = loaded.project.deskResearch.sources;
    const tally = expectSameAsReference(sources, language);
    expect(tally.declinedGroups).toBe(0);
    expect(tally.entries).toBe(sources.length);
    expect(tally.italicRuns).toBeGreaterThan(0);
    expect(tally.links).toBeGreaterThan(0);
  });
});

describe('direct runs against the former HTML path on XL libraries', () => {
  // The XL fixture's own library and two more drawn the same way with other seeds.
  const seeds = [XL_SEED, 1, 2];
  const libraries = seeds.map((seed) => ({ seed, sources: buildXlProject(seed).deskResearch.sources }));
  it.each(libraries.flatMap(({ seed, sources }) => languages.map((language) => [seed, language, sources] as const)))(
    'seed %i in %s',
    (_seed, language, sources) => {
      expect(sources.length).toBe(400);
      const tally = expectSameAsReference(sources, language);
      // Nearly all of it must really be compared, not declined on both sides.
      expect(tally.entries).toBeGreaterThanOrEqual(380);
      expect(tally.italicRuns).toBeGreaterThan(400);
      expect(tally.links).toBeGreaterThan(150);
    },
    60_000,
  );
});

// Pieces that matter to the shared last step: white space at the edges
// (trimmed, also Unicode spaces), characters HTML escapes or decodes, text
// that looks like an entity, URLs with and without trailing punctuation, and
// schemes the link filter refuses.
const unit = fc.constantFrom(
  'a', 'Bos, K.', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '.', ', ', ';', '&', '&amp;', '&#65;', '&lt;i&gt;', '<', '>', '"',
  'https://doi.org/10.1000/xyz', 'http://example.nl/a?b=c&d=e', 'https://', 'http', 'https://x.nl.', 'https://x.nl,;', 'javascript:alert(1)', 'Ö', 'é',
);
const text = fc.array(unit, { maxLength: 6 }).map((parts) => parts.join(''));
const segment: fc.Arbitrary<Segment> = fc.oneof(
  text.map((t) => ({ text: t })),
  text.map((t) => ({ text: t, italic: true })),
);

describe('the shared last step', () => {
  it('gives for any segments what writing them as HTML and parsing it back gave', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const direct = stylesToRuns(segments);
        const former = referenceSegmentsToRuns(segments);
        expect(direct).toStrictEqual(former);
        expect(JSON.stringify(direct)).toBe(JSON.stringify(former));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves htmlToRuns as it was for HTML with tags and entities', () => {
    const tag = fc.constantFrom('<i>', '</i>', '<b>', '</b>', '<div class="csl-entry">', '</div>', '< i >', '</ i>', '<span class="nocase">', '</span>', '<sup>', '</sup>', '<I>');
    const html = fc.array(fc.oneof(unit, tag), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (value) => {
        const current = htmlToRuns(value);
        const former = referenceHtmlToRuns(value);
        expect(current).toStrictEqual(former);
        expect(JSON.stringify(current)).toBe(JSON.stringify(former));
      }),
      { numRuns: 2000 },
    );
  });

  it('merges, trims and links as the HTML path does (one worked case)', () => {
    const segments: Segment[] = [
      { text: ' ' },
      { text: 'Bos, K. (2020). ' },
      { text: 'Titel', italic: true },
      { text: '', italic: true },
      { text: ': deel', italic: true },
      { text: '. Uitgever. ' },
      { text: 'https://doi.org/10.1000/xyz. ' },
    ];
    expect(stylesToRuns(segments)).toStrictEqual([
      { text: 'Bos, K. (2020). ' },
      { text: 'Titel: deel', italic: true },
      { text: '. Uitgever. ' },
      { text: 'https://doi.org/10.1000/xyz', href: 'https://doi.org/10.1000/xyz' },
      { text: '.' },
    ]);
  });
});
