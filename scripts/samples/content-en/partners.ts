// Step 5 — Involving partners: stakeholders, interview guide, respondent groups
// and project themes (English). Interviews and quotes are in interviews-*.ts.
import type { PartnersContent } from '../content-types';
import { interviewsA, quotesA } from './interviews-a';
import { interviewsB, quotesB } from './interviews-b';

export const partners: PartnersContent = {
  stakeholders: [
    {
      id: 'stk-jgz', organisation: 'Youth health care (child health clinics)', contactRole: 'Team leader youth health care 0–4 years',
      description: 'Sees almost all parents of young children and refers to VVE; parents trust the youth health nurse.',
      relation: 'both', influence: 4, interest: 4,
    },
    {
      id: 'stk-vve-locaties', organisation: 'VVE settings (childcare and pre-school playgroups)', contactRole: 'Setting managers and pre-school staff',
      description: 'Deliver the VVE programme and the parent policy; in daily contact with parents at drop-off and pick-up.',
      relation: 'both', influence: 5, interest: 5,
    },
    {
      id: 'stk-schoolbesturen', organisation: 'Primary school boards', contactRole: 'Policy officer for educational quality',
      description: 'Responsible for the early-school side (years 1–2) and the handover; interested in a continuous learning line.',
      relation: 'influences', influence: 4, interest: 2,
    },
    {
      id: 'stk-bibliotheek', organisation: 'Rotterdam Library', contactRole: 'Programme maker for reading aloud and language',
      description: 'Offers reading-aloud programmes and language centres; a low-threshold, neutral place for parents.',
      relation: 'can-help', influence: 2, interest: 4,
    },
    {
      id: 'stk-welzijn', organisation: 'Neighbourhood social welfare organisation', contactRole: 'Community worker for families',
      description: 'Runs mothers’ groups and drop-in mornings; knows parents who stay out of the pre-school’s view.',
      relation: 'can-help', influence: 2, interest: 3,
    },
    {
      id: 'stk-sleutelpersonen', organisation: 'Key figures and mosques', contactRole: 'Chair of the women’s committee, community health educator',
      description: 'Trusted people within communities; can bring the message in the community’s own language and context.',
      relation: 'both', influence: 3, interest: 3,
    },
    {
      id: 'stk-wijkteam', organisation: 'Neighbourhood teams', contactRole: 'Family coach',
      description: 'Supports families with multiple problems; parental involvement is rarely at the top of their list.',
      relation: 'influences', influence: 3, interest: 1,
    },
    {
      id: 'stk-inspectie', organisation: 'Education Inspectorate / municipal health service supervision', contactRole: 'VVE inspector',
      description: 'Assesses the quality of VVE provision, including the parent policy; raised the issue that led to this research.',
      relation: 'influences', influence: 5, interest: 2,
    },
  ],
  interviewGuide: {
    introduction: `
Thank you for making time for this conversation. On behalf of the Municipality of Rotterdam we are researching how parents and pre-school can best work together for young children. There are no right or wrong answers: we are interested in your experiences.

The conversation takes about forty-five minutes. With your permission we record it; the recording is deleted after transcription and your name will not appear in the report.`,
    questions: [
      { id: 'iq-1', topic: 'Introduction', text: 'Could you tell us something about yourself and your role at the pre-school?', probes: ['For how long?', 'How many children / which group?'] },
      { id: 'iq-2', topic: 'Current behaviour', text: 'What happens at home in terms of playing, talking, reading aloud and singing with the toddler?', probes: ['Who mainly does it?', 'At what time of day?', 'In which language?'] },
      { id: 'iq-3', topic: 'Contact', text: 'How does contact between parents and the pre-school work?', probes: ['At drop-off and pick-up?', 'Through the app or on paper?', 'What goes well, what rubs?'] },
      { id: 'iq-4', topic: 'Barriers', text: 'What makes it hard to take part in pre-school activities or to work with the themes at home?', probes: ['Language?', 'Time and work?', 'Insecurity?'] },
      { id: 'iq-5', topic: 'Exchange', text: 'What do parents gain from taking part, and what does it cost them?', probes: ['What does the child notice?', 'What do you have to give up?'] },
      { id: 'iq-6', topic: 'Trusted places', text: 'Who or where do parents turn to for information and advice about growing up and parenting?', probes: ['Family?', 'Child health clinic?', 'Mosque, church, community centre?', 'Social media?'] },
      { id: 'iq-7', topic: 'Competition', text: 'What often comes first in daily life, or what do parents do instead?', probes: ['Screens?', 'Housework?', 'Older children?'] },
      { id: 'iq-8', topic: 'Ideas', text: 'If you could change one thing about how the pre-school works with parents, what would it be?', probes: ['Who should do it?', 'What would you contribute yourself?'] },
    ],
  },
  respondentGroups: [
    { id: 'rg-pm', name: 'Pre-school practitioner' },
    { id: 'rg-ouder', name: 'Parent' },
    { id: 'rg-coord', name: 'Coordinator/manager' },
    { id: 'rg-sleutel', name: 'Key figure' },
  ],
  interviews: [...interviewsA, ...interviewsB],
  themes: [
    { id: 'thm-taal', name: 'Language barrier', description: 'Parent and practitioner do not or only partly understand each other; information does not get through.', group: 'barrier', color: '#c0392b' },
    { id: 'thm-vertrouwen', name: 'Trust in the practitioner', description: 'The personal bond with the pre-school practitioner as a reason to take part.', group: 'motivator', color: '#27ae60' },
    { id: 'thm-tijd', name: 'Lack of time', description: 'Work, other children and housework leave little room.', group: 'barrier', color: '#e67e22' },
    { id: 'thm-vader', name: 'Role of fathers', description: 'How fathers see their role and how the pre-school does (not) address them.', group: 'other', color: '#2c3e50' },
    { id: 'thm-thuis', name: 'Home activities', description: 'What parents already do at home in playing, talking, singing and reading aloud.', group: 'motivator', color: '#16a085' },
    { id: 'thm-onzeker', name: 'Self-doubt', description: 'The feeling of not being good enough, for example because of low literacy or a different mother tongue.', group: 'barrier', color: '#8e44ad' },
    { id: 'thm-scherm', name: 'Screen time', description: 'Tablet and television as an easy alternative to playing together.', group: 'competition', color: '#7f8c8d' },
    { id: 'thm-trots', name: 'Pride in the child', description: 'Seeing what the child learns as a reward for parents.', group: 'exchange', color: '#f1c40f' },
  ],
  quotes: [...quotesA, ...quotesB],
};
