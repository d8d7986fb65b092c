// The code of one glyph in an embedded subset font. pdf-lib's encodeText()
// lays the text out with fontkit on the embedder's own parse of the font,
// which is built afresh for every document: the first call per face parses
// the font's GSUB and GPOS tables and every call builds a shaping plan, so a
// report's few hundred distinct glyphs cost more than painting all its text.
// The painter already knows each glyph's id (from the shaper) and the
// characters it stands for, so this adds the glyph to the subset directly,
// doing exactly what encodeText() does with each glyph of its layout: include
// it in the subset, remember it (with its characters, for the ToUnicode map)
// under its subset id, and return that id as four hex digits. Glyphs are
// added in the order they are met, so the subset ids are those encodeText()
// would give. pdf-lib 1.17.1 keeps these parts private: when an embedder does
// not have them, encodeText() is used as before.

import type { PDFFont } from 'pdf-lib';

interface FontkitGlyph {
  id: number;
}

/** The parts of pdf-lib's CustomFontSubsetEmbedder that encodeText() uses. */
interface SubsetEmbedder {
  font: { getGlyph(id: number, codePoints: number[]): FontkitGlyph | null };
  subset: { includeGlyph(glyph: FontkitGlyph): number };
  glyphs: FontkitGlyph[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

function subsetEmbedder(font: PDFFont): SubsetEmbedder | null {
  const embedder = (font as unknown as { embedder?: Partial<SubsetEmbedder> }).embedder;
  if (
    embedder &&
    typeof embedder.font?.getGlyph === 'function' &&
    typeof embedder.subset?.includeGlyph === 'function' &&
    Array.isArray(embedder.glyphs) &&
    embedder.glyphIdMap instanceof Map &&
    typeof embedder.glyphCache?.invalidate === 'function'
  ) {
    return embedder as SubsetEmbedder;
  }
  return null;
}

const codePointsOf = (text: string): number[] => Array.from(text, (ch) => ch.codePointAt(0) ?? 0);

/**
 * Adds glyph `glyphId` (standing for `text`, which the font sets on its own as exactly this
 * glyph) to the font's subset and returns its code as hex, e.g. "001F".
 */
export function subsetGlyphCode(font: PDFFont, glyphId: number, text: string): string {
  const embedder = subsetEmbedder(font);
  const glyph = embedder?.font.getGlyph(glyphId, codePointsOf(text));
  if (!embedder || !glyph || glyph.id !== glyphId) return font.encodeText(text).asString();
  const subsetId = embedder.subset.includeGlyph(glyph);
  embedder.glyphs[subsetId - 1] = glyph;
  embedder.glyphIdMap.set(glyph.id, subsetId);
  embedder.glyphCache.invalidate();
  return subsetId.toString(16).padStart(4, '0').toUpperCase();
}
