import { describe, expect, it } from 'vitest';
import { isHistoryKey } from '../../../../src/renderer/components/rich-text/history-keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isHistoryKey', () => {
  it('recognises undo and redo with Ctrl or Cmd, also with Shift (capital Z)', () => {
    expect(isHistoryKey(key('z', { ctrlKey: true }))).toBe(true);
    expect(isHistoryKey(key('Z', { ctrlKey: true }))).toBe(true);
    expect(isHistoryKey(key('y', { metaKey: true }))).toBe(true);
  });

  it('leaves plain typing, bold and AltGr combinations to the editor', () => {
    expect(isHistoryKey(key('z'))).toBe(false);
    expect(isHistoryKey(key('b', { ctrlKey: true }))).toBe(false);
    expect(isHistoryKey(key('z', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
