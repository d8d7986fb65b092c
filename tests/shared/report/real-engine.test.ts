// The report built with the real APA citation engine: every citation resolves
// (no "missing source" text) and the references are the engine's APA entries.

import { describe, expect, it } from 'vitest';
import { createCitationEngine } from '../../../src/shared/citations/engine';
import { buildReport } from '../../../src/shared/report/build-report';
import { allRuns, sampleProject } from './helpers';

describe.each(['nl', 'en'] as const)('buildReport with the real citation engine (%s)', (language) => {
  it('formats every citation and lists the cited sources in APA order', () => {
    const project = sampleProject(language);
    const engine = createCitationEngine(project.deskResearch.sources, language);
    const doc = buildReport(project, { citations: engine });
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/bron ontbreekt|missing source/i);
    const citations = allRuns(doc).filter((run) => run.citation);
    expect(citations.length).toBeGreaterThan(10);
    for (const run of citations) expect(run.text).toMatch(/^\(.+\d{4}.*\)$|^\(.+(z\.d\.|n\.d\.).*\)$/);
    const references = doc.sections.find((section) => section.key === 'references');
    const cited = [...new Set(citations.flatMap((run) => run.sourceIds ?? []))];
    expect(references?.blocks.map((block) => block.itemId)).toEqual(engine.bibliography(cited).map((entry) => entry.sourceId));
    // Each entry is a full reference, not a stub.
    const texts = references?.blocks.map((block) => (block.type === 'paragraph' ? block.runs.map((run) => run.text).join('') : '')) ?? [];
    expect(texts.every((entry) => entry.length > 20)).toBe(true);
  }, 60_000);
});
