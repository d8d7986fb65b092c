// Every interface text of the shell exists in Dutch and in English: the two
// `app` namespaces have the same keys, every literal key used in the shell and
// the read-only views resolves, and every model value shown through a
// translated label (steps, enums, completeness checks) has one.

import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import nl from '../../src/shared/i18n/nl/app.json';
import en from '../../src/shared/i18n/en/app.json';
import { stepIds } from '../../src/shared/model/steps';
import { completenessChecks } from '../../src/shared/model/completeness';
import { comBComponents } from '../../src/shared/model/target-group';
import { evidenceStrengths, findingTopics, sourceTypes } from '../../src/shared/model/desk-research';
import { stakeholderRelations } from '../../src/shared/model/partners';
import { interviewModes } from '../../src/shared/model/interviews';
import { themeGroups } from '../../src/shared/model/coding';
import { insightTypes } from '../../src/shared/model/insights';
import { activityLevels, marketingPs, priorities } from '../../src/shared/model/marketing-mix';
import { indicatorKinds } from '../../src/shared/model/monitoring';
import { reportSectionKeys } from '../../src/shared/model/report-settings';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
}

const bundles = { nl: nl as Tree, en: en as Tree };

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat().filter((f) => /\.tsx?$/.test(f));
}

describe('app translations', () => {
  it('Dutch and English have exactly the same keys', () => {
    expect(leafKeys(bundles.en).sort()).toEqual(leafKeys(bundles.nl).sort());
  });

  it('every literal t("…") key in the shell exists in both languages', async () => {
    const root = join(process.cwd(), 'src', 'renderer');
    const files = [
      ...(await sourceFiles(join(root, 'shell'))),
      join(root, 'App.tsx'),
    ];
    const used = new Set<string>();
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(match[1]);
      for (const match of text.matchAll(/messageKey: '([a-zA-Z0-9_.-]+)'/g)) used.add(match[1]);
      for (const match of text.matchAll(/dropRefused\('([a-zA-Z0-9_.-]+)'\)/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const language of ['nl', 'en'] as const) {
      const missing = [...used].filter((key) => typeof lookup(bundles[language], key) !== 'string');
      expect(missing, `${language} is missing`).toEqual([]);
    }
  });

  it('every step, enum value and completeness check shown by the views has a label', () => {
    const needed = [
      ...stepIds.map((s) => `stepNames.${s}`),
      ...['empty', 'partial', 'complete'].map((s) => `completeness.${s}`),
      ...Object.values(completenessChecks).flatMap((checks) => checks.map(([key]) => `checks.${key}`)),
      ...comBComponents.map((v) => `enums.comB.${v}`),
      ...['driver', 'barrier'].map((v) => `enums.determinantKind.${v}`),
      ...sourceTypes.map((v) => `enums.sourceType.${v}`),
      ...findingTopics.map((v) => `enums.topic.${v}`),
      ...evidenceStrengths.map((v) => `enums.strength.${v}`),
      ...stakeholderRelations.map((v) => `enums.relation.${v}`),
      ...interviewModes.map((v) => `enums.mode.${v}`),
      ...themeGroups.map((v) => `enums.themeGroup.${v}`),
      ...insightTypes.map((v) => `enums.insightType.${v}`),
      ...marketingPs.map((v) => `enums.p.${v}`),
      ...activityLevels.map((v) => `enums.level.${v}`),
      ...priorities.map((v) => `enums.priority.${v}`),
      ...indicatorKinds.map((v) => `enums.indicatorKind.${v}`),
      ...['per-p', 'matrix'].map((v) => `enums.mixLayout.${v}`),
      ...reportSectionKeys.map((v) => `enums.section.${v}`),
      ...['newer-version', 'delivered', 'review-copy'].flatMap((r) => [`readOnly.${r}.title`, `readOnly.${r}.body`]),
      ...['saved', 'new', 'unsaved', 'saving', 'error'].map((s) => `status.${s}`),
    ];
    for (const language of ['nl', 'en'] as const) {
      const missing = needed.filter((key) => typeof lookup(bundles[language], key) !== 'string');
      expect(missing, `${language} is missing`).toEqual([]);
    }
  });
});
