// Step 2 — Context & challenge (English).
import type { ContextContent } from '../content-types';

export const context: ContextContent = {
  background: `
For years Rotterdam has invested in early childhood education (*voor- en vroegschoolse educatie*, VVE). Toddlers aged two to four who risk a delay in language or development get extra hours at a pre-school setting, so that they start year 3 of primary school with as small a gap as possible. VVE is part of the local policy against educational disadvantage (OAB) and is laid down in the municipal VVE framework [@src-rotterdam-vve-kader, pp. 4-6].

What a child learns at pre-school only really sticks when it comes back at home. Research has long shown that what parents do at home — talking, reading aloud, playing together — explains more of young children’s development than formal contact with the setting [@src-desforges-2003, pp. 4-5; @src-sylva-2004, p. 57]. Parental involvement is therefore a fixed part of the VVE programme.

In practice, however, many settings struggle to really reach parents. The inspectorate found at some Rotterdam settings that parent activities are poorly attended and that pre-school staff do not know how to encourage parents to work with their child at home. That led the Education Department to commission research that starts from the target group.`,
  challenge: `
The municipality wants parents to know what their toddler does at pre-school, and to talk, play, sing and share books with their child at home more often. The pre-school practitioner is the pivot: she makes the child’s learning **visible** and **invites** parents to join in at home. Until now the thinking has mainly started from the offer: parent meetings, newsletters and take-home materials. What parents themselves find important, what holds them back and what sets them in motion is not well known.

The challenge is to use social marketing to understand why parents do what they do now, and to translate that insight into a way of working for settings, agreements between organisations and municipal policy.`,
  researchQuestions: [
    { id: 'rq-1', text: 'How do parents of toddlers at a VVE setting see their own role in their child’s development, and what do they already do at home?' },
    { id: 'rq-2', text: 'Which drivers and barriers determine whether parents take part in pre-school activities and work with the themes at home?' },
    { id: 'rq-3', text: 'How do pre-school staff experience contact with parents, and what do they need to involve parents better?' },
    { id: 'rq-4', text: 'Which groups of parents can be distinguished, and through which trusted places, people and channels are they best reached?' },
    { id: 'rq-5', text: 'Which interventions at the levels of execution, organisation and municipal policy are promising for a lasting increase in parental involvement?' },
  ],
  scopeIn: `
- Parents and carers of toddlers (2–4 years) with a VVE referral in Rotterdam
- Pre-school staff, coordinators and managers of VVE settings
- Partners around the family: youth health care, library, social welfare, neighbourhood teams and key figures
- Contact between pre-school and home, including the transition to primary school`,
  scopeOut: `
- Parental involvement in primary and secondary education after year 2
- An impact evaluation of the VVE programmes themselves
- A quantitative survey of all Rotterdam parents; this research is deliberately qualitative and in depth
- Funding and referral for VVE places`,
  desiredResult: `
An advisory report with well-founded insights into the target group, a segmentation with personas and a worked-out marketing mix: concrete tips and activities per segment, spread over execution, organisation and municipal policy. In addition, a proposal for monitoring and a pilot in which the approach is tried out at a few settings.`,
  approach: `
The research follows the first two phases of the social marketing process [@src-kotler-lee-2008, pp. 35-52; @src-nsmc-benchmark]:

1. **Scoping phase — desk research.** What knowledge already exists about parents, the setting in which they raise their children, and about behaviour as it is now and as we would like it to be? We studied policy documents, research literature and practice examples.
2. **Scoping phase — involving partners.** We mapped the organisations around the family and held twelve in-depth interviews with pre-school staff, parents, coordinators and key figures.
3. **Analysis.** The interviews were transcribed and coded thematically, using the COM-B model as a framework [@src-michie-2011].
4. **Development phase — segmentation.** Based on drivers and barriers we distinguish three groups of parents, each with a persona.
5. **Development phase — marketing mix.** Per segment we translate the insights into product, price, place and promotion, supplemented with partnership and policy.`,
};
