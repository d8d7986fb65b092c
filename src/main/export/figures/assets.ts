// Where the figure rasteriser finds its WebAssembly module and font files. In
// development and the Node bundle both are found on disk next to the code; the
// packaged Electron app calls configureFigureAssets() with its own paths first.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIGURE_FONT_FILES = [
  'SourceSans3-Regular.ttf',
  'SourceSans3-It.ttf',
  'SourceSans3-Bold.ttf',
  'SourceSans3-BoldIt.ttf',
  'SourceSans3-Semibold.ttf',
] as const;

interface AssetPaths {
  wasmPath?: string;
  fontDir?: string;
}

let configured: AssetPaths = {};

/** Overrides where the resvg wasm file and the Source Sans 3 fonts are read from. */
export function configureFigureAssets(paths: AssetPaths): void {
  configured = { ...configured, ...paths };
}

function here(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

export function wasmPath(): string {
  return configured.wasmPath ?? createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
}

/** resources/fonts of the repository: found by walking up from this module (src/… or dist/). */
export function fontDir(): string {
  if (configured.fontDir) return configured.fontDir;
  let dir = here();
  for (let depth = 0; depth < 8; depth += 1) {
    const candidate = path.join(dir, 'resources', 'fonts');
    if (existsSync(path.join(candidate, FIGURE_FONT_FILES[0]))) return candidate;
    dir = path.dirname(dir);
  }
  return path.join(process.cwd(), 'resources', 'fonts');
}

/** The faces an SVG drawn by resvg (a logo) may use, no italics: resvg parses every buffer it is given, on every drawing. */
const DRAWING_FONT_FILES = ['SourceSans3-Regular.ttf', 'SourceSans3-Semibold.ttf', 'SourceSans3-Bold.ttf'] as const;

let fontsOnce: Promise<Uint8Array[]> | null = null;

/** The Source Sans 3 faces for resvg, read once per process (report figures read their fonts in text-outlines.ts). */
export function figureFonts(): Promise<Uint8Array[]> {
  fontsOnce ??= Promise.all(DRAWING_FONT_FILES.map(async (file) => new Uint8Array(await readFile(path.join(fontDir(), file)))));
  return fontsOnce;
}
