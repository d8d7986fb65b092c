import { describe, expect, it, vi } from 'vitest';
import {
  commandForEvent,
  commandForKey,
  dispatchCommand,
  type KeyLike,
} from '../../../src/renderer/state/commands';

const key = (over: Partial<KeyLike>): KeyLike => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...over,
});

describe('commandForKey', () => {
  it('maps Ctrl and Cmd shortcuts in the browser host', () => {
    expect(commandForKey(key({ key: 's', ctrlKey: true }), 'web')).toEqual({ kind: 'menu', command: 'save' });
    expect(commandForKey(key({ key: 'S', ctrlKey: true, shiftKey: true }), 'web')).toEqual({ kind: 'menu', command: 'save-as' });
    expect(commandForKey(key({ key: 'o', metaKey: true }), 'web')).toEqual({ kind: 'menu', command: 'open' });
    expect(commandForKey(key({ key: 'z', ctrlKey: true }), 'web')).toEqual({ kind: 'menu', command: 'undo' });
    expect(commandForKey(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'web')).toEqual({ kind: 'menu', command: 'redo' });
    expect(commandForKey(key({ key: 'y', ctrlKey: true }), 'web')).toEqual({ kind: 'menu', command: 'redo' });
    expect(commandForKey(key({ key: 'k', ctrlKey: true }), 'web')).toEqual({ kind: 'menu', command: 'find' });
    expect(commandForKey(key({ key: 'n', ctrlKey: true }), 'web')).toEqual({ kind: 'menu', command: 'new' });
    expect(commandForKey(key({ key: 'w', ctrlKey: true }), 'web')).toEqual({ kind: 'menu', command: 'close' });
  });

  it('leaves plain typing, unknown shortcuts and keys a widget already handled alone', () => {
    expect(commandForKey(key({ key: 's' }), 'web')).toBeNull();
    expect(commandForKey(key({ key: 'q', ctrlKey: true }), 'web')).toBeNull();
    expect(commandForKey(key({ key: 'z', ctrlKey: true, defaultPrevented: true }), 'web')).toBeNull();
  });

  it('in Electron the menu owns Ctrl shortcuts, but Alt+digit still jumps to a step', () => {
    expect(commandForKey(key({ key: 's', ctrlKey: true }), 'electron')).toBeNull();
    expect(commandForKey(key({ key: '¡', code: 'Digit1', altKey: true }), 'electron')).toEqual({
      kind: 'go-to-step',
      step: 'assignment',
    });
  });

  it('Alt+1 … Alt+0 reach the ten steps in order', () => {
    expect(commandForKey(key({ code: 'Digit3', altKey: true }), 'web')).toEqual({ kind: 'go-to-step', step: 'target-group' });
    expect(commandForKey(key({ code: 'Digit0', altKey: true }), 'web')).toEqual({ kind: 'go-to-step', step: 'report' });
    expect(commandForKey(key({ code: 'KeyA', altKey: true }), 'web')).toBeNull();
  });
});

describe('dispatchCommand', () => {
  it('a menu event and its shortcut reach the same handler', () => {
    const save = vi.fn();
    const goToStep = vi.fn();
    const fromMenu = commandForEvent({ type: 'menu', command: 'save' })!;
    const fromKey = commandForKey(key({ key: 's', ctrlKey: true }), 'web')!;
    expect(dispatchCommand(fromMenu, { save, goToStep })).toBe(true);
    expect(dispatchCommand(fromKey, { save, goToStep })).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('step jumps go to goToStep; unhandled commands report false; other events are no commands', () => {
    const goToStep = vi.fn();
    expect(dispatchCommand({ kind: 'go-to-step', step: 'advice' }, { goToStep })).toBe(true);
    expect(goToStep).toHaveBeenCalledWith('advice');
    expect(dispatchCommand({ kind: 'menu', command: 'export-pdf' }, { goToStep })).toBe(false);
    expect(commandForEvent({ type: 'open-file', path: '/a.drijfveer' })).toBeNull();
  });
});
