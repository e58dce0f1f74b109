/**
 * `subnetkit devnet` as a child process run from source, the way a user starts it before opening a client: the
 * devnet, client and crash tests connect to it over its WebSocket (or HTTP) URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The CLI run from its TypeScript sources, and the checkout it runs in. */
export const runCli = fileURLToPath(new URL('../devnet/fixtures/run-cli.ts', import.meta.url));
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A running `subnetkit devnet` child process. */
export interface DevnetProcess {
  readonly child: ChildProcess;
  /** `ws://…` as printed on "devnet ready". */
  readonly url: string;
  /** The same server's `http://…` URL (it answers JSON-RPC over HTTP POST too). */
  readonly httpUrl: string;
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Spawns `subnetkit devnet --port 0 …args` from source and resolves once it prints "devnet ready". */
export function spawnDevnet(args: readonly string[]): Promise<DevnetProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', runCli, 'devnet', '--port', '0', ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  const stop = async () => {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /devnet ready (ws:\/\/\S+)/.exec(out)?.[1];
      if (url !== undefined) {
        resolve({ child, url, httpUrl: url.replace(/^ws:/, 'http:'), exited, output: () => out, stop });
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    void exited.then((code) => reject(new Error(`devnet exited ${code}: ${out}`)));
  });
}
