// A fast path for validating a freshly parsed project file, in one pass that
// also lists the unknown fields. zod's own parse of a large project spends most
// of its time on bookkeeping a JSON tree never needs (result envelopes per
// value, cycle memoisation, issue paths), and the separate unknown-field walk
// visited everything a second time.
//
// The walker is built from the zod schema itself, so the model stays the one
// source of truth: each schema kind the model uses (loose objects, arrays,
// defaults, unions, enums, plain strings…) gets a small closure with exactly
// zod's acceptance and output rules; anything else (checks, regexes,
// transforms, catch) is handed to zod for that subtree. The contract:
//   - it accepts only what zod accepts, and then returns zod's output and
//     whether findUnknownFields could find anything in it (it is asked only then:
//     files with unknown fields are rare, and it knows their exact order);
//   - when it rejects, it returns null and the caller asks zod, which gives the
//     error message (and, should the walker ever be stricter than zod, the data).
// Input must come from JSON.parse (or a migration of it): a tree without cycles
// or shared objects. Objects and arrays that are already in output form (most
// of a file this app saved) are returned as they are rather than copied.

import type { z } from 'zod';
import { findUnknownFields, unwrapSchema, walkUnknownFields } from './unknown-fields';

const FAIL = Symbol('fail');

/** State of one walk. */
interface Walk {
  /** Set when the output may hold fields findUnknownFields would report. */
  unknown: boolean;
  /** zod's parse context for delegated subtrees; fresh per walk because zod keys caches on it. */
  ctx: { async: false };
}

type Step = (value: unknown, walk: Walk) => unknown;

interface ZodInternals {
  def: Record<string, unknown> & { type: string; checks?: unknown[] };
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
  propValues?: Record<string, Set<unknown>>;
  innerType?: z.ZodType;
  run(payload: { value: unknown; issues: unknown[] }, ctx: object): unknown;
}

const internals = (schema: z.ZodType): ZodInternals => (schema as unknown as { _zod: ZodInternals })._zod;

const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Notes whether a value made outside the walk (by zod or a default) holds unknown fields. */
function noteUnknown(schema: z.ZodType, value: unknown, walk: Walk): void {
  if (walk.unknown || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value) && value.length === 0) return;
  const found: string[] = [];
  walkUnknownFields(schema, value, '', found, 1);
  if (found.length > 0) walk.unknown = true;
}

const compiled = new WeakMap<z.ZodType, Step>();

/** Hands a subtree to zod itself. */
function delegate(schema: z.ZodType): Step {
  const zod = internals(schema);
  return (value, walk) => {
    const result = zod.run({ value, issues: [] }, walk.ctx) as { value: unknown; issues: unknown[] } | Promise<unknown>;
    if (result instanceof Promise || result.issues.length > 0) return FAIL;
    noteUnknown(schema, result.value, walk);
    return result.value;
  };
}

/** Keys that objects list first, in ascending order, whatever the insertion order (array indices). */
function isIndexKey(key: string): boolean {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(key) && Number(key) < 4294967295;
}

function compileString(schema: z.ZodType): Step {
  const { def } = internals(schema);
  if (def.coerce) return delegate(schema);
  const checks = def.checks ?? [];
  if (checks.length === 0) return (value) => (typeof value === 'string' ? value : FAIL);
  // The id rule, z.string().min(1): at least one UTF-16 unit is at least one code point.
  if (checks.length === 1) {
    const check = internals(checks[0] as z.ZodType).def as { check?: string; minimum?: number };
    if (check.check === 'min_length' && check.minimum === 1) {
      return (value) => (typeof value === 'string' && value.length >= 1 ? value : FAIL);
    }
  }
  return delegate(schema);
}

/**
 * A finite number with the usual checks (int, min, max), or zod's run for any
 * other check. Integers are safe integers, as zod's int() requires.
 */
function compileNumber(schema: z.ZodType): Step {
  const { def } = internals(schema);
  if (def.coerce) return delegate(schema);
  const tests: ((n: number) => boolean)[] = [];
  for (const check of def.checks ?? []) {
    const c = internals(check as z.ZodType).def as { check?: string; format?: string; value?: unknown; inclusive?: boolean; when?: unknown };
    if (c.when !== undefined) return delegate(schema);
    const bound = c.value;
    if (c.check === 'number_format' && c.format === 'safeint') tests.push((n) => Number.isSafeInteger(n));
    else if (c.check === 'greater_than' && typeof bound === 'number') tests.push(c.inclusive ? (n) => n >= bound : (n) => n > bound);
    else if (c.check === 'less_than' && typeof bound === 'number') tests.push(c.inclusive ? (n) => n <= bound : (n) => n < bound);
    else return delegate(schema);
  }
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return FAIL;
    for (const test of tests) if (!test(value)) return FAIL;
    return value;
  };
}

/** A pipe (e.g. a list, then a transform that cleans it): its input side walked here, its output side run by zod. */
function compilePipe(schema: z.ZodType): Step {
  const { def } = internals(schema);
  const left = compile(def.in as z.ZodType);
  const right = internals(def.out as z.ZodType);
  return (value, walk) => {
    const middle = left(value, walk);
    if (middle === FAIL) return FAIL;
    const result = right.run({ value: middle, issues: [] }, walk.ctx) as { value: unknown; issues: unknown[] } | Promise<unknown>;
    if (result instanceof Promise || result.issues.length > 0) return FAIL;
    noteUnknown(schema, result.value, walk);
    return result.value;
  };
}

function compileObject(schema: z.ZodType): Step {
  const { def } = internals(schema);
  const shape = def.shape as Record<string, z.ZodType>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return delegate(schema);
  const catchall = def.catchall as z.ZodType | undefined;
  const catchallType = catchall ? internals(catchall).def.type : 'strip';
  if (catchallType !== 'unknown' && catchallType !== 'any' && catchallType !== 'never' && catchallType !== 'strip') {
    return delegate(schema);
  }
  const keys = Object.keys(shape);
  const keySet = new Set(keys);
  const fields = keys
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = internals(shape[key]);
      // zod's three cases for a property: required; optional in and out; optional in only (defaults).
      const kind = field.optin === undefined ? 0 : field.optout === 'optional' ? 1 : 2;
      return { key, step: compile(shape[key]), kind, optin: field.optin };
    });

  const never = catchallType === 'never';
  const keep = catchallType !== 'strip';
  const fieldIndex = new Map(fields.map((field, i) => [field.key, i]));
  // Objects list array-index keys first whatever the insertion order: then shape order is not output order.
  const mayReuse = !keys.some(isIndexKey);

  /** The output while it still equals the input: the present keys of fields[0..end). */
  const copyUpTo = (value: Record<string, unknown>, end: number) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < end; i += 1) {
      const { key } = fields[i];
      if (key in value) out[key] = value[key];
    }
    return out;
  };

  return (value, walk) => {
    if (!isObj(value)) return FAIL;
    // Most objects in a saved file are already exactly zod's output (same keys, same
    // order, nothing to fill in): those are returned as they are, and a copy is made
    // only from the first difference on.
    let out: Record<string, unknown> | null = mayReuse && Object.getPrototypeOf(value) === Object.prototype ? null : {};
    for (let i = 0; i < fields.length; i += 1) {
      const field = fields[i];
      const { key } = field;
      const item = value[key];
      const result = field.step(item, walk);
      let assign: boolean;
      if (field.kind === 0) {
        if (result === FAIL || !(key in value)) return FAIL;
        assign = true;
      } else if (field.kind === 1) {
        const present = key in value;
        if (result === FAIL) {
          if (present) return FAIL; // zod ignores a failure on an absent optional key
          assign = false;
        } else {
          assign = field.optin === 'optional' ? present : result !== undefined || present;
        }
      } else {
        if (result === FAIL) return FAIL;
        assign = field.optin === 'defaulted' || result !== undefined || key in value;
      }
      if (out === null) {
        if (assign ? result === item && key in value : !(key in value)) continue;
        out = copyUpTo(value, i);
      }
      if (assign) out[key] = result;
    }
    // Unknown keys: refused (strict), dropped (strip) or kept as they are (loose), as zod does.
    let reusable = out === null;
    let last = -1;
    let unknownSeen = false;
    for (const key in value) {
      if (keySet.has(key)) {
        const index = fieldIndex.get(key);
        // zod writes known keys first, in shape order.
        if (index === undefined || index < last || unknownSeen) reusable = false;
        else last = index;
        continue;
      }
      if (never) return FAIL;
      if (key === '__proto__' || !keep) {
        reusable = false;
        continue;
      }
      const item = value[key];
      if (item === undefined) return FAIL;
      walk.unknown = true;
      if (!isIndexKey(key)) unknownSeen = true;
      if (out) out[key] = item;
    }
    if (out) return out;
    if (reusable) return value;
    out = copyUpTo(value, fields.length);
    if (keep) {
      for (const key in value) if (!keySet.has(key) && key !== '__proto__') out[key] = value[key];
    }
    return out;
  };
}

function compileArray(schema: z.ZodType): Step {
  const { def } = internals(schema);
  const element = compile(def.element as z.ZodType);
  return (value, walk) => {
    if (!Array.isArray(value)) return FAIL;
    const n = value.length;
    // As for objects: the input array itself unless an element changes.
    let out: unknown[] | null = Object.getPrototypeOf(value) === Array.prototype ? null : [];
    for (let i = 0; i < n; i += 1) {
      const item: unknown = value[i];
      const result = element(item, walk);
      if (result === FAIL) return FAIL;
      if (out) out.push(result);
      else if (result !== item) {
        out = value.slice(0, i);
        out.push(result);
      }
    }
    return out ?? value;
  };
}

/**
 * Whether findUnknownFields, which picks a union's option by the value's `type`
 * alone, always picks the option zod used: true when every option is an object
 * whose `type` is a literal or enum and no two options share a type. Otherwise
 * a union's result always sends the caller to findUnknownFields.
 */
function picksAgree(options: z.ZodType[]): boolean {
  const seen = new Set<unknown>();
  for (const option of options) {
    const shape = internals(unwrapSchema(option)).def.shape as Record<string, z.ZodType> | undefined;
    if (!shape || !Object.prototype.hasOwnProperty.call(shape, 'type')) return false;
    const tag = internals(shape.type);
    if ((tag.def.type !== 'literal' && tag.def.type !== 'enum') || (tag.def.checks?.length ?? 0) > 0 || !tag.values) return false;
    for (const v of tag.values) {
      if (seen.has(v)) return false;
      seen.add(v);
    }
  }
  return true;
}

function compileUnion(schema: z.ZodType): Step {
  const { def } = internals(schema);
  const options = def.options as z.ZodType[];
  const discriminator = def.discriminator as string | undefined;
  if (discriminator === undefined) {
    if (def.inclusive === false) return delegate(schema);
    const steps = options.map((option) => compile(option));
    if (steps.length === 1) return steps[0];
    const agree = picksAgree(options);
    // The first option that accepts the value wins, as in zod.
    return (value, walk) => {
      for (const step of steps) {
        const result = step(value, walk);
        if (result === FAIL) continue;
        if (!agree && isObj(result)) walk.unknown = true;
        return result;
      }
      return FAIL;
    };
  }
  if (def.unionFallback) return delegate(schema);
  // zod picks the option by the discriminator's value; the same map, built the same way.
  const byValue = new Map<unknown, z.ZodType | null>();
  for (const option of options) {
    const values = internals(option).propValues?.[discriminator];
    if (!values || values.size === 0) return delegate(schema);
    for (const v of values) {
      if (byValue.has(v)) {
        if (v !== undefined) return delegate(schema);
        byValue.set(v, null);
      } else {
        byValue.set(v, option);
      }
    }
  }
  const steps = new Map<unknown, Step>();
  for (const [v, option] of byValue) if (option) steps.set(v, compile(option));
  const agree = picksAgree(options);
  return (value, walk) => {
    if (!isObj(value)) return FAIL;
    const step = steps.get(value[discriminator]);
    if (!step) return FAIL;
    const result = step(value, walk);
    if (!agree && result !== FAIL) walk.unknown = true;
    return result;
  };
}

function compileUncached(schema: z.ZodType): Step {
  const zod = internals(schema);
  const { def } = zod;
  if (def.type === 'string') return compileString(schema);
  if (def.type === 'number') return compileNumber(schema);
  // Checks on anything but a string (array sizes, number ranges, refinements) are zod's job.
  if (def.checks && def.checks.length > 0) return delegate(schema);
  switch (def.type) {
    case 'object':
      return compileObject(schema);
    case 'array':
      return compileArray(schema);
    case 'union':
      return compileUnion(schema);
    case 'boolean':
      if (def.coerce) return delegate(schema);
      return (value) => (typeof value === 'boolean' ? value : FAIL);
    case 'enum':
    case 'literal': {
      const values = zod.values;
      if (!values) return delegate(schema);
      return (value) => (values.has(value) ? value : FAIL);
    }
    case 'unknown':
    case 'any':
      return (value) => value;
    case 'nullable': {
      const inner = compile(def.innerType as z.ZodType);
      return (value, walk) => (value === null ? null : inner(value, walk));
    }
    case 'optional': {
      const innerSchema = def.innerType as z.ZodType;
      const inner = compile(innerSchema);
      const whenAbsent = internals(innerSchema).optin === 'defaulted' ? delegate(schema) : null;
      return (value, walk) => {
        if (value !== undefined) return inner(value, walk);
        return whenAbsent ? whenAbsent(value, walk) : undefined;
      };
    }
    case 'default': {
      const innerSchema = def.innerType as z.ZodType;
      const inner = compile(innerSchema);
      const listDefault = (fallback: unknown, walk: Walk) => {
        noteUnknown(innerSchema, fallback, walk);
        return fallback;
      };
      // def.defaultValue is a getter that makes a fresh value each time, as zod reads it.
      return (value, walk) => {
        if (value === undefined) return listDefault(def.defaultValue, walk);
        const result = inner(value, walk);
        if (result === FAIL) return FAIL;
        return result === undefined ? listDefault(def.defaultValue, walk) : result;
      };
    }
    case 'prefault': {
      const inner = compile(def.innerType as z.ZodType);
      return (value, walk) => inner(value === undefined ? def.defaultValue : value, walk);
    }
    case 'pipe':
      return compilePipe(schema);
    case 'lazy': {
      let inner: Step | undefined;
      return (value, walk) => {
        inner ??= compile(zod.innerType as z.ZodType);
        return inner(value, walk);
      };
    }
    default:
      return delegate(schema);
  }
}

function compile(schema: z.ZodType): Step {
  let step = compiled.get(schema);
  if (!step) {
    step = compileUncached(schema);
    compiled.set(schema, step);
  }
  return step;
}

export interface FastParsed<T> {
  data: T;
  /** As findUnknownFields(schema, data, limit) would list them. */
  unknownFields: string[];
}

/**
 * Validates JSON-parsed data against a zod schema in one pass. Returns zod's
 * output and the unknown fields, or null when the data does not fit (ask zod
 * for the error then). The output shares the parts of `value` that are already
 * in output form, so the caller hands `value` over and does not use it again.
 */
export function fastParse<S extends z.ZodType>(schema: S, value: unknown, limit = 100): FastParsed<z.output<S>> | null {
  const walk: Walk = { unknown: false, ctx: { async: false } };
  const data = compile(schema)(value, walk);
  if (data === FAIL) return null;
  return { data: data as z.output<S>, unknownFields: walk.unknown ? findUnknownFields(schema, data, limit) : [] };
}
