// The output intent: tells a reader (and a PDF/A validator) that the colours
// in the file are sRGB. Our pages use DeviceRGB only, which PDF/A allows when
// an RGB output intent is present. The profile comes from srgb-icc.ts.

import { PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { srgbIccProfile } from './srgb-icc';

export const SRGB_CONDITION = 'sRGB IEC61966-2.1';

/** Adds /OutputIntents with one GTS_PDFA1 sRGB intent; returns the ICC stream's reference. */
export function addSrgbOutputIntent(pdf: PDFDocument): PDFRef {
  const { context } = pdf;
  const profile = context.flateStream(srgbIccProfile(), { N: 3 });
  const profileRef = context.register(profile);
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(SRGB_CONDITION),
    Info: PDFString.of(SRGB_CONDITION),
    RegistryName: PDFString.of('http://www.color.org'),
    DestOutputProfile: profileRef,
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));
  return profileRef;
}
