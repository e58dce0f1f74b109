/**
 * `subnetkit devnet --tmp --instant` as a child process, the way a user starts it before opening a
 * client of their choice; the client tests connect to it over its WebSocket URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runCli = fileURLToPath(new URL('../devnet/fixtures/run-cli.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/** A running devnet: its URLs and how to stop it. */
export interface DevnetProcess {
  readonly child: ChildProcess;
  /** `ws://127.0.0.1:<port>` */
  readonly url: string;
  /** `http://127.0.0.1:<port>` (the same server answers JSON-RPC over HTTP POST). */
  readonly httpUrl: string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `subnetkit devnet --tmp --instant --port 0 …args` from source; resolves once it prints its URL. */
export function startDevnetProcess(args: readonly string[] = []): Promise<DevnetProcess> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      runCli,
      'devnet',
      '--tmp',
      '--instant',
      '--port',
      '0',
      ...args,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    const read = (d: Buffer) => {
      out += d.toString();
      const m = /devnet ready (ws:\/\/\S+)/.exec(out);
      if (m?.[1] !== undefined) {
        const url = m[1];
        resolve({
          child,
          url,
          httpUrl: url.replace(/^ws:/, 'http:'),
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    void exited.then((code) => reject(new Error(`devnet exited ${code}: ${out}`)));
  });
}
