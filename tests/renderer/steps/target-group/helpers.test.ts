import { describe, expect, it } from 'vitest';
import { composeGoalSentence, isGoalUsable } from '../../../../src/renderer/steps/target-group/behaviour-goal';
import { groupByComB } from '../../../../src/renderer/steps/target-group/com-b';
import { excerpt, findingOptions, quoteOptions } from '../../../../src/renderer/steps/target-group/evidence-options';
import { comBComponents, DeterminantSchema } from '../../../../src/shared/model/target-group';
import { FindingSchema } from '../../../../src/shared/model/desk-research';
import { QuoteSchema } from '../../../../src/shared/model/coding';
import { InterviewSchema } from '../../../../src/shared/model/interviews';
import { richTextFromPlain } from '../../../../src/shared/model/rich-text';

const goal = { who: 'ouders van peuters', insteadOf: 'alleen halen en brengen,', does: 'lezen drie keer per week voor', whereWhen: 'thuis, na het eten.' };

describe('behaviour goal sentence', () => {
  it('joins the four parts in the order of the government form, in Dutch and English', () => {
    expect(composeGoalSentence(goal, { insteadOf: 'in plaats van' })).toBe(
      'Ouders van peuters, in plaats van alleen halen en brengen, lezen drie keer per week voor, thuis, na het eten.',
    );
    expect(composeGoalSentence({ who: 'parents', insteadOf: 'only dropping off', does: 'read aloud', whereWhen: 'at home' }, { insteadOf: 'instead of' })).toBe(
      'Parents, instead of only dropping off, read aloud, at home.',
    );
  });

  it('leaves out empty parts and is empty when nothing is filled in', () => {
    expect(composeGoalSentence({ who: ' ', insteadOf: '', does: 'fietsen naar school', whereWhen: '' }, { insteadOf: 'in plaats van' })).toBe(
      'Fietsen naar school.',
    );
    expect(composeGoalSentence({ who: '', insteadOf: '', does: '', whereWhen: '' }, { insteadOf: 'in plaats van' })).toBe('');
  });

  it('calls a goal usable only when it names who and what they do', () => {
    expect(isGoalUsable(goal)).toBe(true);
    expect(isGoalUsable({ ...goal, does: '  ' })).toBe(false);
    expect(isGoalUsable({ ...goal, who: '' })).toBe(false);
  });
});

describe('COM-B grouping', () => {
  it('gives all six components in order, with their determinants and driver/barrier counts', () => {
    const d = (id: string, comB: string, kind: string) => DeterminantSchema.parse({ id, comB, kind });
    const groups = groupByComB([
      d('a', 'opportunity-social', 'barrier'),
      d('b', 'opportunity-social', 'driver'),
      d('c', 'opportunity-social', 'barrier'),
      d('e', 'capability-physical', 'driver'),
    ]);
    expect(groups.map((g) => g.component)).toEqual([...comBComponents]);
    const social = groups.find((g) => g.component === 'opportunity-social');
    expect(social).toMatchObject({ drivers: 1, barriers: 2 });
    expect(social?.determinants.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(groups.find((g) => g.component === 'capability-physical')).toMatchObject({ drivers: 1, barriers: 0 });
    expect(groups.find((g) => g.component === 'motivation-automatic')).toMatchObject({ drivers: 0, barriers: 0, determinants: [] });
  });
});

describe('evidence options', () => {
  it('shortens long text to an excerpt with an ellipsis', () => {
    expect(excerpt('kort')).toBe('kort');
    const long = excerpt('woord '.repeat(50), 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long.endsWith('…')).toBe(true);
  });

  it('labels findings by their text and topic, and quotes by text and interview code (never the name)', () => {
    const findings = [
      FindingSchema.parse({ id: 'f1', text: richTextFromPlain('Voorlezen helpt de woordenschat.'), topic: 'theory' }),
      FindingSchema.parse({ id: 'f2' }),
    ];
    expect(findingOptions(findings, (topic) => `T:${topic}`, '(leeg)')).toEqual([
      { id: 'f1', label: 'Voorlezen helpt de woordenschat.', hint: 'T:theory' },
      { id: 'f2', label: '(leeg)', hint: 'T:target-group' },
    ]);
    const interviews = [InterviewSchema.parse({ id: 'i1', code: 'R07', respondent: { name: 'Fatima' } })];
    const quotes = [QuoteSchema.parse({ id: 'q1', interviewId: 'i1', text: 'Ik weet niet wat ze daar doen.' })];
    const options = quoteOptions(quotes, interviews, '(leeg)');
    expect(options).toEqual([{ id: 'q1', label: 'Ik weet niet wat ze daar doen.', hint: 'R07' }]);
    expect(JSON.stringify(options)).not.toContain('Fatima');
  });
});
