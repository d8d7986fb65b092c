// The typographic scale as it reaches the page: the same sizes, faces and
// colours as the DOCX export, with the report's accent where it belongs.

import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCENT, INK, MUTED, parseHexColor } from '../../../../../src/main/export/pdf/layout/styles';
import type { Block } from '../../../../../src/shared/report/doc';
import { doc, heading, layoutFake, para, section, table, texts } from './layout-helpers';

describe('report styles on the page', () => {
  const accent = parseHexColor('#aa3300')!;
  const figure: Block = { type: 'figure', id: 'f', figure: { kind: 'scale', name: 's', levels: [] }, alt: 'a', caption: 'Schaal', number: 4 };
  const quote: Block = { type: 'quote', id: 'q', runs: [{ text: 'Dat was een opluchting.' }], attribution: 'Ouder, R06' };
  const body = para([{ text: 'gewoon ' }, { text: 'vet', bold: true }, { text: ' schuin', italic: true }, { text: ' beide', bold: true, italic: true }, { text: ' link', href: 'https://example.org' }]);
  const report = doc([section('Hoofdstuk', [heading('Paragraaf', 2), heading('Sub', 3), body, quote, figure, table(['Kop'], [['cel']], { number: 2 })])], {
    meta: { ...doc([]).meta, accentColor: '#aa3300' },
  });
  const items = layoutFake(report).pages.flatMap(texts);
  const find = (text: string) => items.find((item) => item.text.trim() === text)!;

  it('sets headings 20/14/11.5 pt bold, the chapter title in the accent', () => {
    expect(find('Hoofdstuk').style).toMatchObject({ size: 20, face: 'bold', color: accent });
    expect(find('Paragraaf').style).toMatchObject({ size: 14, face: 'bold', color: INK });
    expect(find('Sub').style).toMatchObject({ size: 11.5, face: 'bold', color: INK });
  });

  it('sets body text 10.5 pt in ink, bold and italic as faces, links in the accent and underlined', () => {
    expect(find('gewoon').style).toMatchObject({ size: 10.5, face: 'regular', color: INK });
    expect(find('vet').style.face).toBe('bold');
    expect(find('schuin').style.face).toBe('italic');
    expect(find('beide').style.face).toBe('boldItalic');
    expect(find('link').style).toMatchObject({ color: accent, underline: true });
  });

  it('sets quotes italic beside an accent rule, the attribution 9 pt muted', () => {
    const text = find('Dat was een opluchting.');
    expect(text.style.face).toBe('italic');
    const pages = layoutFake(report).pages;
    const rules = pages.flatMap((page) => page.items).filter((item) => item.kind === 'line' && item.color.join() === accent.join());
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) if (rule.kind === 'line') expect(rule.x1).toBeLessThan(text.x);
    expect(find('— Ouder, R06').style).toMatchObject({ size: 9, color: MUTED });
  });

  it('labels captions with the report’s words, 9 pt muted, and fills table headers with the accent', () => {
    expect(find('Figuur 4.').style).toMatchObject({ size: 9, face: 'bold', color: MUTED });
    expect(find('Schaal').style).toMatchObject({ size: 9, color: MUTED });
    expect(find('Tabel 2.').style.face).toBe('bold');
    expect(find('Kop').style).toMatchObject({ size: 9.5, face: 'bold', color: [1, 1, 1] });
    expect(find('cel').style).toMatchObject({ size: 9.5, face: 'regular', color: INK });
    const fills = layoutFake(report).pages.flatMap((page) => page.items).filter((item) => item.kind === 'rect' && item.fill);
    expect(fills.map((item) => item.kind === 'rect' && item.fill)).toEqual([accent]);
  });

  it('falls back to the default accent for a colour that is not #rrggbb', () => {
    expect(parseHexColor('rood')).toBeNull();
    const broken = doc([section('Titel', [para('x')])], { meta: { ...doc([]).meta, accentColor: 'rood' } });
    expect(layoutFake(broken).pages.flatMap(texts)[0].style.color).toEqual(parseHexColor(DEFAULT_ACCENT));
  });
});
