import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import { richTextFromPlain } from '../../../../src/shared/model/rich-text';
import {
  addResearchQuestion,
  contextRichTextFields,
  moveResearchQuestion,
  removeResearchQuestion,
  setContextText,
  updateResearchQuestion,
} from '../../../../src/renderer/steps/context/recipes';

const base = (): Project => createEmptyProject('nl', new Date('2026-01-05T10:00:00Z'));

describe('context recipes', () => {
  it.each(contextRichTextFields)('sets the rich-text field %s and leaves the others alone', (field) => {
    const before = Object.freeze(base());
    const value = richTextFromPlain('Steeds minder peuters gaan naar de voorschool.');
    const after = setContextText(before, field, value);
    expect(after.context[field]).toBe(value);
    expect(before.context[field]).toEqual({ type: 'doc', content: [] });
    for (const other of contextRichTextFields.filter((f) => f !== field)) {
      expect(after.context[other]).toBe(before.context[other]);
    }
    expect(after.assignment).toBe(before.assignment);
  });

  it('returns the same project when the rich text is the same object', () => {
    const before = base();
    expect(setContextText(before, 'challenge', before.context.challenge)).toBe(before);
  });

  it('adds, edits, moves and removes research questions', () => {
    let p = addResearchQuestion(base(), 'Hoe bereiken we ouders?', 'q1');
    p = addResearchQuestion(p, '', 'q2');
    p = addResearchQuestion(p, 'Welke partners zijn nodig?', 'q3');
    p = updateResearchQuestion(p, 'q2', 'Wat houdt ouders tegen?');
    expect(p.context.researchQuestions.map((q) => q.text)).toEqual([
      'Hoe bereiken we ouders?',
      'Wat houdt ouders tegen?',
      'Welke partners zijn nodig?',
    ]);
    p = moveResearchQuestion(p, 'q3', 'up');
    p = moveResearchQuestion(p, 'q3', 'up');
    expect(p.context.researchQuestions.map((q) => q.id)).toEqual(['q3', 'q1', 'q2']);
    expect(moveResearchQuestion(p, 'q3', 'up')).toBe(p);
    expect(moveResearchQuestion(p, 'q2', 'down')).toBe(p);
    p = removeResearchQuestion(p, 'q1');
    expect(p.context.researchQuestions.map((q) => q.id)).toEqual(['q3', 'q2']);
  });

  it('leaves the original project untouched', () => {
    const before = addResearchQuestion(base(), 'Eerste vraag', 'q1');
    const snapshot = structuredClone(before);
    moveResearchQuestion(addResearchQuestion(updateResearchQuestion(before, 'q1', 'Anders'), 'Tweede', 'q2'), 'q2', 'up');
    removeResearchQuestion(before, 'q1');
    expect(before).toEqual(snapshot);
  });

  it('returns the same project for an update that changes nothing or an unknown id', () => {
    const p = addResearchQuestion(base(), 'Vraag', 'q1');
    expect(updateResearchQuestion(p, 'q1', 'Vraag')).toBe(p);
    expect(updateResearchQuestion(p, 'zz', 'x')).toBe(p);
    expect(removeResearchQuestion(p, 'zz')).toBe(p);
  });
});
