// One command dispatcher for the whole window. In Electron the native menu owns
// the shortcuts and sends AppEvent { type: 'menu' }; in the browser host the
// renderer reads the keys itself. Both end up as the same AppCommand, so a
// shortcut can never behave differently from its menu item.

import type { AppEvent, MenuCommand } from '../../shared/ipc';
import type { StepId } from '../../shared/model/steps';
import { stepForDigit } from '../steps/steps';

export type AppCommand =
  | { kind: 'menu'; command: MenuCommand }
  | { kind: 'go-to-step'; step: StepId };

/** The parts of a KeyboardEvent the mapping needs (so it can be tested without a DOM). */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented?: boolean;
}

const modShortcuts: Record<string, { plain?: MenuCommand; shift?: MenuCommand }> = {
  n: { plain: 'new' },
  o: { plain: 'open' },
  s: { plain: 'save', shift: 'save-as' },
  w: { plain: 'close' },
  z: { plain: 'undo', shift: 'redo' },
  y: { plain: 'redo' },
  k: { plain: 'find' },
};

/**
 * The command a key press means, or null. `host` decides who owns the
 * Ctrl/Cmd shortcuts: in Electron the menu accelerators already send them,
 * so only the step jumps (which have no menu item) are handled here.
 * A key already handled by a focused widget (e.g. the rich-text editor's own
 * undo) is left alone.
 */
export function commandForKey(event: KeyLike, host: 'electron' | 'web'): AppCommand | null {
  if (event.defaultPrevented) return null;
  const mod = event.ctrlKey || event.metaKey;
  if (event.altKey && !mod && !event.shiftKey) {
    // event.code, not event.key: on macOS Alt+1 types "¡".
    const match = /^(?:Digit|Numpad)([0-9])$/.exec(event.code);
    const step = match ? stepForDigit(match[1]) : null;
    return step ? { kind: 'go-to-step', step } : null;
  }
  if (host === 'electron' || !mod) return null;
  // Ctrl/Cmd+Alt+M: the comments panel. event.code again: on macOS Alt+M types "µ".
  if (event.altKey) return !event.shiftKey && event.code === 'KeyM' ? { kind: 'menu', command: 'toggle-comments' } : null;
  const entry = modShortcuts[event.key.toLowerCase()];
  const command = event.shiftKey ? entry?.shift : entry?.plain;
  return command ? { kind: 'menu', command } : null;
}

/** The command an event from main carries; other events are handled elsewhere. */
export function commandForEvent(event: AppEvent): AppCommand | null {
  return event.type === 'menu' ? { kind: 'menu', command: event.command } : null;
}

export type CommandHandlers = { [C in MenuCommand]?: () => void } & {
  goToStep: (step: StepId) => void;
};

/** Runs a command; returns false when nothing handles it (e.g. export in this version). */
export function dispatchCommand(command: AppCommand, handlers: CommandHandlers): boolean {
  if (command.kind === 'go-to-step') {
    handlers.goToStep(command.step);
    return true;
  }
  const handler = handlers[command.command];
  if (!handler) return false;
  handler();
  return true;
}
