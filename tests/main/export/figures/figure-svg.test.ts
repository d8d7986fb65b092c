// The figure drawings: every label of the data is in the SVG (escaped), the
// marks match the numbers, and odd text cannot break the XML.

import { describe, expect, it } from 'vitest';
import type { BarChartFigure, GridFigure, ScaleFigure } from '../../../../src/shared/report/figures';
import { figureSvg, svgSize } from '../../../../src/main/export/figures/figure-svg';
import { wrap } from '../../../../src/main/export/figures/svg-kit';

const accent = '#1f6f8b';

/** The text content of the SVG, entities decoded. */
function texts(svg: string): string {
  return [...svg.matchAll(/>([^<>]+)</g)]
    .map((match) => match[1])
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const bars: BarChartFigure = {
  kind: 'bar-chart',
  categories: ['Taalbarrière', 'Tijdgebrek', 'Rol van vader'],
  series: [
    { name: 'Ouder', values: [3, 4, 6] },
    { name: 'Pedagogisch medewerker', values: [3, 0, 0] },
  ],
  valueLabel: 'Aantal citaten',
};

describe('figure SVG drawings', () => {
  it('draws one bar segment per non-zero value, with totals and every label', () => {
    const svg = figureSvg(bars, accent);
    const segments = svg.match(/<rect [^>]*height="15"/g) ?? [];
    expect(segments.length).toBe(4);
    const content = texts(svg);
    for (const label of [...bars.categories, 'Ouder', 'Pedagogisch medewerker', 'Aantal citaten', '6', '4']) expect(content).toContain(label);
    expect(svg).toContain(`fill="${accent}"`);
  });

  it('places grid points in their quadrant and lists every label in the key', () => {
    const grid: GridFigure = {
      kind: 'grid',
      xAxis: { label: 'Belang', min: 1, max: 5 },
      yAxis: { label: 'Invloed', min: 1, max: 5 },
      quadrants: ['Tevreden houden', 'Nauw betrekken', 'Informeren', 'Monitoren'],
      points: [
        { label: 'Wijkteams', x: 1, y: 5, itemId: 'a' },
        { label: 'Bibliotheek', x: 5, y: 1, itemId: 'b' },
        { label: 'Zelfde plek', x: 5, y: 1, itemId: 'c' },
      ],
    };
    const svg = figureSvg(grid, accent);
    const markers = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="10"/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) }));
    expect(markers).toHaveLength(3);
    // Top-left point: left of and above the bottom-right ones; the two on one spot do not overlap exactly.
    expect(markers[0].x).toBeLessThan(markers[1].x);
    expect(markers[0].y).toBeLessThan(markers[1].y);
    expect(markers[1]).not.toEqual(markers[2]);
    const content = texts(svg);
    for (const label of ['Wijkteams', 'Bibliotheek', 'Zelfde plek', 'TEVREDEN HOUDEN', 'MONITOREN', 'Belang →', 'Invloed →']) expect(content).toContain(label);
  });

  it('draws the scale as rising steps in rank order', () => {
    const scale: ScaleFigure = {
      kind: 'scale',
      name: 'Betrokkenheid',
      levels: [
        { rank: 2, label: 'Op de hoogte', description: 'Ontvangt informatie.', itemId: 'b' },
        { rank: 1, label: 'Buiten beeld', description: 'Nauwelijks contact.', itemId: 'a' },
        { rank: 3, label: 'Partner', description: 'Werkt structureel samen.', itemId: 'c' },
      ],
    };
    const svg = figureSvg(scale, accent);
    const heights = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" rx="2"/g)].map((match) => Number(match[1]));
    expect(heights).toHaveLength(3);
    expect(heights[0]).toBeLessThan(heights[1]);
    expect(heights[1]).toBeLessThan(heights[2]);
    const content = texts(svg);
    expect(content.indexOf('Buiten beeld')).toBeLessThan(content.indexOf('Op de hoogte'));
    expect(content).toContain('Werkt structureel samen.');
  });

  it('escapes XML-special text and drops characters XML cannot hold', () => {
    const svg = figureSvg({ ...bars, categories: ['<b>&"x"\u0001\ud800', 'ok', 'also'] }, accent);
    expect(svg).toContain('&lt;b&gt;&amp;&quot;x&quot;');
    expect(svg.includes('\u0001')).toBe(false);
    expect(svg).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(svgSize(svg).width).toBe(640);
  });

  it('cuts a very long word into lines that fit', () => {
    const lines = wrap('x'.repeat(2000), 100, 12);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.join('')).toBe('x'.repeat(2000));
  });
});
