/**
 * `subnetkit start` (npm start) as a process, run from source like the other CLI process tests: the digits subnet
 * runs three epochs and the miners' emission follows their models' accuracy; SIGINT stops everything and exits 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const runCli = fileURLToPath(new URL('../devnet/fixtures/run-cli.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

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
  it('default: --epochs 3 --json runs the subnet and the miners earn in the order of their accuracy', async () => {
    const run = start(['--epochs', '3', '--json']);
    const code = await run.exited;
    expect(code, run.stderr()).toBe(0);
    const summary = JSON.parse(run.stdout()) as {
      epochs: number;
      stoppedBy: string;
      accuracyOn: string;
      miners: MinerSummary[];
    };
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
    expect(run.stderr()).toMatch(/^block \d+ · epoch 3\/3 · /m);
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
