// A lowdb adapter that stores its data as one pretty-printed JSON file and
// writes it with writeFileAtomic (fsync + rename + folder fsync). Use it with
// `new Low(adapter, defaults)`; never `JSONFilePreset`, which quietly keeps data
// in memory only when NODE_ENV is 'test'.

import type { Adapter } from 'lowdb';
import { errnoCode, realFs, type FsLike } from './fs-like';
import { writeFileAtomic } from './atomic-write';
import { toReadError } from './fs-errors';

export interface DurableJsonOptions {
  /** Keep the previous version as `<file>.bak` on every write. */
  backup?: boolean;
  mode?: number;
  fs?: FsLike;
}

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly options: DurableJsonOptions = {},
  ) {}

  /** The stored data, or null when the file does not exist yet. Invalid JSON throws a SyntaxError. */
  async read(): Promise<T | null> {
    const fs = this.options.fs ?? realFs;
    let text: string;
    try {
      text = await fs.readFile(this.path, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw toReadError(error, this.path);
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(data, null, 2)}\n`, this.options);
  }
}
