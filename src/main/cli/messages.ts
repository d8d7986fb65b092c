// The CLI's own words, in Dutch (default) and English. Error messages come from
// src/shared/errors.ts, so the CLI and the app say the same thing.

import type { Language } from '../../shared/language';
import type { StepId } from '../../shared/model/steps';
import type { ReadOnlyReason } from '../../shared/ipc';

interface CliMessages {
  usage: string;
  unknownCommand: (name: string) => string;
  missingFile: string;
  tooManyArguments: string;
  unknownOption: (option: string) => string;
  file: string;
  formatVersion: string;
  migrated: string;
  migratedFrom: (from: number) => string;
  readOnly: string;
  no: string;
  readOnlyReasons: Record<ReadOnlyReason, string>;
  itemsPerStep: string;
  none: string;
  steps: Record<StepId, string>;
  exportNeedsFormat: string;
  exportOneFormat: string;
  exported: string;
  size: string;
  time: string;
  reportLanguage: string;
}

const nl: CliMessages = {
  usage: 'Gebruik: drijfveer <opdracht> [opties]\n\nOpdrachten:',
  unknownCommand: (name) => `Onbekende opdracht: ${name}`,
  missingFile: 'Geef het pad van een .drijfveer-bestand op.',
  tooManyArguments: 'Te veel argumenten.',
  unknownOption: (option) => `Onbekende optie: ${option}`,
  file: 'bestand',
  formatVersion: 'bestandsversie',
  migrated: 'omgezet',
  migratedFrom: (from) => `ja, van versie ${from}`,
  readOnly: 'alleen-lezen',
  no: 'nee',
  readOnlyReasons: {
    'newer-version': 'ja (gemaakt met een nieuwere Drijfveer)',
    delivered: 'ja (opgeleverd)',
    'review-copy': 'ja (reviewkopie)',
  },
  itemsPerStep: 'onderdelen per stap',
  none: 'geen',
  steps: {
    assignment: 'Opdracht',
    context: 'Aanleiding & uitdaging',
    'target-group': 'Doelgroep & gedrag',
    'desk-research': 'Deskresearch',
    partners: 'Betrekken partners',
    insights: 'Inzichten & segmentatie',
    'marketing-mix': 'Marketingmix',
    advice: 'Advies',
    monitoring: 'Monitoring & vervolg',
    report: 'Rapport',
  },
  exportNeedsFormat: 'Geef aan waarheen: --docx <uitvoerbestand> (of --pdf <uitvoerbestand>).',
  exportOneFormat: 'Kies één formaat per keer: --docx of --pdf.',
  exported: 'geëxporteerd',
  size: 'grootte',
  time: 'tijd',
  reportLanguage: 'rapporttaal',
};

const en: CliMessages = {
  usage: 'Usage: drijfveer <command> [options]\n\nCommands:',
  unknownCommand: (name) => `Unknown command: ${name}`,
  missingFile: 'Give the path of a .drijfveer file.',
  tooManyArguments: 'Too many arguments.',
  unknownOption: (option) => `Unknown option: ${option}`,
  file: 'file',
  formatVersion: 'format version',
  migrated: 'migrated',
  migratedFrom: (from) => `yes, from version ${from}`,
  readOnly: 'read-only',
  no: 'no',
  readOnlyReasons: {
    'newer-version': 'yes (made with a newer Drijfveer)',
    delivered: 'yes (delivered)',
    'review-copy': 'yes (review copy)',
  },
  itemsPerStep: 'items per step',
  none: 'none',
  steps: {
    assignment: 'Assignment',
    context: 'Context & challenge',
    'target-group': 'Target group & behaviour',
    'desk-research': 'Desk research',
    partners: 'Partners & interviews',
    insights: 'Insights & segments',
    'marketing-mix': 'Marketing mix',
    advice: 'Advice',
    monitoring: 'Monitoring & follow-up',
    report: 'Report',
  },
  exportNeedsFormat: 'Say where to: --docx <output file> (or --pdf <output file>).',
  exportOneFormat: 'Choose one format at a time: --docx or --pdf.',
  exported: 'exported',
  size: 'size',
  time: 'time',
  reportLanguage: 'report language',
};

export function cliMessages(language: Language): CliMessages {
  return language === 'en' ? en : nl;
}
