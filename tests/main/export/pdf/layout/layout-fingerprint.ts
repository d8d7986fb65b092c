// Fingerprints of whole laid-out reports: the SHA-256 of every page item
// (text, position, width, style, links, anchors, comment markers …) and every
// heading of the Dutch and English sample reports (the Dutch one also with its
// review comments) and of the large test project. Layout work that is meant to be
// faster but not different is held to fingerprints taken before it.
//
// Run as a script to print the current fingerprints, `--write` to store them
// in layout-fingerprints.json (only after a change that is meant to move
// something on a page), or `--dump <folder>` to write each layout as JSON for
// a diff.

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildXlProject } from '../../../../../scripts/fixture-xl/build-project';
import { reportDocFor } from '../../../../../src/main/export/export-report';
import { layoutReport } from '../../../../../src/main/export/pdf/render-pdf';
import { readProjectFile } from '../../../../../src/main/store/read-project-file';
import type { ReportDoc } from '../../../../../src/shared/report/doc';

const repoRoot = resolve(__dirname, '..', '..', '..', '..', '..');
export const FINGERPRINT_FILE = join(__dirname, 'layout-fingerprints.json');

export type FingerprintName = 'sample-nl' | 'sample-en' | 'sample-nl-comments' | 'xl-nl';

export const FINGERPRINT_NAMES: readonly FingerprintName[] = ['sample-nl', 'sample-en', 'sample-nl-comments', 'xl-nl'];

async function sampleDoc(language: 'nl' | 'en'): Promise<ReportDoc> {
  const file = join(repoRoot, 'resources', 'samples', `ouderbetrokkenheid-voorschool.${language}.drijfveer`);
  return reportDocFor((await readProjectFile(file)).loaded.project, language);
}

/** The report a fingerprint is taken of. */
export async function fingerprintDoc(name: FingerprintName): Promise<ReportDoc> {
  switch (name) {
    case 'sample-nl':
      return sampleDoc('nl');
    case 'sample-en':
      return sampleDoc('en');
    case 'sample-nl-comments':
      return { ...(await sampleDoc('nl')), includeComments: true };
    case 'xl-nl':
      return reportDocFor(buildXlProject(), 'nl');
  }
}

/** Every page and heading of the laid-out report, as JSON (numbers to the last bit). */
export function layoutJson(doc: ReportDoc): string {
  const { pages, headings } = layoutReport(doc, null);
  return JSON.stringify({ pages, headings });
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dumpAt = args.indexOf('--dump');
  const dump = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
  const out: Record<string, string> = {};
  for (const name of FINGERPRINT_NAMES) {
    const json = layoutJson(await fingerprintDoc(name));
    out[name] = sha256(json);
    if (dump) {
      mkdirSync(dump, { recursive: true });
      writeFileSync(join(dump, `${name}.json`), json);
    }
  }
  const text = `${JSON.stringify(out, null, 2)}\n`;
  if (args.includes('--write')) writeFileSync(FINGERPRINT_FILE, text);
  process.stdout.write(text);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) void main();
