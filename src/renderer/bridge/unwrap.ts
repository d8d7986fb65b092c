// Turning what comes back over the bridge into a value or a thrown AppError, so
// the UI can branch on `error.code` whichever host it runs in.

import { AppError, deserializeError } from '../../shared/errors';
import type { BridgeResult } from '../../shared/ipc';

export function unwrapResult<T>(result: unknown): T {
  if (result && typeof result === 'object' && 'ok' in result) {
    const typed = result as BridgeResult<T>;
    if (typed.ok) return typed.value;
    throw deserializeError(typed.error);
  }
  throw new AppError('INTERNAL', { reason: 'malformed bridge reply' });
}

/**
 * Electron's contextBridge copies a rejected Error without its custom fields,
 * so the preload rejects with the plain SerializedError instead; this restores
 * the AppError on the renderer's side.
 */
export function toAppError(error: unknown): AppError {
  return error instanceof AppError ? error : deserializeError(error);
}
