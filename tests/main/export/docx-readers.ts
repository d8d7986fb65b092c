// Reading exported .docx files back with pandoc, a program nobody here wrote.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The document as plain text; standalone, because pandoc lifts a Title-styled paragraph into the metadata. */
export async function docxPlainText(path: string): Promise<string> {
  const { stdout } = await run('pandoc', ['-s', '-f', 'docx', '-t', 'plain', '--wrap=none', path], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Every heading as "level text", in document order (from pandoc's JSON AST). */
export async function docxHeadings(path: string): Promise<string[]> {
  const { stdout } = await run('pandoc', ['-f', 'docx', '-t', 'json', path], { maxBuffer: 64 * 1024 * 1024 });
  const ast = JSON.parse(stdout) as { blocks: { t: string; c: unknown }[] };
  const text = (inlines: { t: string; c?: unknown }[]): string =>
    inlines
      .map((inline) => {
        if (inline.t === 'Str') return inline.c as string;
        if (inline.t === 'Space' || inline.t === 'SoftBreak') return ' ';
        if (Array.isArray(inline.c)) {
          const nested = (inline.c as unknown[]).find((part) => Array.isArray(part) && part.every((p) => typeof p === 'object' && p !== null && 't' in p));
          return nested ? text(nested as { t: string; c?: unknown }[]) : '';
        }
        return '';
      })
      .join('');
  return ast.blocks
    .filter((block) => block.t === 'Header')
    .map((block) => {
      const [level, , inlines] = block.c as [number, unknown, { t: string; c?: unknown }[]];
      return `${level} ${text(inlines)}`;
    });
}
