// Jumping to a place in the project from anywhere in the workspace (the search
// palette, the checks list): select the step, then reveal and focus the item.
// The workspace provides the step selection; everything else is reveal.ts.

import { createContext, useCallback, useContext, useMemo, type JSX, type ReactNode } from 'react';
import type { StepId } from '../../shared/model/steps';
import { requestReveal, revealInDom } from './reveal';
import './reveal.css';

export interface JumpTarget {
  stepId: StepId;
  /** The item to show, or null to go to the step itself. */
  itemId: string | null;
  /** The enclosing item to open when the item is shown inside it. */
  parentId?: string | null;
}

export type JumpTo = (target: JumpTarget) => void;

const JumpContext = createContext<JumpTo>(() => undefined);

const mainRegion = () => document.getElementById('main');

function focusStepHeading(): void {
  mainRegion()?.querySelector<HTMLElement>('.step-title')?.focus();
}

export function JumpProvider({ onSelectStep, children }: { onSelectStep: (step: StepId) => void; children: ReactNode }): JSX.Element {
  const jumpTo = useCallback<JumpTo>(
    (target) => {
      onSelectStep(target.stepId);
      if (target.itemId === null) {
        window.requestAnimationFrame(focusStepHeading);
        return;
      }
      const request = requestReveal(target.itemId, target.parentId ?? null);
      void revealInDom(mainRegion, request).then((found) => {
        if (found === null) focusStepHeading();
      });
    },
    [onSelectStep],
  );
  const value = useMemo(() => jumpTo, [jumpTo]);
  return <JumpContext.Provider value={value}>{children}</JumpContext.Provider>;
}

/** The workspace's jump function (a no-op outside the workspace). */
export function useJump(): JumpTo {
  return useContext(JumpContext);
}
