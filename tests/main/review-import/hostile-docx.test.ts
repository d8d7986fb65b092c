import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_LIMITS, readDocxComments } from '../../../src/main/review-import/docx-comments';
import { createReviewImport, readDocxCommentsFile } from '../../../src/main/review-import/import-review-docx';
import { AppError } from '../../../src/shared/errors';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const minimalDocument = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>Hallo</w:t></w:r></w:p></w:body></w:document>`;

function docx(parts: Record<string, string | Uint8Array>, level: 0 | 9 = 9): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level });
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : `not coded: ${String(error)}`;
  }
  return 'no error';
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-hostile-docx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hostile Word documents', () => {
  it('reads a minimal document without comments as no comments', () => {
    expect(readDocxComments(docx({ 'word/document.xml': minimalDocument }), 'a.docx').comments).toEqual([]);
  });

  it('refuses what is not a zip: text, an empty file, a truncated zip', () => {
    expect(codeOf(() => readDocxComments(strToU8('{"format":"drijfveer"}'), 'a.docx'))).toBe('DOCX_NOT_A_ZIP');
    expect(codeOf(() => readDocxComments(new Uint8Array(0), 'a.docx'))).toBe('DOCX_NOT_A_ZIP');
    const whole = docx({ 'word/document.xml': minimalDocument });
    expect(codeOf(() => readDocxComments(whole.slice(0, whole.length - 30), 'a.docx'))).toBe('DOCX_NOT_A_ZIP');
  });

  it('refuses a zip without word/document.xml', () => {
    expect(codeOf(() => readDocxComments(docx({ 'word/comments.xml': '<w:comments/>' }), 'a.docx'))).toBe('DOCX_PART_MISSING');
  });

  it('refuses a zip bomb before inflating it: a part larger than the limit', () => {
    // 65 MB of zeros compress to ~64 KB; the declared size is over the part limit.
    const huge = new Uint8Array(DOCX_LIMITS.partBytes + 1024 * 1024);
    const bomb = docx({ 'word/document.xml': huge });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(codeOf(() => readDocxComments(bomb, 'bomb.docx'))).toBe('DOCX_TOO_LARGE');
  });

  it('refuses a part whose header lies about its size, without reading past the declared size', () => {
    const body = strToU8(minimalDocument.replace('Hallo', 'x'.repeat(100_000)));
    const zip = docx({ 'word/document.xml': body });
    // Patch the declared (uncompressed) size in the central directory to 100 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = zip.length - 22; at >= 0; at -= 1) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 100, true);
        break;
      }
    }
    expect(codeOf(() => readDocxComments(zip, 'liar.docx'))).toMatch(/^DOCX_(NOT_A_ZIP|XML_INVALID)$/);
  });

  it('refuses DOCTYPE and entity declarations (billion laughs, external entities)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;
    expect(codeOf(() => readDocxComments(docx({ 'word/document.xml': laughs }), 'a.docx'))).toBe('DOCX_XML_ENTITIES');
    const external = `<?xml version="1.0"?><!DOCTYPE c [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:comments ${W}><w:comment w:id="1"><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:comment></w:comments>`;
    expect(codeOf(() => readDocxComments(docx({ 'word/document.xml': minimalDocument, 'word/comments.xml': external }), 'a.docx'))).toBe('DOCX_XML_ENTITIES');
  });

  it('refuses broken XML and undeclared entities, decodes character references', () => {
    const broken = minimalDocument.replace('</w:r>', '');
    expect(codeOf(() => readDocxComments(docx({ 'word/document.xml': broken }), 'a.docx'))).toBe('DOCX_XML_INVALID');
    const unknownEntity = minimalDocument.replace('Hallo', '&nbsp;');
    expect(codeOf(() => readDocxComments(docx({ 'word/document.xml': unknownEntity }), 'a.docx'))).toBe('DOCX_XML_INVALID');
    const notUtf8 = docx({ 'word/document.xml': new Uint8Array([0x3c, 0x61, 0xff, 0xfe, 0x3e]) });
    expect(codeOf(() => readDocxComments(notUtf8, 'a.docx'))).toBe('DOCX_XML_INVALID');
    const comments = `<w:comments ${W} xmlns:w14="x"><w:comment w:id="7" w:author="J &amp; K" w:date="2026-01-02T03:04:05Z"><w:p w14:paraId="1"><w:r><w:t>a &lt;b&gt; &#233;&#x20AC;</w:t></w:r></w:p></w:comment></w:comments>`;
    const [comment] = readDocxComments(docx({ 'word/document.xml': minimalDocument, 'word/comments.xml': comments }), 'a.docx').comments;
    expect(comment).toMatchObject({ wordId: '7', author: 'J & K', body: 'a <b> é€', itemBookmark: null, quote: '' });
  });

  it('handles a large document with many comments quickly and within limits', () => {
    const paragraphs: string[] = [];
    const comments: string[] = [];
    for (let i = 0; i < 5000; i += 1) {
      paragraphs.push(
        `<w:bookmarkStart w:name="item_x${i}" w:id="${i}"/><w:commentRangeStart w:id="${i}"/><w:p><w:r><w:t>Tekst ${i}</w:t></w:r></w:p><w:commentRangeEnd w:id="${i}"/><w:bookmarkEnd w:id="${i}"/>`,
      );
      comments.push(`<w:comment w:id="${i}" w:author="R"><w:p><w:r><w:t>Opmerking ${i}</w:t></w:r></w:p></w:comment>`);
    }
    const doc = `<w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`;
    const started = performance.now();
    const read = readDocxComments(docx({ 'word/document.xml': doc, 'word/comments.xml': `<w:comments ${W}>${comments.join('')}</w:comments>` }), 'big.docx');
    const ms = performance.now() - started;
    expect(read.comments).toHaveLength(5000);
    expect(read.comments[4321]).toMatchObject({ itemBookmark: 'item_x4321', quote: 'Tekst 4321', body: 'Opmerking 4321' });
    expect(ms).toBeLessThan(5000);
  });

  it('maps file-system failures to coded errors and returns null when the dialog is cancelled', async () => {
    await expect(readDocxCommentsFile(join(dir, 'missing.docx'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await mkdir(join(dir, 'folder.docx'));
    await expect(readDocxCommentsFile(join(dir, 'folder.docx'))).rejects.toMatchObject({ code: 'FILE_IS_DIRECTORY' });
    const path = join(dir, 'ok.docx');
    await writeFile(path, docx({ 'word/document.xml': minimalDocument }));
    const chosen: (string | null)[] = [null, path];
    const api = createReviewImport({ dialogs: { chooseProjectToOpen: async () => chosen.shift() ?? null } });
    await expect(api.importReviewDocx({ docId: 'd1' })).resolves.toBeNull();
    await expect(api.importReviewDocx({ docId: 'd1' })).resolves.toEqual({ fileName: 'ok.docx', comments: [] });
  });
});
