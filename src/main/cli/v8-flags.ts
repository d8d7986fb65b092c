// V8 tuning for the CLI: a short batch process, not a long-lived app. V8
// optimises a function with TurboFan once it has run a budget of bytecode
// ("interrupt budget", 66 KB by default, tuned for pages and servers that run
// for minutes). An export runs a few seconds at most: at the default budget
// TurboFan compiles hundreds of lukewarm functions on the second core (a PDF
// export of the XL project spent ~0.8 s of CPU time there, beside ~1.2 s on
// the main thread), competing with the export itself on a two-core machine,
// and many of those functions never run long enough to repay it. Eight times
// the budget leaves the hot loops (line breaking, painting) optimised and the
// rest in the baseline tiers: in alternating runs on the XL project the PDF
// export's CPU time fell from ~1.9 to ~1.3 s and its wall time from ~1.2 to
// ~1.0 s, with the very same output. The app's main process is long-lived and
// keeps V8's defaults.

/** V8's default interrupt budget (Node 20, V8 11.3) times eight. */
export const BATCH_INTERRUPT_BUDGET = 8 * 67_584;

const OWN_BUDGET = /(^|\s)--interrupt[-_]budget[=\s]/;

/**
 * The V8 flags the CLI sets for itself: none when DRIJFVEER_V8_TUNING=0, or when the user
 * chose an interrupt budget of their own (on Node's command line or in NODE_OPTIONS).
 */
export function batchV8Flags(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.DRIJFVEER_V8_TUNING === '0') return [];
  const own = [...execArgv, env.NODE_OPTIONS ?? ''].some((argument) => OWN_BUDGET.test(`${argument} `));
  return own ? [] : [`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`];
}
