// Step 7 — Marketing mix (English): the insights translated into concrete
// activities per P, at the levels of execution, organisation and municipal policy.
import type { MarketingMixContent } from '../content-types';

const all = ['seg-nieuwkomers', 'seg-werkend', 'seg-afstand'];

export const marketingMix: MarketingMixContent = {
  enabledPs: ['product', 'price', 'place', 'promotion', 'partnership', 'policy'],
  intro: `
The marketing mix translates the insights into what concretely needs to happen. The **product** is not “a parent meeting” but the desired behaviour and what parents get in return: a child who visibly grows. The **price** is what parents give up for it: time, effort, insecurity. **Place** is about where and when the behaviour becomes easy; **promotion** about who brings the message and how. Because much depends on cooperation and steering, we add **partnership** and **policy** [@src-kotler-lee-2008, pp. 47-50].`,
  activities: [
    { id: 'act-01', p: 'product', level: 'execution', title: 'Weekly ten-minute home tip', priority: 'high', owner: 'Pre-school practitioners at VVE settings', timing: 'From the start of the pilot, weekly',
      description: 'Every week one activity for the theme that can be done at home in ten minutes, without materials: a song, a search game, a question at dinner. With a photo and one sentence of explanation, doable in any language.', segmentIds: all, insightIds: ['ins-3', 'ins-4'] },
    { id: 'act-02', p: 'product', level: 'execution', title: 'Take-home bag with a wordless picture book', priority: 'high', owner: 'VVE settings with Rotterdam Library', timing: 'Per theme (six weeks)',
      description: 'A bag with a wordless or bilingual picture book and a simple game. Parents tell the story in their own language; when the bag comes back the practitioner asks what the child thought of it.', segmentIds: ['seg-nieuwkomers', 'seg-werkend'], insightIds: ['ins-1', 'ins-2'] },
    { id: 'act-03', p: 'product', level: 'execution', title: '“Look what I can do” moment at pick-up', priority: 'medium', owner: 'Pre-school practitioners', timing: 'Ongoing, at least once every two weeks per child',
      description: 'At pick-up the practitioner shares one concrete success of the child and one question for the parent: “Does he do that at home too?” This turns drop-off and pick-up into a conversation about learning.', segmentIds: all, insightIds: ['ins-2', 'ins-5'] },
    { id: 'act-04', p: 'product', level: 'execution', title: 'Father–child Saturday morning', priority: 'medium', owner: 'Children’s centres and welfare organisation', timing: 'Four times a year',
      description: 'A morning of building, moving and playing outside around the theme, with a personal invitation from the practitioner. Fathers take part instead of listening.', segmentIds: ['seg-afstand'], insightIds: ['ins-6'] },
    { id: 'act-05', p: 'price', level: 'execution', title: 'Meetings outside working hours and free of charge', priority: 'high', owner: 'VVE settings', timing: 'From school year 2026–2027',
      description: 'At least half of the parent activities take place in the early evening or on Saturday, within walking distance, with care for brothers and sisters and free of charge.', segmentIds: ['seg-werkend', 'seg-afstand'], insightIds: ['ins-3'] },
    { id: 'act-06', p: 'price', level: 'execution', title: 'Removing the home-language hurdle', priority: 'high', owner: 'Pre-school practitioners', timing: 'Immediately',
      description: 'Practitioners say explicitly that reading aloud and talking in the home language is good for the child. That lowers the psychological price: parents do not need to speak Dutch to take part.', segmentIds: ['seg-nieuwkomers'], insightIds: ['ins-1'] },
    { id: 'act-07', p: 'price', level: 'organisation', title: 'Hours for work with parents in the staff rota', priority: 'high', owner: 'Childcare boards', timing: 'In the staffing plan for 2027',
      description: 'Every practitioner gets fixed, protected time (guideline: one hour a week) for contact with parents, so that work with parents is no longer the first thing to go.', segmentIds: all, insightIds: ['ins-7'] },
    { id: 'act-08', p: 'place', level: 'execution', title: 'Pre-school visits the coffee morning', priority: 'high', owner: 'VVE settings with key figures', timing: 'Once a quarter per neighbourhood',
      description: 'A pre-school practitioner goes to a trusted place — the women’s committee coffee morning, the mothers’ centre — and shows with pictures and songs what the children learn.', segmentIds: ['seg-nieuwkomers', 'seg-afstand'], insightIds: ['ins-5', 'ins-1'] },
    { id: 'act-09', p: 'place', level: 'organisation', title: 'Clinic and pre-school under one roof working together', priority: 'medium', owner: 'Youth health care and VVE settings', timing: 'Start in the pilot neighbourhoods, autumn 2026',
      description: 'Where the child health clinic and the pre-school share a building, they plan a joint drop-in hour and the youth health nurse actively refers to the home tips.', segmentIds: all, insightIds: ['ins-5'] },
    { id: 'act-10', p: 'place', level: 'execution', title: 'The parent app as the fixed place for the theme', priority: 'high', owner: 'VVE settings', timing: 'From the start of the pilot',
      description: 'Per theme one fixed message with a word list and pictures, a short video of the group and the home tip; translatable in the app.', segmentIds: ['seg-werkend', 'seg-afstand'], insightIds: ['ins-3'] },
    { id: 'act-11', p: 'promotion', level: 'execution', title: 'Message “Your language counts”', priority: 'high', owner: 'Education Department (communications) with VVE settings', timing: 'Campaign at the start of the school year',
      description: 'A short, visual message in several languages: reading aloud, talking and singing in your own language also helps your child in Dutch. Spread through key figures, the child health clinic and the app.', segmentIds: ['seg-nieuwkomers'], insightIds: ['ins-1'] },
    { id: 'act-12', p: 'promotion', level: 'execution', title: 'Personal invitations instead of a letter', priority: 'high', owner: 'Pre-school practitioners', timing: 'Ongoing',
      description: 'Invitations are made in person by the child’s own practitioner, with a reminder in the app. Fathers are addressed separately and by name.', segmentIds: all, insightIds: ['ins-5', 'ins-6'] },
    { id: 'act-13', p: 'promotion', level: 'organisation', title: 'Team training in conversations with parents', priority: 'medium', owner: 'Childcare foundations, training budget', timing: 'First half of 2027',
      description: 'Training for whole teams in positive, low-threshold contact with parents who speak little Dutch: working with pictures, translation apps and the “look what I can do” conversation. Contact then no longer depends on one bilingual colleague.', segmentIds: all, insightIds: ['ins-5', 'ins-1'] },
    { id: 'act-14', p: 'partnership', level: 'organisation', title: 'Network of key figures per neighbourhood', priority: 'medium', owner: 'Welfare organisation', timing: 'Built up in 2026–2027',
      description: 'Per neighbourhood a small network of key figures (women’s committee, mothers’ centre, church) who bring the message in their own language and feed parents’ signals back. With a volunteer allowance.', segmentIds: ['seg-nieuwkomers', 'seg-afstand'], insightIds: ['ins-5'] },
    { id: 'act-15', p: 'partnership', level: 'organisation', title: 'Warm handover with parents at the table', priority: 'medium', owner: 'VVE settings and school boards', timing: 'At every transition to year 1',
      description: 'The handover from pre-school to primary school becomes a short conversation with the parent present, which also covers what the child does at home.', segmentIds: all, insightIds: ['ins-7'] },
    { id: 'act-16', p: 'policy', level: 'policy', title: 'Accountability on home behaviour instead of attendance', priority: 'high', owner: 'Municipality of Rotterdam, Education Department', timing: 'New grant scheme 2027',
      description: 'The VVE grant conditions no longer ask for the number of parent meetings, but for a short report on the level of parental involvement on the monitoring scale.', segmentIds: all, insightIds: ['ins-7'] },
    { id: 'act-17', p: 'policy', level: 'policy', title: 'Linking parental involvement to other programmes', priority: 'medium', owner: 'Municipality of Rotterdam (Education, Youth, Poverty)', timing: 'When the local education agenda is updated',
      description: 'The message and the home tips are also used through poverty, health and language programmes, so that parents hear one coherent message.', segmentIds: all, insightIds: ['ins-4', 'ins-5'] },
  ],
};
