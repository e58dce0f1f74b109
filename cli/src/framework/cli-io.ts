import type { Readable, Writable } from 'node:stream';

/** A terminal stream: a TTY when `isTTY` is true (colour, spinners, prompts). */
export type TerminalOutput = Writable & { isTTY?: boolean; columns?: number };

/** A terminal input: prompts read it, with echo off through `setRawMode` when it is a TTY. */
export type TerminalInput = Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

/**
 * Where a command reads and writes. `main` passes the process's streams and environment; tests pass their own,
 * so a command runs in-process without touching `process`.
 *
 * @example
 * const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
 */
export type CliIo = {
  stdin: TerminalInput;
  stdout: TerminalOutput;
  stderr: TerminalOutput;
  /** Environment variables (flags from `SUBNETKIT_…`, passwords from `BT_PW_…`, `HOME`, `NO_COLOR`). */
  env: Readonly<Record<string, string | undefined>>;
};

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
