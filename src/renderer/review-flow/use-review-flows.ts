// File → Send for review, Merge review and Deliver, as the renderer runs them.
// Each asks what it must (a note for the reviewer, the deliverer's name) in a
// dialog, then lets main show the file dialog and write or read the files.
// A merge is applied as ONE undoable edit of the open document, computed by
// the shared mergeReviews, and followed by a summary of what came in.
// Delivering never changes the open document: main writes a new file.

import { useCallback, useEffect, useState } from 'react';
import { api } from '../bridge/api';
import type { SerializedError } from '../../shared/errors';
import type { Project } from '../../shared/model/project';
import { mergeReviews, type MergeSummary } from '../../shared/review/merge';
import type { DocumentController } from '../state/use-document';
import { errorNotice, type Notice } from '../shell/notice';
import { bindReviewFlows, type ReviewFlowCommand } from './flow-instance';

export type ReviewFlowDialog =
  | { kind: 'send' }
  | { kind: 'deliver'; defaultName: string }
  | {
      kind: 'merge-summary';
      summary: MergeSummary | null;
      /** File names of the merged copies, in the order of summary.perCopy. */
      copies: string[];
      refused: { fileName: string; error: SerializedError }[];
    };

export interface ReviewFlows {
  dialog: ReviewFlowDialog | null;
  run: (command: ReviewFlowCommand) => void;
  /** Answers of the dialogs. */
  confirmSend: (note: string) => void;
  confirmDeliver: (deliverer: string) => void;
  dismiss: () => void;
}

interface Deps {
  controller: DocumentController;
  setNotice: (notice: Notice | null) => void;
}

const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** A label no earlier edit has, so the merge never joins another undo group. */
const mergeLabel = () => `review.merge:${Date.now()}`;

export function useReviewFlows({ controller, setNotice }: Deps): ReviewFlows {
  const { current, edit } = controller;
  const [dialog, setDialog] = useState<ReviewFlowDialog | null>(null);

  const merge = useCallback(async () => {
    const state = current();
    if (!state) return;
    if (state.doc.readOnly) {
      setNotice({ kind: 'hint', messageKey: 'review-flow:notices.mergeReadOnly' });
      return;
    }
    try {
      const pick = await api.pickReviewCopies({ projectId: state.project.id });
      if (!pick) return;
      const copies: Project[] = pick.copies.map((c) => c.project);
      let summary: MergeSummary | null = null;
      if (copies.length > 0) {
        // The summary of exactly the edit that is applied: both run on the same project.
        const base = current()?.project ?? state.project;
        summary = mergeReviews(base, copies).summary;
        edit((project) => mergeReviews(project, copies).project, mergeLabel());
      }
      setDialog({ kind: 'merge-summary', summary, copies: pick.copies.map((c) => c.fileName), refused: pick.refused });
    } catch (error) {
      setNotice(errorNotice(error));
    }
  }, [current, edit, setNotice]);

  const run = useCallback(
    (command: ReviewFlowCommand) => {
      const state = current();
      if (!state) return;
      if (command === 'merge-review') void merge();
      else if (command === 'send-for-review') setDialog({ kind: 'send' });
      else if (state.doc.readOnly) setNotice({ kind: 'hint', messageKey: 'review-flow:notices.mergeReadOnly' });
      else {
        // The deliverer is who writes on this machine, else the report's first author.
        const fallback = state.project.assignment.authors[0]?.name ?? '';
        api
          .getPreferences()
          .then((prefs) => setDialog({ kind: 'deliver', defaultName: prefs.author?.name || fallback }))
          .catch(() => setDialog({ kind: 'deliver', defaultName: fallback }));
      }
    },
    [current, merge, setNotice],
  );

  const confirmSend = useCallback(
    (note: string) => {
      setDialog(null);
      const state = current();
      if (!state) return;
      api
        .sendForReview({ docId: state.doc.docId, project: state.project, note })
        .then((path) => {
          if (path) setNotice({ kind: 'hint', messageKey: 'review-flow:notices.sent', params: { fileName: fileNameOf(path) } });
        })
        .catch((error: unknown) => setNotice(errorNotice(error)));
    },
    [current, setNotice],
  );

  const confirmDeliver = useCallback(
    (deliverer: string) => {
      setDialog(null);
      const state = current();
      if (!state) return;
      api
        .deliverProject({ docId: state.doc.docId, project: state.project, deliverer })
        .then((outcome) => {
          if (outcome) {
            setNotice({
              kind: 'hint',
              messageKey: 'review-flow:notices.delivered',
              params: { fileName: outcome.fileName, fingerprint: outcome.fingerprint.slice(0, 12) },
            });
          }
        })
        .catch((error: unknown) => setNotice(errorNotice(error)));
    },
    [current, setNotice],
  );

  useEffect(() => {
    bindReviewFlows(run);
    return () => bindReviewFlows(null);
  }, [run]);

  return { dialog, run, confirmSend, confirmDeliver, dismiss: () => setDialog(null) };
}
