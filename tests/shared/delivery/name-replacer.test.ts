// What the name replacer treats as a mention of a respondent, and how offsets
// into a changed text move along.

import { describe, expect, it } from 'vitest';
import { buildNameReplacer, mapOffset } from '../../../src/shared/delivery/name-replacer';

const respondents = [
  { name: 'Ana Lopes', email: 'ana@example.nl', phone: '06-1', pseudonym: 'Respondent 1' },
  { name: 'Mirjam de Groot', email: '', phone: '', pseudonym: 'Respondent 2' },
  { name: 'Erik Smit', email: '', phone: '', pseudonym: 'Respondent 3' },
  { name: 'Erik Bakker', email: '', phone: '', pseudonym: 'Respondent 4' },
  { name: 'Hatice Yılmaz', email: 'h.y@example.nl', phone: '06-00000104', pseudonym: 'Respondent 5' },
];
const replacer = buildNameReplacer(respondents, 'Respondent');
const replace = (text: string) => replacer.replace(text).text;

describe('buildNameReplacer', () => {
  it('replaces full names across line breaks and in any case', () => {
    expect(replace('Gesprek met ANA\nlopes en mirjam de groot.')).toBe('Gesprek met Respondent 1 en Respondent 2.');
  });

  it('replaces whole words only, so "Analyse" and "groot" stay', () => {
    expect(replace('Analyse van een groot deel, Ana zei: Smit.')).toBe('Analyse van een groot deel, Respondent 1 zei: Smit.');
  });

  it('replaces a courtesy title with the family name, but not the family name alone', () => {
    expect(replace('Volgens mevrouw De Groot en dhr. Smit; de Groot-regeling.')).toBe('Volgens Respondent 2 en Respondent 3; de Groot-regeling.');
  });

  it('gives a first name shared by two respondents the bare label', () => {
    expect(replace('Erik vond het goed; Erik Bakker niet.')).toBe('Respondent vond het goed; Respondent 4 niet.');
  });

  it('finds names typed without their accents, and contact details', () => {
    expect(replace('Mail h.y@example.nl of bel 06-00000104 (Hatice Yilmaz).')).toBe('Mail Respondent 5 of bel Respondent 5 (Respondent 5).');
  });

  it('reports edits that map offsets onto the new text', () => {
    const text = 'Ik en Ana Lopes en Erik Smit praten.';
    const { text: out, edits } = replacer.replace(text);
    expect(out).toBe('Ik en Respondent 1 en Respondent 3 praten.');
    const praten = text.indexOf('praten');
    expect(out.slice(mapOffset(edits, praten, 'start'), mapOffset(edits, praten + 6, 'end'))).toBe('praten');
    expect(mapOffset(edits, 0, 'start')).toBe(0);
    // A range starting inside a name widens to the whole pseudonym.
    const inside = text.indexOf('Lopes');
    expect(out.slice(mapOffset(edits, inside, 'start'), mapOffset(edits, inside + 5, 'end'))).toBe('Respondent 1');
  });

  it('changes nothing when there are no respondents', () => {
    expect(buildNameReplacer([], 'Respondent').replace('Ana Lopes')).toEqual({ text: 'Ana Lopes', edits: [] });
  });
});
