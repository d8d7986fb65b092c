// The sample files: where they live and how their text is produced. Shared by
// the generator script and the test that checks the committed files are current.

import type { Language } from '../../src/shared/language';
import { serializeProject } from '../../src/shared/project-file/serialize';
import { buildSampleProject } from './build-project';
import type { SampleContent } from './content-types';
import { sampleContentEn } from './content-en/content';
import { sampleContentNl } from './content-nl/content';

export const SAMPLE_SAVED_WITH = 'drijfveer-sample';

export const sampleFiles: { language: Language; content: SampleContent; path: string }[] = [
  { language: 'nl', content: sampleContentNl, path: 'resources/samples/ouderbetrokkenheid-voorschool.nl.drijfveer' },
  { language: 'en', content: sampleContentEn, path: 'resources/samples/ouderbetrokkenheid-voorschool.en.drijfveer' },
];

export function sampleFileText(content: SampleContent, language: Language): string {
  return serializeProject(buildSampleProject(content, language), SAMPLE_SAVED_WITH);
}
