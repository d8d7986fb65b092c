// A starting point for a five-level scale of digital skills among job
// seekers, after the idea of a scale based on using a computer or laptop that
// lets the offer be matched to each person's level. The texts are our own;
// the consultant adapts them to the project.

import type { Language } from '../../../shared/language';
import type { Scale, ScaleLevel } from '../../../shared/model/monitoring';
import { newId } from '../../../shared/model/ids';

interface TemplateText {
  name: string;
  description: string;
  levels: readonly [label: string, description: string][];
}

const texts: Record<Language, TemplateText> = {
  nl: {
    name: 'Digitale vaardigheden (vijf niveaus)',
    description:
      'Hoe zelfstandig iemand een computer of laptop gebruikt om werk te zoeken en te leren. Per deelnemer vastgesteld bij de start en daarna periodiek, zodat het aanbod bij het niveau past.',
    levels: [
      ['Geen ervaring', 'Heeft nog niet of nauwelijks met een computer gewerkt; aanzetten, muis en toetsenbord zijn nieuw.'],
      ['Beginner', 'Kan de computer aanzetten en een programma openen, maar heeft bij de meeste taken hulp nodig.'],
      ['Basis', 'Gebruikt zelfstandig e-mail en een zoekmachine en kan een eenvoudig bestand opslaan en terugvinden.'],
      ['Gevorderd', 'Regelt zelf online zaken: vacatures zoeken, solliciteren, formulieren invullen en inloggen met DigiD.'],
      ['Zelfredzaam', 'Leert nieuwe programma’s en apps zelfstandig aan, werkt veilig online en kan anderen op weg helpen.'],
    ],
  },
  en: {
    name: 'Digital skills (five levels)',
    description:
      'How independently someone uses a computer or laptop to look for work and to learn. Assessed for each participant at the start and periodically after, so that the offer fits their level.',
    levels: [
      ['No experience', 'Has hardly or never used a computer; switching on, mouse and keyboard are new.'],
      ['Beginner', 'Can switch on the computer and open a program, but needs help with most tasks.'],
      ['Basic', 'Uses e-mail and a search engine independently and can save and find a simple file.'],
      ['Advanced', 'Handles online matters alone: searching vacancies, applying, filling in forms and logging in with DigiD.'],
      ['Self-reliant', 'Learns new programs and apps independently, works safely online and can help others get started.'],
    ],
  },
};

/** A new scale (fresh ids) with five described levels, in the given language. */
export function digitalSkillsScale(language: Language, makeId: () => string = newId): Scale {
  const text = texts[language];
  const levels: ScaleLevel[] = text.levels.map(([label, description], index) => ({
    id: makeId(),
    rank: index + 1,
    label,
    description,
  }));
  return { id: makeId(), name: text.name, description: text.description, levels };
}
