// The least work any exporter written for Node must do as a whole process:
// start Node, read the project file and parse its JSON, then deflate the
// output (as a zip writer or a PDF's compressed streams would, raw deflate at
// level 6) and write it. The payload is prepared beforehand and stands in for
// the content a real exporter builds in memory. The export benchmarks time
// this next to the CLI and the reference program, so the report can state the
// highest ratio a Node process could reach on this machine.
//
// Usage: node scripts/bench/floor-process.mjs <project file> <payload file> <out file>

import { readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

const [project, payload, out] = process.argv.slice(2);
if (!project || !payload || !out) {
  process.stderr.write('usage: node floor-process.mjs <project file> <payload file> <out file>\n');
  process.exit(64);
}

const parsed = JSON.parse(readFileSync(project, 'utf8'));
// A project file is one JSON object; anything else means the wrong file was timed.
if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
  process.stderr.write(`${project}: not a JSON object\n`);
  process.exit(2);
}
writeFileSync(out, deflateRawSync(readFileSync(payload), { level: 6 }));
