import type { Metagraph } from '@subnetkit/sdk';
import { describe, expect, it } from 'vitest';
import { appendEpochSample } from './epoch-history.js';

/** The fields appendEpochSample reads, for two neurons. */
function snapshot(lastStep: number, block: number, emission: number[]): Metagraph {
  return {
    lastStep,
    block,
    hotkeys: ['5A', '5B'],
    stake: { total: Float64Array.from([10, 20]) },
    incentive: Float64Array.from([0.25, 0.75]),
    dividends: Float64Array.from([1, 0]),
    emission: Float64Array.from(emission),
  } as unknown as Metagraph;
}

describe('appendEpochSample', () => {
  it('default: a new epoch appends a sample with plain arrays', () => {
    const history = appendEpochSample([], snapshot(10, 10, [1, 2]), 8);
    expect(history).toEqual([
      {
        lastStep: 10,
        block: 10,
        hotkeys: ['5A', '5B'],
        stake: [10, 20],
        incentive: [0.25, 0.75],
        dividends: [1, 0],
        emission: [1, 2],
      },
    ]);
    expect(appendEpochSample(history, snapshot(20, 21, [3, 4]), 8).map((s) => s.lastStep)).toEqual([10, 20]);
  });

  it('behavior: a later snapshot of the same epoch replaces its sample; an older one changes nothing', () => {
    const first = appendEpochSample([], snapshot(10, 11, [1, 2]), 8);
    const replaced = appendEpochSample(first, snapshot(10, 14, [5, 6]), 8);
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).toMatchObject({ block: 14, emission: [5, 6] });
    expect(first[0]).toMatchObject({ block: 11, emission: [1, 2] }); // not modified
    expect(appendEpochSample(replaced, snapshot(10, 12, [7, 8]), 8)).toBe(replaced);
    expect(appendEpochSample(replaced, snapshot(5, 15, [7, 8]), 8)).toBe(replaced);
  });

  it('args: limit keeps the newest samples only', () => {
    let history = appendEpochSample([], snapshot(1, 1, [0, 0]), 3);
    for (const step of [2, 3, 4, 5]) history = appendEpochSample(history, snapshot(step, step, [step, 0]), 3);
    expect(history.map((s) => s.lastStep)).toEqual([3, 4, 5]);
  });
});
