import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { applyMetadata, metadataText, reportMetadata, type PdfMetadata } from '../../../../../src/main/export/pdf/document/metadata';
import { xmlEscape, xmpPacket } from '../../../../../src/main/export/pdf/document/xmp';
import type { ReportMeta } from '../../../../../src/shared/report/doc';
import { pdfinfo, pdfinfoXmp, pdfjsMetadata, qpdfCheck, qpdfObjects } from '../pdf-tools';
import { savePdf, tinyPdf } from './pdf-fixture';

const TITLE = 'Fietsen & <naar> school: "veilig" \'s ochtends 🚲';
const created = new Date('2026-03-04T05:06:07.890Z');

const input = (over: Partial<PdfMetadata> = {}): PdfMetadata => ({
  title: TITLE,
  authors: ['Anna de Vries', 'Bram Jansen'],
  subject: 'Advies over fietsgedrag van ouders & kinderen',
  keywords: ['sociale marketing', 'fietsen', 'Rotterdam'],
  language: 'nl',
  created,
  ...over,
});

async function exported(name: string, over: Partial<PdfMetadata> = {}): Promise<string> {
  const pdf = await tinyPdf(1);
  applyMetadata(pdf, input(over));
  return savePdf(pdf, name);
}

describe('applyMetadata', () => {
  it('fills the information dictionary as pdfinfo reads it, and qpdf finds the file clean', async () => {
    const file = await exported('info.pdf');
    expect((await qpdfCheck(file)).ok).toBe(true);
    const info = await pdfinfo(file, { isoDates: true });
    expect(info.Title).toBe(TITLE);
    expect(info.Author).toBe('Anna de Vries, Bram Jansen');
    expect(info.Subject).toBe('Advies over fietsgedrag van ouders & kinderen');
    expect(info.Keywords).toBe('sociale marketing, fietsen, Rotterdam');
    expect(info.Creator).toBe('Drijfveer');
    expect(info.Producer).toMatch(/Drijfveer/);
    expect(info.CreationDate).toBe('2026-03-04T05:06:07Z');
    expect(info.ModDate).toBe('2026-03-04T05:06:07Z');
    expect(info['Metadata Stream']).toBe('yes');
  });

  it('sets the language and shows the title in the window title bar', async () => {
    const nl = await exported('lang-nl.pdf');
    const en = await exported('lang-en.pdf', { language: 'en' });
    expect((await pdfjsMetadata(nl)).info.Language).toBe('nl-NL');
    expect((await pdfjsMetadata(en)).info.Language).toBe('en-GB');
    const objects = await qpdfObjects(en);
    const catalog = objects.get(objects.trailer['/Root']) as Record<string, unknown>;
    expect(catalog['/Lang']).toBe('u:en-GB');
    expect((objects.get(catalog['/ViewerPreferences'] as string) as Record<string, unknown>)['/DisplayDocTitle']).toBe(true);
  });

  it('writes an XMP packet that pdf.js parses into the same values, with PDF/A-2b identification', async () => {
    const file = await exported('xmp.pdf');
    const { xmp, info } = await pdfjsMetadata(file);
    expect(xmp).not.toBeNull();
    expect(xmp?.['dc:title']).toBe(TITLE);
    expect(xmp?.['dc:title']).toBe(info.Title);
    expect(xmp?.['dc:creator']).toEqual(['Anna de Vries, Bram Jansen']);
    expect(xmp?.['dc:description']).toBe(info.Subject);
    expect(xmp?.['dc:language']).toBe('nl-NL');
    expect(xmp?.['pdf:keywords']).toBe(info.Keywords);
    expect(xmp?.['pdf:producer']).toBe(info.Producer);
    expect(xmp?.['xmp:creatortool']).toBe('Drijfveer');
    expect(xmp?.['xmp:createdate']).toBe('2026-03-04T05:06:07Z');
    expect(xmp?.['xmp:modifydate']).toBe('2026-03-04T05:06:07Z');
    expect(xmp?.['xmp:metadatadate']).toBe('2026-03-04T05:06:07Z');
    expect(xmp?.['pdfaid:part']).toBe('2');
    expect(xmp?.['pdfaid:conformance']).toBe('B');
    // poppler finds the same packet.
    expect(await pdfinfoXmp(file)).toContain('<pdfaid:part>2</pdfaid:part>');
  });

  it('stores the XMP uncompressed as /Type /Metadata /Subtype /XML on the catalog', async () => {
    const file = await exported('xmp-stream.pdf');
    const objects = await qpdfObjects(file);
    const catalog = objects.get(objects.trailer['/Root']) as Record<string, unknown>;
    const stream = objects.stream(catalog['/Metadata'] as string);
    expect(stream?.dict['/Type']).toBe('/Metadata');
    expect(stream?.dict['/Subtype']).toBe('/XML');
    expect(stream?.dict['/Filter']).toBeUndefined();
    // Uncompressed: the packet is readable in the raw file bytes.
    expect(readFileSync(file).includes('<x:xmpmeta xmlns:x="adobe:ns:meta/">')).toBe(true);
    expect(stream?.data.toString('utf8')).toContain('&amp; &lt;naar&gt; school: &quot;veilig&quot; &apos;s ochtends 🚲');
  });

  it('gives identical bytes for identical input and a fixed date, different bytes for another date', async () => {
    const a = readFileSync(await exported('same-a.pdf'));
    const b = readFileSync(await exported('same-b.pdf'));
    const c = readFileSync(await exported('later.pdf', { created: new Date('2026-03-05T05:06:07Z') }));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it('writes a trailer /ID of two equal 16-byte strings that differs when the pages differ', async () => {
    const objects = await qpdfObjects(await exported('id.pdf'));
    const id = objects.trailer['/ID'] as string[];
    expect(id).toHaveLength(2);
    expect(id[0]).toMatch(/^b:[0-9a-f]{32}$/);
    expect(id[1]).toBe(id[0]);
    expect((await qpdfObjects(await exported('id-again.pdf'))).trailer['/ID']).toEqual(id);

    const other = await tinyPdf(2);
    applyMetadata(other, input());
    const otherId = (await qpdfObjects(await savePdf(other, 'id-other.pdf'))).trailer['/ID'] as string[];
    expect(otherId[0]).not.toBe(id[0]);
  });

  it('keeps a modification date apart from the creation date', async () => {
    const file = await exported('dates.pdf', { modified: new Date('2026-04-01T12:00:00Z') });
    const info = await pdfinfo(file, { isoDates: true });
    expect(info.CreationDate).toBe('2026-03-04T05:06:07Z');
    expect(info.ModDate).toBe('2026-04-01T12:00:00Z');
    expect((await pdfjsMetadata(file)).xmp?.['xmp:modifydate']).toBe('2026-04-01T12:00:00Z');
  });

  it('removes control characters and repairs lone surrogates instead of writing broken text', async () => {
    const file = await exported('odd.pdf', { title: 'Rapport\u0000\u0007 over\n\tfietsen \ud800!', authors: ['A\u0001nna'] });
    expect((await qpdfCheck(file)).ok).toBe(true);
    const { info, xmp } = await pdfjsMetadata(file);
    expect(info.Title).toBe('Rapport over fietsen \ufffd!');
    expect(xmp?.['dc:title']).toBe('Rapport over fietsen \ufffd!');
    expect(info.Author).toBe('Anna');
  });

  it('leaves empty author, subject and keywords out of both the dictionary and the XMP', async () => {
    const file = await exported('empty.pdf', { authors: [], subject: ' ', keywords: [] });
    const info = await pdfinfo(file);
    expect(info.Title).toBe(TITLE);
    expect(info.Author).toBeUndefined();
    expect(info.Subject).toBeUndefined();
    expect(info.Keywords).toBeUndefined();
    const { xmp } = await pdfjsMetadata(file);
    expect(xmp?.['dc:creator']).toBeUndefined();
    expect(xmp?.['dc:description']).toBeUndefined();
    expect(xmp?.['pdf:keywords']).toBeUndefined();
    expect(xmp?.['dc:title']).toBe(TITLE);
  });

  it('replaces what pdf-lib itself writes on create (its name and the current time)', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    applyMetadata(pdf, input());
    const info = await pdfinfo(await savePdf(pdf, 'pdf-lib-defaults.pdf'), { isoDates: true });
    expect(info.Producer).not.toMatch(/pdf-lib \(https/);
    expect(info.Creator).toBe('Drijfveer');
    expect(info.CreationDate).toBe('2026-03-04T05:06:07Z');
    expect(info.ModDate).toBe('2026-03-04T05:06:07Z');
  });

  it('leaves out the PDF/A claim when asked', async () => {
    const { xmp } = await pdfjsMetadata(await exported('no-pdfa.pdf', { pdfa: false }));
    expect(xmp?.['pdfaid:part']).toBeUndefined();
    expect(xmp?.['dc:title']).toBe(TITLE);
  });
});

describe('metadata helpers', () => {
  it('escapes the five XML specials and drops characters XML forbids', () => {
    expect(xmlEscape(`a&b<c>d"e'f\u0001g\uffff`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fg');
    expect(metadataText('  twee\r\nregels\u2028  ')).toBe('twee regels');
  });

  it('writes whole-second UTC dates in the packet', () => {
    const packet = xmpPacket({
      title: 't', creator: 'c', description: '', language: 'nl-NL', keywords: '', producer: 'p', creatorTool: 'Drijfveer',
      created, modified: created, pdfa: null,
    });
    expect(packet).toContain('<xmp:CreateDate>2026-03-04T05:06:07Z</xmp:CreateDate>');
    expect(packet).not.toContain('dc:description');
    expect(packet).not.toContain('pdfaid');
    expect(packet.startsWith('<?xpacket begin="\ufeff"')).toBe(true);
    expect(packet.endsWith('<?xpacket end="w"?>')).toBe(true);
  });

  it('takes a report\'s meta, with a title and author when they are empty', () => {
    const meta = {
      title: '', subtitle: 'Ondertitel', client: 'Gemeente Utrecht', organisation: 'Bureau Drijf', authors: [],
      date: '2026-01-01', status: 'draft', statusLabel: 'Concept', language: 'nl', accentColor: '#123456', logo: null,
      keywords: ['a'], subject: '',
    } as unknown as ReportMeta;
    const result = reportMetadata(meta, { created });
    expect(result.title).toBe('Adviesrapport');
    expect(result.authors).toEqual(['Bureau Drijf']);
    expect(result.subject).toBe('Ondertitel');
    expect(result.created).toBe(created);
    expect(reportMetadata({ ...meta, language: 'en', title: 'Cycling' }).title).toBe('Cycling');
    expect(reportMetadata({ ...meta, language: 'en' }).title).toBe('Advisory report');
  });
});
