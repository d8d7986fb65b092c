// Lists the fields in a project that this version of the model does not know.
// They are kept on save (every object schema is loose), and reported so the UI
// can say "this file contains data from a newer Drijfveer that is preserved".
// Walks the zod schema alongside the data; depth is bounded by MAX_JSON_DEPTH.

import type { z } from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema a lazy one stands for; zod resolves it once and caches it (def.getter would build a new one). */
function lazyInner(schema: z.ZodType, def: Def): z.ZodType | undefined {
  const cached = (schema as unknown as { _zod: { innerType?: z.ZodType } })._zod.innerType;
  return cached ?? def.getter?.();
}

const unwrapped = new WeakMap<z.ZodType, z.ZodType>();

/** Strips wrappers (default, nullable, lazy, pipe…) down to the schema that describes the value. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  const known = unwrapped.get(schema);
  if (known) return known;
  let current = schema;
  for (let guard = 0; guard < 20; guard += 1) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'lazy' ? lazyInner(current, def) : def.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    current = next;
  }
  unwrapped.set(schema, current);
  return current;
}

const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** discriminator.safeParse(value).success, without the cost for the usual literal or enum. */
function accepts(discriminator: z.ZodType, value: unknown): boolean {
  const zod = (discriminator as unknown as { _zod: { def: Def & { checks?: unknown[] }; values?: Set<unknown> } })._zod;
  const { type, checks } = zod.def;
  if ((type === 'literal' || type === 'enum') && !checks?.length && zod.values) return zod.values.has(value);
  return discriminator.safeParse(value).success;
}

/** For a union of objects, the option whose discriminating fields accept the value. */
function pickOption(options: z.ZodType[], value: Record<string, unknown>): z.ZodType | null {
  for (const option of options) {
    const inner = unwrapSchema(option);
    const shape = defOf(inner).shape;
    if (!shape) continue;
    const discriminator = shape.type;
    if (!discriminator || accepts(discriminator, value.type)) return inner;
  }
  return null;
}

/**
 * Appends to `found` the unknown fields in `value` below `path` (at most `limit`
 * in all). Also used by the fast path for the parts it leaves to zod.
 */
export function walkUnknownFields(schema: z.ZodType, value: unknown, path: string, found: string[], limit: number): void {
  if (found.length >= limit) return;
  let inner = unwrapSchema(schema);
  let def = defOf(inner);
  if (def.type === 'union' && def.options && isObj(value)) {
    const option = pickOption(def.options, value);
    if (!option) return;
    inner = option;
    def = defOf(inner);
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, index) => walkUnknownFields(def.element as z.ZodType, item, `${path}[${index}]`, found, limit));
    return;
  }
  if (def.type === 'object' && def.shape && isObj(value)) {
    for (const key of Object.keys(value)) {
      const child = path === '' ? key : `${path}.${key}`;
      // Own keys only: "toString" in a file is an unknown field, not Object.prototype's method.
      const fieldSchema = Object.prototype.hasOwnProperty.call(def.shape, key) ? def.shape[key] : undefined;
      if (!fieldSchema) {
        found.push(child);
        if (found.length >= limit) return;
      } else {
        walkUnknownFields(fieldSchema, value[key], child, found, limit);
      }
    }
  }
}

/** Paths such as "partners.interviews[3].audioFile" of fields the schema does not define. */
export function findUnknownFields(schema: z.ZodType, value: unknown, limit = 100): string[] {
  const found: string[] = [];
  walkUnknownFields(schema, value, '', found, limit);
  return found;
}
