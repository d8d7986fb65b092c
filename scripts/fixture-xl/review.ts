// Review comments of the XL fixture: 300 threads on whole steps and on single
// items, some with replies, about a third resolved. Timestamps advance by a
// fixed step from a fixed start, so they are stable and in order.

import type { Comment } from '../../src/shared/model/review';
import type { StepId } from '../../src/shared/model/steps';
import { XL_COUNTS } from './counts';
import { seqId, type Random } from './random';
import { adviceSentence, reportedSentence, sentences } from './text';
import { familyNames, givenNames } from './vocabulary';

/** Items a comment may be attached to, per step. */
export type CommentableItems = Partial<Record<StepId, string[]>>;

const START_MS = Date.parse('2026-08-01T09:00:00.000Z');
const at = (minutes: number) => new Date(START_MS + minutes * 60_000).toISOString();

const reviewers = [
  { name: 'M. van der Laan', role: 'beleidsadviseur jeugd' },
  { name: 'S. Aydın', role: 'teamleider voorschool' },
  { name: `${givenNames[2]} ${familyNames[2]}`, role: 'adviseur' },
  { name: 'R. Noë', role: 'collega-adviseur' },
];

export function buildComments(random: Random, items: CommentableItems): Comment[] {
  const steps = Object.keys(items) as StepId[];
  return Array.from({ length: XL_COUNTS.comments }, (_, i) => {
    const stepId = steps[i % steps.length];
    const candidates = items[stepId] ?? [];
    const onItem = candidates.length > 0 && random.chance(0.7);
    const createdAt = at(i * 47);
    const replyCount = random.chance(0.4) ? random.int(1, 3) : 0;
    const replies = Array.from({ length: replyCount }, (__, r) => {
      const replyAt = at(i * 47 + (r + 1) * 11);
      return {
        id: `${seqId('cmt', i, 3)}-r${r + 1}`,
        author: random.pick(reviewers),
        createdAt: replyAt,
        updatedAt: replyAt,
        body: sentences(random, adviceSentence, 1, 2),
      };
    });
    const resolved = random.chance(0.35);
    const author = random.pick(reviewers);
    const body = sentences(random, reportedSentence, 1, 2);
    return {
      id: seqId('cmt', i, 3),
      target: {
        kind: onItem ? ('item' as const) : ('section' as const),
        stepId,
        itemId: onItem ? random.pick(candidates) : null,
        quote: onItem && random.chance(0.5) ? body.split(' ').slice(0, 4).join(' ') : '',
      },
      author,
      createdAt,
      updatedAt: replies.length > 0 ? replies[replies.length - 1].createdAt : createdAt,
      body,
      status: resolved ? ('resolved' as const) : ('open' as const),
      resolvedAt: resolved ? at(i * 47 + 45) : '',
      resolvedBy: resolved ? author.name : '',
      statusChangedAt: resolved ? at(i * 47 + 45) : '',
      replies,
    };
  });
}
