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

/** Strips wrappers (default, nullable, lazy, pipe…) down to the schema that describes the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let guard = 0; guard < 20; guard += 1) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
  return current;
}

const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** For a union of objects, the option whose discriminating fields accept the value. */
function pickOption(options: z.ZodType[], value: Record<string, unknown>): z.ZodType | null {
  for (const option of options) {
    const inner = unwrap(option);
    const shape = defOf(inner).shape;
    if (!shape) continue;
    const discriminator = shape.type;
    if (!discriminator || discriminator.safeParse(value.type).success) return inner;
  }
  return null;
}

function walk(schema: z.ZodType, value: unknown, path: string, found: string[], limit: number): void {
  if (found.length >= limit) return;
  let inner = unwrap(schema);
  let def = defOf(inner);
  if (def.type === 'union' && def.options && isObj(value)) {
    const option = pickOption(def.options, value);
    if (!option) return;
    inner = option;
    def = defOf(inner);
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, index) => walk(def.element as z.ZodType, item, `${path}[${index}]`, found, limit));
    return;
  }
  if (def.type === 'object' && def.shape && isObj(value)) {
    for (const key of Object.keys(value)) {
      const child = path === '' ? key : `${path}.${key}`;
      const fieldSchema = def.shape[key];
      if (!fieldSchema) {
        found.push(child);
        if (found.length >= limit) return;
      } else {
        walk(fieldSchema, value[key], child, found, limit);
      }
    }
  }
}

/** Paths such as "partners.interviews[3].audioFile" of fields the schema does not define. */
export function findUnknownFields(schema: z.ZodType, value: unknown, limit = 100): string[] {
  const found: string[] = [];
  walk(schema, value, '', found, limit);
  return found;
}
