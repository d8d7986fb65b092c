// `npm run dev:web` / `node dist/web-host.mjs`: start the browser host and print
// the address (with its token) to open in a browser. A development and test
// tool: each run gets fresh data in the temp folder unless --data-dir is given.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startWebHost } from './server';

const usage = `Usage: node dist/web-host.mjs [--port N] [--data-dir DIR] [--work-dir DIR]
  --port      port on 127.0.0.1 (default: a free one)
  --data-dir  preferences and recovery copies (default: a new folder in the temp folder)
  --work-dir  where "Save as" puts files when no answer is queued (default: current folder)`;

async function main(): Promise<void> {
  let values: { port?: string; 'data-dir'?: string; 'work-dir'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'work-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(64);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535\n${usage}`);
    process.exit(64);
  }

  // The bundle lives in dist/; the built renderer is dist/web and the samples ship in resources/.
  const here = dirname(fileURLToPath(import.meta.url));
  const repoRoot = resolve(here, '..');
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : await mkdtemp(join(tmpdir(), 'drijfveer-web-'));
  const host = await startWebHost({
    port,
    webRoot: join(here, 'web'),
    dataDir,
    workDir: resolve(values['work-dir'] ?? process.cwd()),
    samplesDir: join(repoRoot, 'resources', 'samples'),
    log: (line) => console.log(line),
  });
  console.log(`Drijfveer (browser host) — open: ${host.url}`);
  console.log(`Data folder: ${dataDir}`);

  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
