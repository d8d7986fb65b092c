// The one entry point through which a bridge call reaches the handlers, shared
// by Electron's IPC and the browser host. Everything that arrives here is
// untrusted JSON: the method name is looked up as an own key of the contract,
// the arguments are validated against `apiArgs` before any handler runs, and
// every failure leaves as a serialized AppError instead of an exception.

import { apiArgs, type ApiMethod, type AppApi, type BridgeResult } from '../shared/ipc';
import { serializeError, type SerializedError } from '../shared/errors';

/** Deeper than any real project; deeper input is an attack or a bug. */
const MAX_ARGUMENT_DEPTH = 200;

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && Object.prototype.hasOwnProperty.call(apiArgs, method);
}

export async function dispatch(handlers: AppApi, method: string, args: unknown): Promise<BridgeResult<unknown>> {
  if (!isApiMethod(method)) {
    return failure({ code: 'BRIDGE_UNKNOWN_METHOD', params: { method: String(method).slice(0, 100) } });
  }
  const shapeProblem = findShapeProblem(args);
  if (shapeProblem) return failure({ code: 'BRIDGE_BAD_ARGUMENTS', params: { method, detail: shapeProblem } });

  const parsed = apiArgs[method].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'arguments';
    const detail = `${where}: ${issue?.message ?? 'invalid'}`.slice(0, 300);
    return failure({ code: 'BRIDGE_BAD_ARGUMENTS', params: { method, detail } });
  }

  try {
    const handler = handlers[method] as (...callArgs: unknown[]) => Promise<unknown>;
    const value = await handler.apply(handlers, parsed.data as unknown[]);
    return { ok: true, value };
  } catch (error) {
    return failure(serializeError(error));
  }
}

function failure(error: SerializedError): BridgeResult<never> {
  return { ok: false, error };
}

/**
 * Refuses what schema validation alone would let through or choke on: an own
 * `__proto__` key (JSON.parse creates one; copying it into a loose object would
 * swap that object's prototype) and nesting deep enough to exhaust the stack.
 * Iterative, so a hostile depth cannot overflow this check itself.
 */
function findShapeProblem(args: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: args, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_ARGUMENT_DEPTH) return `nested deeper than ${MAX_ARGUMENT_DEPTH} levels`;
    if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return 'forbidden key __proto__';
    for (const child of Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}
