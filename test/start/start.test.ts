/**
 * `subnetkit start` (npm start) as a process: docs/quickstart.md §1's `npm start -- --epochs 3 --json`, run by bash
 * as the page gives it (the built command), runs the digits subnet three epochs and the miners' emission follows
 * their models' accuracy; its summary has the page's fields. Run from source, SIGINT stops everything and exits 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.js';
import { checkout, readDoc, shellBlockAfter, shellCommands, startBash } from '../support/shell-blocks.js';

const runCli = fileURLToPath(new URL('../devnet/fixtures/run-cli.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const quickstart = readDoc('docs/quickstart.md');
const home = tempDir('subnetkit-start-home-'); // npm's logs and cache
afterAll(() => home.remove());

type Run = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
};

function start(args: string[]): Run {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', runCli, 'start', ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

type Summary = {
  epochs: number;
  stoppedBy: string;
  accuracyOn: string;
  miners: MinerSummary[];
  validators: object[];
};
type MinerSummary = {
  uid: number;
  hotkey: string;
  model: string;
  accuracy: number;
  score: number;
  incentive: number;
  emission: number;
};

// Concurrent: each test is mostly waiting on its own process, and the two together finish sooner.
describe.concurrent('subnetkit start', () => {
  it('default: §1 of docs/quickstart.md as written (`npm start -- --epochs 3 --json`) runs the subnet and the miners earn in the order of their accuracy', async () => {
    // The page's first block: `npm install` builds the command (prepare), `npm start` is `subnetkit start`.
    expect(shellCommands(shellBlockAfter(quickstart, '## 1. Run the example subnet'))).toEqual([
      'npm install',
      'npm start',
    ]);
    const { scripts } = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.prepare).toMatch(/^tsc -b /);
    expect(scripts.start).toBe('node cli/bin/subnetkit.js start');
    // The block for scripts and CI, run by bash as written, and the summary it shows.
    const marker = 'For scripts and CI, stop after a number of epochs';
    const run = startBash(shellBlockAfter(quickstart, marker), {
      PATH: process.env.PATH ?? '',
      HOME: home.path,
    });
    const code = await run.exited;
    expect(code, run.output()).toBe(0);
    const stdout = run.stdout();
    // "npm itself prints two `> start` lines on stdout first", then the summary alone.
    expect(stdout.slice(0, stdout.indexOf('{')).trim().split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^> (\S+@\S+ )?start$/),
      '> node cli/bin/subnetkit.js start --epochs 3 --json',
    ]);
    const summary = JSON.parse(stdout.slice(stdout.indexOf('{'))) as Summary;
    const sample = JSON.parse(
      /```json\n([\s\S]*?)```/.exec(quickstart.slice(quickstart.indexOf(marker)))![1]!,
    ) as Summary;
    const fields = (value: object) => Object.keys(value).sort();
    expect(fields(summary)).toEqual(fields(sample));
    expect(fields(summary.miners[0]!)).toEqual(fields(sample.miners[0]!));
    expect(fields(summary.validators[0]!)).toEqual(fields(sample.validators[0]!));
    expect(summary.epochs).toBe(3);
    expect(summary.accuracyOn).toBe('augmented held-out digits');
    expect(summary.stoppedBy).toBe('epochs');
    expect(summary.miners.map((m) => m.model)).toEqual(['random', 'linear', 'mlp-small', 'mlp']);
    for (const miner of summary.miners) {
      expect(miner.uid).toBeGreaterThanOrEqual(0);
      expect(miner.hotkey).toMatch(/^5\w{47}$/);
      expect(miner.accuracy).toBeGreaterThan(0);
      expect(miner.incentive).toBeGreaterThanOrEqual(0);
      expect(miner.incentive).toBeLessThanOrEqual(1);
    }
    expect(new Set(summary.miners.map((m) => m.uid)).size).toBe(4);
    // Models listed worst first: accuracy and emission both increase down the list, random earns least.
    const byAccuracy = [...summary.miners].sort((a, b) => a.accuracy - b.accuracy);
    expect(byAccuracy.map((m) => m.model)).toEqual(['random', 'linear', 'mlp-small', 'mlp']);
    for (let i = 1; i < byAccuracy.length; i++) {
      expect(byAccuracy[i].emission).toBeGreaterThan(byAccuracy[i - 1].emission);
    }
    expect(byAccuracy[0].emission).toBeLessThan(byAccuracy[1].emission / 2);
    // Progress went to stderr, one plain line per block.
    expect(run.output()).toMatch(/^block \d+ · epoch 3\/3 · /m);
    expect(stdout).not.toMatch(/^block /m);
  }, 240_000); // the run needs about 20 s of CPU; on a heavily loaded machine it can take minutes

  it('behavior: SIGINT after the first block stops everything and exits 0 with a summary', async () => {
    // No dashboard: this test is about stopping, and the dashboard would only add startup work.
    const run = start(['--no-dashboard']);
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (/^block \d+ · epochs 0 · /m.test(run.stdout())) resolve();
      };
      run.child.stdout!.on('data', check);
      run.exited.then((code) => reject(new Error(`exited ${code} before a block: ${run.stderr()}`)));
    });
    run.child.kill('SIGINT');
    expect(await run.exited, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(/^stopped by signal after \d+ epochs? at block \d+/m);
    expect(run.stderr()).toMatch(/SIGINT, stopping/);
  }, 180_000);
});
