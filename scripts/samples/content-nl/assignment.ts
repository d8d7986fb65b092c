// Stap 1 — Opdracht (Nederlands).
import type { AssignmentContent } from '../content-types';

export const assignment: AssignmentContent = {
  title: 'Ouders aan zet in de voorschool',
  subtitle: 'Sociale-marketingonderzoek naar ouderbetrokkenheid in de voor- en vroegschoolse educatie',
  client: { municipality: 'Gemeente Rotterdam', department: 'Afdeling Onderwijs, cluster Maatschappelijke Ontwikkeling' },
  commissionerRole: 'Beleidsadviseur ouderbetrokkenheid voorschool',
  consultancy: { organisation: 'Bureau Koers — onderzoek & sociale marketing' },
  authors: [
    { id: 'aut-verhoef', name: 'Marleen Verhoef', role: 'Senior adviseur sociale marketing (projectleider)' },
    { id: 'aut-elidrissi', name: 'Youssef El Idrissi', role: 'Onderzoeker kwalitatief onderzoek' },
    { id: 'aut-dekker', name: 'Sanne Dekker', role: 'Junior onderzoeker' },
  ],
  startDate: '2026-02-02',
  dueDate: '2026-06-30',
  reportDate: '2026-06-12',
};
