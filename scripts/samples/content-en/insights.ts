// Step 6 — Insights & segmentation (English).
import type { InsightsContent } from '../content-types';

export const insights: InsightsContent = {
  insights: [
    {
      id: 'ins-1', type: 'barrier', title: 'Parents think their own language is “not good enough”',
      description: 'Parents with another mother tongue often skip reading aloud and talking about the theme, because they think it has to be in Dutch. Those who hear that their own language actually helps feel relieved and get going. The message “your language counts” is therefore a key.',
      evidence: { quoteIds: ['q-r02-1', 'q-r06-1', 'q-r06-2'], findingIds: ['fnd-16', 'fnd-04'] },
      segmentIds: ['seg-nieuwkomers'],
    },
    {
      id: 'ins-2', type: 'motivator', title: 'Pride in the child is the strongest driver',
      description: 'Parents are most motivated when they see what their child can do. Positive, concrete feedback — “today he counted to ten” — opens the conversation and invites them to carry on at home.',
      evidence: { quoteIds: ['q-r02-4', 'q-r01-4', 'q-r10-1', 'q-r08-2'], findingIds: ['fnd-03'] },
      segmentIds: ['seg-nieuwkomers', 'seg-werkend', 'seg-afstand'],
    },
    {
      id: 'ins-3', type: 'exchange', title: 'Small, concrete tips are worth it; meetings cost too much',
      description: 'For working parents, taking a morning off is a high price. A weekly tip or word list in the app costs little and pays off straight away: they know what their child is learning and can join in at home.',
      evidence: { quoteIds: ['q-r09-3', 'q-r03-4', 'q-r10-3', 'q-r09-2'], findingIds: ['fnd-14', 'fnd-20'] },
      segmentIds: ['seg-werkend', 'seg-afstand'],
    },
    {
      id: 'ins-4', type: 'competition', title: 'At tired moments the screen wins',
      description: 'After a shift or a busy day, a video is the easiest road to rest. An alternative must take just as little effort: a ten-minute activity without preparation, at a moment that is already part of the day.',
      evidence: { quoteIds: ['q-r03-3', 'q-r09-4', 'q-r12-2', 'q-r08-3'], findingIds: ['fnd-21'] },
      segmentIds: ['seg-werkend', 'seg-afstand'],
    },
    {
      id: 'ins-5', type: 'motivator', title: 'Trust runs through people, not organisations',
      description: 'Parents come because someone they trust asks them: their own practitioner, the youth health nurse, the chair of the women’s group. Letters and leaflets hardly reach them. At the same time this makes the approach fragile when contact depends on one practitioner.',
      evidence: { quoteIds: ['q-r04-3', 'q-r07-3', 'q-r05-2', 'q-r06-3', 'q-r04-2', 'q-r12-1'], findingIds: ['fnd-09', 'fnd-08'] },
      segmentIds: ['seg-nieuwkomers', 'seg-afstand'],
    },
    {
      id: 'ins-6', type: 'barrier', title: 'Fathers do not feel addressed',
      description: 'Fathers are motivated by their child’s chances at school, but the pre-school addresses mothers in language, timing and format. Inviting fathers personally to do something together reaches a group that now stays out of view.',
      evidence: { quoteIds: ['q-r03-1', 'q-r03-2', 'q-r11-1', 'q-r11-3', 'q-r11-2'], findingIds: ['fnd-03'] },
      segmentIds: ['seg-afstand'],
    },
    {
      id: 'ins-7', type: 'barrier', title: 'The organisation steers on attendance, not on what parents do at home',
      description: 'Settings account for the number of parent meetings and visitors. Disappointing attendance demotivates staff, while the desired behaviour takes place at home. Work with parents is also the first thing to go when it gets busy.',
      evidence: { quoteIds: ['q-r05-1', 'q-r05-3'], findingIds: ['fnd-11', 'fnd-10'] },
      segmentIds: ['seg-nieuwkomers', 'seg-werkend', 'seg-afstand'],
    },
  ],
  segments: [
    {
      id: 'seg-nieuwkomers', name: 'Searching newcomers', share: 'approx. 35%',
      description: 'Parents who have lived in the Netherlands for a shorter time and speak another language at home. They want to do the right thing but are unsure what the pre-school expects and about their own Dutch. They mainly rely on family, compatriots and one trusted practitioner.',
      drivers: ['Wants to give the child a good start', 'Proud of what the child learns', 'Relief when their own language is welcome'],
      barriers: ['Language barrier and shame', 'Fear of being judged', 'Unfamiliar with the Dutch education system'],
      trustedPlaces: ['Child health clinic', 'Mosque or church', 'Mothers’ centre and coffee morning'],
      channels: ['Personal conversation at the door', 'Key figure in their own language', 'Images and short video with little text'],
      persona: {
        name: 'Amina', age: '29',
        description: 'Amina has lived in Rotterdam-Zuid for three years and has two children. At home she speaks Arabic. She nods kindly at the door but understands half of what the teacher says. She would like to read aloud but thinks her Dutch is too poor.',
        quote: 'If someone shows me how to do it, in my own language, I’ll do it straight away.',
      },
    },
    {
      id: 'seg-werkend', name: 'Busy doers', share: 'approx. 40%',
      description: 'Working parents with changing shifts. At home they often already do a lot, but they are rarely seen at the setting; sometimes others do drop-off and pick-up. They want to know quickly and concretely what their child is learning and how they can connect to it.',
      drivers: ['Fixed routines at home', 'Need for concrete information', 'Wants to be sure the child learns good Dutch'],
      barriers: ['Lack of time and working hours', 'Tiredness: the screen as an easy way out', 'Activities only during the day'],
      trustedPlaces: ['The pre-school’s parent app', 'Neighbour or relative who brings the child', 'Library at the weekend'],
      channels: ['Parent app with a photo and one tip a week', 'Word list per theme', 'Activity on Saturday or early evening'],
      persona: {
        name: 'Kasia', age: '33',
        description: 'Kasia works full time at a distribution centre, as does her partner, on different shifts. She reads to her daughter in Polish every evening. She hardly ever sees the teacher; everything goes through the app.',
        quote: 'Tell me in one sentence what she is learning this week, and I’ll do the rest at home.',
      },
    },
    {
      id: 'seg-afstand', name: 'Parents at a distance', share: 'approx. 25%',
      description: 'Parents who leave learning to the pre-school: often fathers, and families with little room because of money worries or other problems. They are not indifferent — they just do not see their own role, or are not addressed in it.',
      drivers: ['The child’s success at school', 'Doing something together rather than talking', 'Recognition as a parent'],
      barriers: ['Does not feel addressed', 'Survival comes first', 'Distrust of institutions'],
      trustedPlaces: ['Family and friends', 'Sports club or mosque', 'Child health clinic'],
      channels: ['Personal invitation by the practitioner', 'Father–child activity with moving or building', 'Neighbourhood group chat'],
      persona: {
        name: 'Ricardo', age: '34',
        description: 'Ricardo works shifts in the port. His girlfriend handles contact with the playgroup. He wants his daughter to do well at school, but feels like an outsider at the pre-school.',
        quote: 'If they ask me to come and build something with the kids, I’ll be there.',
      },
    },
  ],
};
