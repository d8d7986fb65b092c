import { describe, expect, it } from 'vitest';
import { BATCH_INTERRUPT_BUDGET, batchV8Flags } from '../../../src/main/cli/v8-flags';

describe('batchV8Flags', () => {
  it('raises V8’s interrupt budget for the CLI', () => {
    expect(batchV8Flags([], {})).toEqual([`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`]);
    expect(BATCH_INTERRUPT_BUDGET).toBeGreaterThan(67_584);
  });

  it('leaves V8’s defaults when told to', () => {
    expect(batchV8Flags([], { DRIJFVEER_V8_TUNING: '0' })).toEqual([]);
    expect(batchV8Flags([], { DRIJFVEER_V8_TUNING: '1' })).toHaveLength(1);
  });

  it('keeps a budget the user chose, on the command line or in NODE_OPTIONS', () => {
    expect(batchV8Flags(['--interrupt-budget=1000'], {})).toEqual([]);
    expect(batchV8Flags(['--interrupt_budget', '1000'], {})).toEqual([]);
    expect(batchV8Flags([], { NODE_OPTIONS: '--max-old-space-size=512 --interrupt-budget=4096' })).toEqual([]);
    // Other flags, or a flag that only starts the same, are not a budget.
    expect(batchV8Flags(['--max-old-space-size=512'], { NODE_OPTIONS: '--interrupt-budget-for-feedback-allocation=900' })).toHaveLength(1);
  });
});
