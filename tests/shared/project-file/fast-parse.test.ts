import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProjectSchema } from '../../../src/shared/model/project';
import { fastParse } from '../../../src/shared/project-file/fast-parse';
import { loadProjectText } from '../../../src/shared/project-file/load';
import { findUnknownFields } from '../../../src/shared/project-file/unknown-fields';
import { serializeProject } from '../../../src/shared/project-file/serialize';
import { filledProject } from '../filled-project';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const samplePath = path.resolve(__dirname, '../../../resources/samples/ouderbetrokkenheid-voorschool.nl.drijfveer');
const sampleText = readFileSync(samplePath, 'utf8');
const sampleProject = (): Json => (JSON.parse(sampleText) as { project: Json }).project;

/** The reference: zod's own parse, then the separate unknown-field walk. */
function slowParse<S extends z.ZodType>(schema: S, value: unknown) {
  const parsed = schema.safeParse(value);
  return parsed.success ? { data: parsed.data, unknownFields: findUnknownFields(schema, parsed.data) } : null;
}

/** Same outcome, same output (key order included, as the saved file shows it), same unknown fields. */
function expectSameAsZod<S extends z.ZodType>(schema: S, value: unknown) {
  const slow = slowParse(schema, value);
  const fast = fastParse(schema, value);
  expect(fast === null).toBe(slow === null);
  if (fast && slow) {
    expect(fast.data).toStrictEqual(slow.data);
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data));
    expect(fast.unknownFields).toEqual(slow.unknownFields);
  }
  return { fast, slow };
}

/** Every object/array in a JSON tree, as a path of keys/indices. */
function containers(root: Json): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: [Json, (string | number)[]][] = [[root, []]];
  while (stack.length > 0) {
    const [value, at] = stack.pop() as [Json, (string | number)[]];
    if (Array.isArray(value)) {
      out.push(at);
      value.forEach((item, i) => stack.push([item, [...at, i]]));
    } else if (value !== null && typeof value === 'object') {
      out.push(at);
      for (const [key, item] of Object.entries(value)) stack.push([item, [...at, key]]);
    }
  }
  return out;
}

const resolve = (root: Json, at: (string | number)[]): Json =>
  at.reduce<Json>((node, part) => (node as Record<string | number, Json>)[part], root);

/** Keys the model uses, keys it does not, and keys with a history of tripping up object code. */
const keyArb = fc.oneof(
  fc.constantFrom('id', 'type', 'text', 'content', 'marks', 'href', 'items', 'title', 'start', 'sourceId', 'delivery', 'copy'),
  fc.constantFrom('0', '7', '01', 'toString', 'constructor', '__proto__', 'extra', ''),
  fc.string({ maxLength: 6 }),
);

const valueArb: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('paragraph', 'bulletList', 'link', 'bold', 'text', 'citation', 'doc', '', 'https://example.org', 'javascript:x', -1, 0, 3, 2.5, null, [], {}),
  fc.constant<Json>({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', href: 'javascript:alert(1)', rel: 'x' }] }] }),
);

type Mutation = { pick: number; op: 'set' | 'blank' | 'delete' | 'add' | 'wrap'; key: string; value: Json };

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom<Mutation['op']>('set', 'blank', 'delete', 'delete', 'add', 'add', 'wrap'),
  key: keyArb,
  value: valueArb,
});

/** Applies one mutation to a container of the tree: the kind of damage a hand edit or a newer version does. */
function mutate(root: Json, mutation: Mutation): Json {
  // A copy of the value: constants are shared between runs, and the tree must stay a tree.
  const m = { ...mutation, value: structuredClone(mutation.value) };
  const all = containers(root);
  const at = all[m.pick % all.length];
  const node = resolve(root, at) as Record<string, Json> | Json[];
  if (Array.isArray(node)) {
    const i = node.length === 0 ? 0 : m.pick % node.length;
    if (m.op === 'delete') node.splice(i, 1);
    else if (m.op === 'blank') node[i] = '';
    else if (m.op === 'wrap') node[i] = [node[i] ?? null];
    else node[i] = m.value;
    return root;
  }
  const keys = Object.keys(node);
  const existing = keys.length === 0 ? m.key : keys[m.pick % keys.length];
  // An own "__proto__" key, as JSON.parse makes one (plain assignment would set the prototype).
  const put = (key: string, value: Json) =>
    Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  if (m.op === 'delete') delete node[existing];
  else if (m.op === 'blank') put(existing, typeof node[existing] === 'number' ? -1 : '');
  else if (m.op === 'add') put(m.key, m.value);
  else if (m.op === 'wrap') put(existing, { [m.key]: node[existing] ?? null });
  else put(existing, m.value);
  return root;
}

describe('fastParse on the project schema', () => {
  it('gives zod’s output and the same unknown fields for real projects', () => {
    const { fast } = expectSameAsZod(ProjectSchema, sampleProject());
    expect(fast).not.toBeNull();
    const filled = (JSON.parse(serializeProject(filledProject(), 'x')) as { project: Json }).project;
    expect(expectSameAsZod(ProjectSchema, filled).fast).not.toBeNull();
    expect(expectSameAsZod(ProjectSchema, { id: 'p' }).fast).not.toBeNull();
    expect(expectSameAsZod(ProjectSchema, { id: '' }).fast).toBeNull();
    expect(expectSameAsZod(ProjectSchema, { id: 'p', partners: { quotes: [{ id: 'q', start: -1 }] } }).fast).toBeNull();
  });

  it('agrees with zod on random damage to a real project: accept/reject, output and unknown fields', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const project = mutations.reduce(mutate, sampleProject());
        expectSameAsZod(ProjectSchema, project);
      }),
      { numRuns: 400 },
    );
  });

  it('lists unknown fields like findUnknownFields, in its order, up to its limit', () => {
    const project = sampleProject() as Record<string, Json>;
    Object.assign(project, { zeta: 1, 5: 'index key first', toString: 'not a method', alpha: { x: [1] } });
    const assignment = project.assignment as Record<string, Json>;
    Object.assign(assignment, { 12: true, watermark: 'CONCEPT' });
    const { fast } = expectSameAsZod(ProjectSchema, project);
    expect(fast?.unknownFields).toEqual(expect.arrayContaining(['5', 'toString', 'assignment.12', 'assignment.watermark']));
    const many: Record<string, number> = {};
    for (let i = 0; i < 150; i += 1) many[`k${i}`] = i;
    const crowded = { ...(sampleProject() as Record<string, Json>), ...many };
    const result = expectSameAsZod(ProjectSchema, crowded).fast;
    expect(result?.unknownFields).toHaveLength(100);
  });

  it('loads a file with keys named like Object.prototype methods and lists them as unknown', () => {
    const text = JSON.stringify({ format: 'drijfveer', version: 2, project: { id: 'p', toString: 1, assignment: { valueOf: 'x' } } });
    const loaded = loadProjectText(text);
    expect(loaded.unknownFields).toEqual(['assignment.valueOf', 'toString']);
    expect(findUnknownFields(ProjectSchema, loaded.project)).toEqual(loaded.unknownFields);
  });

  it('puts keys in zod’s order and fills defaults, also where the input is already in output form elsewhere', () => {
    const project = sampleProject() as Record<string, Json>;
    const assignment = project.assignment as Record<string, Json>;
    const reversed = Object.fromEntries(Object.entries(assignment).reverse());
    const partners = project.partners as Record<string, Json[]>;
    const interview = partners.interviews[0] as Record<string, Json>;
    delete interview.mode;
    const untouched = (project.partners as Record<string, Json>).respondentGroups;
    const { fast } = expectSameAsZod(ProjectSchema, { ...project, assignment: { extra: 1, ...reversed } });
    expect(Object.keys(fast?.data.assignment ?? {})).toEqual([...Object.keys(assignment), 'extra']);
    expect(fast?.data.partners.interviews[0].mode).toBe('in-person');
    expect(fast?.data.partners.respondentGroups).toBe(untouched);
  });

  it('drops an unsafe link and keeps its unknown fields out of the list, as zod’s transform does', () => {
    const project = {
      id: 'p',
      context: {
        background: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [
            { type: 'text', text: 'a', marks: [{ type: 'link', href: 'javascript:alert(1)', note: 'x' }, { type: 'bold', weight: 7 }] },
          ] }],
        },
      },
    };
    const { fast } = expectSameAsZod(ProjectSchema, project);
    expect(fast?.unknownFields).toEqual(['context.background.content[0].content[0].marks[0].weight']);
  });
});

describe('fastParse on other schema kinds (delegation and zod’s object rules)', () => {
  const tagged = z.union([
    z.looseObject({ kind: z.literal('a'), n: z.number().int().min(0).max(9) }),
    z.looseObject({ kind: z.literal('b'), s: z.string().regex(/^x+$/).optional() }),
  ]);
  const schemas: [string, z.ZodType][] = [
    ['strict object', z.strictObject({ a: z.string(), b: z.number().optional() })],
    ['stripping object', z.object({ a: z.string().default('d'), b: z.boolean().nullable() })],
    ['loose object with catch', z.looseObject({ a: z.string().catch('c'), b: z.array(z.number()).min(1).optional() })],
    ['union without a type tag', z.looseObject({ v: tagged })],
    ['discriminated union', z.looseObject({ v: z.discriminatedUnion('type', [
      z.looseObject({ type: z.literal('p'), x: z.string().min(2) }),
      z.looseObject({ type: z.enum(['q', 'r']), y: z.array(z.looseObject({ z: z.string() })).default(() => []) }),
    ]) })],
    ['optional around a default', z.looseObject({ a: z.string().default('d').optional(), b: z.unknown() })],
    ['prefault and transform', z.looseObject({
      o: z.looseObject({ t: z.string().default('') }).prefault({}),
      l: z.array(z.string()).transform((xs) => xs.filter((x) => x !== 'drop')).optional(),
    })],
    ['lazy', z.looseObject({ tree: z.lazy(() => z.array(z.looseObject({ name: z.string() }))) })],
    ['number checks', z.looseObject({
      a: z.number().int().min(0).max(5).default(3),
      b: z.number().gt(1).lt(3).optional(),
      l: z.number().multipleOf(2).nullable().default(null),
    })],
  ];
  const jsonArb = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(
      fc.constantFrom('a', 'b', 'v', 'o', 'l', 'tree', 'extra', '3', 'toString'),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom(0, -0, 1, 2, 2.5, 3, 5, 6, -1, 2 ** 53, 1e300, ['drop', 'keep'], ['x', 1]),
        fc.record({ kind: fc.constantFrom('a', 'b', 'c'), type: fc.constantFrom('p', 'q', 'x'), n: fc.integer({ min: -2, max: 12 }),
          s: fc.constantFrom('xx', 'y'), x: fc.constantFrom('ab', 'a'), extra: fc.nat() }, { requiredKeys: [] }),
      ),
    ),
  );
  it.each(schemas)('%s: same outcome, output and unknown fields as zod', (_name, schema) => {
    fc.assert(fc.property(jsonArb, (value) => { expectSameAsZod(schema, value); }), { numRuns: 300 });
  });
});
