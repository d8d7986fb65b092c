// File → Review uit Word importeren…, as the renderer runs it: main shows the
// open dialog and reads the comments of the chosen .docx; here they are placed
// on the open project as ONE undoable edit (a comments-only edit, so it works
// in review copies and delivered files too) and summarised in a dialog.

import { useCallback, useEffect, useState } from 'react';
import { api } from '../bridge/api';
import { newId } from '../../shared/model/ids';
import type { DocumentController } from '../state/use-document';
import { errorNotice, type Notice } from '../shell/notice';
import { bindReviewImport } from './flow-instance';
import { placeDocxComments, type DocxImportSummary } from './place-comments';

export interface ReviewImportResult {
  fileName: string;
  summary: DocxImportSummary;
}

export interface ReviewImport {
  result: ReviewImportResult | null;
  run: () => void;
  dismiss: () => void;
}

interface Deps {
  controller: DocumentController;
  setNotice: (notice: Notice | null) => void;
}

/** A label no earlier edit has, so the import never joins another undo group. */
const importLabel = () => `review.import-docx:${Date.now()}`;

export function useReviewImport({ controller, setNotice }: Deps): ReviewImport {
  const { current, editComments } = controller;
  const [result, setResult] = useState<ReviewImportResult | null>(null);

  const run = useCallback(() => {
    const state = current();
    if (!state) return;
    void (async () => {
      try {
        const read = await api.importReviewDocx({ docId: state.doc.docId });
        if (!read) return;
        const now = new Date();
        // Ids are drawn once, so the summary and the applied edit are the same placement.
        const ids: string[] = [];
        let next = 0;
        const stableId = () => (next < ids.length ? ids[next++] : (ids.push(newId()), ids[next++]));
        const base = current()?.project ?? state.project;
        const { summary } = placeDocxComments(base, read.comments, { now, newId: stableId });
        if (summary.placed + summary.replies + summary.unplaced.length > 0) {
          editComments((project) => {
            next = 0;
            return placeDocxComments(project, read.comments, { now, newId: stableId }).project;
          }, importLabel());
        }
        setResult({ fileName: read.fileName, summary });
      } catch (error) {
        setNotice(errorNotice(error));
      }
    })();
  }, [current, editComments, setNotice]);

  useEffect(() => {
    bindReviewImport(run);
    return () => bindReviewImport(null);
  }, [run]);

  return { result, run, dismiss: () => setResult(null) };
}
