// The codebook a new project starts with: the six COM-B components plus the
// four social-marketing lenses (barrier, motivator, exchange, competition).
// Consultants rename, extend or delete them; they are a starting point.

import type { Language } from '../language';
import type { Theme, ThemeGroup } from './coding';
import { newId } from './ids';

interface ThemeSeed {
  group: ThemeGroup;
  color: string;
  nl: { name: string; description: string };
  en: { name: string; description: string };
}

const seeds: ThemeSeed[] = [
  {
    group: 'com-b',
    color: '#4e79a7',
    nl: { name: 'Capaciteit – fysiek', description: 'Lichamelijke vaardigheden en uithoudingsvermogen die het gedrag vraagt.' },
    en: { name: 'Capability – physical', description: 'Bodily skills and stamina the behaviour requires.' },
  },
  {
    group: 'com-b',
    color: '#76b7b2',
    nl: { name: 'Capaciteit – psychologisch', description: 'Kennis, begrip en denkvaardigheden die nodig zijn.' },
    en: { name: 'Capability – psychological', description: 'Knowledge, understanding and mental skills needed.' },
  },
  {
    group: 'com-b',
    color: '#59a14f',
    nl: { name: 'Gelegenheid – fysiek', description: 'Tijd, geld, plek en middelen in de omgeving.' },
    en: { name: 'Opportunity – physical', description: 'Time, money, place and resources in the environment.' },
  },
  {
    group: 'com-b',
    color: '#8cd17d',
    nl: { name: 'Gelegenheid – sociaal', description: 'Normen, steun en voorbeelden uit de omgeving.' },
    en: { name: 'Opportunity – social', description: 'Norms, support and examples set by others.' },
  },
  {
    group: 'com-b',
    color: '#f28e2b',
    nl: { name: 'Motivatie – reflectief', description: 'Bewuste afwegingen, doelen en overtuigingen.' },
    en: { name: 'Motivation – reflective', description: 'Conscious choices, goals and beliefs.' },
  },
  {
    group: 'com-b',
    color: '#ffbe7d',
    nl: { name: 'Motivatie – automatisch', description: 'Gewoonten, emoties en impulsen.' },
    en: { name: 'Motivation – automatic', description: 'Habits, emotions and impulses.' },
  },
  {
    group: 'barrier',
    color: '#e15759',
    nl: { name: 'Drempel', description: 'Wat het gewenste gedrag lastiger maakt.' },
    en: { name: 'Barrier', description: 'What makes the desired behaviour harder.' },
  },
  {
    group: 'motivator',
    color: '#b07aa1',
    nl: { name: 'Motivator', description: 'Wat het gewenste gedrag aantrekkelijker maakt.' },
    en: { name: 'Motivator', description: 'What makes the desired behaviour more attractive.' },
  },
  {
    group: 'exchange',
    color: '#edc948',
    nl: { name: 'Ruil', description: 'Wat de doelgroep wint en wat zij ervoor inlevert.' },
    en: { name: 'Exchange', description: 'What the target group gains and what it gives up.' },
  },
  {
    group: 'competition',
    color: '#9c755f',
    nl: { name: 'Concurrentie', description: 'Gedrag of belangen die met het gewenste gedrag wedijveren.' },
    en: { name: 'Competition', description: 'Behaviour or interests competing with the desired behaviour.' },
  },
];

export function defaultThemes(language: Language): Theme[] {
  return seeds.map((seed) => ({
    id: newId(),
    name: seed[language].name,
    description: seed[language].description,
    group: seed.group,
    color: seed.color,
  }));
}
