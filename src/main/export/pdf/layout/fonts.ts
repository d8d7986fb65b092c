// The report's fonts: Source Sans 3 in five faces, read from resources/fonts
// (found like the figure assets: next to the code in development and the Node
// bundle, in the app's resources when packaged). Each face is read and parsed
// once per process; the measurer and the PDF painter share the same parsed
// fonts and shapers, so a measured width is exactly the painted advance.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkitModule from '@pdf-lib/fontkit';
import { AppError } from '../../../../shared/errors';
import { fontDir } from '../../figures/assets';
import { FaceShaper } from './shaper';
import type { FontFace, TextMeasurer } from './types';

/** @pdf-lib/fontkit is a UMD bundle: its functions sit on the default export under Node's ESM loader. */
export const fontkit: typeof fontkitModule =
  (fontkitModule as unknown as { default?: typeof fontkitModule }).default ?? fontkitModule;

export const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  bold: 'SourceSans3-Bold.ttf',
  boldItalic: 'SourceSans3-BoldIt.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
};

export const FONT_FACES = Object.keys(FONT_FILES) as FontFace[];

const bytesCache = new Map<FontFace, Uint8Array>();
const shaperCache = new Map<FontFace, FaceShaper>();

/** The TTF bytes of one face (read once). */
export function fontBytes(face: FontFace): Uint8Array {
  let bytes = bytesCache.get(face);
  if (!bytes) {
    const file = path.join(fontDir(), FONT_FILES[face]);
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (error) {
      throw new AppError('EXPORT_FONT_MISSING', { fileName: FONT_FILES[face] }, { cause: error });
    }
    bytesCache.set(face, bytes);
  }
  return bytes;
}

/** The shaper of one face (parsed once; it learns kerning pairs as text goes through it). */
export function faceShaper(face: FontFace): FaceShaper {
  let shaper = shaperCache.get(face);
  if (!shaper) {
    const bytes = fontBytes(face);
    try {
      shaper = new FaceShaper(fontkit.create(bytes));
    } catch (error) {
      throw new AppError('EXPORT_FONT_MISSING', { fileName: FONT_FILES[face] }, { cause: error });
    }
    shaperCache.set(face, shaper);
  }
  return shaper;
}

/** Measures with the real fonts: kerning and ligatures applied, as the painter sets the text. */
export function createMeasurer(): TextMeasurer {
  return {
    width(text, face, size) {
      const shaper = faceShaper(face);
      return (shaper.width(text) * size) / shaper.unitsPerEm;
    },
    ascent(face, size) {
      const shaper = faceShaper(face);
      return (shaper.ascender * size) / shaper.unitsPerEm;
    },
    descent(face, size) {
      const shaper = faceShaper(face);
      return (shaper.descender * size) / shaper.unitsPerEm;
    },
  };
}
