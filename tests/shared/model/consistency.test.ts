import { describe, expect, it } from 'vitest';
import { consistencyWarnings } from '../../../src/shared/model/consistency';
import { createEmptyProject } from '../../../src/shared/model/project';
import { filledProject, ids } from '../filled-project';
import { loadSample } from '../delivery/sample';

describe('consistencyWarnings', () => {
  it('finds nothing in the filled project, the sample or an empty project', () => {
    expect(consistencyWarnings(filledProject())).toEqual([]);
    expect(consistencyWarnings(loadSample('nl'))).toEqual([]);
    expect(consistencyWarnings(loadSample('en'))).toEqual([]);
    expect(consistencyWarnings(createEmptyProject('nl'))).toEqual([]);
  });

  it('names every place that cites a deleted source, by its enclosing item', () => {
    const p = filledProject();
    p.deskResearch.sources = p.deskResearch.sources.filter((s) => s.id !== ids.source);
    const found = consistencyWarnings(p).filter((w) => w.key === 'citation-of-deleted-source');
    // The approach text (a step-level field), the finding's citation and the good example.
    expect(found.map((w) => [w.stepId, w.itemId, w.missingIds])).toEqual([
      ['context', null, [ids.source]],
      ['desk-research', ids.finding, [ids.source]],
      ['advice', ids.example, [ids.source]],
    ]);
    expect(found[0].id).toBe('citation-of-deleted-source:context');
    expect(found[2].label).toBe('Koffieochtend');
  });

  it('finds a deleted source cited inside a nested list and by a theory', () => {
    const p = filledProject();
    p.insights.insights[0].description = {
      type: 'doc',
      content: [{ type: 'bulletList', items: [{ content: [{ type: 'paragraph', content: [{ type: 'citation', id: 'c9', items: [{ sourceId: 'gone' }] }] }] }] }],
    };
    p.deskResearch.theories[0].sourceIds = ['gone-too'];
    const found = consistencyWarnings(p).filter((w) => w.key === 'citation-of-deleted-source');
    expect(found.map((w) => [w.itemId, w.missingIds])).toEqual([
      [ids.theory, ['gone-too']],
      [ids.insight, ['gone']],
    ]);
  });

  it('warns about a segment no activity serves and an activity that answers no (existing) insight', () => {
    const p = filledProject();
    p.insights.segments.push({ ...p.insights.segments[0], id: 'sg-2', name: 'Vaders' });
    p.marketingMix.activities[1].insightIds = [];
    p.marketingMix.activities[2].insightIds = ['deleted-insight'];
    const w = consistencyWarnings(p);
    expect(w.map((x) => [x.key, x.itemId])).toEqual([
      ['segment-without-activity', 'sg-2'],
      ['activity-without-insight', 'ac-price'],
      ['activity-without-insight', 'ac-place'],
    ]);
    expect(w[0]).toMatchObject({ stepId: 'insights', label: 'Vaders' });
    expect(w[1]).toMatchObject({ stepId: 'marketing-mix', label: 'Activiteit price' });
  });

  it('warns about an insight without evidence, a recommendation without insight and a quote of a deleted interview', () => {
    const p = filledProject();
    p.insights.insights[0].evidence = { quoteIds: ['deleted-quote'], findingIds: [] };
    p.advice.recommendations[0].insightIds = [];
    p.partners.interviews = [];
    const w = consistencyWarnings(p);
    expect(w.map((x) => [x.key, x.itemId, x.missingIds])).toEqual([
      ['insight-without-evidence', ids.insight, []],
      ['recommendation-without-insight', ids.recommendation, []],
      ['quote-of-deleted-interview', ids.quote, [ids.interview]],
    ]);
  });

  it('warns about a finding left without any citation, e.g. after its only source was deleted', () => {
    const p = filledProject();
    p.deskResearch.findings[0].citations = [];
    expect(consistencyWarnings(p).map((x) => [x.key, x.stepId, x.itemId, x.label])).toEqual([
      ['finding-without-source', 'desk-research', ids.finding, 'Werkende ouders hebben weinig tijd.'],
    ]);
  });

  it('stays quiet about a quote typed without an interview', () => {
    const p = filledProject();
    p.partners.quotes[0].interviewId = '';
    expect(consistencyWarnings(p)).toEqual([]);
  });
});
