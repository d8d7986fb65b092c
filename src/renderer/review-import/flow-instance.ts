// The Word review import, reachable from places that do not hold the document
// (the Report step's buttons, the only way in the browser host). The shell binds
// the runner; the menu and the button both go through it.

let runner: (() => void) | null = null;

export function bindReviewImport(run: (() => void) | null): void {
  runner = run;
}

export function runReviewImport(): void {
  runner?.();
}
