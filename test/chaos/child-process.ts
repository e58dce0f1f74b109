/** A `node --import tsx` child process of the chaos suite, its stdout read line by line. */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A running child: every stdout line seen so far, and a way to wait for one or to kill it. */
export type ChaosChild = {
  readonly child: ChildProcess;
  readonly lines: string[];
  /** Resolves with the first line (seen so far or later) that `match` accepts; rejects if the child exits first. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Sends `signal` and resolves once it has exited. */
  stop(signal: NodeJS.Signals): Promise<void>;
};

/** Starts `file` (a path relative to this folder) with `args`. */
export function spawnChaosChild(file: string, args: readonly string[]): ChaosChild {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', fileURLToPath(new URL(file, import.meta.url)), ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let stderr = '';
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters) wake();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    lines,
    waitForLine: (match, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => finish(new Error(`no matching line from ${file} in ${timeoutMs} ms`)),
          timeoutMs,
        );
        const check = () => {
          const found = lines.find(match);
          if (found !== undefined) finish(undefined, found);
        };
        const finish = (error?: Error, line?: string) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (error === undefined) resolve(line as string);
          else reject(error);
        };
        void exited.then(() => finish(new Error(`${file} exited (${child.exitCode}): ${stderr}`)));
        waiters.add(check);
        check();
      }),
    stop: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
