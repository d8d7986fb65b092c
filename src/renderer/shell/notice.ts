// A message above the workspace: either an AppError (shown by its code, in the
// current language) or one of the shell's own translated hints.

import type { SerializedError } from '../../shared/errors';
import { serializeError } from '../../shared/errors';

export type Notice =
  | { kind: 'error'; error: SerializedError }
  | { kind: 'hint'; messageKey: string; params?: Record<string, string | number> };

export const errorNotice = (error: unknown): Notice => ({ kind: 'error', error: serializeError(error) });
