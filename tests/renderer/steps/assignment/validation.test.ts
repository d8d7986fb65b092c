import { describe, expect, it } from 'vitest';
import { isIsoDate, parseHexColor, validateAssignmentDates } from '../../../../src/renderer/steps/assignment/validation';

describe('parseHexColor', () => {
  it('accepts #rrggbb in any case, with or without the hash, and normalises it', () => {
    expect(parseHexColor('#1F6F8B')).toBe('#1f6f8b');
    expect(parseHexColor(' 1f6f8b ')).toBe('#1f6f8b');
  });

  it('rejects short, long and non-hex codes', () => {
    for (const bad of ['#fff', '#1f6f8b0', '#1g6f8b', '', 'blue', '##1f6f8b']) expect(parseHexColor(bad)).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('1-2-2025')).toBe(false);
  });
});

describe('validateAssignmentDates', () => {
  it('flags a due date and a report date before the start date', () => {
    expect(validateAssignmentDates({ startDate: '2026-03-01', dueDate: '2026-02-28', reportDate: '2026-01-01' })).toEqual({
      dueDate: 'dueBeforeStart',
      reportDate: 'reportBeforeStart',
    });
  });

  it('accepts dates in order, the same day, and dates not filled in yet', () => {
    expect(validateAssignmentDates({ startDate: '2026-03-01', dueDate: '2026-03-01', reportDate: '2026-06-30' })).toEqual({});
    expect(validateAssignmentDates({ startDate: '', dueDate: '2020-01-01', reportDate: '' })).toEqual({});
    expect(validateAssignmentDates({ startDate: '2026-03-01', dueDate: '', reportDate: '' })).toEqual({});
  });

  it('flags a malformed date instead of comparing it', () => {
    expect(validateAssignmentDates({ startDate: '2026-02-30', dueDate: '2026-01-01', reportDate: '' })).toEqual({
      startDate: 'invalidDate',
    });
  });
});
