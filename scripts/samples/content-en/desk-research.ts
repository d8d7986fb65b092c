// Step 4 — Desk research: findings and theories (English).
import type { DeskResearchContent, FindingContent } from '../content-types';
import { sources } from './sources';

const findings: FindingContent[] = [
  {
    id: 'fnd-01', topic: 'target-group', strength: 'strong', tags: ['home learning environment'],
    citations: [{ sourceId: 'src-desforges-2003', locator: 'pp. 4-5' }],
    text: 'What parents do **at home** with their child (talking, reading aloud, playing) is more strongly related to young children’s development than their attendance at activities in school or pre-school [@src-desforges-2003, pp. 4-5].',
  },
  {
    id: 'fnd-02', topic: 'target-group', strength: 'strong', tags: ['home learning environment', 'VVE'],
    citations: [{ sourceId: 'src-sylva-2004', locator: 'p. 57' }],
    text: 'The quality of the home learning environment predicts toddlers’ cognitive development better than parents’ education or income: what parents do matters more than who they are [@src-sylva-2004, p. 57].',
  },
  {
    id: 'fnd-03', topic: 'target-group', strength: 'moderate', tags: ['motivation', 'role construction'],
    citations: [{ sourceId: 'src-hoover-dempsey-1997', locator: 'pp. 8-17' }],
    text: 'Whether parents become involved depends on their **role construction** (is this my job?), their confidence that they can help the child, and on invitations from the setting and from the child [@src-hoover-dempsey-1997, pp. 8-17].',
  },
  {
    id: 'fnd-04', topic: 'environment', strength: 'moderate', tags: ['barriers'],
    citations: [{ sourceId: 'src-hornby-2011', locator: 'pp. 39-44' }],
    text: 'Barriers to parental involvement lie at four levels: the individual family, the parent–child relationship, the parent–professional relationship and society (such as language, work and culture) [@src-hornby-2011, pp. 39-44].',
  },
  {
    id: 'fnd-05', topic: 'environment', strength: 'moderate', tags: ['professional', 'attitude'],
    citations: [{ sourceId: 'src-hornby-2011', locator: 'p. 45' }],
    text: 'Professionals often underestimate what parents already do and attribute a perceived lack of involvement to the parents; that view colours the contact and keeps the gap open [@src-hornby-2011, p. 45].',
  },
  {
    id: 'fnd-06', topic: 'environment', strength: 'moderate', tags: ['partnership'],
    citations: [{ sourceId: 'src-epstein-2011', locator: 'pp. 43-47' }],
    text: 'Partnership between family, school and community calls for a broad range of types of involvement — from learning at home to decision making — not for one kind of parents’ evening [@src-epstein-2011, pp. 43-47].',
  },
  {
    id: 'fnd-07', topic: 'environment', strength: 'weak', tags: ['ecological model'],
    citations: [{ sourceId: 'src-bronfenbrenner-1994', locator: 'pp. 1645-1646' }],
    text: 'A child’s development is shaped by the interplay of family, childcare and neighbourhood; it is the links between those settings (the mesosystem) that make the difference [@src-bronfenbrenner-1994, pp. 1645-1646].',
  },
  {
    id: 'fnd-08', topic: 'environment', strength: 'moderate', tags: ['civil society', 'network'],
    citations: [{ sourceId: 'src-dewinter-2008', locator: 'pp. 21-24' }],
    text: 'Children develop best in a strong social environment in which neighbours, relatives and organisations also feel jointly responsible for raising them: the *pedagogical civil society* [@src-dewinter-2008, pp. 21-24].',
  },
  {
    id: 'fnd-09', topic: 'environment', strength: 'anecdotal', tags: ['trusted places'],
    citations: [{ sourceId: 'src-kennisbijeenkomst-2021', locator: 'p. 2' }],
    text: 'Municipalities that reach parents well start at places parents already visit and where they feel safe, such as the child health clinic, the library and the GP [@src-kennisbijeenkomst-2021, p. 2].',
  },
  {
    id: 'fnd-10', topic: 'environment', strength: 'anecdotal', tags: ['policy', 'levels'],
    citations: [{ sourceId: 'src-kennisbijeenkomst-2021', locator: 'pp. 1-3' }],
    text: 'Parental involvement requires work at three levels at once: execution (how to reach parents), organisation (cooperation between pre-school and school) and municipal policy (coherence between programmes) [@src-kennisbijeenkomst-2021, pp. 1-3].',
  },
  {
    id: 'fnd-11', topic: 'environment', strength: 'moderate', tags: ['policy', 'VVE'],
    citations: [{ sourceId: 'src-rotterdam-vve-kader', locator: 'pp. 12-13' }],
    text: 'The municipal VVE framework requires settings to have a parent policy but leaves its content open; accountability is mainly about the number of activities organised, not about what parents do at home [@src-rotterdam-vve-kader, pp. 12-13].',
  },
  {
    id: 'fnd-12', topic: 'environment', strength: 'weak', tags: ['local education agenda', 'continuity'],
    citations: [{ sourceId: 'src-rotterdam-lea', locator: 'p. 9' }],
    text: 'The local education agenda names parental involvement as a shared ambition, without concrete agreements on passing parent information from pre-school to primary school [@src-rotterdam-lea, p. 9].',
  },
  {
    id: 'fnd-13', topic: 'current-behaviour', strength: 'moderate', tags: ['attendance'],
    citations: [{ sourceId: 'src-rotterdam-vve-kader', locator: 'p. 18' }],
    text: 'Settings report that parent meetings at pre-school are often attended by a small, regular group; parents who speak another language at home are under-represented [@src-rotterdam-vve-kader, p. 18].',
  },
  {
    id: 'fnd-14', topic: 'current-behaviour', strength: 'moderate', tags: ['drop-off and pick-up'],
    citations: [{ sourceId: 'src-epstein-2011', locator: 'p. 160' }],
    text: 'Most contact between parents and professionals is short and informal, at drop-off and pick-up; those very moments are rarely used deliberately to talk about learning [@src-epstein-2011, p. 160].',
  },
  {
    id: 'fnd-15', topic: 'current-behaviour', strength: 'weak', tags: ['home activities'],
    citations: [{ sourceId: 'src-sylva-2004', locator: 'pp. 18-19' }],
    text: 'Many parents already do educational things at home — singing songs, cooking together, naming the shopping — without seeing that as ‘learning’ themselves [@src-sylva-2004, pp. 18-19].',
  },
  {
    id: 'fnd-16', topic: 'desired-behaviour', strength: 'strong', tags: ['reading aloud', 'language'],
    citations: [{ sourceId: 'src-sylva-2004', locator: 'p. 57' }, { sourceId: 'src-desforges-2003', locator: 'p. 85' }],
    text: 'Reading together regularly, talking about what the child experiences and playing with letters and songs are the home activities most clearly linked to later language and reading skills [@src-sylva-2004, p. 57; @src-desforges-2003, p. 85].',
  },
  {
    id: 'fnd-17', topic: 'desired-behaviour', strength: 'moderate', tags: ['reciprocity'],
    citations: [{ sourceId: 'src-actief-ouderschap', locator: '' }],
    text: 'A planned approach in seven steps starts with getting to know each other and setting a course together, and only then turns to suitable parent–child activities; reciprocal relationships come before programmes [@src-actief-ouderschap].',
  },
  {
    id: 'fnd-18', topic: 'desired-behaviour', strength: 'moderate', tags: ['tailoring'],
    citations: [{ sourceId: 'src-actief-ouderschap', locator: '' }, { sourceId: 'src-hornby-2011', locator: 'p. 49' }],
    text: 'One standard approach for all parents falls short; professionals need room to tailor activities to the parents in front of them [@src-actief-ouderschap; @src-hornby-2011, p. 49].',
  },
  {
    id: 'fnd-19', topic: 'theory', strength: 'strong', tags: ['COM-B'],
    citations: [{ sourceId: 'src-michie-2011', locator: 'pp. 4-6' }],
    text: 'Behaviour occurs when someone **can** do it (capability), has the **opportunity** and **wants** to (motivation); an intervention that touches only one of the three often has no effect [@src-michie-2011, pp. 4-6].',
  },
  {
    id: 'fnd-20', topic: 'theory', strength: 'strong', tags: ['social marketing', 'exchange'],
    citations: [{ sourceId: 'src-kotler-lee-2008', locator: 'pp. 7-8' }, { sourceId: 'src-andreasen-1995', locator: 'p. 7' }],
    text: 'Social marketing puts the target group’s behaviour first and asks what they get in return: the desired behaviour must become more attractive, easier and more normal than the alternative [@src-kotler-lee-2008, pp. 7-8; @src-andreasen-1995, p. 7].',
  },
  {
    id: 'fnd-21', topic: 'theory', strength: 'moderate', tags: ['competition'],
    citations: [{ sourceId: 'src-andreasen-2002', locator: 'pp. 7-9' }],
    text: 'The desired behaviour always competes with other behaviour that is easier or more pleasant at that moment; ignoring that competition leads to overestimating the effect of information [@src-andreasen-2002, pp. 7-9].',
  },
  {
    id: 'fnd-22', topic: 'theory', strength: 'moderate', tags: ['benchmark', 'segmentation'],
    citations: [{ sourceId: 'src-nsmc-benchmark', locator: '' }],
    text: 'The [social marketing benchmark criteria](https://www.thensmc.com/) ask for customer orientation, a clear behavioural goal, theory, insight, exchange, competition, segmentation and a mix of methods [@src-nsmc-benchmark].',
  },
];

export const deskResearch: DeskResearchContent = {
  sources,
  findings,
  theories: [
    {
      id: 'thy-comb', name: 'COM-B and the Behaviour Change Wheel', sourceIds: ['src-michie-2011'],
      description: 'The COM-B model explains behaviour from three conditions: capability, opportunity and motivation, each with two sides. We use it to order parents’ drivers and barriers and to choose intervention functions [@src-michie-2011, p. 4].',
    },
    {
      id: 'thy-social-marketing', name: 'Social marketing', sourceIds: ['src-kotler-lee-2008', 'src-andreasen-1995', 'src-nsmc-benchmark'],
      description: 'Social marketing applies marketing principles to influence voluntary behaviour for the benefit of the target group and society. Key concepts are customer orientation, exchange, competition and segmentation, and the marketing mix of product, price, place and promotion [@src-kotler-lee-2008, pp. 7-11; @src-nsmc-benchmark].',
    },
    {
      id: 'thy-civil-society', name: 'Pedagogical civil society', sourceIds: ['src-dewinter-2008', 'src-bronfenbrenner-1994'],
      description: 'Raising children is not only a matter for parents and professionals but for the whole social network around a child. This underpins an approach through key figures, the neighbourhood and trusted places [@src-dewinter-2008; @src-bronfenbrenner-1994].',
    },
  ],
};
