import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import { InsightSchema } from '../../../../src/shared/model/insights';
import { richTextFromPlain } from '../../../../src/shared/model/rich-text';
import {
  addCompetingBehaviour,
  addDeterminant,
  moveCompetingBehaviour,
  moveDeterminantInGroup,
  removeCompetingBehaviour,
  removeDeterminant,
  setBehaviourGoalField,
  setDeterminantEvidence,
  setTargetGroupText,
  targetGroupRichTextFields,
  updateCompetingBehaviour,
  updateDeterminant,
} from '../../../../src/renderer/steps/target-group/recipes';

const base = (): Project => createEmptyProject('nl', new Date('2026-01-05T10:00:00Z'));

describe('target group recipes', () => {
  it.each(targetGroupRichTextFields)('sets the rich-text field %s and leaves the rest alone', (field) => {
    const before = Object.freeze(base());
    const value = richTextFromPlain('Ouders brengen en halen hun kind.');
    const after = setTargetGroupText(before, field, value);
    expect(after.targetGroup[field]).toBe(value);
    expect(before.targetGroup[field]).toEqual({ type: 'doc', content: [] });
    expect(after.context).toBe(before.context);
    expect(setTargetGroupText(after, field, value)).toBe(after);
  });

  it('sets one part of the behaviour goal and returns the same project when nothing changes', () => {
    const p = setBehaviourGoalField(base(), 'who', 'Ouders van peuters');
    expect(p.targetGroup.behaviourGoal).toEqual({ who: 'Ouders van peuters', insteadOf: '', does: '', whereWhen: '' });
    expect(setBehaviourGoalField(p, 'who', 'Ouders van peuters')).toBe(p);
  });

  it('adds, edits, moves and removes competing behaviours', () => {
    let p = addCompetingBehaviour(base(), 'c1');
    p = addCompetingBehaviour(p, 'c2');
    p = updateCompetingBehaviour(p, 'c2', { description: 'Tablet aan', whyAttractive: 'Rust in huis' });
    expect(p.targetGroup.competingBehaviours[1]).toEqual({ id: 'c2', description: 'Tablet aan', whyAttractive: 'Rust in huis' });
    expect(updateCompetingBehaviour(p, 'c2', { description: 'Tablet aan' })).toBe(p);
    expect(updateCompetingBehaviour(p, 'nope', { description: 'x' })).toBe(p);
    p = moveCompetingBehaviour(p, 'c2', 'up');
    expect(p.targetGroup.competingBehaviours.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(moveCompetingBehaviour(p, 'c2', 'up')).toBe(p);
    p = removeCompetingBehaviour(p, 'c2');
    expect(p.targetGroup.competingBehaviours.map((c) => c.id)).toEqual(['c1']);
    expect(removeCompetingBehaviour(p, 'c2')).toBe(p);
  });

  it('adds a determinant in the given COM-B component as a barrier without evidence', () => {
    const p = addDeterminant(base(), 'opportunity-social', 'd1');
    expect(p.targetGroup.determinants).toEqual([
      { id: 'd1', kind: 'barrier', comB: 'opportunity-social', description: '', evidence: { findingIds: [], quoteIds: [] } },
    ]);
  });

  it('updates kind, component and description of a determinant', () => {
    let p = addDeterminant(base(), 'motivation-reflective', 'd1');
    p = updateDeterminant(p, 'd1', { kind: 'driver', comB: 'capability-psychological', description: 'Weet wat de voorschool doet' });
    expect(p.targetGroup.determinants[0]).toMatchObject({ kind: 'driver', comB: 'capability-psychological', description: 'Weet wat de voorschool doet' });
    expect(updateDeterminant(p, 'd1', { kind: 'driver' })).toBe(p);
  });

  it('links and unlinks evidence, ignoring duplicate ids', () => {
    let p = addDeterminant(base(), 'motivation-reflective', 'd1');
    p = setDeterminantEvidence(p, 'd1', 'findingIds', ['f1', 'f2', 'f1']);
    p = setDeterminantEvidence(p, 'd1', 'quoteIds', ['q1']);
    expect(p.targetGroup.determinants[0].evidence).toEqual({ findingIds: ['f1', 'f2'], quoteIds: ['q1'] });
    const same = setDeterminantEvidence(p, 'd1', 'quoteIds', ['q1']);
    expect(same).toBe(p);
    p = setDeterminantEvidence(p, 'd1', 'findingIds', ['f2']);
    expect(p.targetGroup.determinants[0].evidence.findingIds).toEqual(['f2']);
  });

  it('moves a determinant past items of other components to its neighbour in the same group', () => {
    let p = addDeterminant(base(), 'opportunity-social', 'a');
    p = addDeterminant(p, 'motivation-automatic', 'x');
    p = addDeterminant(p, 'opportunity-social', 'b');
    p = moveDeterminantInGroup(p, 'b', 'up');
    expect(p.targetGroup.determinants.map((d) => d.id)).toEqual(['b', 'x', 'a']);
    expect(moveDeterminantInGroup(p, 'b', 'up')).toBe(p);
    expect(moveDeterminantInGroup(p, 'x', 'down')).toBe(p);
    expect(moveDeterminantInGroup(p, 'missing', 'down')).toBe(p);
  });

  it('removing a determinant also forgets its id wherever another item lists it', () => {
    let p = addDeterminant(base(), 'opportunity-social', 'd1');
    p = addDeterminant(p, 'opportunity-social', 'd2');
    // Nothing in today's model points at a determinant, but a newer part might: any id list is cleaned.
    p = { ...p, insights: { ...p.insights, insights: [InsightSchema.parse({ id: 'i1', segmentIds: ['d1', 's9'] })] } };
    p = removeDeterminant(p, 'd1');
    expect(p.targetGroup.determinants.map((d) => d.id)).toEqual(['d2']);
    expect(p.insights.insights[0].segmentIds).toEqual(['s9']);
    expect(removeDeterminant(p, 'd1')).toBe(p);
  });

  it('never changes the project it was given', () => {
    const before = addDeterminant(addCompetingBehaviour(base(), 'c1'), 'motivation-reflective', 'd1');
    const snapshot = structuredClone(before);
    removeDeterminant(before, 'd1');
    removeCompetingBehaviour(before, 'c1');
    setDeterminantEvidence(before, 'd1', 'quoteIds', ['q1']);
    setBehaviourGoalField(before, 'does', 'voorlezen');
    expect(before).toEqual(snapshot);
  });
});

describe('rich text that says the same thing', () => {
  it('is no edit: the same project comes back for an equal but new document', () => {
    const p = setTargetGroupText(base(), 'currentBehaviour', richTextFromPlain('Ouders halen en brengen.'));
    expect(setTargetGroupText(p, 'currentBehaviour', richTextFromPlain('Ouders halen en brengen.'))).toBe(p);
    expect(setTargetGroupText(p, 'currentBehaviour', richTextFromPlain('Ouders lezen voor.'))).not.toBe(p);
  });
});
