// Test helper: Node's fs/promises with one chosen step of an atomic write made
// to fail with a chosen errno, the way a full disk or a locked folder would.
// Also records every temp file opened, to check names are unique.

import * as fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { FsLike } from '../../../src/main/store/fs-like';

export type WriteStep = 'open-temp' | 'write' | 'fsync' | 'open-dir' | 'backup' | 'rename' | 'fsync-dir';
export const writeSteps: WriteStep[] = ['open-temp', 'write', 'fsync', 'open-dir', 'backup', 'rename', 'fsync-dir'];

export const errnoError = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: injected by test`), { code });

export interface FaultyFs extends FsLike {
  openedTemps: string[];
  /** From now on, fail nothing (the disk has room again, the folder is writable again). */
  heal(): void;
}

export function faultyFs(fail?: { step: WriteStep; code: string }): FaultyFs {
  let active = fail;
  const failing = (step: WriteStep) => active?.step === step;
  const boom = () => errnoError(active?.code ?? 'EIO');
  const openedTemps: string[] = [];

  const wrapHandle = (handle: FileHandle, kind: 'temp' | 'dir'): FileHandle =>
    new Proxy(handle, {
      get(target, prop) {
        if (kind === 'temp' && prop === 'writeFile' && failing('write')) {
          // A full disk typically accepts part of the data first.
          return async (data: string | Uint8Array) => {
            const bytes = typeof data === 'string' ? Buffer.from(data) : data;
            await target.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
            throw boom();
          };
        }
        if (prop === 'sync' && failing(kind === 'temp' ? 'fsync' : 'fsync-dir')) {
          return async () => {
            throw boom();
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });

  const open = (async (path: string, flags?: string, mode?: number) => {
    const kind = flags === 'wx' ? 'temp' : 'dir';
    if (kind === 'temp') openedTemps.push(path);
    if (failing(kind === 'temp' ? 'open-temp' : 'open-dir')) throw boom();
    return wrapHandle(await fs.open(path, flags, mode), kind);
  }) as FsLike['open'];

  return {
    openedTemps,
    heal: () => {
      active = undefined;
    },
    open,
    rename: (async (from: string, to: string) => {
      if (failing('rename') && !to.endsWith('.bak')) throw boom();
      return fs.rename(from, to);
    }) as FsLike['rename'],
    link: (async (a: string, b: string) => {
      if (failing('backup')) throw boom();
      return fs.link(a, b);
    }) as FsLike['link'],
    copyFile: (async (a: string, b: string) => {
      if (failing('backup')) throw boom();
      return fs.copyFile(a, b);
    }) as FsLike['copyFile'],
    unlink: fs.unlink,
    stat: fs.stat,
    readFile: fs.readFile,
    readdir: fs.readdir,
    mkdir: fs.mkdir,
    realpath: fs.realpath,
  };
}
