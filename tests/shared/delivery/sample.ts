// Loads a committed sample project (Dutch by default) for the delivery and review tests.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Project } from '../../../src/shared/model/project';
import { loadProjectText } from '../../../src/shared/project-file/load';

const samplePath = (language: 'nl' | 'en') =>
  fileURLToPath(new URL(`../../../resources/samples/ouderbetrokkenheid-voorschool.${language}.drijfveer`, import.meta.url));

export function loadSample(language: 'nl' | 'en' = 'nl'): Project {
  return loadProjectText(readFileSync(samplePath(language), 'utf8')).project;
}
