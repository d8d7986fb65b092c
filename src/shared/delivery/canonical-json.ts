// One fixed serialisation of JSON data, so that equal content always gives the
// same bytes and the same fingerprint: object keys sorted by code unit, no
// whitespace, strings and numbers exactly as JSON.stringify writes them (the
// shortest text that reads back as the same number; -0 is written as 0).
// Keys whose value is undefined are left out, as JSON does; non-finite numbers,
// functions and other non-JSON values are refused rather than silently changed.

export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out);
  return out.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null) {
    out.push('null');
  } else if (typeof value === 'string' || typeof value === 'boolean') {
    out.push(JSON.stringify(value));
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
    out.push(JSON.stringify(value));
  } else if (Array.isArray(value)) {
    out.push('[');
    value.forEach((entry, i) => {
      if (i > 0) out.push(',');
      // JSON writes holes and undefined entries of an array as null.
      write(entry === undefined ? null : entry, out);
    });
    out.push(']');
  } else if (typeof value === 'object') {
    const keys = Object.keys(value as object).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    out.push('{');
    keys.forEach((key, i) => {
      if (i > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write((value as Record<string, unknown>)[key], out);
    });
    out.push('}');
  } else {
    throw new TypeError(`canonicalJson: a ${typeof value} is not JSON data`);
  }
}
