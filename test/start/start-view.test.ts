/**
 * The parts of `subnetkit start` that need no network: its command line (bad input is refused before anything
 * starts), the summary's ordering check, and the terminal view (redrawn in place on a TTY, plain lines otherwise).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DemoState } from '../../cli/src/start/demo-state.js';
import { demoSummary, emissionOrderedByAccuracy } from '../../cli/src/start/demo-summary.js';
import { epochProgress, formatBlockLine } from '../../cli/src/start/format-demo-state.js';
import { createTerminalView } from '../../cli/src/start/terminal-view.js';
import { ANSI, Capture, cli, tempDir } from '../cli/helpers.js';

const dir = tempDir('subnetkit-start-');
afterAll(() => dir.remove());

function state(block: number, blocksUntilEpoch: number, emission: number[]): DemoState {
  const models = ['random', 'linear', 'mlp-small', 'mlp'] as const;
  const accuracy = [0.09, 0.85, 0.9, 0.95];
  return {
    block,
    netuid: 1,
    tempo: 10,
    epochs: 1,
    blocksUntilEpoch,
    miners: models.map((model, i) => ({
      uid: i + 3,
      hotkey: `5hotkey${i}`,
      model,
      accuracy: accuracy[i],
      score: accuracy[i],
      incentive: 0.25,
      emission: emission[i],
    })),
    validators: [],
  };
}

describe('subnetkit start: command line', () => {
  it('args: --help prints the options and exits 0 without starting anything', async () => {
    const run = await cli(['start', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--epochs N/);
    expect(run.stdout).toMatch(/--json/);
  });

  it.each([
    [['--epochs', '0'], /--epochs takes a positive integer; got 0/],
    [['--epochs', 'three'], /--epochs takes a positive integer; got three/],
    [['--block-time', '-5'], /--block-time/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('error: %j exits 2 with the reason', async (args, reason) => {
    const run = await cli(['start', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stdout).toBe('');
  });

  it('error: a --data-dir that is not empty is refused (the demo starts a fresh chain)', async () => {
    writeFileSync(join(dir.path, 'something'), 'x');
    const run = await cli(['start', '--data-dir', dir.path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not empty/);
  });
});

describe('subnetkit start: summary and view', () => {
  it('default: emission ordered by accuracy only when strictly increasing', () => {
    expect(emissionOrderedByAccuracy(state(1, 5, [0.1, 1, 2, 3]).miners)).toBe(true);
    expect(emissionOrderedByAccuracy(state(1, 5, [0.1, 2, 2, 3]).miners)).toBe(false);
    expect(emissionOrderedByAccuracy(state(1, 5, [1.5, 1, 2, 3]).miners)).toBe(false);
    const summary = demoSummary(state(9, 5, [0, 1, 2, 3]), { stoppedBy: 'epochs', durationMs: 1234.6 });
    expect(summary).toMatchObject({ block: 9, epochs: 1, durationMs: 1235, emissionOrderedByAccuracy: true });
  });

  it('default: progress to the next epoch runs over tempo blocks (10 here)', () => {
    expect(epochProgress(state(1, 10, [0, 0, 0, 0]))).toBe(0);
    expect(epochProgress(state(1, 5, [0, 0, 0, 0]))).toBe(0.5);
    expect(epochProgress(state(1, 0, [0, 0, 0, 0]))).toBe(1);
    expect(formatBlockLine(state(42, 5, [0, 1.5, 2, 3]), 3)).toBe(
      'block 42 · epoch 1/3 · next epoch in 5 blocks · emission α: random 0.000, linear 1.500, mlp-small 2.000, mlp 3.000',
    );
  });

  it('behavior: piped output gets one plain line per block, a TTY one frame redrawn in place', () => {
    const piped = new Capture(false);
    const plain = createTerminalView(piped, { live: false, goal: 3 });
    plain.block(state(1, 5, [0, 0, 0, 0]));
    plain.block(state(2, 4, [0, 0, 0, 0]));
    expect(piped.text.split('\n').filter((l) => l.startsWith('block '))).toHaveLength(2);
    expect(piped.text).not.toMatch(ANSI);

    const tty = new Capture(true);
    const live = createTerminalView(tty, { live: true, goal: 3 });
    live.block(state(1, 5, [0, 0, 0, 0]));
    const firstFrame = tty.text;
    live.block(state(2, 4, [0, 1, 2, 3]));
    const frameLines = firstFrame.split('\n').length - 1;
    // The second frame starts by moving up over the first and clearing it.
    expect(tty.text.slice(firstFrame.length)).toMatch(new RegExp(`^\\u001b\\[${frameLines}F\\u001b\\[0J`));
    expect(tty.text).toMatch(/next epoch [█░]{30} 4 blocks/);
    expect(tty.text).toMatch(/mlp-small\s+90\.0%/);
  });
});
