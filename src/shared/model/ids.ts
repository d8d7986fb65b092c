// Identifiers of projects and list items. Ids are opaque strings: code never
// parses them, it only compares them. New ones are random UUIDs, so two people
// adding items to copies of the same project never collide.

export function newId(): string {
  return globalThis.crypto.randomUUID();
}
