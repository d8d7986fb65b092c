import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, keepHyphenatedWords } from '../../../src/renderer/shell/format';

describe('date formatting', () => {
  it('writes calendar dates in the interface language without shifting the day', () => {
    expect(formatDate('2026-03-01', 'nl')).toBe('1 maart 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
  });

  it('leaves empty and unparseable values as they are', () => {
    expect(formatDate('', 'nl')).toBe('');
    expect(formatDate('maart', 'nl')).toBe('maart');
    expect(formatDateTime('nooit', 'en')).toBe('nooit');
  });

  it('formats timestamps with date and time', () => {
    expect(formatDateTime('2026-03-01T12:34:00.000Z', 'nl')).toMatch(/2026/);
  });
});

describe('keepHyphenatedWords', () => {
  it('makes a hyphen between letters non-breaking, and nothing else', () => {
    expect(keepHyphenatedWords('Monitoring & follow-up')).toBe('Monitoring & follow\u2011up');
    expect(keepHyphenatedWords('co-ördinatie')).toBe('co\u2011ördinatie');
    // Not between letters: ranges, list dashes and minus signs stay as they are.
    expect(keepHyphenatedWords('2024-2026 - stap -1')).toBe('2024-2026 - stap -1');
    expect(keepHyphenatedWords('Advies')).toBe('Advies');
  });
});
