/**
 * Deterministic synthetic epoch inputs for the Yuma bench: a subnet whose first V uids are staked,
 * permitted validators that all set weights on the miners (the other uids).
 */
import type { EpochInput, SparseRowU16 } from '@subnetkit/chain/yuma';

/** A row as `[uid, u16]` pairs while it is generated. */
type Entries = ReadonlyArray<readonly [number, number]>;

import { mulberry32 } from './mulberry32.js';

/** Which miners each validator weights: all of them, or a 10% random sample. */
export type Density = 'dense' | 'sparse';

/** Shape of the generated subnet. */
export interface GenerateOptions {
  /** Number of uids. */
  readonly n: number;
  /** Validators: uids 0..validators−1, staked and permitted. */
  readonly validators: number;
  readonly density: Density;
  /** Yuma3 bonds (stored as proportions); false gives the classic path (column-max-upscaled bonds). Default true. */
  readonly yuma3?: boolean;
  /** PRNG seed. Default 1. */
  readonly seed?: number;
}

/** Share of the miners a validator weights in a `sparse` input. */
const SPARSE_FRACTION = 0.1;
const BLOCK = 1_000_000n;
const TEMPO = 360n;

/**
 * Builds one `EpochInput`: validator stake spread over three orders of magnitude, weights correlated
 * across validators (a shared miner quality times per-validator noise) and max-upscaled as stored,
 * prior bonds close to the EMA's steady state, everyone active and registered long ago.
 *
 * @example
 * ```ts
 * const input = generateEpochInput({ n: 4096, validators: 256, density: 'sparse' });
 * input.state.weights[0].uids.length; // 384: 10% of the 3840 miners
 * ```
 */
export function generateEpochInput(options: GenerateOptions): EpochInput {
  const { n, validators, density, yuma3 = true, seed = 1 } = options;
  const random = mulberry32(seed);
  const miners = n - validators;
  const perRow = density === 'dense' ? miners : Math.max(1, Math.round(miners * SPARSE_FRACTION));

  const stake = Array.from({ length: n }, (_, uid) => (uid < validators ? 10 ** (12 + 3 * random()) : 0));
  const quality = Array.from({ length: miners }, () => random() ** 2);

  const weights: Entries[] = [];
  const rawWeights: number[][] = [];
  const pool = Int32Array.from({ length: miners }, (_, k) => validators + k);
  for (let i = 0; i < n; i++) {
    if (i >= validators) {
      weights.push([]);
      rawWeights.push([]);
      continue;
    }
    const columns = sampleSorted(pool, perRow, random);
    const raw = Array.from(columns, (j) => quality[j - validators] * (0.5 + random()));
    const max = Math.max(...raw);
    weights.push(Array.from(columns, (j, k) => [j, Math.round((raw[k] / max) * 65535)] as const));
    rawWeights.push(raw);
  }

  const bonds = yuma3
    ? yuma3Bonds(weights, rawWeights, random)
    : classicBonds(weights, rawWeights, stake, n, random);
  const stored = (rows: Entries[]): SparseRowU16[] =>
    rows.map((row) => ({
      uids: Uint16Array.from(row, ([j]) => j),
      values: Uint16Array.from(row, ([, v]) => v),
    }));

  return {
    params: {
      n,
      tempo: TEMPO,
      kappa: 32_767,
      bondsPenalty: 65_535,
      bondsMovingAverage: 900_000n,
      yuma3,
      liquidAlpha: false,
      alphaLow: 45_875,
      alphaHigh: 58_982,
      alphaSigmoidSteepness: 1000,
      maxAllowedValidators: validators,
      stakeThreshold: 0n,
      ownerUid: 0,
      commitRevealEnabled: false,
      lastMechanismStepBlock: BLOCK - TEMPO - 1n,
      taoWeight: 971_718_665_099_567_868n,
      activityCutoffBlocks: 5000n,
    },
    block: BLOCK,
    raoEmission: TEMPO * 1_000_000_000n,
    state: {
      stakeAlpha: stake.map((s) => BigInt(Math.floor(s))),
      lastUpdate: Array.from({ length: n }, () => BLOCK - BigInt(Math.floor(random() * 1000))),
      blockAtRegistration: Array.from({ length: n }, () => BigInt(Math.floor(random() * 500_000))),
      validatorPermit: Array.from({ length: n }, (_, uid) => uid < validators),
      weights: stored(weights),
      bonds: stored(bonds),
    },
  };
}

/** `count` distinct entries of `pool`, in ascending order (a partial Fisher–Yates shuffle of `pool`). */
function sampleSorted(pool: Int32Array, count: number, random: () => number): Int32Array {
  for (let k = 0; k < count; k++) {
    const r = k + Math.floor(random() * (pool.length - k));
    const t = pool[k];
    pool[k] = pool[r];
    pool[r] = t;
  }
  return pool.slice(0, count).sort();
}

/** Yuma3 bonds are proportions near the row-normalized weights (the EMA's fixed point), ±20%. */
function yuma3Bonds(weights: Entries[], raw: number[][], random: () => number): Entries[] {
  return weights.map((row, i) => {
    const total = raw[i].reduce((a, b) => a + b, 0);
    return row.map(
      ([j], k) => [j, Math.floor((raw[i][k] / total) * (0.8 + 0.4 * random()) * 65535)] as const,
    );
  });
}

/** Classic bonds are stake × weight per column, ±20%, stored column-max-upscaled (max entry 65535). */
function classicBonds(
  weights: Entries[],
  raw: number[][],
  stake: number[],
  n: number,
  random: () => number,
): Entries[] {
  const values = weights.map((row, i) => row.map((_, k) => raw[i][k] * stake[i] * (0.8 + 0.4 * random())));
  const maxes = new Float64Array(n);
  weights.forEach((row, i) => {
    row.forEach(([j], k) => {
      maxes[j] = Math.max(maxes[j], values[i][k]);
    });
  });
  return weights.map((row, i) =>
    row.map(([j], k) => [j, Math.floor((values[i][k] / maxes[j]) * 65535)] as const),
  );
}
