// The behaviour goal in the form the Dutch government uses for behavioural
// interventions: "Wie, in plaats van …, doet …, waar/wanneer". The preview
// joins the four parts into one readable sentence in the interface language;
// missing parts are left out so the sentence grows as the user types.

import type { BehaviourGoal } from '../../../shared/model/target-group';

export interface GoalPhrases {
  /** The words that introduce the current behaviour: "in plaats van" / "instead of". */
  insteadOf: string;
}

/** Trims a part and drops the sentence punctuation the user may have typed at its end. */
function clean(part: string): string {
  return part.trim().replace(/[\s.,;:]+$/u, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * "Who, instead of current, does desired, where/when." — or '' while every
 * part is empty.
 */
export function composeGoalSentence(goal: BehaviourGoal, phrases: GoalPhrases): string {
  const who = clean(goal.who);
  const insteadOf = clean(goal.insteadOf);
  const does = clean(goal.does);
  const whereWhen = clean(goal.whereWhen);
  const parts: string[] = [];
  if (who) parts.push(who);
  if (insteadOf) parts.push(`${phrases.insteadOf} ${insteadOf}`);
  if (does) parts.push(does);
  if (whereWhen) parts.push(whereWhen);
  if (parts.length === 0) return '';
  return `${capitalise(parts.join(', '))}.`;
}

/** True when the goal names who and what they should do: the minimum for a usable goal. */
export function isGoalUsable(goal: BehaviourGoal): boolean {
  return clean(goal.who) !== '' && clean(goal.does) !== '';
}
