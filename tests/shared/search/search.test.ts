import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets, queryTerms } from '../../../src/shared/search/fold';
import { buildSearchIndex, searchIndexFor } from '../../../src/shared/search/search-index';
import { searchProjectIndex } from '../../../src/shared/search/query';
import { createEmptyProject, type Project } from '../../../src/shared/model/project';
import { richTextFromPlain } from '../../../src/shared/model/rich-text';
import { loadSample } from '../delivery/sample';

const marked = (r: { snippet: { text: string; marks: Array<[number, number]> } }) =>
  r.snippet.marks.map(([s, e]) => r.snippet.text.slice(s, e));

function smallProject(): Project {
  const p = createEmptyProject('nl');
  p.context.background = richTextFromPlain('De coördinatie tussen voorschool en consultatiebureau loopt stroef.');
  p.insights.insights = [
    { id: 'i1', title: 'Vaders voelen zich niet aangesproken', description: richTextFromPlain('Coördinatie ontbreekt.'), type: 'barrier', evidence: { quoteIds: [], findingIds: [] }, segmentIds: [] },
    { id: 'i2', title: 'Betere coördinatie gewenst', description: richTextFromPlain(''), type: 'motivator', evidence: { quoteIds: [], findingIds: [] }, segmentIds: [] },
  ];
  p.partners.interviews = [
    {
      id: 'iv1', code: 'R01', respondent: { name: 'Anna', email: '', phone: '' }, respondentGroupId: '', organisation: 'Peuterspeelzaal', date: '',
      mode: 'in-person', consent: { given: true, date: '', note: '' }, notes: '',
      answers: [{ questionId: 'q1', text: 'Eerst een lange zin zonder iets. '.repeat(10) + 'Het café op de hoek is de ontmoetingsplek.' }],
    },
  ];
  p.partners.quotes = [{ id: 'qu1', interviewId: 'iv1', questionId: 'q1', text: 'ontmoetingsplek bij het café', start: null, end: null, themeIds: [] }];
  return p;
}

describe('folding', () => {
  it('ignores case and diacritics and maps folded offsets back to the original', () => {
    expect(foldText('Coördinatie CAFÉ İstanbul')).toBe('coordinatie cafe istanbul');
    const text = 'één Ünï';
    const { folded, offsets } = foldWithOffsets(text);
    expect(folded).toBe(foldText(text));
    expect(offsets).toHaveLength(folded.length + 1);
    const at = folded.indexOf('uni');
    expect(text.slice(offsets[at], offsets[at + 3])).toBe('Ünï');
    // Text typed with separate combining marks folds the same way.
    expect(foldText('Coo\u0308rdinatie')).toBe('coordinatie');
    expect(queryTerms('  Coördinatie   Voorschool ')).toEqual(['coordinatie', 'voorschool']);
  });
});

describe('project search', () => {
  it('finds text regardless of diacritics and marks the original characters', () => {
    const out = searchProjectIndex(buildSearchIndex(smallProject()), 'coordinatie');
    expect(out.total).toBe(3);
    for (const r of out.results) expect(marked(r).map((m) => m.toLowerCase())).toContain('coördinatie');
  });

  it('ranks title hits before body hits, then document order', () => {
    const out = searchProjectIndex(buildSearchIndex(smallProject()), 'coördinatie');
    expect(out.results.map((r) => [r.itemId, r.field])).toEqual([
      ['i2', 'insight.title'],
      [null, 'context.background'],
      ['i1', 'insight.description'],
    ]);
  });

  it('needs every term, returns one result per item and keeps the snippet short around the match', () => {
    const index = buildSearchIndex(smallProject());
    expect(searchProjectIndex(index, 'cafe nergens').total).toBe(0);
    const out = searchProjectIndex(index, 'CAFE ontmoetingsplek');
    expect(out.results.map((r) => [r.kind, r.itemId, r.parentId])).toEqual([
      ['interview', 'iv1', null],
      ['quote', 'qu1', 'iv1'],
    ]);
    const answer = out.results[0];
    expect(answer.label).toBe('R01');
    expect(answer.snippet.text.length).toBeLessThanOrEqual(162);
    expect(answer.snippet.text.startsWith('…')).toBe(true);
    expect(marked(answer)).toEqual(['café', 'ontmoetingsplek']);
  });

  it('returns nothing for an empty query and caps the results with a total', () => {
    const p = smallProject();
    p.deskResearch.sources = Array.from({ length: 80 }, (_, n) => ({
      id: `s${n}`, type: 'report' as const, authors: [{ family: 'Jansen', given: 'P.' }], year: '2020', title: `Rapport ${n}`,
      containerTitle: '', editors: [], edition: '', volume: '', issue: '', pages: '', publisher: '', place: '', url: '', doi: '', accessed: '', note: '', citationKey: '',
    }));
    const index = buildSearchIndex(p);
    expect(searchProjectIndex(index, '   ')).toEqual({ results: [], total: 0 });
    const out = searchProjectIndex(index, 'jansen', 20);
    expect(out.total).toBe(80);
    expect(out.results).toHaveLength(20);
    expect(out.results[0]).toMatchObject({ stepId: 'desk-research', kind: 'source', itemId: 's0', field: 'source.authors', label: 'Rapport 0' });
  });

  it('reuses the index while the project object is unchanged', () => {
    const p = smallProject();
    const first = searchIndexFor(p);
    expect(searchIndexFor(p)).toBe(first);
    expect(searchIndexFor({ ...p })).not.toBe(first);
  });

  it('finds an interview answer and a diacritic word in the sample project', () => {
    const sample = loadSample('nl');
    const index = buildSearchIndex(sample);
    const out = searchProjectIndex(index, 'ploegendienst');
    const r03 = sample.partners.interviews.find((iv) => iv.code === 'R03');
    expect(out.results.some((r) => r.kind === 'interview' && r.itemId === r03?.id && r.field === 'interview.answer')).toBe(true);
    const folded = searchProjectIndex(index, 'tweeenhalf');
    expect(marked(folded.results[0])).toEqual(['tweeënhalf']);
  });
});
