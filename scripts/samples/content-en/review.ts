// Review — comments by a senior colleague (English).
import type { ReviewContent } from '../content-types';

const reviewer = { name: 'Dr. Anneke Brouwer', role: 'Senior adviser, internal review' };
const author = { name: 'Marleen Verhoef', role: 'Project lead' };

export const review: ReviewContent = {
  comments: [
    {
      id: 'cmt-1', status: 'open', resolvedAt: '', resolvedBy: '',
      target: { kind: 'item', stepId: 'insights', itemId: 'seg-afstand', quote: 'approx. 25%' },
      author: reviewer, createdAt: '2026-06-08T09:12:00.000Z', updatedAt: '2026-06-08T09:12:00.000Z',
      body: 'Where do the shares per segment come from? With twelve interviews I would present them as an indication and explain how they were estimated.',
      replies: [
        { id: 'rpl-1', author, createdAt: '2026-06-08T13:40:00.000Z', updatedAt: '2026-06-08T13:40:00.000Z',
          body: 'Good point. The estimate is based on the records of two boards (home language, work situation). I will add a footnote in the segmentation chapter.' },
      ],
    },
    {
      id: 'cmt-2', status: 'resolved', resolvedAt: '2026-06-09T10:05:00.000Z', resolvedBy: 'Marleen Verhoef',
      target: { kind: 'item', stepId: 'marketing-mix', itemId: 'act-16', quote: '' },
      author: reviewer, createdAt: '2026-06-08T09:30:00.000Z', updatedAt: '2026-06-08T09:30:00.000Z',
      body: 'In policy terms this activity is the most important one. Set it to high priority and name the Education Department explicitly as owner.',
      replies: [],
    },
    {
      id: 'cmt-3', status: 'open', resolvedAt: '', resolvedBy: '',
      target: { kind: 'section', stepId: 'advice', itemId: null, quote: '' },
      author: reviewer, createdAt: '2026-06-08T10:02:00.000Z', updatedAt: '2026-06-08T10:02:00.000Z',
      body: 'The management summary is strong. Consider a short overview of the six recommendations with their priority, so that administrators see at a glance what comes first.',
      replies: [],
    },
    {
      id: 'cmt-4', status: 'open', resolvedAt: '', resolvedBy: '',
      target: { kind: 'item', stepId: 'desk-research', itemId: 'src-dewinter-2008', quote: 'On the pedagogical civil society' },
      author: reviewer, createdAt: '2026-06-08T10:20:00.000Z', updatedAt: '2026-06-08T10:20:00.000Z',
      body: 'Check the full bibliographic details of this source before the report goes to the municipality.',
      replies: [],
    },
  ],
};
