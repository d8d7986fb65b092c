// Project → file text. Always writes the current format version; the envelope
// comes first so a person opening the file sees what it is.

import type { Project } from '../model/project';
import { CURRENT_FORMAT_VERSION, FILE_FORMAT } from './envelope';

const ENVELOPE_KEYS = ['format', 'version', 'savedWith', 'project'];

export interface SerializeOptions {
  /** Unknown envelope fields read from the file (LoadedProject.envelopeExtras), kept as-is. */
  envelopeExtras?: Record<string, unknown>;
}

export function serializeProject(project: Project, savedWith: string, options: SerializeOptions = {}): string {
  const extras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options.envelopeExtras ?? {})) {
    if (!ENVELOPE_KEYS.includes(key)) extras[key] = value;
  }
  const envelope = { format: FILE_FORMAT, version: CURRENT_FORMAT_VERSION, savedWith, ...extras, project };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
