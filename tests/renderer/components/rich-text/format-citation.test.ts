import { describe, expect, it } from 'vitest';
import { SourceSchema, type Source } from '../../../../src/shared/model/desk-research';
import { describeSource, filterSources, formatInTextCitation } from '../../../../src/renderer/components/rich-text/format-citation';

const source = (id: string, fields: Record<string, unknown>): Source => SourceSchema.parse({ id, ...fields });

const winter = source('w', { authors: [{ family: 'De Winter', given: 'Micha' }], year: '2008', title: 'Opvoeding in het publieke domein' });
const two = source('t', { authors: [{ family: 'Jansen', given: 'A.' }, { family: 'Peters', given: 'B.' }], year: '2019', title: 'Ouders en school' });
const three = source('e', {
  authors: [{ family: 'Bakker', given: 'C.' }, { family: 'Visser', given: 'D.' }, { family: 'Smit', given: 'E.' }],
  year: '',
  title: 'Voorschoolse educatie in de wijk',
});
const organisation = source('o', { authors: [{ family: '', given: '', literal: 'Gemeente Rotterdam' }], year: '2021', title: 'Beleidsnota' });
const anonymous = source('a', { authors: [], year: '2020', title: 'Een heel lange titel van een rapport zonder auteur die maar doorgaat' });
const all = [winter, two, three, organisation, anonymous];

describe('formatInTextCitation', () => {
  it('shows one author with the year', () => {
    expect(formatInTextCitation([{ sourceId: 'w' }], all, 'nl')).toBe('(De Winter, 2008)');
  });

  it('joins two authors with & and shortens three or more to et al.', () => {
    expect(formatInTextCitation([{ sourceId: 't' }], all, 'nl')).toBe('(Jansen & Peters, 2019)');
    expect(formatInTextCitation([{ sourceId: 'e' }], all, 'en')).toBe('(Bakker et al., n.d.)');
  });

  it('writes z.d. in Dutch and n.d. in English when the year is unknown', () => {
    expect(formatInTextCitation([{ sourceId: 'e' }], all, 'nl')).toBe('(Bakker et al., z.d.)');
  });

  it('uses an organisation name as author and the (shortened) title when there is no author', () => {
    expect(formatInTextCitation([{ sourceId: 'o' }], all, 'nl')).toBe('(Gemeente Rotterdam, 2021)');
    expect(formatInTextCitation([{ sourceId: 'a' }], all, 'nl')).toBe('(Een heel lange titel van een rapport zon…, 2020)');
  });

  it('adds the locator and separates several sources with semicolons', () => {
    expect(formatInTextCitation([{ sourceId: 'w', locator: 'p. 12' }, { sourceId: 't' }], all, 'nl')).toBe(
      '(De Winter, 2008, p. 12; Jansen & Peters, 2019)',
    );
  });

  it('says so when a cited source is no longer in the library', () => {
    expect(formatInTextCitation([{ sourceId: 'gone' }], all, 'nl')).toBe('(bron ontbreekt)');
    expect(formatInTextCitation([{ sourceId: 'gone' }], all, 'en')).toBe('(missing source)');
  });
});

describe('picker helpers', () => {
  it('describes a source by author, year and title', () => {
    expect(describeSource(winter, 'nl')).toBe('De Winter (2008) — Opvoeding in het publieke domein');
  });

  it('filters on every typed word, ignoring case and accents', () => {
    const cafe = source('c', { authors: [{ family: 'Özdemir', given: 'F.' }], year: '2015', title: 'Café-gesprekken' });
    expect(filterSources([...all, cafe], 'ozdemir cafe', 'nl').map((s) => s.id)).toEqual(['c']);
    expect(filterSources(all, 'winter 2008', 'nl').map((s) => s.id)).toEqual(['w']);
    expect(filterSources(all, '   ', 'nl')).toHaveLength(all.length);
    expect(filterSources(all, 'bestaat niet', 'nl')).toEqual([]);
  });
});
