import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epoch } from './epoch.js';
import type { EpochInput, EpochOutput, SparseRowU16 } from './types.js';

/** A stored row from `[uid, value]` pairs. */
function toRow(entries: ReadonlyArray<readonly [number, number]>): SparseRowU16 {
  return { uids: Uint16Array.from(entries, ([j]) => j), values: Uint16Array.from(entries, ([, v]) => v) };
}

/** A stored row as `[uid, value]` pairs. */
function entriesOf(row: SparseRowU16): Array<[number, number]> {
  return Array.from(row.uids, (j, k): [number, number] => [j, row.values[k]]);
}

const RUNS = Number(process.env.YUMA_PROPERTY_RUNS ?? 300);

/** A random subnet state: a few validators with stake and permits, sparse weights and bonds. */
const epochInput = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => {
    const uid = fc.integer({ min: 0, max: n - 1 });
    const row = fc
      .uniqueArray(fc.tuple(uid, fc.integer({ min: 0, max: 65535 })), { selector: ([j]) => j, maxLength: n })
      .map((entries) => toRow(entries.sort((a, b) => a[0] - b[0])));
    const perUid = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: n, maxLength: n });
    return fc.record({
      n: fc.constant(n),
      // Stakes far apart keep normalized stakes distinct, so uid order never breaks a top-k tie.
      stake: fc
        .uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n })
        .map((units) => units.map((u) => BigInt(u) * 1_000_000_007n)),
      lastUpdate: perUid(fc.bigInt({ min: 0n, max: 120n })),
      blockAtRegistration: perUid(fc.bigInt({ min: 0n, max: 100n })),
      permit: perUid(fc.boolean()),
      weights: perUid(row),
      bonds: perUid(row),
      kappa: fc.integer({ min: 0, max: 65535 }),
      bondsPenalty: fc.integer({ min: 0, max: 65535 }),
      bondsMovingAverage: fc.bigInt({ min: 0n, max: 1_000_000n }),
      yuma3: fc.boolean(),
      liquidAlpha: fc.boolean(),
      maxAllowedValidators: fc.integer({ min: 1, max: 16 }),
      owner: fc.option(uid, { nil: null }),
      raoEmission: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    });
  })
  .map(
    (r): EpochInput => ({
      block: 120n,
      raoEmission: r.raoEmission,
      params: {
        n: r.n,
        tempo: 10n,
        kappa: r.kappa,
        bondsPenalty: r.bondsPenalty,
        bondsMovingAverage: r.bondsMovingAverage,
        yuma3: r.yuma3,
        liquidAlpha: r.liquidAlpha,
        alphaLow: 45_875,
        alphaHigh: 58_982,
        alphaSigmoidSteepness: 1000,
        maxAllowedValidators: r.maxAllowedValidators,
        stakeThreshold: 0n,
        ownerUid: r.owner,
        commitRevealEnabled: false,
        lastMechanismStepBlock: 100n,
        taoWeight: 0n,
        activityCutoffBlocks: 50n,
      },
      state: {
        stakeAlpha: r.stake,
        lastUpdate: r.lastUpdate,
        blockAtRegistration: r.blockAtRegistration,
        validatorPermit: r.permit,
        weights: r.weights,
        bonds: r.bonds,
      },
    }),
  );

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const totalRao = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);

/** Moves the value of uid i to uid perm[i]. */
function placeBy(perm: readonly number[]) {
  return <T>(values: readonly T[]): T[] => {
    const out = new Array<T>(values.length);
    values.forEach((v, i) => {
      out[perm[i]] = v;
    });
    return out;
  };
}

/** Relabels uids: uid i becomes perm[i] everywhere, rows stay sorted by uid. */
function permuteInput(input: EpochInput, perm: number[]): EpochInput {
  const place = placeBy(perm);
  const relabel = (rows: readonly SparseRowU16[]) =>
    place(
      rows.map((row) =>
        toRow(
          entriesOf(row)
            .map(([j, v]): [number, number] => [perm[j], v])
            .sort((a, b) => a[0] - b[0]),
        ),
      ),
    );
  const { state, params } = input;
  return {
    ...input,
    params: { ...params, ownerUid: params.ownerUid === null ? null : perm[params.ownerUid] },
    state: {
      stakeAlpha: place(state.stakeAlpha),
      lastUpdate: place(state.lastUpdate),
      blockAtRegistration: place(state.blockAtRegistration),
      validatorPermit: place(state.validatorPermit),
      weights: relabel(state.weights),
      bonds: relabel(state.bonds),
    },
  };
}

function permuteOutput(out: EpochOutput, perm: number[]): Record<string, unknown> {
  const place = placeBy(perm);
  return {
    consensus: place(out.consensus),
    validatorTrust: place(out.validatorTrust),
    incentive: place(out.incentive),
    dividends: place(out.dividends),
    serverEmission: place(out.serverEmission),
    validatorEmission: place(out.validatorEmission),
    emission: place(out.emission),
    newValidatorPermit: place(out.newValidatorPermit),
    active: place(out.active),
    stakeWeight: place(out.stakeWeight),
    stake: place(out.stake),
    bonds: place(
      out.bonds.map((row) =>
        Array.from(row.uids, (j, k): [number, number] => [perm[j], row.values[k]]).sort(
          (a, b) => a[0] - b[0],
        ),
      ),
    ),
  };
}

describe('yuma epoch: invariants', () => {
  it('behavior: normalized outputs sum to at most 1 in fixed point, emissions to at most rao_emission', () => {
    fc.assert(
      fc.property(epochInput, (input) => {
        const out = epoch(input);
        for (const key of ['incentive', 'dividends', 'stakeWeight'] as const) {
          expect(total(out[key]), key).toBeLessThanOrEqual(65535);
        }
        expect(totalRao(out.serverEmission) + totalRao(out.validatorEmission)).toBeLessThanOrEqual(
          input.raoEmission,
        );
        expect(totalRao(out.emission)).toBeLessThanOrEqual(input.raoEmission);
      }),
      { numRuns: RUNS },
    );
  });

  it('behavior: emission is conserved within rounding whenever anyone holds stake', () => {
    fc.assert(
      fc.property(epochInput, (input) => {
        fc.pre(input.state.stakeAlpha.some((s) => s > 0n));
        const out = epoch(input);
        const paid = totalRao(out.serverEmission) + totalRao(out.validatorEmission);
        // Each uid loses under one rao to flooring and under 2^-32 of the emission per normalization.
        const n = BigInt(input.params.n);
        const slack = 2n * n + 1n + (4n * n * input.raoEmission) / 2n ** 32n;
        expect(input.raoEmission - paid).toBeLessThanOrEqual(slack);
      }),
      { numRuns: RUNS },
    );
  });

  it('behavior: a miner no permitted validator weights earns no incentive', () => {
    fc.assert(
      fc.property(epochInput, fc.nat(), (input, pick) => {
        const j = pick % input.params.n;
        const weights = input.state.weights.map((row) =>
          toRow(entriesOf(row).filter(([dest]) => dest !== j)),
        );
        const out = epoch({ ...input, state: { ...input.state, weights } });
        expect(out.incentive[j]).toBe(0);
        expect(out.serverEmission[j]).toBe(0n);
      }),
      { numRuns: RUNS },
    );
  });

  it('behavior: permuting uids permutes every output', () => {
    fc.assert(
      fc.property(
        epochInput.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(
              Array.from({ length: input.params.n }, (_, i) => i),
              { minLength: input.params.n },
            ),
          ),
        ),
        ([input, perm]) => {
          const direct = permuteOutput(epoch(input), perm);
          const identity = perm.map((_, i) => i);
          const viaPermutedInput = permuteOutput(epoch(permuteInput(input, perm)), identity);
          expect(viaPermutedInput).toEqual(direct);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
