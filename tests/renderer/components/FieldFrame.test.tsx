// Every shared field sits in the same frame: the label points at the control,
// help and error lines are tied to it with aria-describedby (only when there
// are any), an error marks it invalid and is announced, and the screen-reader
// suffix follows the label.

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DateField } from '../../../src/renderer/components/DateField';
import { SelectField } from '../../../src/renderer/components/SelectField';
import { TextAreaField } from '../../../src/renderer/components/TextAreaField';
import { TextField } from '../../../src/renderer/components/TextField';

const noop = () => undefined;
const options = [
  { value: 'a', label: 'A' },
  { value: 'b', label: 'B' },
] as const;

describe('the field frame', () => {
  it('writes label, help, control and error in that order, tied by ids', () => {
    const html = renderToStaticMarkup(<TextField id="naam" label="Naam" srLabelSuffix="Auteur 2" help="Voluit" error="Verplicht" value="Jan" onChange={noop} />);
    expect(html).toBe(
      '<div class="field"><label class="field-label" for="naam">Naam<span class="visually-hidden"> Auteur 2</span></label>' +
        '<p id="naam-help" class="field-help">Voluit</p>' +
        '<input id="naam" aria-describedby="naam-help naam-error" aria-invalid="true" type="text" autoComplete="off" value="Jan"/>' +
        '<p id="naam-error" class="field-error" role="alert">Verplicht</p></div>',
    );
  });

  it('describes a control only by what is there', () => {
    const onlyHelp = renderToStaticMarkup(<TextAreaField id="n" label="Notities" help="Intern" value="" onChange={noop} />);
    expect(onlyHelp).toContain('aria-describedby="n-help"');
    expect(onlyHelp).not.toContain('aria-invalid');
    const nothing = renderToStaticMarkup(<DateField id="d" label="Datum" value="" onChange={noop} />);
    expect(nothing).not.toContain('aria-describedby');
    expect(nothing).not.toContain('field-help');
    expect(nothing).not.toContain('role="alert"');
  });

  it('ties the label to the control with a generated id when none is given', () => {
    const html = renderToStaticMarkup(<SelectField label="Keuze" value="b" options={options} onChange={noop} />);
    const labelFor = /<label class="field-label" for="([^"]+)">/.exec(html)?.[1];
    const selectId = /<select id="([^"]+)"/.exec(html)?.[1];
    expect(labelFor).toBeTruthy();
    expect(selectId).toBe(labelFor);
  });

  it('keeps each field its own control and class', () => {
    expect(renderToStaticMarkup(<DateField id="d" label="Datum" value="2026-01-02" min="2026-01-01" max="" onChange={noop} />)).toBe(
      '<div class="field field-date"><label class="field-label" for="d">Datum</label>' +
        '<input id="d" type="date" min="2026-01-01" value="2026-01-02"/></div>',
    );
    expect(renderToStaticMarkup(<TextAreaField id="t" label="Tekst" rows={2} readOnly value="x" onChange={noop} />)).toBe(
      '<div class="field"><label class="field-label" for="t">Tekst</label><textarea id="t" rows="2" readOnly="">x</textarea></div>',
    );
    expect(renderToStaticMarkup(<TextField id="e" label="E-mail" type="email" className="wide" value="" onChange={noop} />)).toContain(
      '<div class="field wide">',
    );
    // A read-only choice cannot be changed at all: the select is disabled.
    expect(renderToStaticMarkup(<SelectField id="s" label="Keuze" value="a" options={options} readOnly onChange={noop} />)).toContain(
      '<select id="s" disabled="">',
    );
  });
});
