import { describe, expect, it } from 'vitest';
import { retainRegistered, sanitizeScore, updateScores } from './score-table.js';

describe('updateScores', () => {
  it('default: ema = alpha · score + (1 − alpha) · ema, an unknown hotkey starting at 0', () => {
    const table = new Map([['a', 0.5]]);
    const next = updateScores(
      table,
      [
        { hotkey: 'a', score: 1 },
        { hotkey: 'b', score: 1 },
      ],
      0.25,
    );
    expect(next).toEqual(
      new Map([
        ['a', 0.25 * 1 + 0.75 * 0.5],
        ['b', 0.25],
      ]),
    );
    expect(table).toEqual(new Map([['a', 0.5]])); // pure: the input is unchanged
  });

  it('behavior: a hotkey not observed keeps its score; one observed twice is updated twice', () => {
    const next = updateScores(
      new Map([
        ['kept', 0.3],
        ['twice', 0],
      ]),
      [
        { hotkey: 'twice', score: 1 },
        { hotkey: 'twice', score: 1 },
      ],
      0.5,
    );
    expect(next).toEqual(
      new Map([
        ['kept', 0.3],
        ['twice', 0.75],
      ]),
    );
  });

  it('args: a score that is not finite or outside [0, 1] counts as 0', () => {
    const next = updateScores(new Map([['x', 1]]), [{ hotkey: 'x', score: Number.NaN }], 0.5);
    expect(next.get('x')).toBe(0.5);
  });
});

describe('sanitizeScore', () => {
  it('args: 0 and 1 are kept; just outside, non-finite and non-numbers are 0', () => {
    expect([0, 1, 0.5].map(sanitizeScore)).toEqual([0, 1, 0.5]);
    expect(sanitizeScore(-0)).toBe(-0); // in range too: kept as it is, not replaced by the 0 of a rejected score
    expect(
      [-1e-9, 1 + 1e-9, Number.NaN, Number.POSITIVE_INFINITY, '0.5', undefined].map(sanitizeScore),
    ).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('retainRegistered', () => {
  it('default: keeps exactly the registered hotkeys with their scores', () => {
    const table = new Map([
      ['a', 0.1],
      ['b', 0.2],
      ['c', 0.3],
    ]);
    expect(retainRegistered(table, new Set(['a', 'c', 'new']))).toEqual(
      new Map([
        ['a', 0.1],
        ['c', 0.3],
      ]),
    );
  });
});
