import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { projectPathFromArgv } from '../../src/main/launch-args';

describe('projectPathFromArgv', () => {
  it('finds the project file the OS passed, relative to the caller’s folder', () => {
    expect(projectPathFromArgv(['/opt/drijfveer', 'rapport.drijfveer'], '/home/anna')).toBe(resolve('/home/anna', 'rapport.drijfveer'));
    expect(projectPathFromArgv(['drijfveer.exe', '--flag', 'C.DRIJFVEER'], '/w')).toBe(resolve('/w', 'C.DRIJFVEER'));
  });

  it('ignores the executable, switches and other files', () => {
    expect(projectPathFromArgv(['/x/a.drijfveer'], '/w')).toBeNull();
    expect(projectPathFromArgv(['electron', '.', '--inspect=a.drijfveer', 'notes.txt'], '/w')).toBeNull();
  });
});
