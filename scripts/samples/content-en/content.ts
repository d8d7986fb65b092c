// The English sample content, assembled from one file per step.
import type { SampleContent } from '../content-types';
import { advice } from './advice';
import { assignment } from './assignment';
import { context } from './context';
import { deskResearch } from './desk-research';
import { insights } from './insights';
import { marketingMix } from './marketing-mix';
import { monitoring } from './monitoring';
import { partners } from './partners';
import { review } from './review';
import { targetGroup } from './target-group';

export const sampleContentEn: SampleContent = {
  assignment,
  context,
  targetGroup,
  deskResearch,
  partners,
  insights,
  marketingMix,
  advice,
  monitoring,
  review,
};
