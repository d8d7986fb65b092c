// Step 9 — Monitoring & follow-up (English).
import type { MonitoringContent } from '../content-types';

export const monitoring: MonitoringContent = {
  intro: `
We follow the approach with three kinds of indicators: **process** (is what was agreed carried out?), **output** (what is delivered and reached?) and **outcome** (does parents’ behaviour change?). For the behaviour itself we use a scale with five levels, so that practitioners can indicate per family where a parent stands and tailor the offer to it.`,
  scales: [
    {
      id: 'scl-betrokkenheid', name: 'Pre-school parental involvement scale',
      description: 'Five levels on which a pre-school practitioner, after a conversation with the parent, estimates how the parent connects with the pre-school at home.',
      levels: [
        { id: 'lvl-1', rank: 1, label: 'Out of view', description: 'There is hardly any contact; the parent does not know what the child does at pre-school.' },
        { id: 'lvl-2', rank: 2, label: 'Informed', description: 'The parent receives information (app, conversation at the door) and roughly knows the current theme.' },
        { id: 'lvl-3', rank: 3, label: 'Occasionally active', description: 'The parent sometimes does something for the theme at home, for example with the take-home bag or a home tip.' },
        { id: 'lvl-4', rank: 4, label: 'Regularly active', description: 'The parent does an activity for the theme every week and tells the practitioner what the child shows at home.' },
        { id: 'lvl-5', rank: 5, label: 'Partner', description: 'The parent works with the pre-school structurally, brings in their own ideas and sometimes helps other parents along.' },
      ],
    },
  ],
  indicators: [
    { id: 'ind-1', name: 'Level of parental involvement', kind: 'outcome', scaleId: 'scl-betrokkenheid', unit: 'level (1–5), median', source: 'Practitioner’s estimate after a parent conversation', frequency: 'Twice a year',
      description: 'Median level on the parental involvement scale per segment.',
      targets: [
        { segmentId: 'seg-nieuwkomers', baseline: '2', target: '3' },
        { segmentId: 'seg-werkend', baseline: '3', target: '4' },
        { segmentId: 'seg-afstand', baseline: '1', target: '2' },
      ] },
    { id: 'ind-2', name: 'Parents doing a weekly home activity', kind: 'outcome', scaleId: null, unit: '% of parents', source: 'Short parent poll through the app', frequency: 'Quarterly',
      description: 'Share of parents who say they did an activity for the theme at least twice in the past week.',
      targets: [
        { segmentId: null, baseline: '30%', target: '55%' },
        { segmentId: 'seg-nieuwkomers', baseline: '20%', target: '45%' },
      ] },
    { id: 'ind-3', name: 'Reach of the home tip', kind: 'output', scaleId: null, unit: '% of parents opening the message', source: 'Parent app statistics', frequency: 'Monthly',
      description: 'Share of parents who open the weekly theme message in the app.',
      targets: [
        { segmentId: 'seg-werkend', baseline: '60%', target: '85%' },
        { segmentId: 'seg-afstand', baseline: '35%', target: '60%' },
      ] },
    { id: 'ind-4', name: 'Fathers reached', kind: 'output', scaleId: null, unit: 'number of fathers per setting', source: 'Setting records', frequency: 'Per activity',
      description: 'Number of fathers taking part in a father–child morning or other parent activity.',
      targets: [{ segmentId: 'seg-afstand', baseline: '1', target: '8' }] },
    { id: 'ind-5', name: 'Protected time for work with parents', kind: 'process', scaleId: null, unit: 'hours per practitioner per week', source: 'Board staff rotas', frequency: 'Every six months',
      description: 'Average number of scheduled hours for contact with parents.',
      targets: [{ segmentId: null, baseline: '0.2', target: '1' }] },
    { id: 'ind-6', name: 'Visits to trusted places', kind: 'process', scaleId: null, unit: 'number of visits per neighbourhood', source: 'Pilot log', frequency: 'Quarterly',
      description: 'Number of times a practitioner visits a coffee morning, mothers’ centre or clinic drop-in.',
      targets: [{ segmentId: 'seg-nieuwkomers', baseline: '0', target: '4' }] },
  ],
  pilot: {
    name: 'Pilot “Parents on board”',
    location: 'Four VVE settings in Feijenoord, Charlois and Delfshaven',
    description: `
For one year, four settings try out the main activities from the marketing mix: the weekly home tip, the “look what I can do” moment, the take-home bag, visits to trusted places and a father–child morning. The settings get extra hours for work with parents and a team training. Bureau Koers supports the pilot and measures on the parental involvement scale at the start, halfway and at the end. Where needed we adjust along the way.`,
    phases: [
      { id: 'ph-1', title: 'Preparation', start: '2026-09-01', end: '2026-10-31', description: 'Choose settings, baseline on the scale, team training, agreements with key figures and the child health clinic.' },
      { id: 'ph-2', title: 'Delivery round 1', start: '2026-11-01', end: '2027-02-28', description: 'Home tips, take-home bag and “look what I can do” moments; first visits to trusted places.' },
      { id: 'ph-3', title: 'Interim evaluation and adjustment', start: '2027-03-01', end: '2027-03-31', description: 'Interim measurement, conversations with parents and practitioners, adjusting the approach per segment.' },
      { id: 'ph-4', title: 'Delivery round 2 and final evaluation', start: '2027-04-01', end: '2027-08-31', description: 'Delivery including father–child mornings; final measurement and advice on scaling up to all settings.' },
    ],
  },
};
