/**
 * The ```sh blocks of a docs page run as written: found by the prose before them, split into commands, and run by
 * bash with `npx subnetkit` bound to the built binary. test/cli/quickstart.test.ts and test/start/start.test.ts
 * run docs/quickstart.md this way, so the page and the commands cannot drift apart.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The checkout, and the `subnetkit` binary `npm install` builds in it. */
export const checkout = fileURLToPath(new URL('../..', import.meta.url));
export const subnetkitBin = fileURLToPath(new URL('../../cli/bin/subnetkit.js', import.meta.url));

/** A docs page (path from the checkout's root), as text. */
export function readDoc(page: string): string {
  return readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8');
}

/** The body of the first ```sh block after `marker` (text the page has before it); throws when there is none. */
export function shellBlockAfter(markdown: string, marker: string): string {
  const at = markdown.indexOf(marker);
  if (at < 0) throw new Error(`the page has no "${marker}"`);
  const block = /```sh\n([\s\S]*?)```/.exec(markdown.slice(at));
  if (block?.[1] === undefined) throw new Error(`no sh block after "${marker}"`);
  return block[1];
}

/** The commands of a block, one per entry: `\`-continued lines joined, comments and blank lines left out. */
export function shellCommands(block: string): string[] {
  return block
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** A bash function that makes `npx subnetkit …` run the built binary (a script's first line). */
export const npxSubnetkit = `npx() { [ "$1" = subnetkit ] && shift; node ${JSON.stringify(subnetkitBin)} "$@"; }\n`;

/** A bash script (`-euo pipefail`) started in the background, with its output gathered. */
export type BashRun = {
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** stdout alone so far. */
  stdout(): string;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
};

/** Starts `script` under `bash -euo pipefail -c` with exactly the environment `env`. */
export function startBash(script: string, env: Record<string, string>, cwd = checkout): BashRun {
  const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  return { output: () => output, stdout: () => stdout, exited, kill: (signal) => child.kill(signal) };
}

/** Runs `script` under bash to its end; resolves with its exit code and output. */
export async function runBash(
  script: string,
  env: Record<string, string>,
  cwd = checkout,
): Promise<{ code: number | null; output: string }> {
  const run = startBash(script, env, cwd);
  const code = await run.exited;
  return { code, output: run.output() };
}
