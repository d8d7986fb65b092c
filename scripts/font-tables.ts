// Writes the shaping tables of the report faces (resources/fonts/tables/<face>.json),
// from which the PDF typesetter sets Latin text without calling fontkit's
// layout(). Run: npx tsx scripts/font-tables.ts [--check] [--face=<face>]
// (--check compares instead of writing and exits 1 when a table is missing or
// differs; a font file that changed needs its table written again).
//
// For each Source Sans 3 face it
//  1. takes the characters of the covered ranges the font has, and keeps
//     those that layout() sets on their own as exactly their cmap glyph at its
//     own advance (this drops default ignorables such as the soft hyphen) and
//     whose script is Latin or Common (so a word of them is shaped with the
//     Latin or default script, both read below);
//  2. reads every GSUB and GPOS lookup the default features reach for those
//     scripts: single, multiple and alternate substitutions and contextual
//     lookups that could fire on covered glyphs drop the characters they would
//     touch; ligature substitutions made of covered glyphs become the table's
//     ligatures; positioning must be plain pair kerning of the first glyph's
//     advance (anything else stops the script rather than guess);
//  3. measures the kerning of every ordered pair of the table's glyphs with
//     layout() itself: pairs of glyphs no ligature involves in long runs (pair
//     kerning does not depend on its neighbours, and every pair is met twice,
//     which is checked), the others one pair at a time next to what the table's
//     own ligature step makes of the same text; a pair that does not come out
//     as its two glyphs is listed as special (such words go through fontkit);
//  4. checks that normalisation (NFC) leaves every text of covered characters
//     as it is (the shaper then need not normalise them), checks the finished
//     table against layout() on thousands of random words, and writes it with
//     the font file's SHA-256 and the face's metrics (so the shaper need not
//     parse the font at all while every word comes from the table).
// The DejaVu Sans fallback face has no table: it sets only characters Source
// Sans 3 lacks, and through fontkit as before.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Font } from '@pdf-lib/fontkit';
import { fontDir } from '../src/main/export/figures/assets';
import { FONT_FACES, FONT_FILES, fontBytes, fontkit } from '../src/main/export/pdf/layout/fonts';
import { FaceShaper } from '../src/main/export/pdf/layout/shaper';
import { ShapingTable, type ShapingTableFile, TABLE_FORMAT, packInt16, packUint16, sha256Hex } from '../src/main/export/pdf/layout/shaping-table';
import type { FontFace } from '../src/main/export/pdf/layout/types';

/** Unicode blocks a Dutch or English report draws from (the font decides which characters exist). */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x02b0, 0x02ff], // spacing modifier letters
  [0x2000, 0x206f], // general punctuation: dashes, quotes, ellipsis, bullets, spaces
  [0x20a0, 0x20cf], // currency (€)
  [0x2100, 0x218f], // letterlike symbols and number forms (™, №, ⅓)
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x22ff], // mathematical operators (−, ≤, ≥, ≈)
  [0x2460, 0x24ff], // enclosed alphanumerics
  [0x25a0, 0x25ff], // geometric shapes (■, ●, ◦)
  [0x2600, 0x27bf], // symbols and dingbats (✓)
];

/**
 * Never covered: the fraction slash switches on fraction features; format characters steer
 * shaping; default ignorables (the soft hyphen among them) are hidden by layout() according to
 * the characters of the glyph object it cached first, so their result depends on history.
 */
const EXCLUDED = (codePoint: number): boolean =>
  codePoint === 0x00ad ||
  codePoint === 0x2044 || (codePoint >= 0x200b && codePoint <= 0x200f) || (codePoint >= 0x2028 && codePoint <= 0x202e) || (codePoint >= 0x2060 && codePoint <= 0x206f);

/** The features fontkit's default shaper applies to left-to-right text without a fraction slash. */
const GSUB_FEATURES = ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'calt', 'clig', 'liga', 'rclt'];
const GPOS_FEATURES = ['mark', 'mkmk', 'curs', 'kern'];
/** The scripts a word of covered characters is shaped with: Latin, or the default for digits and punctuation only. */
const SCRIPT_TAGS = ['latn', 'DFLT'];
const RUN_SCRIPTS = new Set(['latn', 'zzzz']);

/** Words longer than this are set by layout() in pieces when pairs are measured (layout slows down on long text). */
const CHUNK = 64;
const RANDOM_WORDS = 4000;

class TableError extends Error {}

function fail(face: FontFace, message: string): never {
  throw new TableError(`${face}: ${message}`);
}

// fontkit's parsed OpenType structures are untyped here: read them through these small helpers.
type Any = Record<string, unknown> & Record<number, unknown>;
const list = (value: unknown): Any[] => {
  if (!value) return [];
  const withArray = value as { toArray?: () => Any[] };
  return typeof withArray.toArray === 'function' ? withArray.toArray() : (value as Any[]);
};
const numbers = (value: unknown): number[] => list(value) as unknown as number[];

function coverage(table: unknown): number[] {
  const cov = table as Any | undefined;
  if (!cov) return [];
  if (cov.version === 1) return numbers(cov.glyphs);
  const out: number[] = [];
  for (const range of list(cov.rangeRecords)) for (let id = range.start as number; id <= (range.end as number); id += 1) out.push(id);
  return out;
}

interface LookupRef {
  index: number;
  type: number;
  flags: Record<string, boolean>;
  markAttachmentType: number;
  subtables: Any[];
}

/** The lookups the default features reach in the scripts words are shaped with, sorted as fontkit applies them. */
function defaultLookups(font: Font, tableName: 'GSUB' | 'GPOS', features: readonly string[], extensionType: number): LookupRef[] {
  const table = (font as unknown as Record<string, Any | undefined>)[tableName];
  if (!table) return [];
  const indexes = new Set<number>();
  for (const script of list(table.scriptList)) {
    if (!SCRIPT_TAGS.includes(script.tag as string)) continue;
    const langSys = (script.script as Any).defaultLangSys as Any | undefined;
    for (const featureIndex of numbers(langSys?.featureIndexes)) {
      const feature = list(table.featureList)[featureIndex];
      if (features.includes(feature.tag as string)) for (const lookup of numbers((feature.feature as Any).lookupListIndexes)) indexes.add(lookup);
    }
  }
  const lookups = list(table.lookupList);
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => {
      const lookup = lookups[index];
      let type = lookup.lookupType as number;
      let subtables = list(lookup.subTables);
      if (type === extensionType) {
        type = subtables[0].lookupType as number;
        subtables = subtables.map((subtable) => subtable.extension as Any);
      }
      return { index, type, flags: lookup.flags as Record<string, boolean>, markAttachmentType: (lookup.flags as Any).markAttachmentType as number, subtables };
    });
}

function flagsPlain(lookup: LookupRef): boolean {
  const flags = (lookup.flags.flags ?? lookup.flags) as unknown as Record<string, boolean>;
  return !flags.ignoreBaseGlyphs && !flags.ignoreLigatures && !flags.useMarkFilteringSet && !lookup.markAttachmentType;
}

/** Whether a contextual subtable could match a run of `reachable` glyphs (over-approximated), and its first input glyphs. */
function contextual(subtable: Any, reachable: Set<number>): { feasible: boolean; firstInput: number[] } {
  const hits = (ids: number[]) => ids.filter((id) => reachable.has(id));
  if (subtable.version === 3) {
    const inputs = list(subtable.inputCoverage ?? subtable.coverages).map(coverage);
    const context = [...list(subtable.backtrackCoverage), ...list(subtable.lookaheadCoverage)].map(coverage);
    const feasible = [...inputs, ...context].every((ids) => hits(ids).length > 0);
    return { feasible, firstInput: inputs.length > 0 ? hits(inputs[0]) : [] };
  }
  const first = hits(coverage(subtable.coverage));
  return { feasible: first.length > 0, firstInput: first };
}

interface Rule {
  lookup: number;
  input: number[];
  glyph: number;
}

interface Analysis {
  chars: Map<number, number>;
  rules: Rule[];
}

/** Steps 1 and 2: the covered characters and the ligatures, from layout() of each character and the font's lookups. */
function analyse(face: FontFace, font: Font): Analysis {
  const gdef = (font as unknown as { GDEF?: Any }).GDEF;
  const markGlyphs = new Set<number>();
  const classDef = gdef?.glyphClassDef as Any | undefined;
  if (classDef) {
    if (classDef.version === 1) numbers(classDef.classValueArray).forEach((value, offset) => value === 3 && markGlyphs.add((classDef.startGlyph as number) + offset));
    else for (const range of list(classDef.classRangeRecord)) if (range.class === 3) for (let id = range.start as number; id <= (range.end as number); id += 1) markGlyphs.add(id);
  }
  if (markGlyphs.size === 0) fail(face, 'no mark glyphs in GDEF: cannot tell marks from letters');

  const chars = new Map<number, number>();
  for (const [from, to] of RANGES) {
    for (let codePoint = from; codePoint <= to; codePoint += 1) {
      // A character that normalisation changes (U+212B ANGSTROM SIGN → Å) is set as its composed form, through the cmap.
      if (EXCLUDED(codePoint) || String.fromCodePoint(codePoint).normalize('NFC') !== String.fromCodePoint(codePoint)) continue;
      const glyph = font.glyphForCodePoint(codePoint);
      if (glyph.id === 0 || markGlyphs.has(glyph.id)) continue;
      const run = font.layout(String.fromCodePoint(codePoint));
      const position = run.positions[0];
      const alone =
        run.glyphs.length === 1 &&
        run.glyphs[0].id === glyph.id &&
        position.xAdvance === glyph.advanceWidth &&
        position.xOffset === 0 &&
        position.yOffset === 0 &&
        position.yAdvance === 0 &&
        RUN_SCRIPTS.has(run.script);
      if (alone) chars.set(codePoint, glyph.id);
    }
  }

  const gsub = defaultLookups(font, 'GSUB', GSUB_FEATURES, 7);
  const gpos = defaultLookups(font, 'GPOS', GPOS_FEATURES, 9);
  for (;;) {
    const covered = new Set(chars.values());
    const reachable = new Set(covered);
    const produced = new Set<number>();
    const rules: Rule[] = [];
    const drop = new Set<number>();
    const dropCovered = (ids: number[], why: string) => {
      for (const id of ids) {
        if (produced.has(id)) fail(face, `${why} touches ligature glyph ${id}`);
        if (covered.has(id)) drop.add(id);
      }
    };
    for (const lookup of gsub) {
      for (const subtable of lookup.subtables) {
        if (lookup.type === 1 || lookup.type === 2 || lookup.type === 3) dropCovered(coverage(subtable.coverage), `GSUB lookup ${lookup.index}`);
        else if (lookup.type === 4) {
          const firsts = coverage(subtable.coverage);
          list(subtable.ligatureSets).forEach((set, setIndex) => {
            const first = firsts[setIndex];
            for (const ligature of list(set)) {
              const input = [first, ...numbers(ligature.components)];
              if (!input.every((id) => reachable.has(id))) continue;
              if (!flagsPlain(lookup)) fail(face, `ligature lookup ${lookup.index} skips glyphs`);
              if (input.some((id) => produced.has(id))) fail(face, `ligature of ligatures in lookup ${lookup.index}`);
              rules.push({ lookup: lookup.index, input, glyph: ligature.glyph as number });
              produced.add(ligature.glyph as number);
              reachable.add(ligature.glyph as number);
            }
          });
        } else if (lookup.type === 5 || lookup.type === 6 || lookup.type === 8) {
          const { feasible, firstInput } = contextual(subtable, reachable);
          if (feasible) dropCovered(firstInput, `contextual GSUB lookup ${lookup.index}`);
        } else fail(face, `GSUB lookup type ${lookup.type}`);
      }
    }
    for (const id of produced) if (markGlyphs.has(id)) fail(face, `ligature glyph ${id} is a mark`);
    for (const lookup of gpos) {
      for (const subtable of lookup.subtables) {
        if (lookup.type === 2) {
          if (!coverage(subtable.coverage).some((id) => reachable.has(id))) continue;
          if (!flagsPlain(lookup)) fail(face, `pair lookup ${lookup.index} skips glyphs`);
          const second = Object.values((subtable.valueFormat2 ?? {}) as Record<string, boolean>).some(Boolean);
          const first = (subtable.valueFormat1 ?? {}) as Record<string, boolean>;
          if (second || first.xPlacement || first.yPlacement || first.yAdvance) fail(face, `pair lookup ${lookup.index} moves more than the first advance`);
        } else if (lookup.type === 1 || lookup.type === 3) dropCovered(coverage(subtable.coverage), `GPOS lookup ${lookup.index}`);
        else if (lookup.type === 4 || lookup.type === 5 || lookup.type === 6) dropCovered(coverage(subtable.markCoverage ?? subtable.mark1Coverage), `mark lookup ${lookup.index}`);
        else if (lookup.type === 7 || lookup.type === 8) {
          const { feasible, firstInput } = contextual(subtable, reachable);
          if (feasible) dropCovered(firstInput, `contextual GPOS lookup ${lookup.index}`);
        } else fail(face, `GPOS lookup type ${lookup.type}`);
      }
    }
    if (drop.size === 0) {
      // Any text of covered characters is already in composed form: the shaper may skip normalising it.
      const texts = [...chars.keys()].map((codePoint) => String.fromCodePoint(codePoint));
      for (const left of texts) for (const right of texts) if (`${left}${right}`.normalize('NFC') !== `${left}${right}`) fail(face, `${JSON.stringify(left + right)} composes`);
      return { chars, rules };
    }
    for (const [codePoint, id] of [...chars]) if (drop.has(id)) chars.delete(codePoint);
  }
}

interface Measured {
  glyphs: number[];
  widths: Map<number, number>;
  kerning: Map<number, Map<number, number>>;
  special: Array<[number, number]>;
}

/** Step 3: the kerning of every ordered pair of table glyphs, measured with layout(). */
function measurePairs(face: FontFace, font: Font, analysis: Analysis, emulate: (text: string) => number[] | null): Measured {
  const textOf = new Map<number, string>();
  for (const [codePoint, id] of [...analysis.chars].sort((a, b) => a[0] - b[0])) if (!textOf.has(id)) textOf.set(id, String.fromCodePoint(codePoint));
  for (const rule of analysis.rules) if (!textOf.has(rule.glyph)) textOf.set(rule.glyph, rule.input.map((id) => textOf.get(id) ?? '').join(''));
  const glyphs = [...textOf.keys()].sort((a, b) => a - b);
  const widths = new Map(glyphs.map((id) => [id, font.getGlyph(id).advanceWidth]));
  const involved = new Set(analysis.rules.flatMap((rule) => [...rule.input, rule.glyph]));
  const plain = glyphs.filter((id) => !involved.has(id));
  const kerning = new Map<number, Map<number, number>>(glyphs.map((id) => [id, new Map()]));
  const record = (left: number, right: number, value: number) => {
    const row = kerning.get(left);
    if (!row) fail(face, `glyph ${left} outside the table`);
    const known = row.get(right);
    if (known !== undefined && known !== value) fail(face, `kerning of ${left},${right} depends on its neighbours (${known} vs ${value})`);
    row.set(right, value);
  };

  // Glyphs no ligature involves: long runs a b1 a b2 … measure each pair twice over.
  for (const left of plain) {
    const sequence: number[] = [];
    for (const right of plain) sequence.push(left, right);
    sequence.push(left);
    for (let start = 0; start < sequence.length - 1; start += CHUNK - 1) {
      const ids = sequence.slice(start, start + CHUNK);
      const run = font.layout(ids.map((id) => textOf.get(id)).join(''));
      if (run.glyphs.length !== ids.length || run.glyphs.some((glyph, index) => glyph.id !== ids[index])) fail(face, `run at glyph ${left} did not come out glyph for glyph`);
      run.positions.forEach((position, index) => {
        if (position.xOffset !== 0 || position.yOffset !== 0 || position.yAdvance !== 0) fail(face, `glyph ${ids[index]} moved off its baseline`);
        const kern = position.xAdvance - (widths.get(ids[index]) ?? 0);
        if (index + 1 < ids.length) record(ids[index], ids[index + 1], kern);
        else if (kern !== 0) fail(face, `last glyph ${ids[index]} of a run has kerning`);
      });
    }
  }

  // Pairs with a glyph a ligature involves: one at a time, against the table's ligature step.
  const special: Array<[number, number]> = [];
  for (const left of glyphs) {
    for (const right of glyphs) {
      if (!involved.has(left) && !involved.has(right)) continue;
      const text = `${textOf.get(left)}${textOf.get(right)}`;
      const run = font.layout(text);
      const expected = emulate(text);
      const ids = run.glyphs.map((glyph) => glyph.id);
      if (!expected || expected.join(',') !== ids.join(',')) fail(face, `ligatures of ${JSON.stringify(text)}: table ${expected?.join(',')}, layout ${ids.join(',')}`);
      const last = run.positions[run.positions.length - 1];
      const placed = run.positions.every((position) => position.xOffset === 0 && position.yOffset === 0 && position.yAdvance === 0);
      if (ids.length === 2 && ids[0] === left && ids[1] === right && placed && last.xAdvance === widths.get(right)) {
        record(left, right, run.positions[0].xAdvance - (widths.get(left) ?? 0));
      } else special.push([left, right]);
    }
  }
  for (const left of glyphs) {
    const row = kerning.get(left);
    for (const right of glyphs) if (!row?.has(right) && !special.some(([a, b]) => a === left && b === right)) fail(face, `pair ${left},${right} not measured`);
  }
  return { glyphs, widths, kerning, special };
}

/** Groups glyphs with identical rows (left) and columns (right) into classes: the matrix shrinks to classes × classes. */
function classes(glyphs: number[], value: (left: number, right: number) => number) {
  const leftKeys = new Map<string, number>();
  const leftClass = glyphs.map((left) => {
    const key = glyphs.map((right) => value(left, right)).join(',');
    if (!leftKeys.has(key)) leftKeys.set(key, leftKeys.size);
    return leftKeys.get(key) ?? 0;
  });
  const rightKeys = new Map<string, number>();
  const rightClass = glyphs.map((right) => {
    const key = glyphs.map((left) => value(left, right)).join(',');
    if (!rightKeys.has(key)) rightKeys.set(key, rightKeys.size);
    return rightKeys.get(key) ?? 0;
  });
  const matrix = new Array<number>(leftKeys.size * rightKeys.size).fill(0);
  glyphs.forEach((left, leftIndex) => {
    glyphs.forEach((right, rightIndex) => {
      matrix[leftClass[leftIndex] * rightKeys.size + rightClass[rightIndex]] = value(left, right);
    });
  });
  return { leftClass, rightClass, rightCount: rightKeys.size, matrix };
}

/** A small deterministic generator, so a run writes the same table every time. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/** Step 4: the table against layout() on random words, weighted towards ligature characters. */
function verify(face: FontFace, font: Font, table: ShapingTable, analysis: Analysis): number {
  const codePoints = [...analysis.chars.keys()].filter((codePoint) => codePoint !== 0x20);
  const ligatureIds = new Set(analysis.rules.flatMap((rule) => rule.input));
  const ligatureChars = codePoints.filter((codePoint) => ligatureIds.has(analysis.chars.get(codePoint) ?? -1));
  const common = codePoints.filter((codePoint) => codePoint < 0x250);
  const next = random(0x5eed + face.length);
  const pick = (from: number[]) => from[Math.floor(next() * from.length)];
  let checked = 0;
  for (let word = 0; word < RANDOM_WORDS; word += 1) {
    const length = 1 + Math.floor(next() * 12);
    const chars: number[] = [];
    for (let index = 0; index < length; index += 1) {
      const roll = next();
      chars.push(pick(roll < 0.35 && ligatureChars.length > 0 ? ligatureChars : roll < 0.85 ? common : codePoints));
    }
    const text = String.fromCodePoint(...chars);
    const shaped = table.shape(chars);
    if (!shaped) continue;
    const run = font.layout(text);
    const same =
      run.glyphs.length === shaped.length &&
      shaped.every((glyph, index) => glyph.id === run.glyphs[index].id && glyph.advance === run.positions[index].xAdvance && run.positions[index].xOffset === 0 && run.positions[index].yOffset === 0);
    if (!same) fail(face, `table and layout() differ on ${JSON.stringify(text)}`);
    checked += 1;
  }
  return checked;
}

function buildTable(face: FontFace): { file: ShapingTableFile; summary: string } {
  const bytes = fontBytes(face);
  const font = fontkit.create(bytes);
  const analysis = analyse(face, font);
  const numGlyphs = font.numGlyphs;
  const sortedChars = [...analysis.chars].sort((a, b) => a[0] - b[0]);
  if (sortedChars.some(([codePoint]) => codePoint > 0xffff)) fail(face, 'character outside the Basic Multilingual Plane');
  const ruleFile = analysis.rules.map((rule) => ({ lookup: rule.lookup, input: rule.input, glyph: rule.glyph }));
  const base = (glyphs: number[], widths: number[], leftClass: number[], rightClass: number[], rightCount: number, matrix: number[], special: Array<[number, number]>): ShapingTableFile => ({
    format: TABLE_FORMAT,
    font: FONT_FILES[face],
    sha256: sha256Hex(bytes),
    metrics: FaceShaper.metricsOf(font),
    numGlyphs,
    codePoints: packUint16(sortedChars.map(([codePoint]) => codePoint)),
    charGlyphs: packUint16(sortedChars.map(([, id]) => id)),
    glyphs: packUint16(glyphs),
    widths: packUint16(widths),
    leftClasses: packUint16(leftClass),
    rightClasses: packUint16(rightClass),
    rightClassCount: rightCount,
    kerning: packInt16(matrix),
    ligatures: ruleFile,
    special,
  });

  // A table without kerning gives the ligature step that step 3 checks against.
  const glyphIds = [...new Set([...sortedChars.map(([, id]) => id), ...analysis.rules.map((rule) => rule.glyph)])].sort((a, b) => a - b);
  const zeros = glyphIds.map(() => 0);
  const ligaturesOnly = new ShapingTable(base(glyphIds, zeros, zeros, zeros, 1, [0], []));
  const emulate = (text: string) => ligaturesOnly.shape([...text].map((ch) => ch.codePointAt(0) ?? 0))?.map((glyph) => glyph.id) ?? null;

  const measured = measurePairs(face, font, analysis, emulate);
  if (measured.glyphs.join(',') !== glyphIds.join(',')) fail(face, 'glyph lists differ');
  const value = (left: number, right: number) => measured.kerning.get(left)?.get(right) ?? 0;
  const grouped = classes(measured.glyphs, value);
  if (grouped.matrix.some((kern) => kern < -0x8000 || kern > 0x7fff)) fail(face, 'kerning outside 16 bits');
  const file = base(
    measured.glyphs,
    measured.glyphs.map((id) => measured.widths.get(id) ?? 0),
    grouped.leftClass,
    grouped.rightClass,
    grouped.rightCount,
    grouped.matrix,
    measured.special,
  );
  const checked = verify(face, font, new ShapingTable(file), analysis);
  const pairs = measured.glyphs.length ** 2;
  const nonZero = measured.glyphs.reduce((sum, left) => sum + measured.glyphs.filter((right) => value(left, right) !== 0).length, 0);
  const summary =
    `${face}: ${analysis.chars.size} characters, ${measured.glyphs.length} glyphs, ${analysis.rules.length} ligatures, ` +
    `${nonZero}/${pairs} kerned pairs in ${grouped.leftClass.length > 0 ? Math.max(...grouped.leftClass) + 1 : 0}×${grouped.rightCount} classes, ` +
    `${measured.special.length} special pairs, ${checked} random words checked`;
  return { file, summary };
}

function main(): void {
  const check = process.argv.includes('--check');
  const dir = path.join(fontDir(), 'tables');
  mkdirSync(dir, { recursive: true });
  let stale = 0;
  const only = process.argv.find((arg) => arg.startsWith('--face='))?.slice('--face='.length);
  for (const face of FONT_FACES) {
    if (only && face !== only) continue;
    const started = performance.now();
    const { file, summary } = buildTable(face);
    const json = `${JSON.stringify(file, null, 1)}\n`;
    const target = path.join(dir, `${face}.json`);
    if (check) {
      let current = '';
      try {
        current = readFileSync(target, 'utf8');
      } catch {
        // missing: counted as stale below
      }
      if (current !== json) {
        stale += 1;
        console.log(`${target}: differs from the font`);
      }
    } else writeFileSync(target, json);
    console.log(`${summary} (${Math.round(performance.now() - started)} ms)`);
  }
  if (stale > 0) process.exit(1);
}

try {
  main();
} catch (error) {
  if (error instanceof TableError) {
    console.error(`font-tables: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
