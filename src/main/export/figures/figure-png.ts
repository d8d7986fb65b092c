// Figures as PNG pictures for exporters that cannot embed vector drawings
// reliably (Word, LibreOffice), drawn at twice their size so they stay sharp
// when printed. Report figures are painted from their Drawing by our own
// rasteriser (drawing-raster.ts: a few milliseconds a figure, no WebAssembly
// start-up, no font parsing per picture). Any other SVG (a logo) goes through
// resvg (WebAssembly), which has no system fonts, so Source Sans 3 is passed
// in as font buffers.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import type { Figure } from '../../../shared/report/figures';
import { FIGURE_FONT } from './svg-kit';
import { figureFonts, wasmPath } from './assets';
import { rasteriseDrawing, rasterSize } from './drawing-raster';
import { figureDrawing } from './figure-drawing';
import { svgSize } from './figure-svg';
import { encodePalettePng, encodePng } from './png-encode';

let wasmOnce: Promise<void> | null = null;

/**
 * Initialises resvg once per process (initWasm throws when called twice).
 * An export draws only a few figures, so V8's optimising recompilation of the
 * large resvg module costs more than it saves (measured: about half the CPU
 * time of a sample export); the baseline compiler alone is used for WebAssembly.
 * The flag only affects WebAssembly compiled after it is set.
 */
function ready(): Promise<void> {
  wasmOnce ??= readFile(wasmPath()).then((bytes) => {
    setFlagsFromString('--liftoff-only');
    return initWasm(bytes);
  });
  return wasmOnce;
}

export interface RasterImage {
  png: Uint8Array;
  /** Pixel size of the PNG. */
  width: number;
  height: number;
  /** Size of the drawing in SVG units (CSS px); the PNG is `scale` times larger. */
  naturalWidth: number;
  naturalHeight: number;
}

// Reports repeat figures (the same chart in a chapter and an appendix, a logo
// on every export of a session), and a drawing depends on nothing but its SVG
// and scale, so pictures are kept per process by a hash of both. Bounded, so a
// long session does not hold on to every picture it ever drew.
const MAX_CACHED = 200;
const pictures = new Map<string, Promise<RasterImage>>();

function pictureKey(svg: string, scale: number): string {
  return createHash('sha256').update(`${scale}\n`).update(svg).digest('base64');
}

/** Rasterises any SVG (figures, a logo) at `scale` × its natural size; the same SVG is drawn once per process. */
export function svgToPng(svg: string, scale = 2): Promise<RasterImage> {
  return cached(pictureKey(svg, scale), () => draw(svg, scale));
}

function cached(key: string, make: () => Promise<RasterImage>): Promise<RasterImage> {
  const known = pictures.get(key);
  if (known) return known;
  if (pictures.size >= MAX_CACHED) {
    const oldest = pictures.keys().next().value;
    if (oldest !== undefined) pictures.delete(oldest);
  }
  // A failed drawing is not remembered, so a later call can try again.
  const drawing = make().catch((error: unknown) => {
    pictures.delete(key);
    throw error;
  });
  pictures.set(key, drawing);
  return drawing;
}

/** How many pictures the process cache holds (for tests and measurements). */
export const cachedPictureCount = (): number => pictures.size;

async function draw(svg: string, scale: number): Promise<RasterImage> {
  await ready();
  const fonts = await figureFonts();
  const natural = svgSize(svg);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontBuffers: fonts, defaultFontFamily: FIGURE_FONT, sansSerifFamily: FIGURE_FONT, loadSystemFonts: false },
  });
  try {
    const image = resvg.render();
    try {
      return { png: encodePng(image.pixels, image.width, image.height, 96 * scale), width: image.width, height: image.height, naturalWidth: resvg.width, naturalHeight: resvg.height || natural.height };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/** The figure's picture from its Drawing, by our own rasteriser (the same Drawing, hence the same key, is drawn once per process). */
export async function figurePng(figure: Figure, accent: string, scale = 2): Promise<RasterImage> {
  const drawing = figureDrawing(figure, accent);
  return cached(pictureKey(`drawing\n${JSON.stringify(drawing)}`, scale), async () => {
    const size = rasterSize(drawing, scale);
    const raster = rasteriseDrawing(drawing, scale);
    return { png: encodePalettePng(raster.scanlines, raster.palette, raster.width, raster.height, 96 * scale), ...size };
  });
}
