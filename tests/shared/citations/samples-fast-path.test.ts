// Both sample projects must be formatted entirely by the fast APA formatter:
// building their reference list and every citation of their findings may not
// start citeproc, whose engine build costs over a second on every export and
// on the Report step's preview.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as citeproc from '../../../src/shared/citations/citeproc';
import { clearCitationCache, createCitationEngine } from '../../../src/shared/citations/engine';
import { loadProjectText } from '../../../src/shared/project-file/load';

vi.mock('../../../src/shared/citations/citeproc', async (importOriginal) => {
  const original = await importOriginal<typeof citeproc>();
  return {
    ...original,
    renderBibliographyHtml: vi.fn(original.renderBibliographyHtml),
    renderCitationText: vi.fn(original.renderCitationText),
  };
});

const dir = path.join(__dirname, '../../../resources/samples');
const samples = ['ouderbetrokkenheid-voorschool.nl.drijfveer', 'ouderbetrokkenheid-voorschool.en.drijfveer'];

describe('the sample projects without citeproc', () => {
  it.each(samples.flatMap((file) => (['nl', 'en'] as const).map((language) => [file, language] as const)))(
    '%s in %s',
    (file, language) => {
      // Cached citeproc output from an earlier case would hide a fallback.
      clearCitationCache();
      vi.mocked(citeproc.renderBibliographyHtml).mockClear();
      vi.mocked(citeproc.renderCitationText).mockClear();
      const project = loadProjectText(readFileSync(path.join(dir, file), 'utf8')).project;
      const sources = project.deskResearch.sources;
      const engine = createCitationEngine(sources, language);
      const entries = engine.bibliography();
      expect(entries.map((e) => e.sourceId).sort()).toEqual(sources.map((s) => s.id).sort());
      const chapter = entries.find((e) => e.sourceId === 'src-bronfenbrenner-1994');
      expect(chapter?.text).toContain(language === 'nl' ? '(2e dr., Vol. 3, pp. 1643–1647)' : '(2nd ed., Vol. 3, pp. 1643–1647)');
      for (const finding of project.deskResearch.findings) {
        if (finding.citations.length > 0) expect(engine.cite(finding.citations)).toMatch(/^\(.+\)$/);
      }
      expect(citeproc.renderBibliographyHtml).not.toHaveBeenCalled();
      expect(citeproc.renderCitationText).not.toHaveBeenCalled();
    },
  );
});
