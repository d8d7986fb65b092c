// The content fingerprint of a delivered project: SHA-256 over the canonical
// JSON of the project, so that the municipality (or anyone) can check that the
// file is what was delivered. Left out of the fingerprint, on purpose:
// - `delivery`, which holds the fingerprint itself;
// - `review`, because a delivered file stays open to comments (the recipient may
//   annotate it) and comments are remarks about the content, not content;
// - the project's `updatedAt`, which any save (for instance of a comment) bumps.
// Everything else counts, including fields this app version does not know. Key
// order and formatting of the file do not matter: the serialisation is canonical.

import type { Project } from '../model/project';
import { canonicalJson } from './canonical-json';

/** The part of the project the fingerprint covers. */
export function fingerprintedContent(project: Project): Record<string, unknown> {
  const content: Record<string, unknown> = { ...project };
  delete content.delivery;
  delete content.review;
  delete content.updatedAt;
  return content;
}

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Lower-case hex SHA-256 of the canonical content (Web Crypto: Node 20 and browsers). */
export async function fingerprintProject(project: Project): Promise<string> {
  const data = new TextEncoder().encode(canonicalJson(fingerprintedContent(project)));
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', data));
}

export type DeliveredStatus = 'unaltered' | 'altered' | 'not-delivered';

export interface DeliveredCheck {
  status: DeliveredStatus;
  /** From the delivery record; '' when the project was never delivered. */
  deliveredAt: string;
  deliveredBy: string;
}

export async function verifyDelivered(project: Project): Promise<DeliveredCheck> {
  const delivery = project.delivery;
  if (!delivery) return { status: 'not-delivered', deliveredAt: '', deliveredBy: '' };
  const actual = await fingerprintProject(project);
  const status = delivery.fingerprint.algorithm === 'sha-256' && actual === delivery.fingerprint.value ? 'unaltered' : 'altered';
  return { status, deliveredAt: delivery.deliveredAt, deliveredBy: delivery.deliveredBy };
}
