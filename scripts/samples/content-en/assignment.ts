// Step 1 — Assignment (English).
import type { AssignmentContent } from '../content-types';

export const assignment: AssignmentContent = {
  title: 'Parents on board in pre-school',
  subtitle: 'Social marketing research into parental involvement in early childhood education (VVE)',
  client: { municipality: 'Municipality of Rotterdam', department: 'Education Department, Social Development cluster' },
  commissionerRole: 'Policy adviser on parental involvement in pre-school',
  consultancy: { organisation: 'Bureau Koers — research & social marketing' },
  authors: [
    { id: 'aut-verhoef', name: 'Marleen Verhoef', role: 'Senior social marketing adviser (project lead)' },
    { id: 'aut-elidrissi', name: 'Youssef El Idrissi', role: 'Qualitative researcher' },
    { id: 'aut-dekker', name: 'Sanne Dekker', role: 'Junior researcher' },
  ],
  startDate: '2026-02-02',
  dueDate: '2026-06-30',
  reportDate: '2026-06-12',
};
