// Review — opmerkingen van een senior collega (Nederlands).
import type { ReviewContent } from '../content-types';

const reviewer = { name: 'Dr. Anneke Brouwer', role: 'Senior adviseur, interne review' };
const author = { name: 'Marleen Verhoef', role: 'Projectleider' };

export const review: ReviewContent = {
  comments: [
    {
      id: 'cmt-1', status: 'open', resolvedAt: '', resolvedBy: '',
      target: { kind: 'item', stepId: 'insights', itemId: 'seg-afstand', quote: 'ca. 25%' },
      author: reviewer, createdAt: '2026-06-08T09:12:00.000Z', updatedAt: '2026-06-08T09:12:00.000Z',
      body: 'Waar komen de aandelen per segment vandaan? Bij twaalf interviews zou ik ze als indicatie benoemen en uitleggen hoe ze geschat zijn.',
      replies: [
        { id: 'rpl-1', author, createdAt: '2026-06-08T13:40:00.000Z', updatedAt: '2026-06-08T13:40:00.000Z',
          body: 'Goed punt. De schatting is gebaseerd op de registratie van twee besturen (taal thuis, werksituatie). Ik voeg een voetnoot toe in het hoofdstuk segmentatie.' },
      ],
    },
    {
      id: 'cmt-2', status: 'resolved', resolvedAt: '2026-06-09T10:05:00.000Z', resolvedBy: 'Marleen Verhoef',
      target: { kind: 'item', stepId: 'marketing-mix', itemId: 'act-16', quote: '' },
      author: reviewer, createdAt: '2026-06-08T09:30:00.000Z', updatedAt: '2026-06-08T09:30:00.000Z',
      body: 'Deze activiteit is beleidsmatig het belangrijkst. Zet hem op prioriteit hoog en noem de afdeling Onderwijs expliciet als eigenaar.',
      replies: [],
    },
    {
      id: 'cmt-3', status: 'open', resolvedAt: '', resolvedBy: '',
      target: { kind: 'section', stepId: 'advice', itemId: null, quote: '' },
      author: reviewer, createdAt: '2026-06-08T10:02:00.000Z', updatedAt: '2026-06-08T10:02:00.000Z',
      body: 'De managementsamenvatting is sterk. Overweeg een kort overzicht van de zes aanbevelingen met hun prioriteit, zodat bestuurders in één oogopslag zien wat eerst moet.',
      replies: [],
    },
    {
      id: 'cmt-4', status: 'open', resolvedAt: '', resolvedBy: '',
      target: { kind: 'item', stepId: 'desk-research', itemId: 'src-dewinter-2008', quote: 'Over de pedagogische civil society' },
      author: reviewer, createdAt: '2026-06-08T10:20:00.000Z', updatedAt: '2026-06-08T10:20:00.000Z',
      body: 'Controleer de volledige bibliografische gegevens van deze bron voordat het rapport naar de gemeente gaat.',
      replies: [],
    },
  ],
};
