// Figures as PNG pictures for exporters that cannot embed vector drawings
// reliably (Word, LibreOffice). resvg (WebAssembly) draws the SVG at twice its
// size so the picture stays sharp when printed; it has no system fonts, so
// Source Sans 3 is passed in as font buffers.

import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import type { Figure } from '../../../shared/report/figures';
import { FIGURE_FONT } from './svg-kit';
import { figureFonts, wasmPath } from './assets';
import { figureSvg, svgSize } from './figure-svg';
import { encodePng } from './png-encode';

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

/** Rasterises any SVG (figures, a logo) at `scale` × its natural size. */
export async function svgToPng(svg: string, scale = 2): Promise<RasterImage> {
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

export async function figurePng(figure: Figure, accent: string, scale = 2): Promise<RasterImage> {
  return svgToPng(figureSvg(figure, accent), scale);
}
