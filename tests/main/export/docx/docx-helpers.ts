// Shared pieces for the DOCX tests: the sample report rendered once per
// language into a real temporary folder, and the outside programs (pandoc,
// LibreOffice, pdftotext, unzip) that read it back.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCitationEngine } from '../../../../src/shared/citations/engine';
import type { Language } from '../../../../src/shared/language';
import type { ReportDoc, Section } from '../../../../src/shared/report/doc';
import { buildReport } from '../../../../src/shared/report/build-report';
import { renderDocx } from '../../../../src/main/export/docx/render-docx';
import { sampleProject } from '../../../shared/report/helpers';

/** The sample report; with its open comments shown (as `export --comments` does) unless told otherwise. */
export function sampleDoc(language: Language, { comments = true }: { comments?: boolean } = {}): ReportDoc {
  const project = sampleProject(language);
  const doc = buildReport(project, { language, citations: createCitationEngine(project.deskResearch.sources, language) });
  return { ...doc, includeComments: comments };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'drijfveer-docx-'));
}

export async function renderToFile(doc: ReportDoc, name = 'report.docx'): Promise<string> {
  const file = path.join(tempDir(), name);
  writeFileSync(file, await renderDocx(doc));
  return file;
}

/** pandoc's JSON AST of the file, with comments kept. */
export function pandocJson(file: string): PandocDoc {
  const out = execFileSync('pandoc', ['-f', 'docx', '-t', 'json', '--track-changes=all', file], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as PandocDoc;
}

/** LibreOffice headless → PDF in the file's folder, with its own profile; returns the PDF path. */
export function toPdf(file: string): string {
  const dir = path.dirname(file);
  const profile = tempDir();
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 90_000, stdio: 'pipe' });
  return file.replace(/\.docx$/, '.pdf');
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8');
}

export function zipPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

export function sectionTitles(doc: ReportDoc): { title: string; level: number }[] {
  const out: { title: string; level: number }[] = [];
  const visit = (section: Section) => {
    out.push({ title: section.title, level: section.level });
    for (const block of section.blocks) if (block.type === 'heading') out.push({ title: block.text, level: block.level });
    section.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return out;
}

// A minimal view of pandoc's AST: every node is { t, c }.
export interface PandocNode {
  t: string;
  c?: unknown;
}
export interface PandocDoc {
  blocks: PandocNode[];
}

/** Every node of the tree, depth first, in document order. */
export function allNodes(value: unknown, out: PandocNode[] = []): PandocNode[] {
  if (Array.isArray(value)) for (const item of value) allNodes(item, out);
  else if (value && typeof value === 'object') {
    const node = value as PandocNode;
    if (typeof node.t === 'string') out.push(node);
    for (const child of Object.values(value)) allNodes(child, out);
  }
  return out;
}

/** Plain text of inlines (Str, Space, breaks), ignoring formatting and comment bodies. */
export function inlineText(value: unknown): string {
  if (Array.isArray(value)) return value.map(inlineText).join('');
  if (!value || typeof value !== 'object') return '';
  const node = value as PandocNode;
  if (node.t === 'Str') return node.c as string;
  if (node.t === 'Space' || node.t === 'SoftBreak' || node.t === 'LineBreak') return ' ';
  if (node.t === 'Span') {
    const [[, classes], inner] = node.c as [[string, string[]], unknown];
    return classes.includes('comment-start') ? '' : inlineText(inner);
  }
  return Object.values(value).map(inlineText).join('');
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
