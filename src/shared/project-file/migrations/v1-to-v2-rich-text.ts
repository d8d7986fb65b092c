// Format 1 → 2. Format 1 was the pre-release draft: every narrative field was a
// plain string, assignment.authors one comma-separated string, and the status
// Dutch ('concept' | 'review' | 'opgeleverd'). Format 2 stores narrative fields
// as rich text, authors as a list and the status in English.
//
// Only values that still have the old shape are touched, so a half-converted
// file (or one already in the new shape) passes through unchanged; anything
// unexpected is left for validation to report.

import { richTextFromPlain } from '../../model/rich-text';
import type { Migration } from '../migration';

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Narrative fields of plain objects, by path from the project root. */
const richTextFields: string[][] = [
  ['context', 'background'],
  ['context', 'challenge'],
  ['context', 'scopeIn'],
  ['context', 'scopeOut'],
  ['context', 'desiredResult'],
  ['context', 'approach'],
  ['targetGroup', 'description'],
  ['targetGroup', 'currentBehaviour'],
  ['targetGroup', 'desiredBehaviour'],
  ['partners', 'interviewGuide', 'introduction'],
  ['marketingMix', 'intro'],
  ['advice', 'managementSummary'],
  ['advice', 'conclusion'],
  ['monitoring', 'intro'],
  ['monitoring', 'pilot', 'description'],
];

/** Narrative fields of list items: [path to the list, field paths inside each item]. */
const richTextItemFields: [string[], string[][]][] = [
  [['deskResearch', 'findings'], [['text']]],
  [['deskResearch', 'theories'], [['description']]],
  [['insights', 'insights'], [['description']]],
  [['insights', 'segments'], [['description'], ['persona', 'description']]],
  [['marketingMix', 'activities'], [['description']]],
  [['advice', 'attentionPoints'], [['text']]],
  [['advice', 'pitfalls'], [['text']]],
  [['advice', 'goodExamples'], [['text']]],
  [['advice', 'recommendations'], [['text']]],
];

const statusV1ToV2: Record<string, string> = {
  concept: 'draft',
  review: 'in-review',
  opgeleverd: 'delivered',
};

/** Copies the objects along path (never mutating the input) and converts a string leaf. */
function convertAt(root: Obj, path: string[]): Obj {
  const [head, ...rest] = path;
  const value = root[head];
  if (rest.length === 0) {
    return typeof value === 'string' ? { ...root, [head]: richTextFromPlain(value) } : root;
  }
  if (!isObj(value)) return root;
  const converted = convertAt(value, rest);
  return converted === value ? root : { ...root, [head]: converted };
}

function mapListAt(root: Obj, path: string[], mapItem: (item: Obj) => Obj): Obj {
  const [head, ...rest] = path;
  const value = root[head];
  if (rest.length === 0) {
    if (!Array.isArray(value)) return root;
    return { ...root, [head]: value.map((item: unknown) => (isObj(item) ? mapItem(item) : item)) };
  }
  if (!isObj(value)) return root;
  return { ...root, [head]: mapListAt(value, rest, mapItem) };
}

function migrateAssignment(assignment: Obj): Obj {
  const next = { ...assignment };
  if (typeof next.authors === 'string') {
    next.authors = next.authors
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '')
      // Deterministic ids keep the migration repeatable; ids are opaque anyway.
      .map((name, index) => ({ id: `author-${index + 1}`, name, role: '' }));
  }
  if (typeof next.status === 'string' && next.status in statusV1ToV2) {
    next.status = statusV1ToV2[next.status];
  }
  return next;
}

export const v1ToV2RichText: Migration = {
  id: 'v1-to-v2-rich-text',
  from: 1,
  to: 2,
  migrate(project: unknown): unknown {
    if (!isObj(project)) return project;
    let next: Obj = { ...project };
    if (isObj(next.assignment)) next.assignment = migrateAssignment(next.assignment);
    for (const path of richTextFields) next = convertAt(next, path);
    for (const [listPath, fieldPaths] of richTextItemFields) {
      next = mapListAt(next, listPath, (item) => fieldPaths.reduce(convertAt, item));
    }
    return next;
  },
};
