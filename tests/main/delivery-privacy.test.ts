// No personal data of respondents leaves with a delivery. The sample is
// delivered with the delivery code, the delivered project is exported to DOCX
// and PDF, and the delivered file, every XML part of the DOCX (raw and as
// text), pandoc's reading of the DOCX and pdftotext's reading of the PDF are
// searched for every respondent name, e-mail address and phone number of the
// sample. What to look for is derived from the sample's own data (respondent
// fields, contact-like fields anywhere in the model, addresses and numbers in
// interview texts), never written down here. The consultant's own export of
// the undelivered sample must not show respondent names either: the report
// never names respondents.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../src/main/export/export-report';
import { readProjectFile } from '../../src/main/store/read-project-file';
import { deliverProject } from '../../src/shared/delivery/deliver';
import type { Project } from '../../src/shared/model/project';
import { loadProjectText } from '../../src/shared/project-file/load';
import { serializeProject } from '../../src/shared/project-file/serialize';
import { docxPlainText } from './export/docx-readers';

const run = promisify(execFile);
const samplePath = resolve(__dirname, '..', '..', 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer');
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Dutch phone numbers: ten digits from a leading 0 (or +31 and nine), with optional spaces or dashes; not part of a date or longer number. */
const PHONE = /(?<![\d-])(?:\+31[ -]?|0)\d(?:[ -]?\d){8}(?![\d-])/g;
const CONTACT_KEY = /e-?mail|phone|telefoon|mobile|mobiel/i;

interface PersonalData {
  names: string[];
  emails: string[];
  phones: string[];
}

/** Every respondent name, address and number in the project, found by walking the data. */
function personalDataOf(project: Project): PersonalData {
  const names = new Set<string>();
  const emails = new Set<string>();
  const phones = new Set<string>();
  const addContact = (value: string) => {
    for (const email of value.match(EMAIL) ?? []) emails.add(email);
    for (const phone of value.match(PHONE) ?? []) phones.add(phone);
  };
  const walk = (value: unknown, key: string, inInterview: boolean): void => {
    if (typeof value === 'string') {
      if (value.trim() === '') return;
      if (CONTACT_KEY.test(key)) (value.includes('@') ? emails : phones).add(value.trim());
      if (inInterview) addContact(value);
      return;
    }
    if (Array.isArray(value)) value.forEach((child) => walk(child, key, inInterview));
    else if (typeof value === 'object' && value !== null) {
      for (const [childKey, child] of Object.entries(value)) walk(child, childKey, inInterview);
    }
  };
  for (const interview of project.partners.interviews) {
    const respondent = interview.respondent as Record<string, unknown>;
    if (typeof respondent.name === 'string' && respondent.name.trim() !== '') names.add(respondent.name.trim());
    // Every other respondent field (e-mail, phone, or one a newer version adds) is contact data.
    for (const [field, value] of Object.entries(respondent)) if (field !== 'name' && typeof value === 'string' && value.trim() !== '') addContact(value);
    walk(interview, '', true);
  }
  walk(project, '', false);
  return { names: [...names], emails: [...emails], phones: [...phones] };
}

/** Text as a reader sees it: one space for any run of white space, soft hyphens and line-end hyphens gone. */
const flat = (text: string) => text.replace(/\u00ad/g, '').replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
const digits = (text: string) => text.replace(/\D/g, '');

/** Every personal value found in `text` (names and addresses case-insensitively, numbers by their digits). */
function leaks(text: string, data: PersonalData): string[] {
  const plain = flat(text).normalize('NFC').toLowerCase();
  const allDigits = digits(text);
  return [
    ...data.names.filter((name) => plain.includes(flat(name).normalize('NFC').toLowerCase())),
    ...data.emails.filter((email) => plain.includes(email.toLowerCase())),
    ...data.phones.filter((phone) => allDigits.includes(digits(phone))),
  ];
}

/** The DOCX as every reader sees it: each XML part raw, each part with its tags removed, and pandoc's text. */
async function docxTexts(path: string, bytes: Uint8Array): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(data);
    texts[`${name} (xml)`] = xml;
    texts[`${name} (text)`] = xml.replace(/<[^>]+>/g, '');
  }
  texts.pandoc = await docxPlainText(path);
  return texts;
}

async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

let dir: string;
let sample: Project;
let data: PersonalData;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-privacy-'));
  sample = (await readProjectFile(samplePath)).loaded.project;
  data = personalDataOf(sample);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('privacy of a delivery', () => {
  it('finds the respondents’ personal data in the sample itself (the scan can fail)', async () => {
    expect(data.names.length).toBe(sample.partners.interviews.length);
    expect(data.emails.length).toBeGreaterThanOrEqual(sample.partners.interviews.length);
    expect(data.phones.length).toBeGreaterThanOrEqual(sample.partners.interviews.length);
    for (const phone of data.phones) expect(digits(phone)).toMatch(/^(0|31)\d{9}$/);
    // The undelivered project file does contain them: the scan finds what is there.
    const own = await readFile(samplePath, 'utf8');
    expect(leaks(own, data).sort()).toEqual([...data.names, ...data.emails, ...data.phones].sort());
  });

  it('the delivered file and its DOCX and PDF exports contain no respondent name, e-mail address or phone number', async () => {
    const delivered = await deliverProject(sample, { now: new Date('2026-11-22T10:00:00Z'), deliveredBy: 'Marleen Verhoef', language: 'nl' });
    const deliveredText = serializeProject(delivered, 'test');
    const deliveredPath = join(dir, 'opgeleverd.drijfveer');
    await writeFile(deliveredPath, deliveredText);
    expect(leaks(deliveredText, data)).toEqual([]);

    // Export what the municipality opens: the delivered file, read back from disk.
    const reopened = loadProjectText(deliveredText).project;
    const docx = await exportReport(reopened, { format: 'docx', language: 'nl', comments: true });
    const docxPath = join(dir, 'opgeleverd.docx');
    await writeFile(docxPath, docx);
    const texts = await docxTexts(docxPath, docx);
    expect(Object.keys(texts)).toContain('word/document.xml (xml)');
    for (const [part, text] of Object.entries(texts)) expect({ part, leaks: leaks(text, data) }).toEqual({ part, leaks: [] });

    const pdf = await exportReport(reopened, { format: 'pdf', language: 'nl', comments: true });
    const pdfPath = join(dir, 'opgeleverd.pdf');
    await writeFile(pdfPath, pdf);
    const text = await pdfText(pdfPath);
    expect(text.length).toBeGreaterThan(1000);
    expect(leaks(text, data)).toEqual([]);
  }, 180_000);

  it('the consultant’s own export of the undelivered sample names no respondent', async () => {
    const namesOnly = { ...data, emails: [], phones: [] };
    const docx = await exportReport(sample, { format: 'docx', language: 'nl', comments: true });
    const docxPath = join(dir, 'eigen.docx');
    await writeFile(docxPath, docx);
    for (const [part, text] of Object.entries(await docxTexts(docxPath, docx))) {
      expect({ part, leaks: leaks(text, namesOnly) }).toEqual({ part, leaks: [] });
    }
    const pdf = await exportReport(sample, { format: 'pdf', language: 'nl', comments: true });
    const pdfPath = join(dir, 'eigen.pdf');
    await writeFile(pdfPath, pdf);
    expect(leaks(await pdfText(pdfPath), namesOnly)).toEqual([]);

    // The same scan does see a name that is in the report.
    const named: Project = { ...sample, assignment: { ...sample.assignment, title: `Gesprek met ${data.names[0]}` } };
    const namedDocx = await exportReport(named, { format: 'docx', language: 'nl' });
    const namedPath = join(dir, 'met-naam.docx');
    await writeFile(namedPath, namedDocx);
    expect(leaks(await docxPlainText(namedPath), namesOnly)).toEqual([data.names[0]]);
  }, 180_000);
});
