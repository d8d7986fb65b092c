import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFileName, exportReport, reportDocFor, withExportExtension } from '../../../src/main/export/export-report';
import { readProjectFile } from '../../../src/main/store/read-project-file';
import type { Project } from '../../../src/shared/model/project';
import { docxHeadings, docxPlainText } from './docx-readers';

const samplesDir = resolve(__dirname, '..', '..', '..', 'resources', 'samples');
let dir: string;
let sample: Project;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-export-'));
  sample = (await readProjectFile(join(samplesDir, 'ouderbetrokkenheid-voorschool.nl.drijfveer'))).loaded.project;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportFileName', () => {
  it('slugs the title (no diacritics, no spaces) and adds the local date and extension', () => {
    const name = exportFileName('Ouderbetrokkenheid in de voor- en vroegschoolse educatie: één aanpak!', 'docx', new Date(2026, 0, 5, 0, 30));
    expect(name).toBe('ouderbetrokkenheid-in-de-voor-en-vroegschoolse-educatie-een-2026-01-05.docx');
  });

  it('falls back to "rapport" for a title without letters or digits, and uses .pdf for PDF', () => {
    expect(exportFileName('  ??? ', 'pdf', new Date(2026, 10, 22))).toBe('rapport-2026-11-22.pdf');
  });

  it('adds the extension only when it is missing', () => {
    expect(withExportExtension('/tmp/a/rapport', 'docx')).toBe('/tmp/a/rapport.docx');
    expect(withExportExtension('/tmp/a/Rapport.DOCX', 'docx')).toBe('/tmp/a/Rapport.DOCX');
  });
});

describe('exportReport', () => {
  it('renders PDF with progress rising from 0 to 1', async () => {
    const progress: number[] = [];
    const bytes = await exportReport(sample, { format: 'pdf', language: 'nl', onProgress: (f) => progress.push(f) });
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('formats citations with the real APA engine (the reference list holds full entries)', () => {
    const doc = reportDocFor(sample, 'nl');
    const references = doc.sections.find((section) => section.key === 'references');
    expect(references).toBeDefined();
    const texts = references!.blocks.map((block) => (block.type === 'paragraph' ? block.runs.map((r) => r.text).join('') : ''));
    expect(texts.length).toBeGreaterThan(0);
    // An APA entry has a year in parentheses and ends with a full stop or a link.
    for (const text of texts) expect(text).toMatch(/\((\d{4}|z\.d\.)[a-z]?\)/);
  });

  it('writes a DOCX that pandoc reads, with the title and the chapters, reporting progress up to 1', async () => {
    const progress: number[] = [];
    const bytes = await exportReport(sample, { format: 'docx', language: 'nl', onProgress: (f) => progress.push(f) });
    const path = join(dir, 'sample.docx');
    await writeFile(path, bytes);
    expect(bytes[0]).toBe(0x50); // "PK": a zip container
    const text = await docxPlainText(path);
    expect(text).toContain(sample.assignment.title);
    const headings = await docxHeadings(path);
    const chapters = reportDocFor(sample, 'nl').sections.map((section) => section.title);
    for (const title of chapters) expect(headings.some((h) => h.endsWith(title))).toBe(true);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('follows the requested language, not the project language', async () => {
    const bytes = await exportReport(sample, { format: 'docx', language: 'en', onProgress: undefined });
    const path = join(dir, 'sample-en.docx');
    await writeFile(path, bytes);
    const english = reportDocFor(sample, 'en').sections.map((section) => section.title);
    const dutch = reportDocFor(sample, 'nl').sections.map((section) => section.title);
    const headings = await docxHeadings(path);
    const differing = english.filter((title, i) => title !== dutch[i]);
    expect(differing.length).toBeGreaterThan(0);
    for (const title of differing) expect(headings.some((h) => h.endsWith(title))).toBe(true);
  });
});
