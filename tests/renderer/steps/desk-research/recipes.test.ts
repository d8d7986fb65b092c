import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import {
  addFinding,
  addFindingCitation,
  addImportedSources,
  addSource,
  addTheory,
  findingsCiting,
  moveFinding,
  moveSource,
  moveTheory,
  newSource,
  removeFinding,
  removeFindingCitation,
  removeSource,
  removeTheory,
  updateFinding,
  updateFindingCitation,
  updateSource,
  updateTheory,
} from '../../../../src/renderer/steps/desk-research/recipes';
import { addInsight, setInsightEvidence } from '../../../../src/renderer/steps/insights/recipes';

const base = (): Project => createEmptyProject('nl', new Date('2026-03-01T10:00:00Z'));

describe('source recipes', () => {
  it('adds, edits and moves sources without touching the input', () => {
    const start = Object.freeze(base());
    let p = addSource(addSource(start, 's1'), 's2');
    p = updateSource(p, 's2', { title: 'Ouders in de voorschool', year: '2019', authors: [{ family: 'Bakker', given: 'Jan' }] });
    p = moveSource(p, 's2', 'up');
    expect(p.deskResearch.sources.map((s) => [s.id, s.title, s.year])).toEqual([
      ['s2', 'Ouders in de voorschool', '2019'],
      ['s1', '', ''],
    ]);
    expect(start.deskResearch.sources).toEqual([]);
    expect(p.insights).toBe(start.insights);
  });

  it('returns the same project when an edit changes nothing', () => {
    const p = updateSource(addSource(base(), 's1'), 's1', { title: 'x' });
    expect(updateSource(p, 's1', { title: 'x' })).toBe(p);
    expect(updateSource(p, 'nope', { title: 'y' })).toBe(p);
    expect(moveSource(p, 's1', 'up')).toBe(p);
    expect(removeSource(p, 'nope')).toBe(p);
    expect(addImportedSources(p, [])).toBe(p);
  });

  it('deleting a source removes its citations from findings, theories and rich text', () => {
    let p = addSource(addSource(base(), 's1'), 's2');
    p = addFindingCitation(addFindingCitation(addFinding(p, 'f1'), 'f1', 's1', 'p. 4'), 'f1', 's2');
    p = addFindingCitation(addFinding(p, 'f2'), 'f2', 's1');
    p = updateTheory(addTheory(p, 't1'), 't1', { sourceIds: ['s1', 's2'] });
    p = updateFinding(p, 'f2', {
      text: { type: 'doc', content: [{ type: 'paragraph', content: [
        { type: 'text', text: 'Zie ' },
        { type: 'citation', id: 'c1', items: [{ sourceId: 's1', locator: '' }] },
      ] }] },
    });
    expect(findingsCiting(p.deskResearch.findings, 's1')).toBe(2);

    const after = removeSource(p, 's1');
    expect(after.deskResearch.sources.map((s) => s.id)).toEqual(['s2']);
    expect(after.deskResearch.findings[0].citations).toEqual([{ sourceId: 's2', locator: '' }]);
    expect(after.deskResearch.findings[1].citations).toEqual([]);
    expect(JSON.stringify(after.deskResearch.findings[1].text)).not.toContain('s1');
    expect(after.deskResearch.theories[0].sourceIds).toEqual(['s2']);
    expect(findingsCiting(after.deskResearch.findings, 's1')).toBe(0);
  });

  it('adds all imported sources in one edit, after the existing ones', () => {
    const p = addSource(base(), 's1');
    const next = addImportedSources(p, [newSource('a'), newSource('b')]);
    expect(next.deskResearch.sources.map((s) => s.id)).toEqual(['s1', 'a', 'b']);
  });
});

describe('finding recipes', () => {
  it('adds, edits, moves findings and their citations', () => {
    let p = addFinding(addFinding(addSource(base(), 's1'), 'f1'), 'f2');
    p = updateFinding(p, 'f2', { topic: 'environment', strength: 'strong', tags: ['taal'] });
    p = addFindingCitation(p, 'f2', 's1');
    p = updateFindingCitation(p, 'f2', 0, { locator: 'p. 12' });
    p = moveFinding(p, 'f2', 'up');
    expect(p.deskResearch.findings[0]).toMatchObject({
      id: 'f2', topic: 'environment', strength: 'strong', tags: ['taal'], citations: [{ sourceId: 's1', locator: 'p. 12' }],
    });
    expect(updateFindingCitation(p, 'f2', 0, { locator: 'p. 12' })).toBe(p);
    expect(updateFindingCitation(p, 'f2', 5, { locator: 'x' })).toBe(p);
    expect(removeFindingCitation(p, 'f2', 3)).toBe(p);
    expect(removeFindingCitation(p, 'f2', 0).deskResearch.findings[0].citations).toEqual([]);
  });

  it('deleting a finding removes it from the evidence of insights', () => {
    let p = addFinding(addFinding(base(), 'f1'), 'f2');
    p = setInsightEvidence(addInsight(p, 'i1'), 'i1', { findingIds: ['f1', 'f2'] });
    const after = removeFinding(p, 'f1');
    expect(after.deskResearch.findings.map((f) => f.id)).toEqual(['f2']);
    expect(after.insights.insights[0].evidence.findingIds).toEqual(['f2']);
    expect(removeFinding(after, 'f1')).toBe(after);
  });
});

describe('theory recipes', () => {
  it('adds, edits, moves and deletes theories', () => {
    let p = addTheory(addTheory(base(), 't1'), 't2');
    p = updateTheory(p, 't2', { name: 'COM-B' });
    p = moveTheory(p, 't2', 'up');
    expect(p.deskResearch.theories.map((t) => [t.id, t.name])).toEqual([['t2', 'COM-B'], ['t1', '']]);
    expect(updateTheory(p, 't2', { name: 'COM-B' })).toBe(p);
    expect(removeTheory(p, 't2').deskResearch.theories.map((t) => t.id)).toEqual(['t1']);
  });
});
