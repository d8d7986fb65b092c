// The report's fonts: Source Sans 3 in five faces, and DejaVu Sans as the
// fallback for characters Source Sans 3 lacks (one weight for every face),
// read from resources/fonts
// (found like the figure assets: next to the code in development and the Node
// bundle, in the app's resources when packaged). Each face is read and parsed
// once per process; the measurer and the PDF painter share the same parsed
// fonts and shapers, so a measured width is exactly the painted advance.
// Each Source Sans 3 face also has a shaping table (resources/fonts/tables),
// read lazily with the face and used only when it was made from these very
// font bytes.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as fontkitModule from '@pdf-lib/fontkit';
import { AppError } from '../../../../shared/errors';
import { fontDir } from '../../figures/assets';
import { type FontRun, fontRuns } from './font-runs';
import { FaceShaper, type LayoutOptions } from './shaper';
import { loadShapingTable, type ShapingTable } from './shaping-table';
import type { FontFace, ShapingFace, TextMeasurer } from './types';

type Fontkit = typeof fontkitModule;
let loadedFontkit: Fontkit | null = null;

/**
 * fontkit, loaded the first time a font is parsed. With the shaping tables most reports never
 * parse one (only the fallback face and words a table cannot set need it), and evaluating
 * fontkit cost about 25 ms of every export. A plain require(), like the hyphenation patterns
 * (hyphen-patterns.ts): the bundlers include it and evaluate it at this call.
 */
function loadFontkit(): Fontkit {
  if (!loadedFontkit) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    const module = require('@pdf-lib/fontkit') as Fontkit & { default?: Fontkit };
    // A UMD bundle (or an ES module seen from CommonJS): its functions may sit on the default export.
    loadedFontkit = module.default ?? module;
  }
  return loadedFontkit;
}

/** fontkit's font parser, loading fontkit on first use (also what pdf-lib's registerFontkit() needs). */
export const fontkit: Pick<Fontkit, 'create'> = {
  create: (...args: Parameters<Fontkit['create']>) => loadFontkit().create(...args),
};

export const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-It.ttf',
  bold: 'SourceSans3-Bold.ttf',
  boldItalic: 'SourceSans3-BoldIt.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
};

export const FONT_FACES = Object.keys(FONT_FILES) as FontFace[];

export const FALLBACK_FILE = 'DejaVuSans.ttf';

/**
 * Features switched off in the fallback face, here and in the PDF font's own encoder, so both
 * pick the same glyph for a character: Arabic letters in their plain (isolated) form.
 */
export const FALLBACK_FEATURES = { isol: false, init: false, medi: false, med2: false, fina: false, fin2: false, fin3: false, rlig: false };

const FALLBACK_LAYOUT: LayoutOptions = { features: FALLBACK_FEATURES, script: 'latn' };

const fileOf = (face: ShapingFace): string => (face === 'fallback' ? FALLBACK_FILE : FONT_FILES[face]);

const bytesCache = new Map<ShapingFace, Uint8Array>();
const shaperCache = new Map<ShapingFace, FaceShaper>();

/** The TTF bytes of one face (read once). */
export function fontBytes(face: ShapingFace): Uint8Array {
  let bytes = bytesCache.get(face);
  if (!bytes) {
    const file = path.join(fontDir(), fileOf(face));
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (error) {
      throw new AppError('EXPORT_FONT_MISSING', { fileName: fileOf(face) }, { cause: error });
    }
    bytesCache.set(face, bytes);
  }
  return bytes;
}

/** Folder of the shaping tables, one `<face>.json` per report face. */
export const TABLE_DIR = 'tables';

/** The shaping table of a report face, or null (none for the fallback; missing, unreadable or made from other font bytes). */
export function shapingTable(face: ShapingFace): ShapingTable | null {
  if (face === 'fallback') return null;
  return loadShapingTable(path.join(fontDir(), TABLE_DIR, `${face}.json`), fontBytes(face));
}

/** The shaper of one face (parsed once; it learns kerning pairs as text goes through it). */
export function faceShaper(face: ShapingFace): FaceShaper {
  let shaper = shaperCache.get(face);
  if (!shaper) {
    const bytes = fontBytes(face);
    const unreadable = (error: unknown) =>
      error instanceof AppError ? error : new AppError('EXPORT_FONT_MISSING', { fileName: fileOf(face) }, { cause: error });
    const parse = () => {
      try {
        return fontkit.create(bytes);
      } catch (error) {
        throw unreadable(error);
      }
    };
    const table = shapingTable(face);
    try {
      // With a table (made from these very bytes) the font is parsed only if some word needs fontkit.
      shaper = new FaceShaper(table ? parse : parse(), face === 'fallback' ? FALLBACK_LAYOUT : {}, table);
    } catch (error) {
      throw unreadable(error);
    }
    shaperCache.set(face, shaper);
  }
  return shaper;
}

/** A piece of text in the face that sets it. */
export interface FaceRun {
  face: ShapingFace;
  text: string;
}

const toFaceRun =
  (face: FontFace) =>
  (run: FontRun): FaceRun => ({ face: run.fallback ? 'fallback' : face, text: run.text });

/** `text` cut into the pieces the face and the fallback set (one piece when the face has every character). */
export function faceRuns(text: string, face: FontFace): FaceRun[] {
  const primary = faceShaper(face);
  const runs = fontRuns(text, primary.covers, fallbackCovers);
  return runs ? runs.map(toFaceRun(face)) : [{ face, text }];
}

/** Whether painting `text` in `face` needs the fallback font. */
export function usesFallback(text: string, face: FontFace): boolean {
  return faceRuns(text, face).some((run) => run.face === 'fallback');
}

function fallbackCovers(codePoint: number): boolean {
  return faceShaper('fallback').covers(codePoint);
}

/** Width in font units scaled to `size`, of text in one face with its fallback pieces. */
export function textWidth(text: string, face: FontFace, size: number): number {
  const primary = faceShaper(face);
  // Text the table sets in full needs no cut into runs: the face has every character.
  const fromTable = primary.tableWidth(text);
  if (fromTable !== null) return (fromTable * size) / primary.unitsPerEm;
  const runs = fontRuns(text, primary.covers, fallbackCovers);
  if (!runs) return (primary.width(text) * size) / primary.unitsPerEm;
  let width = 0;
  for (const run of runs) {
    const shaper = run.fallback ? faceShaper('fallback') : primary;
    width += (shaper.width(run.text) * size) / shaper.unitsPerEm;
  }
  return width;
}

/** Measures with the real fonts: kerning and ligatures applied, as the painter sets the text. */
export function createMeasurer(): TextMeasurer {
  return {
    width: textWidth,
    ascent(face, size) {
      const shaper = faceShaper(face);
      return (shaper.ascender * size) / shaper.unitsPerEm;
    },
    descent(face, size) {
      const shaper = faceShaper(face);
      return (shaper.descender * size) / shaper.unitsPerEm;
    },
    // textWidth() above sets text its table covers as (table width × size) / unitsPerEm, the table's own unitsPerEm.
    faceUnits: (face) => faceShaper(face).shapingTable,
  };
}
