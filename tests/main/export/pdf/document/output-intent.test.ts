import { describe, expect, it } from 'vitest';
import { addSrgbOutputIntent } from '../../../../../src/main/export/pdf/document/output-intent';
import { srgbIccProfile } from '../../../../../src/main/export/pdf/document/srgb-icc';
import { qpdfCheck, qpdfObjects } from '../pdf-tools';
import { savePdf, tinyPdf } from './pdf-fixture';

describe('addSrgbOutputIntent', () => {
  it('adds one GTS_PDFA1 sRGB output intent whose profile is our ICC profile', async () => {
    const pdf = await tinyPdf(1);
    addSrgbOutputIntent(pdf);
    const file = await savePdf(pdf, 'intent.pdf');
    expect((await qpdfCheck(file)).ok).toBe(true);

    const objects = await qpdfObjects(file);
    const catalog = objects.get(objects.trailer['/Root']) as Record<string, unknown>;
    const intents = objects.get(catalog['/OutputIntents'] as string) as string[];
    expect(intents).toHaveLength(1);
    const intent = objects.get(intents[0]) as Record<string, unknown>;
    expect(intent['/Type']).toBe('/OutputIntent');
    expect(intent['/S']).toBe('/GTS_PDFA1');
    expect(intent['/OutputConditionIdentifier']).toBe('u:sRGB IEC61966-2.1');
    const profile = objects.stream(intent['/DestOutputProfile'] as string);
    expect(profile?.dict['/N']).toBe(3);
    // qpdf decoded the stream: it is exactly the generated profile.
    expect(profile?.data.equals(Buffer.from(srgbIccProfile()))).toBe(true);
  });

  it('without the call there is no output intent (the check above can fail)', async () => {
    const file = await savePdf(await tinyPdf(1), 'no-intent.pdf');
    const objects = await qpdfObjects(file);
    const catalog = objects.get(objects.trailer['/Root']) as Record<string, unknown>;
    expect(catalog['/OutputIntents']).toBeUndefined();
  });
});
