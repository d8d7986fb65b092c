// Pure edits of a list of names (authors or editors of a source). Names have
// no ids of their own, so list rows are keyed by position.

import type { PersonName } from '../../../shared/model/desk-research';
import type { MoveDirection } from '../../components/list-ops';

export interface PersonRow {
  id: string;
  person: PersonName;
}

export const emptyPerson = (): PersonName => ({ family: '', given: '' });

export function personRows(people: readonly PersonName[]): PersonRow[] {
  return people.map((person, index) => ({ id: String(index), person }));
}

/** Sets one field; an empty organisation name is dropped so the person is a person again. */
export function patchPerson(people: readonly PersonName[], index: number, patch: Partial<PersonName>): PersonName[] {
  return people.map((p, i) => {
    if (i !== index) return p;
    const next: PersonName = { ...p, ...patch };
    if (next.literal !== undefined && next.literal === '') delete next.literal;
    return next;
  });
}

export function movePerson(people: readonly PersonName[], index: number, direction: MoveDirection): PersonName[] {
  const to = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || to < 0 || to >= people.length) return [...people];
  const next = [...people];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}
