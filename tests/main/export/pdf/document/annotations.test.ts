import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NOTE_SIZE, addCommentNotes, commentsOf, noteContents } from '../../../../../src/main/export/pdf/document/annotations';
import { A4, type PageFrame } from '../../../../../src/main/export/pdf/layout/types';
import type { ReportComment } from '../../../../../src/shared/report/doc';
import { pdfjsAnnotations, qpdfCheck, qpdfObjects } from '../pdf-tools';
import { savePdf, tinyPdf } from './pdf-fixture';

const run = promisify(execFile);

const comment = (id: string, over: Partial<ReportComment> = {}): ReportComment => ({
  id,
  itemId: null,
  anchorBlockId: 'block-1',
  author: { name: 'Anna de Vries', role: 'senior adviseur' },
  initials: 'AV',
  date: '2026-02-03T10:11:12Z',
  body: 'Klopt dit cijfer? Bron "CBS" & <GGD> 🚲',
  quote: '',
  replies: [
    { id: `${id}-r1`, author: { name: 'Bram Jansen', role: 'beleidsadviseur' }, initials: 'BJ', date: '2026-02-04T09:00:00Z', body: 'Ja,\nzie tabel 3.' },
    { id: `${id}-r2`, author: { name: '', role: '' }, initials: 'CK', date: 'geen datum', body: 'Akkoord.' },
  ],
  ...over,
});

describe('noteContents', () => {
  it('puts the body first and each reply as "Name (role), date: text"', () => {
    expect(noteContents(comment('c1'))).toBe(
      'Klopt dit cijfer? Bron "CBS" & <GGD> 🚲\nBram Jansen (beleidsadviseur), 2026-02-04: Ja, zie tabel 3.\nCK: Akkoord.',
    );
  });
});

describe('addCommentNotes', () => {
  it('adds sticky notes that pdf.js reads with author, contents and date, on the right page and spot', async () => {
    const pdf = await tinyPdf(2);
    const result = addCommentNotes(
      pdf,
      [comment('c1'), comment('c2', { author: { name: 'Dirk', role: '' }, replies: [], body: 'Tweede' }), comment('zonder-plek')],
      [
        { commentId: 'c1', pageIndex: 1, x: 500, y: 100 },
        { commentId: 'c1', pageIndex: 0, x: 10, y: 10 }, // a second marker of the same comment: only the first counts
        { commentId: 'c2', pageIndex: 0, x: 590, y: 900 }, // off the page: pulled back onto it
        { commentId: 'c3-onbekend', pageIndex: 0, x: 1, y: 1 },
        { commentId: 'zonder-plek', pageIndex: 9, x: 1, y: 1 },
      ],
    );
    expect(result).toEqual({ added: 2, unplaced: ['zonder-plek'] });
    const file = await savePdf(pdf, 'notes.pdf');
    expect((await qpdfCheck(file)).ok).toBe(true);

    const second = await pdfjsAnnotations(file, 1);
    const note = second.find((a) => a.subtype === 'Text');
    expect(note?.title).toBe('Anna de Vries (senior adviseur)');
    expect(note?.contents).toBe(noteContents(comment('c1')));
    expect(note?.modificationDate).toBe('D:20260203101112Z');
    const expectedRect = [500, A4.height - 100 - NOTE_SIZE, 500 + NOTE_SIZE, A4.height - 100];
    note?.rect.forEach((value, i) => expect(value).toBeCloseTo(expectedRect[i], 1));
    expect(second.some((a) => a.subtype === 'Popup')).toBe(true);

    const first = await pdfjsAnnotations(file, 0);
    const clamped = first.find((a) => a.subtype === 'Text');
    expect(clamped?.title).toBe('Dirk');
    expect(clamped?.contents).toBe('Tweede');
    const [x1, y1, x2, y2] = clamped!.rect;
    expect(x1).toBeGreaterThanOrEqual(0);
    expect(y1).toBeGreaterThanOrEqual(0);
    expect(x2).toBeLessThanOrEqual(A4.width);
    expect(y2).toBeLessThanOrEqual(A4.height);
  });

  it('writes /Name /Comment, closed, with a popup and an appearance, printable', async () => {
    const pdf = await tinyPdf(1);
    addCommentNotes(pdf, [comment('c1')], [{ commentId: 'c1', pageIndex: 0, x: 300, y: 300 }]);
    const objects = await qpdfObjects(await savePdf(pdf, 'note-keys.pdf'));
    const page = objects.get(objects.pages[0]) as Record<string, string[]>;
    const annots = page['/Annots'].map((ref) => objects.get(ref) as Record<string, unknown>);
    const note = annots.find((a) => a['/Subtype'] === '/Text')!;
    const popup = annots.find((a) => a['/Subtype'] === '/Popup')!;
    expect(note['/Name']).toBe('/Comment');
    expect(note['/Open']).toBe(false);
    expect(note['/T']).toBe('u:Anna de Vries (senior adviseur)');
    expect(note['/NM']).toBe('u:c1');
    expect((note['/F'] as number) & 4).toBe(4);
    expect(objects.get(note['/Popup'] as string)).toEqual(popup);
    expect(popup['/Parent']).toBe(page['/Annots'][0]);
    expect(popup['/Open']).toBe(false);
    const appearance = objects.stream((note['/AP'] as Record<string, string>)['/N']);
    expect(appearance?.dict['/Subtype']).toBe('/Form');
  });

  it('draws the note icon where the comment is (rendered by poppler)', async () => {
    const pdf = await tinyPdf(1);
    addCommentNotes(pdf, [comment('c1')], [{ commentId: 'c1', pageIndex: 0, x: 300, y: 300 }]);
    const file = await savePdf(pdf, 'note-render.pdf');
    // 72 dpi: one pixel per point, so the icon covers x 300..316, y 300..316 from the top.
    await run('pdftoppm', ['-r', '72', '-singlefile', file, `${file}-page`]);
    const ppm = readFileSync(`${file}-page.ppm`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
    const width = Number(header[1]);
    const pixel = (x: number, y: number): number[] => {
      const at = header[0].length + (y * width + x) * 3;
      return [ppm[at], ppm[at + 1], ppm[at + 2]];
    };
    const [r, g, b] = pixel(302, 311);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeGreaterThan(170);
    expect(b).toBeLessThan(120);
    expect(pixel(350, 311)).toEqual([255, 255, 255]);
  });

  it('can put every icon in the margin at the marker\'s height', async () => {
    const pdf = await tinyPdf(1);
    addCommentNotes(pdf, [comment('c1')], [{ commentId: 'c1', pageIndex: 0, x: 100, y: 300 }], { x: A4.width - 40 });
    const [note] = (await pdfjsAnnotations(await savePdf(pdf, 'note-margin.pdf'), 0)).filter((a) => a.subtype === 'Text');
    expect(note.rect[0]).toBeCloseTo(A4.width - 40, 1);
    expect(note.rect[3]).toBeCloseTo(A4.height - 300, 1);
  });

  it('collects comment markers from laid-out pages', () => {
    const frames: PageFrame[] = [{ role: 'body', items: [] }, { role: 'body', items: [{ kind: 'comment', commentId: 'c9', x: 5, y: 6 }] }];
    expect(commentsOf(frames)).toEqual([{ commentId: 'c9', pageIndex: 1, x: 5, y: 6 }]);
  });
});
