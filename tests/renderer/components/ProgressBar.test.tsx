// The shared progress bar renders the markup the export panel and the PDF
// preview rely on: the caption, a progressbar with its label and 0–100 range,
// the rounded percentage, and the fill width.

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../../src/renderer/components/ProgressBar';

describe('ProgressBar', () => {
  it('renders caption, role, label, range and the rounded percentage', () => {
    const html = renderToStaticMarkup(<ProgressBar caption="Bezig…" label="Voortgang" fraction={0.426} />);
    expect(html).toBe(
      '<div class="export-progress"><span>Bezig…</span>' +
        '<div class="progress-track" role="progressbar" aria-label="Voortgang" aria-valuemin="0" aria-valuemax="100" aria-valuenow="43">' +
        '<div class="progress-fill" style="width:43%"></div></div></div>',
    );
  });

  it('adds an extra class next to export-progress', () => {
    const html = renderToStaticMarkup(<ProgressBar className="pdf-preview-progress" caption="x" label="y" fraction={1} />);
    expect(html).toContain('<div class="export-progress pdf-preview-progress">');
    expect(html).toContain('aria-valuenow="100"');
  });
});
