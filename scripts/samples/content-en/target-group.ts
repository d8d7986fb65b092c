// Step 3 — Target group & behaviour (English).
import type { TargetGroupContent } from '../content-types';

export const targetGroup: TargetGroupContent = {
  description: `
The primary target group are **parents and carers of toddlers aged two to four** with a VVE referral in Rotterdam. It is a varied group: families who have lived in the city for generations, and families who arrived recently and speak another language at home. Many parents work shifts or irregular hours; some have little money to spend.

The secondary target group are the **pre-school practitioners** at VVE settings. They are the face of the pre-school for parents and largely determine how welcome parents feel.`,
  currentBehaviour: `
Parents drop off and collect their child, exchange a few words with the practitioner and sometimes read the messages in the parent app. A small, regular group attends parent meetings. More happens at home than professionals think — singing, cooking together, playing outside — but parents do not see this as learning themselves and do not connect it to the pre-school themes [@src-sylva-2004, pp. 18-19]. In some families reading aloud is not a habit, often out of insecurity about their own language skills.`,
  desiredBehaviour: `
Parents know what their child learns at pre-school and, in their own language, do something related to it a few times a week at home: looking at a picture book, talking about what the child experiences, a song or game from the theme. They approach the pre-school practitioner as a partner and share what they see at home.`,
  behaviourGoal: {
    who: 'Parents of toddlers with a VVE referral',
    insteadOf: 'only dropping off and collecting and leaving the pre-school themes to the professionals',
    does: 'do a ten-minute activity from the theme with their child (reading aloud, talking, singing or playing) at least three times a week, in the language they speak best',
    whereWhen: 'at home, at a fixed moment of the day, supported by a weekly tip from their own pre-school practitioner',
  },
  competingBehaviours: [
    { id: 'cb-1', description: 'Letting the child watch videos or cartoons on a tablet or television', whyAttractive: 'Gives the parent instant rest after a long working day, takes no preparation and the child enjoys it.' },
    { id: 'cb-2', description: 'Putting housework and care for older children first', whyAttractive: 'Feels more urgent and is visibly done; playing with the toddler seems able to wait.' },
    { id: 'cb-3', description: 'Leaving learning entirely to the pre-school', whyAttractive: 'The teacher is the expert; parents avoid the risk of doing something “wrong” or in a language they do not master well.' },
  ],
  determinants: [
    { id: 'det-01', kind: 'barrier', comB: 'capability-psychological', description: 'Parents do not know that ordinary daily activities (cooking, shopping, singing) contribute to language development.', evidence: { findingIds: ['fnd-15'], quoteIds: ['q-r01-1', 'q-r07-1'] } },
    { id: 'det-02', kind: 'barrier', comB: 'capability-psychological', description: 'Limited command of Dutch or low literacy makes reading aloud and reading letters difficult.', evidence: { findingIds: ['fnd-13'], quoteIds: ['q-r02-1', 'q-r01-3'] } },
    { id: 'det-03', kind: 'barrier', comB: 'opportunity-physical', description: 'Activities take place during working hours; transport and costs are a barrier.', evidence: { findingIds: ['fnd-04'], quoteIds: ['q-r09-2', 'q-r08-1', 'q-r02-3'] } },
    { id: 'det-04', kind: 'barrier', comB: 'opportunity-social', description: 'Fathers are rarely addressed personally; the pre-school feels like a world of mothers.', evidence: { findingIds: ['fnd-03'], quoteIds: ['q-r03-1', 'q-r11-1'] } },
    { id: 'det-05', kind: 'barrier', comB: 'motivation-automatic', description: 'Fear of being judged and shame about their own language lead to avoidance and nodding along.', evidence: { findingIds: ['fnd-05'], quoteIds: ['q-r04-4', 'q-r06-2', 'q-r07-2'] } },
    { id: 'det-06', kind: 'barrier', comB: 'capability-psychological', description: 'Practitioners feel ill-equipped for conversations with parents who speak little Dutch.', evidence: { findingIds: ['fnd-05'], quoteIds: ['q-r10-2', 'q-r04-2'] } },
    { id: 'det-07', kind: 'driver', comB: 'motivation-reflective', description: 'Parents want to give their child a good start at school, better than they had themselves.', evidence: { findingIds: ['fnd-03'], quoteIds: ['q-r11-2'] } },
    { id: 'det-08', kind: 'driver', comB: 'motivation-automatic', description: 'Proudly seeing what their own child can do works as an immediate reward.', evidence: { findingIds: ['fnd-20'], quoteIds: ['q-r02-4', 'q-r01-4', 'q-r08-2'] } },
    { id: 'det-09', kind: 'driver', comB: 'opportunity-social', description: 'A personal bond with a trusted practitioner or key figure strongly lowers the threshold.', evidence: { findingIds: ['fnd-09', 'fnd-08'], quoteIds: ['q-r04-3', 'q-r07-3', 'q-r05-2'] } },
    { id: 'det-10', kind: 'driver', comB: 'opportunity-physical', description: 'The parent app is read, also by working parents and fathers: a channel that already exists.', evidence: { findingIds: ['fnd-14'], quoteIds: ['q-r03-4'] } },
    { id: 'det-11', kind: 'driver', comB: 'motivation-automatic', description: 'Fixed routines, such as reading aloud at bedtime, keep home activities going.', evidence: { findingIds: ['fnd-16'], quoteIds: ['q-r09-1'] } },
  ],
};
