import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import { richTextFromPlain } from '../../../../src/shared/model/rich-text';
import {
  activityTrail,
  buildEvidenceIndex,
  evidenceListsOf,
  evidenceCount,
  recommendationTrail,
} from '../../../../src/renderer/steps/marketing-mix/evidence-trail';
import { addInsight, setInsightEvidence, updateInsight } from '../../../../src/renderer/steps/insights/recipes';
import { addActivity, updateActivity } from '../../../../src/renderer/steps/marketing-mix/recipes';

/** A project with one interview, one quote, one source, findings with and without a source. */
function sample(): Project {
  const p = createEmptyProject('nl', new Date('2026-02-01T09:00:00Z'));
  p.partners.interviews = [{
    id: 'int1', code: 'R04', respondent: { name: '', email: '', phone: '' }, respondentGroupId: '', organisation: '',
    date: '', mode: 'in-person', consent: { given: true, date: '', note: '' }, answers: [], notes: '',
  }];
  p.partners.quotes = [
    { id: 'q1', interviewId: 'int1', questionId: '', text: 'Ik wist niet dat het gratis was.', start: null, end: null, themeIds: [] },
    { id: 'q2', interviewId: '', questionId: '', text: 'Losse notitie', start: null, end: null, themeIds: [] },
  ];
  p.deskResearch.sources = [
    { id: 's1', type: 'report', authors: [], year: '2021', title: 'Peuteropvang in beeld',
      containerTitle: '', editors: [], edition: '', volume: '', issue: '', pages: '', publisher: '', place: '', url: '', doi: '',
      accessed: '', note: '', citationKey: '' },
  ];
  p.deskResearch.findings = [
    { id: 'f1', text: richTextFromPlain('Bereik daalt in wijken met veel nieuwkomers.'), citations: [{ sourceId: 's1', locator: 'p. 4' }],
      topic: 'target-group', strength: 'strong', tags: [] },
    { id: 'f2', text: richTextFromPlain('Zonder bron'), citations: [], topic: 'environment', strength: 'weak', tags: [] },
    { id: 'f3', text: richTextFromPlain('Bron weg'), citations: [{ sourceId: 'gone', locator: '' }], topic: 'theory', strength: 'weak', tags: [] },
  ];
  return p;
}

describe('evidence trail', () => {
  it('follows activity → insight → quote/finding → interview/source with no problems when complete', () => {
    let p = addInsight(sample(), 'i1');
    p = updateInsight(p, 'i1', { title: 'Kosten onbekend' });
    p = setInsightEvidence(p, 'i1', { quoteIds: ['q1'], findingIds: ['f1'] });
    const trail = activityTrail(buildEvidenceIndex(evidenceListsOf(p)), { insightIds: ['i1'] });
    expect(trail.problems).toEqual([]);
    expect(trail.insights).toHaveLength(1);
    expect(trail.insights[0].insight.title).toBe('Kosten onbekend');
    expect(trail.insights[0].quotes).toEqual([{ id: 'q1', text: 'Ik wist niet dat het gratis was.', interviewCode: 'R04' }]);
    expect(trail.insights[0].findings[0].text).toBe('Bereik daalt in wijken met veel nieuwkomers.');
    expect(trail.insights[0].findings[0].sources[0]).toMatchObject({ sourceId: 's1', locator: 'p. 4' });
    expect(trail.insights[0].findings[0].sources[0].source?.title).toBe('Peuteropvang in beeld');
    expect(trail.counts).toEqual({ insights: 1, quotes: 1, findings: 1, sources: 2 });
  });

  it('warns when an activity answers no insight', () => {
    const trail = activityTrail(buildEvidenceIndex(evidenceListsOf(sample())), { insightIds: [] });
    expect(trail.problems).toEqual([{ kind: 'no-insight' }]);
    expect(trail.insights).toEqual([]);
  });

  it('reports every broken link: deleted insight, insight without evidence, dangling evidence, no interview, no or deleted source', () => {
    let p = addInsight(addInsight(sample(), 'empty'), 'weak');
    p = setInsightEvidence(p, 'weak', { quoteIds: ['q2', 'q-gone'], findingIds: ['f2', 'f3'] });
    const trail = activityTrail(buildEvidenceIndex(evidenceListsOf(p)), { insightIds: ['gone', 'empty', 'weak'] });
    expect(trail.problems).toEqual([
      { kind: 'missing-insight', insightId: 'gone' },
      { kind: 'no-evidence', insightId: 'empty' },
      { kind: 'quote-without-interview', quoteId: 'q2' },
      { kind: 'missing-evidence', insightId: 'weak', evidenceId: 'q-gone' },
      { kind: 'finding-without-source', findingId: 'f2' },
      { kind: 'missing-source', findingId: 'f3', sourceId: 'gone' },
    ]);
    expect(trail.counts.insights).toBe(2);
  });

  it('a recommendation inherits the insights of its activities, once each, and flags deleted activities', () => {
    let p = addInsight(addInsight(sample(), 'i1'), 'i2');
    p = setInsightEvidence(p, 'i1', { quoteIds: ['q1'] });
    p = setInsightEvidence(p, 'i2', { findingIds: ['f1'] });
    p = addActivity(p, 'promotion', 'execution', 'a1');
    p = updateActivity(p, 'a1', { insightIds: ['i1', 'i2'] });
    const trail = recommendationTrail(buildEvidenceIndex(evidenceListsOf(p)), { insightIds: ['i1'], activityIds: ['a1', 'a-gone'] });
    expect(trail.insights.map((i) => i.insight.id)).toEqual(['i1', 'i2']);
    expect(trail.problems).toEqual([{ kind: 'missing-activity', activityId: 'a-gone' }]);
  });

  it('a shared quote without interview under two insights is reported once', () => {
    let p = addInsight(addInsight(sample(), 'i1'), 'i2');
    p = setInsightEvidence(p, 'i1', { quoteIds: ['q2'] });
    p = setInsightEvidence(p, 'i2', { quoteIds: ['q2'] });
    const trail = activityTrail(buildEvidenceIndex(evidenceListsOf(p)), { insightIds: ['i1', 'i2'] });
    expect(trail.problems).toEqual([{ kind: 'quote-without-interview', quoteId: 'q2' }]);
    expect(trail.counts.quotes).toBe(1);
  });

  it('counts the evidence of an insight', () => {
    expect(evidenceCount({ evidence: { quoteIds: ['a', 'b'], findingIds: ['c'] } })).toBe(3);
    expect(evidenceCount({ evidence: { quoteIds: [], findingIds: [] } })).toBe(0);
  });
});
