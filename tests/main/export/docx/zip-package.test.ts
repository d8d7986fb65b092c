// The zip writer of the DOCX package, judged by Info-ZIP's unzip and by
// fflate: every entry comes back byte for byte (deflated XML, stored PNG,
// UTF-8 names), the archive tests clean, and the same input gives the same
// bytes. The reader for the library's own zip gets back what fflate wrote.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipPackage } from '../../../../src/main/export/docx/package/unzip';
import { zipPackage } from '../../../../src/main/export/docx/package/zip';
import { tempDir } from './docx-helpers';

const entries = [
  { path: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
  { path: 'word/document.xml', data: Buffer.from(`<w:document>${'<w:p><w:r><w:t>ë tekst</w:t></w:r></w:p>'.repeat(5000)}</w:document>`) },
  { path: 'word/media/fig1.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...Array.from({ length: 3000 }, (_, index) => (index * 7) % 256)]) },
  { path: 'word/empty.xml', data: new Uint8Array(0) },
  { path: 'naam met ë.xml', data: Buffer.from('<a/>') },
];

describe('zipPackage', () => {
  it('writes an archive unzip tests clean and both unzip and fflate read back exactly', () => {
    const bytes = zipPackage(entries);
    const file = path.join(tempDir(), 'package.zip');
    writeFileSync(file, bytes);
    expect(execFileSync('unzip', ['-t', file]).toString('utf8')).toMatch(/No errors detected/);
    for (const entry of entries.filter((e) => e.path.startsWith('word/') && e.data.length > 0)) {
      expect(Buffer.compare(execFileSync('unzip', ['-p', file, entry.path], { maxBuffer: 16 * 1024 * 1024 }), Buffer.from(entry.data))).toBe(0);
    }
    const read = unzipSync(bytes);
    expect(Object.keys(read)).toEqual(entries.map((entry) => entry.path));
    for (const entry of entries) expect(Buffer.compare(Buffer.from(read[entry.path]), Buffer.from(entry.data)), entry.path).toBe(0);
  });

  it('deflates XML, stores pictures as they are, and is deterministic', () => {
    const bytes = zipPackage(entries);
    const xmlSize = entries[1].data.length;
    expect(bytes.length).toBeLessThan(xmlSize / 20);
    // The PNG's bytes appear verbatim in a stored entry.
    expect(Buffer.from(bytes).indexOf(Buffer.from(entries[2].data))).toBeGreaterThan(0);
    expect(Buffer.compare(Buffer.from(zipPackage(entries)), Buffer.from(bytes))).toBe(0);
  });
});

describe('unzipPackage', () => {
  it('reads back, in order, what fflate zipped (as the docx library does) and what zipPackage wrote', () => {
    const byFflate = zipSync(Object.fromEntries(entries.map((entry) => [entry.path, new Uint8Array(entry.data)])));
    for (const bytes of [byFflate, zipPackage(entries)]) {
      const read = unzipPackage(bytes);
      expect([...read.keys()]).toEqual(entries.map((entry) => entry.path));
      for (const entry of entries) expect(Buffer.compare(Buffer.from(read.get(entry.path) ?? []), Buffer.from(entry.data)), entry.path).toBe(0);
    }
  });

  it('refuses bytes that are not a zip, and a zip whose entry is damaged', () => {
    expect(() => unzipPackage(Buffer.from('not a zip at all, just some text'))).toThrow(/end of central directory/);
    const bytes = Buffer.from(zipPackage(entries));
    bytes.writeUInt32LE(0, 0);
    expect(() => unzipPackage(bytes)).toThrow(/damaged/);
  });
});
