import { describe, expect, it } from 'vitest';
import { createEmptyProject, ProjectSchema } from '../../../src/shared/model/project';
import { reportSectionKeys } from '../../../src/shared/model/report-settings';
import { filledProject } from '../filled-project';

describe('ProjectSchema', () => {
  it('fills every default from a minimal object', () => {
    const p = ProjectSchema.parse({ id: 'p1' });
    expect(p.assignment.title).toBe('');
    expect(p.assignment.client).toEqual({ municipality: '', department: '' });
    expect(p.assignment.branding).toEqual({ accentColor: '#1f6f8b', logo: null });
    expect(p.assignment.status).toBe('draft');
    expect(p.context.background).toEqual({ type: 'doc', content: [] });
    expect(p.targetGroup.behaviourGoal).toEqual({ who: '', insteadOf: '', does: '', whereWhen: '' });
    expect(p.partners.interviewGuide.questions).toEqual([]);
    expect(p.marketingMix.enabledPs).toEqual(['product', 'price', 'place', 'promotion']);
    expect(p.monitoring.pilot.phases).toEqual([]);
    expect(p.report.sections.map((s) => s.key)).toEqual([...reportSectionKeys]);
    expect(p.report.mixLayout).toBe('per-p');
    expect(p.review).toEqual({ comments: [], copy: null, deletedCommentIds: [] });
    expect(p.delivery).toBeNull();
  });

  it('fills defaults inside list items', () => {
    const p = ProjectSchema.parse({ id: 'p1', deskResearch: { findings: [{ id: 'f1' }] }, partners: { stakeholders: [{ id: 's1' }] } });
    expect(p.deskResearch.findings[0]).toEqual({
      id: 'f1', text: { type: 'doc', content: [] }, citations: [], topic: 'target-group', strength: 'moderate', tags: [],
    });
    expect(p.partners.stakeholders[0].influence).toBe(3);
  });

  it('does not share default lists between parses', () => {
    const a = ProjectSchema.parse({ id: 'a' });
    const b = ProjectSchema.parse({ id: 'b' });
    a.marketingMix.enabledPs.push('policy');
    a.deskResearch.sources.push({ ...ProjectSchema.parse({ id: 'x', deskResearch: { sources: [{ id: 's' }] } }).deskResearch.sources[0] });
    expect(b.marketingMix.enabledPs).toHaveLength(4);
    expect(b.deskResearch.sources).toHaveLength(0);
  });

  it('round-trips a filled project through JSON unchanged', () => {
    const original = filledProject();
    const again = ProjectSchema.parse(JSON.parse(JSON.stringify(original)));
    expect(again).toEqual(original);
  });

  it('keeps unknown fields at every level', () => {
    const input = {
      id: 'p', futureRoot: { a: 1 },
      assignment: { futureField: 'x', client: { municipality: 'M', area: 'Noord' } },
      deskResearch: { sources: [{ id: 's', rating: 5, authors: [{ family: 'A', given: 'B', orcid: '0000' }] }] },
      context: { background: { type: 'doc', version: 3, content: [{ type: 'paragraph', align: 'left', content: [] }] } },
    };
    const p = ProjectSchema.parse(input) as Record<string, unknown> & ReturnType<typeof ProjectSchema.parse>;
    expect(p.futureRoot).toEqual({ a: 1 });
    expect(p.assignment.futureField).toBe('x');
    expect(p.assignment.client.area).toBe('Noord');
    expect(p.deskResearch.sources[0].rating).toBe(5);
    expect(p.deskResearch.sources[0].authors[0].orcid).toBe('0000');
    expect(p.context.background.version).toBe(3);
    expect(p.context.background.content[0]).toMatchObject({ align: 'left' });
  });

  it('rejects invalid values with a path', () => {
    const bad = ProjectSchema.safeParse({ id: 'p', partners: { stakeholders: [{ id: 's', influence: 9 }] } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['partners', 'stakeholders', 0, 'influence']);
    expect(ProjectSchema.safeParse({ id: 'p', assignment: { branding: { accentColor: 'red' } } }).success).toBe(false);
    expect(ProjectSchema.safeParse({ id: 'p', deskResearch: { sources: [{ type: 'book' }] } }).success).toBe(false);
    expect(ProjectSchema.safeParse({ id: '' }).success).toBe(false);
  });
});

describe('createEmptyProject', () => {
  it('seeds the codebook in Dutch with the COM-B six and four lenses', () => {
    const p = createEmptyProject('nl', new Date('2026-01-02T03:04:05.000Z'));
    expect(p.createdAt).toBe('2026-01-02T03:04:05.000Z');
    expect(p.updatedAt).toBe(p.createdAt);
    expect(p.assignment.reportLanguage).toBe('nl');
    expect(p.partners.themes).toHaveLength(10);
    expect(p.partners.themes.filter((t) => t.group === 'com-b')).toHaveLength(6);
    expect(p.partners.themes.map((t) => t.group).slice(6)).toEqual(['barrier', 'motivator', 'exchange', 'competition']);
    expect(p.partners.themes.map((t) => t.name)).toContain('Drempel');
    expect(new Set(p.partners.themes.map((t) => t.id)).size).toBe(10);
    expect(p.partners.respondentGroups).toEqual([]);
    expect(ProjectSchema.parse(p)).toEqual(p);
  });

  it('uses English names for an English project and new ids each time', () => {
    const en = createEmptyProject('en');
    expect(en.assignment.reportLanguage).toBe('en');
    expect(en.partners.themes.map((t) => t.name)).toContain('Barrier');
    expect(en.partners.themes.map((t) => t.name)).not.toContain('Drempel');
    expect(createEmptyProject('en').id).not.toBe(en.id);
  });
});

describe('report sections', () => {
  it('appends sections a file does not mention and drops duplicates, keeping the saved order', () => {
    const p = ProjectSchema.parse({ id: 'p', report: { sections: [
      { key: 'advice', included: false }, { key: 'title-page' }, { key: 'advice', included: true },
    ] } });
    expect(p.report.sections.slice(0, 2)).toEqual([{ key: 'advice', included: false }, { key: 'title-page', included: true }]);
    expect(p.report.sections).toHaveLength(reportSectionKeys.length);
    expect(new Set(p.report.sections.map((s) => s.key)).size).toBe(reportSectionKeys.length);
    expect(p.report.sections.slice(2).every((s) => s.included)).toBe(true);
  });
});
