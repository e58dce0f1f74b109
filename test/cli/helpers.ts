/** Runs the `subnetkit` CLI in-process (runCli) with captured output, and a devnet for the chain commands. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { runCli } from '@subnetkit/cli';

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (throws with the output when it is not). */
  json<T = any>(): T;
}

/** A stream that records what is written to it; `isTTY` makes it look like a terminal. */
export class Capture extends Writable {
  text = '';
  isTTY: boolean;
  constructor(isTTY = false) {
    super();
    this.isTTY = isTTY;
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** A fake terminal input that types `keys` once the CLI starts reading. */
export function typing(
  keys: string,
): PassThrough & { isTTY: boolean; setRawMode: (raw: boolean) => void; raw: boolean[] } {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    raw: [] as boolean[],
    setRawMode(raw: boolean) {
      input.raw.push(raw);
    },
  });
  input.pause();
  setImmediate(() => input.write(keys));
  return input;
}

/** Options of one {@link cli} run. */
export interface CliOptions {
  env?: Record<string, string | undefined>;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  tty?: boolean;
}

/** Runs `subnetkit <args>` in-process; stdin is an empty non-TTY stream unless given. */
export async function cli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const stdout = new Capture(options.tty);
  const stderr = new Capture(options.tty);
  const stdin = options.stdin ?? Object.assign(new PassThrough(), { isTTY: false });
  const code = await runCli(args, { stdout, stderr, stdin: stdin as never, env: options.env ?? {} });
  return {
    code,
    stdout: stdout.text,
    stderr: stderr.text,
    json() {
      try {
        return JSON.parse(stdout.text);
      } catch {
        throw new Error(`not JSON (exit ${code}):\n${stdout.text}\nstderr:\n${stderr.text}`);
      }
    },
  };
}

/** A temporary directory removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Matches ANSI escape sequences (colour, cursor). */
export const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);
