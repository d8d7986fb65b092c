// Step 8 — Advice (English).
import type { AdviceContent } from '../content-types';

export const advice: AdviceContent = {
  managementSummary: `
The Municipality of Rotterdam wants parents of toddlers with a VVE referral to connect more often at home with what their child learns at pre-school. Bureau Koers used social marketing to investigate why parents do what they do now. We studied literature and policy and spoke with twelve parents, pre-school practitioners, coordinators and key figures.

The main conclusion: **parents are more involved than it seems, but in a different place from where the pre-school looks.** Much happens at home, invisible to the setting. What holds parents back is not unwillingness but insecurity about their own language, working hours and the feeling of not being addressed. Pride in the child and a trusted person are the strongest drivers.

We distinguish three groups of parents — searching newcomers, busy doers and parents at a distance — and advise a separate mix for each group. The core:

- make the desired behaviour small and concrete (a ten-minute home tip each week);
- bring the message through people parents already trust;
- as a municipality, steer on what parents do at home, not on attendance at meetings.

We propose to test the approach first for a year in a pilot at four settings, with a five-level scale to follow progress.`,
  attentionPoints: [
    { id: 'ap-1', title: 'Start from what parents already do', text: 'Acknowledge the activities that already take place at home and name them as learning. That works better than adding new obligations [@src-sylva-2004, pp. 18-19].' },
    { id: 'ap-2', title: 'Do not make contact depend on one person', text: 'Bilingual practitioners are worth their weight in gold, but the whole team must be able to talk with parents. Otherwise the approach falls away with illness or departure.' },
    { id: 'ap-3', title: 'Address fathers separately', text: 'Invite fathers by name and offer activities in which they do something. Fathers are an untapped group with a strong driver: their child’s chances at school.' },
    { id: 'ap-4', title: 'Take money and time into account', text: 'Parents who struggle to make ends meet or work shifts pay a high price for a morning at the pre-school. Lower that price or bring the activity to them.' },
    { id: 'ap-5', title: 'Work at three levels at once', text: 'What practitioners do only lasts if the organisation gives them time for it and municipal policy rewards it [@src-kennisbijeenkomst-2021, pp. 1-3].' },
  ],
  pitfalls: [
    { id: 'pf-1', title: 'Attendance as the measure of success', text: 'Counting only how many parents come to a meeting overlooks the most important behaviour — at home — and demotivates staff.' },
    { id: 'pf-2', title: 'Yet another leaflet', text: 'Written information reaches the parents who need it most the least. Invest in images, the app and personal contact.' },
    { id: 'pf-3', title: 'One approach for all parents', text: 'A standard programme fits poorly with the differences between groups of parents [@src-actief-ouderschap]. Use the segmentation to choose per group.' },
    { id: 'pf-4', title: 'Dismissing qualitative research as “not representative”', text: 'The strength of this research is depth, not statistical representativeness. Use the pilot and monitoring to test the insights more widely, instead of distrusting them in advance.' },
    { id: 'pf-5', title: 'Lecturing parents', text: 'A tone of “you should read aloud more” reinforces the fear of being judged. Start with what goes well.' },
  ],
  goodExamples: [
    { id: 'ge-1', title: 'Seven steps to partnership with parents', place: 'Several municipalities', sourceId: 'src-actief-ouderschap', text: 'An approach in which municipalities, boards and professionals work through the same seven steps, starting with getting to know each other and setting a course together. Notably, parent–child activities only come in step four [@src-actief-ouderschap].' },
    { id: 'ge-2', title: 'Parents at the table for the quality framework', place: 'Utrecht', sourceId: 'src-kennisbijeenkomst-2021', text: 'When a local quality framework for VVE was drawn up, parents actively helped shape it. This gave parents a voice at policy level rather than only as participants in activities [@src-kennisbijeenkomst-2021, p. 3].' },
    { id: 'ge-3', title: 'Children’s centre with one front door', place: 'Rotterdam-Feijenoord', sourceId: null, text: 'In a children’s centre where pre-school and primary school share one entrance, parents already know the year 1 teacher before the transition. The manager sees a smoother transition and more contact with parents (interview R12).' },
    { id: 'ge-4', title: 'Reading aloud with BoekStart', place: 'Nationwide, through libraries', sourceId: null, text: 'Libraries give parents of babies and toddlers a little case of books and so make contact at a neutral, trusted place. A promising partner for the take-home bag.' },
  ],
  recommendations: [
    { id: 'rec-1', title: 'Start with the weekly home tip and the “look what I can do” moment', priority: 'high', insightIds: ['ins-2', 'ins-3'], activityIds: ['act-01', 'act-03', 'act-10'],
      text: 'These are the cheapest and fastest activities to introduce, with the most effect on the desired behaviour. They suit all three segments.' },
    { id: 'rec-2', title: 'Make the home language explicitly welcome', priority: 'high', insightIds: ['ins-1'], activityIds: ['act-06', 'act-11', 'act-02'],
      text: 'Have practitioners, the child health clinic and key figures carry the same message: your language counts. Combine it with wordless or bilingual picture books.' },
    { id: 'rec-3', title: 'Invest in trusted people in the neighbourhood', priority: 'medium', insightIds: ['ins-5'], activityIds: ['act-08', 'act-14', 'act-09'],
      text: 'Build a network of key figures per neighbourhood and let practitioners go to trusted places. Formalise the cooperation with the child health clinic.' },
    { id: 'rec-4', title: 'Set up an approach for fathers', priority: 'medium', insightIds: ['ins-6'], activityIds: ['act-04', 'act-12'],
      text: 'Invite fathers personally to activities in which they do something together with their child, outside working hours.' },
    { id: 'rec-5', title: 'Change accountability and give time', priority: 'high', insightIds: ['ins-7'], activityIds: ['act-16', 'act-07', 'act-13'],
      text: 'In the grant conditions, ask for progress on the parental involvement scale instead of attendance, and free up time in staffing for work with parents and team training.' },
    { id: 'rec-6', title: 'Link parental involvement to other programmes', priority: 'low', insightIds: ['ins-4', 'ins-5'], activityIds: ['act-17', 'act-15'],
      text: 'Make sure parents hear the same message through poverty, health and language programmes, and secure the warm handover to year 1.' },
  ],
  conclusion: `
Parental involvement in pre-school is not a matter of parents who are unwilling, but of an offer that does not fit how parents live. By starting small, embracing the home language, working through trusted people and steering differently, the municipality and the settings can move together from *informing* parents to *tempting* them. The pilot will show what works, so that the approach can then be extended step by step.`,
};
