// Writes the sample projects (Dutch and English) to resources/samples, or to
// the folder given as the first argument (used by the tests).
// Run from the repository root: npx tsx scripts/samples/build-samples.ts
import { writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { sampleFiles, sampleFileText } from './sample-files';

const outDir = process.argv[2];

for (const file of sampleFiles) {
  const target = outDir ? join(resolve(outDir), basename(file.path)) : resolve(file.path);
  writeFileSync(target, sampleFileText(file.content, file.language), 'utf8');
  console.log(`wrote ${target}`);
}
