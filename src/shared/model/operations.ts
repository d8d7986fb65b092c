// Pure list operations for editing the project. Every function returns a new
// list or project and leaves its input untouched, so React state and undo can
// compare by reference.

import type { Project } from './project';

export interface HasId {
  id: string;
}

export function addItem<T extends HasId>(list: readonly T[], item: T, index: number = list.length): T[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/** Applies patch to the item with this id; returns the same list when no item has it. */
export function updateItem<T extends HasId>(list: readonly T[], id: string, patch: Partial<T>): T[] {
  const index = list.findIndex((item) => item.id === id);
  if (index === -1) return list as T[];
  const next = [...list];
  next[index] = { ...list[index], ...patch, id };
  return next;
}

export function removeItem<T extends HasId>(list: readonly T[], id: string): T[] {
  const next = list.filter((item) => item.id !== id);
  return next.length === list.length ? (list as T[]) : next;
}

/** Moves the item at index `from` to index `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (list.length === 0) return list as T[];
  const source = Math.max(0, Math.min(from, list.length - 1));
  const target = Math.max(0, Math.min(to, list.length - 1));
  if (source === target) return list as T[];
  const next = [...list];
  const [moved] = next.splice(source, 1);
  next.splice(target, 0, moved);
  return next;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Rules for forgetting one deleted id, by the key it is found under. They are
 * structural so that every part of the model (and rich text anywhere) is
 * covered without listing each field:
 * - lists of ids (`…Ids`: evidence, segmentIds, insightIds, themeIds, …) lose the id;
 * - citations (finding citations, citation items in rich text) of the source go;
 *   an in-text citation left without sources disappears;
 * - indicator targets for the deleted segment go;
 * - single references (good example's sourceId, indicator's scaleId) become null,
 *   a quote's questionId and an interview's respondentGroupId become '';
 * - a comment on the deleted item stays, as a comment on its step.
 * Items themselves are never deleted here: a quote of a deleted interview is
 * the caller's to remove (or keep) explicitly.
 */
function forget(value: unknown, id: string, key: string): unknown {
  if (Array.isArray(value)) return forgetInArray(value, id, key);
  if (isObj(value)) return forgetInObject(value, id);
  return value;
}

function forgetInArray(list: unknown[], id: string, key: string): unknown[] {
  let kept = list;
  if (key.endsWith('Ids')) kept = list.filter((entry) => entry !== id);
  else if (key === 'citations' || key === 'items') kept = list.filter((e) => !(isObj(e) && e.sourceId === id));
  else if (key === 'targets') kept = list.filter((e) => !(isObj(e) && e.segmentId === id));
  let changed = kept !== list && kept.length !== list.length;
  const mapped: unknown[] = [];
  for (const entry of kept) {
    const next = forget(entry, id, key);
    if (next !== entry) changed = true;
    // An in-text citation whose every source was deleted has nothing left to say.
    if (isObj(next) && next.type === 'citation' && Array.isArray(next.items) && next.items.length === 0
      && !(isObj(entry) && Array.isArray(entry.items) && entry.items.length === 0)) {
      changed = true;
      continue;
    }
    mapped.push(next);
  }
  return changed ? mapped : list;
}

function forgetInObject(obj: Obj, id: string): Obj {
  let next: Obj | null = null;
  const set = (k: string, v: unknown) => {
    next ??= { ...obj };
    next[k] = v;
  };
  for (const [k, v] of Object.entries(obj)) {
    if (v === id && (k === 'sourceId' || k === 'scaleId') && !('locator' in obj)) set(k, null);
    else if (v === id && k === 'respondentGroupId') set(k, '');
    else if (v === id && k === 'questionId' && 'interviewId' in obj) set(k, '');
    else if (typeof v === 'object' && v !== null) {
      const cleaned = forget(v, id, k);
      if (cleaned !== v) set(k, cleaned);
    }
  }
  if (obj.kind === 'item' && obj.itemId === id && 'stepId' in obj) {
    set('kind', 'section');
    set('itemId', null);
  }
  return next ?? obj;
}

/** The project without any reference to deletedId; unchanged parts keep their identity. */
export function removeReferences(project: Project, deletedId: string): Project {
  if (deletedId === '') return project;
  return forgetInObject(project, deletedId) as Project;
}
