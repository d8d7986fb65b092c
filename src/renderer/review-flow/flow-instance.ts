// The window's review and delivery flows, reachable from places that do not
// hold the document (the Report step's buttons, where the browser host has no
// native File menu). The shell binds the runner; both the menu and the buttons
// go through it, so they cannot behave differently.

export type ReviewFlowCommand = 'send-for-review' | 'merge-review' | 'deliver';

let runner: ((command: ReviewFlowCommand) => void) | null = null;

export function bindReviewFlows(run: ((command: ReviewFlowCommand) => void) | null): void {
  runner = run;
}

export function runReviewFlow(command: ReviewFlowCommand): void {
  runner?.(command);
}
