/**
 * set_weights, commit_weights and reveal_weights checked call by call on an in-memory chain: for every check the
 * refused side (by its error name) and the accepted side, at both edges of every limit — the cases a devnet test
 * over @polkadot/api (test/subtensor/errors.test.ts) would take minutes to sweep.
 */
import { TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestChain, type TestChain } from '../../../test-support/test-chain.js';
import { appendNeuron } from './neurons.js';
import {
  CommitRevealWeightsEnabled,
  LastEpochBlock,
  LastUpdate,
  MaxWeightsLimit,
  MinAllowedWeights,
  RevealPeriodEpochs,
  StakeThreshold,
  SubnetEpochIndex,
  TaoWeight,
  Tempo,
  TotalHotkeyAlpha,
  ValidatorPermit,
  WeightCommits,
  Weights,
  WeightsSetRateLimit,
  WeightsVersionKey,
} from './storage.js';
import { registerNetwork } from './subnets.js';
import { commitHash, commitWeights, revealWeights, setWeights, setWeightsChecked } from './weights.js';

const TAO = 1_000_000_000n;
const U64_MAX = (1n << 64n) - 1n;
const NETUID = 1;
/** Neurons in the subnet: the owner (uid 0) and uids 1..4. */
const N = 5;
const key = (byte: number) => new Uint8Array(32).fill(byte);
const OWNER_COLD = key(0xc0);
const hotkey = (uid: number) => key(0x10 + uid);
const VALIDATOR = 1;
const OTHER = 2;

let chain: TestChain;

/** A subnet of N neurons with commit-reveal off, no rate limit, no stake threshold and uid 1 permitted. */
beforeEach(() => {
  chain = createTestChain([[OWNER_COLD, 10_000n * TAO]]);
  expect(chain.dispatch(1, (ctx) => registerNetwork(ctx, OWNER_COLD, hotkey(0)))).toBeUndefined();
  const { state } = chain;
  for (let uid = 1; uid < N; uid++) appendNeuron(state, NETUID, hotkey(uid), 1n);
  CommitRevealWeightsEnabled.set(state, NETUID, false);
  WeightsSetRateLimit.set(state, NETUID, 0n);
  ValidatorPermit.set(state, NETUID, [false, true, false, false, false]);
});

const set = (
  uid: number,
  uids: number[],
  values: number[],
  options: { block?: number; version?: bigint } = {},
) =>
  chain.dispatch(options.block ?? 10, (ctx) =>
    setWeights(ctx, hotkey(uid), NETUID, uids, values, options.version ?? 0n),
  );

describe('set_weights', () => {
  it('default: stores the max-upscaled row, sets LastUpdate to the block and emits WeightsSet', () => {
    expect(set(VALIDATOR, [2, 3, 4], [1, 2, 4], { block: 42 })).toBeUndefined();
    expect(Weights.get(chain.state, NETUID, VALIDATOR)).toEqual([
      [2, 16384],
      [3, 32768],
      [4, 65535],
    ]);
    expect(LastUpdate.get(chain.state, NETUID)[VALIDATOR]).toBe(42n);
    expect(chain.events.at(-1)).toEqual({
      pallet: 'SubtensorModule',
      event: 'WeightsSet',
      data: [NETUID, 1],
    });
  });

  it('error: CanNotSetRootNetworkWeights on netuid 0 (the same weights on netuid 1 pass)', () => {
    CommitRevealWeightsEnabled.set(chain.state, 0, false);
    const onRoot = chain.dispatch(10, (ctx) => setWeights(ctx, hotkey(VALIDATOR), 0, [2], [1], 0n));
    expect(onRoot).toBe('CanNotSetRootNetworkWeights');
    expect(set(VALIDATOR, [2], [1])).toBeUndefined();
  });

  it('error: WeightVecNotEqualSize when uids and values differ in length', () => {
    expect(set(VALIDATOR, [2, 3], [1])).toBe('WeightVecNotEqualSize');
    expect(set(VALIDATOR, [2, 3], [1, 1])).toBeUndefined();
  });

  it('error: MechanismDoesNotExist on a netuid that was never added', () => {
    CommitRevealWeightsEnabled.set(chain.state, 2, false);
    const result = chain.dispatch(10, (ctx) => setWeights(ctx, hotkey(VALIDATOR), 2, [2], [1], 0n));
    expect(result).toBe('MechanismDoesNotExist');
  });

  it('args: as many uids as the subnet has neurons pass; one more is UidsLengthExceedUidsInSubNet', () => {
    expect(set(VALIDATOR, [0, 1, 2, 3, 4], [1, 1, 1, 1, 1])).toBeUndefined();
    expect(set(VALIDATOR, [0, 1, 2, 3, 4, 5], [1, 1, 1, 1, 1, 1])).toBe('UidsLengthExceedUidsInSubNet');
  });

  it('error: HotKeyNotRegisteredInSubNet for a hotkey without a uid', () => {
    expect(set(N, [2], [1])).toBe('HotKeyNotRegisteredInSubNet');
  });

  describe('stake threshold', () => {
    beforeEach(() => {
      StakeThreshold.set(chain.state, 1_000n);
    });

    it('args: alpha stake exactly at StakeThreshold passes; one rao less is NotEnoughStakeToSetWeights', () => {
      TotalHotkeyAlpha.set(chain.state, hotkey(VALIDATOR), NETUID, 999n);
      expect(set(VALIDATOR, [2], [1])).toBe('NotEnoughStakeToSetWeights');
      TotalHotkeyAlpha.set(chain.state, hotkey(VALIDATOR), NETUID, 1_000n);
      expect(set(VALIDATOR, [2], [1])).toBeUndefined();
    });

    it('behavior: root stake counts at TaoWeight (TaoWeight = 1: one for one; TaoWeight = 0: not at all)', () => {
      TotalHotkeyAlpha.set(chain.state, hotkey(VALIDATOR), NETUID, 400n);
      TaoWeight.set(chain.state, U64_MAX);
      TotalHotkeyAlpha.set(chain.state, hotkey(VALIDATOR), 0, 599n);
      expect(set(VALIDATOR, [2], [1])).toBe('NotEnoughStakeToSetWeights');
      TotalHotkeyAlpha.set(chain.state, hotkey(VALIDATOR), 0, 600n);
      expect(set(VALIDATOR, [2], [1])).toBeUndefined();
      TaoWeight.set(chain.state, 0n);
      TotalHotkeyAlpha.set(chain.state, hotkey(VALIDATOR), 0, 1_000_000n);
      expect(set(VALIDATOR, [2], [1])).toBe('NotEnoughStakeToSetWeights');
    });

    it('behavior: TaoWeight is a fraction of u64::MAX (one half counts half, rounded down)', () => {
      TotalHotkeyAlpha.set(chain.state, hotkey(VALIDATOR), NETUID, 400n);
      TaoWeight.set(chain.state, U64_MAX / 2n);
      TotalHotkeyAlpha.set(chain.state, hotkey(VALIDATOR), 0, 1_200n); // 1200 · ⌊u64::MAX/2⌋ / u64::MAX = 599
      expect(set(VALIDATOR, [2], [1])).toBe('NotEnoughStakeToSetWeights');
      TotalHotkeyAlpha.set(chain.state, hotkey(VALIDATOR), 0, 1_202n); // 600
      expect(set(VALIDATOR, [2], [1])).toBeUndefined();
    });

    it('behavior: the subnet owner hotkey sets weights without any stake', () => {
      expect(set(0, [2], [1])).toBeUndefined();
    });
  });

  describe('version key', () => {
    it('args: with no required key (0) any version passes', () => {
      expect(set(VALIDATOR, [2], [1], { version: 0n })).toBeUndefined();
      expect(set(VALIDATOR, [2], [1], { version: 7n })).toBeUndefined();
    });

    it('args: the required key and newer pass; an older one is IncorrectWeightVersionKey', () => {
      WeightsVersionKey.set(chain.state, NETUID, 5n);
      expect(set(VALIDATOR, [2], [1], { version: 4n })).toBe('IncorrectWeightVersionKey');
      expect(set(VALIDATOR, [2], [1], { version: 5n })).toBeUndefined();
      expect(set(VALIDATOR, [2], [1], { version: 6n })).toBeUndefined();
    });
  });

  describe('rate limit', () => {
    beforeEach(() => {
      WeightsSetRateLimit.set(chain.state, NETUID, 10n);
    });

    it('args: exactly WeightsSetRateLimit blocks after the last set passes; one block sooner is SettingWeightsTooFast', () => {
      expect(set(VALIDATOR, [2], [1], { block: 100 })).toBeUndefined();
      expect(set(VALIDATOR, [2], [1], { block: 109 })).toBe('SettingWeightsTooFast');
      expect(set(VALIDATOR, [2], [1], { block: 110 })).toBeUndefined();
    });

    it('behavior: a neuron that never set weights (LastUpdate 0) is not rate limited', () => {
      LastUpdate.set(chain.state, NETUID, [0n, 0n, 0n, 0n, 0n]);
      expect(set(VALIDATOR, [2], [1], { block: 3 })).toBeUndefined();
    });

    it('behavior: the limit is per neuron', () => {
      ValidatorPermit.set(chain.state, NETUID, [false, true, true, false, false]);
      expect(set(VALIDATOR, [2], [1], { block: 100 })).toBeUndefined();
      expect(set(OTHER, [3], [1], { block: 105 })).toBeUndefined();
    });
  });

  describe('validator permit', () => {
    it('error: NeuronNoValidatorPermit for a neuron without a permit, also for one weight on another uid', () => {
      expect(set(OTHER, [3, 4], [1, 1])).toBe('NeuronNoValidatorPermit');
      expect(set(OTHER, [3], [1])).toBe('NeuronNoValidatorPermit');
      expect(set(OTHER, [2, 3], [1, 1])).toBe('NeuronNoValidatorPermit');
    });

    it('behavior: a single weight on its own uid (a self-weight) needs no permit', () => {
      expect(set(OTHER, [OTHER], [1])).toBeUndefined();
      expect(Weights.get(chain.state, NETUID, OTHER)).toEqual([[OTHER, 65535]]);
    });

    it('error: a uid past the end of ValidatorPermit has no permit', () => {
      ValidatorPermit.set(chain.state, NETUID, [false]);
      expect(set(VALIDATOR, [2, 3], [1, 1])).toBe('NeuronNoValidatorPermit');
    });

    it("behavior: the subnet owner's uid needs no permit", () => {
      expect(set(0, [2, 3], [1, 1])).toBeUndefined();
    });
  });

  it('error: DuplicateUids', () => {
    expect(set(VALIDATOR, [2, 2], [1, 1])).toBe('DuplicateUids');
  });

  it('args: the last uid (n - 1) is valid; uid n is UidVecContainInvalidOne, also next to valid ones', () => {
    expect(set(VALIDATOR, [N - 1], [1])).toBeUndefined();
    expect(set(VALIDATOR, [N], [1])).toBe('UidVecContainInvalidOne');
    expect(set(VALIDATOR, [1, N], [1, 1])).toBe('UidVecContainInvalidOne');
  });

  describe('minimum number of weights', () => {
    it('args: exactly MinAllowedWeights weights pass; one fewer is WeightVecLengthIsLow', () => {
      MinAllowedWeights.set(chain.state, NETUID, 3);
      expect(set(VALIDATOR, [2, 3], [1, 1])).toBe('WeightVecLengthIsLow');
      expect(set(VALIDATOR, [2, 3, 4], [1, 1, 1])).toBeUndefined();
    });

    it('args: above the subnet size the minimum is n itself', () => {
      MinAllowedWeights.set(chain.state, NETUID, 10);
      expect(set(VALIDATOR, [1, 2, 3, 4], [1, 1, 1, 1])).toBe('WeightVecLengthIsLow');
      expect(set(VALIDATOR, [0, 1, 2, 3, 4], [1, 1, 1, 1, 1])).toBeUndefined();
    });

    it('behavior: a self-weight is exempt', () => {
      MinAllowedWeights.set(chain.state, NETUID, 3);
      expect(set(VALIDATOR, [VALIDATOR], [1])).toBeUndefined();
    });
  });

  describe('max weight limit', () => {
    it('args: the largest share exactly at MaxWeightsLimit / 65535 passes; above it is MaxWeightExceeded', () => {
      MaxWeightsLimit.set(chain.state, NETUID, 32768);
      expect(set(VALIDATOR, [2, 3], [1, 1])).toBeUndefined(); // 0.5 ≤ 32768/65535
      expect(set(VALIDATOR, [2, 3], [2, 1])).toBe('MaxWeightExceeded');
      MaxWeightsLimit.set(chain.state, NETUID, 32767);
      expect(set(VALIDATOR, [2, 3], [1, 1])).toBe('MaxWeightExceeded'); // 0.5 > 32767/65535
    });

    it('behavior: at 65535 one weight may take everything, and a self-weight is never limited', () => {
      expect(set(VALIDATOR, [2, 3], [1, 0])).toBeUndefined();
      MaxWeightsLimit.set(chain.state, NETUID, 1);
      expect(set(VALIDATOR, [VALIDATOR], [1])).toBeUndefined();
    });
  });

  it('error: CommitRevealEnabled while commit-reveal is on; the same weights pass once it is off', () => {
    CommitRevealWeightsEnabled.set(chain.state, NETUID, true);
    expect(set(VALIDATOR, [2], [1])).toBe('CommitRevealEnabled');
    CommitRevealWeightsEnabled.set(chain.state, NETUID, false);
    expect(set(VALIDATOR, [2], [1])).toBeUndefined();
  });

  it('behavior: with commit-reveal on the checked set (a reveal) ignores the rate limit and leaves LastUpdate', () => {
    CommitRevealWeightsEnabled.set(chain.state, NETUID, true);
    WeightsSetRateLimit.set(chain.state, NETUID, 100n);
    LastUpdate.set(chain.state, NETUID, [1n, 50n, 1n, 1n, 1n]);
    const result = chain.dispatch(60, (ctx) =>
      setWeightsChecked(ctx, hotkey(VALIDATOR), NETUID, [2], [1], 0n),
    );
    expect(result).toBeUndefined();
    expect(LastUpdate.get(chain.state, NETUID)[VALIDATOR]).toBe(50n);
    expect(Weights.get(chain.state, NETUID, VALIDATOR)).toEqual([[2, 65535]]);
  });
});

describe('commit-reveal', () => {
  const SALT = [1, 2, 3];
  const uids = [2, 3];
  const values = [1, 3];
  const hashOf = (v: number[] = values, version = 0n) =>
    commitHash(hotkey(VALIDATOR), NETUID, uids, v, SALT, version);
  const commit = (block: number, hash = hashOf()) =>
    chain.dispatch(block, (ctx) => commitWeights(ctx, hotkey(VALIDATOR), NETUID, hash));
  const reveal = (block: number, v: number[] = values, version = 0n) =>
    chain.dispatch(block, (ctx) => revealWeights(ctx, hotkey(VALIDATOR), NETUID, uids, v, SALT, version));

  /** Epoch 5 runs from block 100 (tempo 10): blocks 100–109 are epoch 5, the epoch of block 110 runs in it. */
  beforeEach(() => {
    const { state } = chain;
    CommitRevealWeightsEnabled.set(state, NETUID, true);
    Tempo.set(state, NETUID, 10);
    LastEpochBlock.set(state, NETUID, 100n);
    SubnetEpochIndex.set(state, NETUID, 5n);
  });
  /** The chain's epoch ran at `block`. */
  const epochRan = (block: bigint) => {
    LastEpochBlock.set(chain.state, NETUID, block);
    SubnetEpochIndex.set(chain.state, NETUID, SubnetEpochIndex.get(chain.state, NETUID) + 1n);
  };

  it('default: the hash is blake2-256 of SCALE((hotkey, netuid, uids, values, salt, version_key))', () => {
    const encoded = new TypeRegistry()
      .createType('(AccountId32, u16, Vec<u16>, Vec<u16>, Vec<u16>, u64)', [
        hotkey(VALIDATOR),
        NETUID,
        uids,
        values,
        SALT,
        9n,
      ])
      .toU8a();
    expect(u8aToHex(hashOf(values, 9n))).toBe(blake2AsHex(encoded, 256));
  });

  it('default: a commit in epoch 5 is revealed in epoch 6, which sets the weights and pops the commit', () => {
    expect(commit(101)).toBeUndefined();
    expect(chain.events.at(-1)).toEqual({
      pallet: 'SubtensorModule',
      event: 'WeightsCommitted',
      data: [hotkey(VALIDATOR), NETUID, hashOf()],
    });
    expect(LastUpdate.get(chain.state, NETUID)[VALIDATOR]).toBe(101n);
    expect(WeightCommits.get(chain.state, NETUID, hotkey(VALIDATOR))).toEqual([[hashOf(), 5n, 101n, 0n]]);
    epochRan(110n);
    expect(reveal(112)).toBeUndefined();
    expect(Weights.get(chain.state, NETUID, VALIDATOR)).toEqual([
      [2, 21845],
      [3, 65535],
    ]);
    expect(chain.events.slice(-2)).toEqual([
      { pallet: 'SubtensorModule', event: 'WeightsSet', data: [NETUID, VALIDATOR] },
      { pallet: 'SubtensorModule', event: 'WeightsRevealed', data: [hotkey(VALIDATOR), NETUID, hashOf()] },
    ]);
    expect(WeightCommits.get(chain.state, NETUID, hotkey(VALIDATOR))).toBeUndefined();
  });

  it('args: RevealTooEarly in the commit epoch; the block whose epoch runs already counts as the next epoch', () => {
    expect(commit(101)).toBeUndefined();
    expect(reveal(109)).toBe('RevealTooEarly');
    expect(reveal(110)).toBeUndefined(); // lookahead: the epoch of block 110 runs in block 110
  });

  it('args: the block that runs the next epoch is ExpiredWeightCommit; the block before still reveals', () => {
    expect(commit(101)).toBeUndefined();
    epochRan(110n);
    expect(reveal(120)).toBe('ExpiredWeightCommit'); // lookahead: epoch 7
    expect(reveal(119)).toBeUndefined(); // epoch 6
  });

  it('error: CommitRevealDisabled for commits and reveals while commit-reveal is off', () => {
    CommitRevealWeightsEnabled.set(chain.state, NETUID, false);
    expect(commit(101)).toBe('CommitRevealDisabled');
    expect(reveal(101)).toBe('CommitRevealDisabled');
  });

  it('error: MechanismDoesNotExist and HotKeyNotRegisteredInSubNet for commits', () => {
    expect(chain.dispatch(101, (ctx) => commitWeights(ctx, hotkey(VALIDATOR), 2, hashOf()))).toBe(
      'MechanismDoesNotExist',
    );
    expect(chain.dispatch(101, (ctx) => commitWeights(ctx, hotkey(N), NETUID, hashOf()))).toBe(
      'HotKeyNotRegisteredInSubNet',
    );
  });

  it('args: commits are rate limited like sets: exactly the limit later passes, one block sooner is CommittingWeightsTooFast', () => {
    WeightsSetRateLimit.set(chain.state, NETUID, 3n);
    expect(commit(101)).toBeUndefined();
    expect(commit(103, hashOf([1, 4]))).toBe('CommittingWeightsTooFast');
    expect(commit(104, hashOf([1, 4]))).toBeUndefined();
  });

  it('args: ten unrevealed commits are kept; the eleventh is TooManyUnrevealedCommits', () => {
    for (let i = 0; i < 10; i++) expect(commit(100 + i, hashOf([1, 10 + i]))).toBeUndefined();
    expect(commit(109, hashOf([1, 99]))).toBe('TooManyUnrevealedCommits');
    expect(WeightCommits.get(chain.state, NETUID, hotkey(VALIDATOR))).toHaveLength(10);
  });

  it('behavior: expired commits are dropped before counting, so a new commit fits again', () => {
    for (let i = 0; i < 10; i++) expect(commit(100 + i, hashOf([1, 10 + i]))).toBeUndefined();
    epochRan(110n);
    epochRan(120n); // epoch 7: the commits of epoch 5 have expired
    expect(commit(121, hashOf([1, 99]))).toBeUndefined();
    expect(WeightCommits.get(chain.state, NETUID, hotkey(VALIDATOR))).toEqual([
      [hashOf([1, 99]), 7n, 121n, 0n],
    ]);
  });

  it('error: NoWeightsCommitFound without a commit, InvalidRevealCommitHashNotMatch for other weights', () => {
    expect(reveal(112)).toBe('NoWeightsCommitFound');
    expect(commit(101)).toBeUndefined();
    epochRan(110n);
    expect(reveal(112, [1, 4])).toBe('InvalidRevealCommitHashNotMatch');
    expect(reveal(112, values, 1n)).toBe('InvalidRevealCommitHashNotMatch');
  });

  it('behavior: revealing one of several commits drops the ones before it and keeps the later ones', () => {
    expect(commit(101, hashOf([1, 1]))).toBeUndefined();
    expect(commit(102, hashOf([1, 2]))).toBeUndefined();
    expect(commit(103, hashOf([1, 3]))).toBeUndefined();
    epochRan(110n);
    expect(reveal(112, [1, 2])).toBeUndefined();
    expect(WeightCommits.get(chain.state, NETUID, hotkey(VALIDATOR))).toEqual([
      [hashOf([1, 3]), 5n, 103n, 0n],
    ]);
  });

  it('error: an expired commit is ExpiredWeightCommit while a live one remains, and NoWeightsCommitFound once none do', () => {
    expect(commit(101, hashOf([1, 1]))).toBeUndefined();
    epochRan(110n);
    expect(commit(111, hashOf([1, 2]))).toBeUndefined();
    epochRan(120n); // epoch 7: the first commit (epoch 5) expired, the second (epoch 6) is due
    expect(reveal(121, [1, 1])).toBe('ExpiredWeightCommit');
    expect(reveal(121, [1, 5])).toBe('InvalidRevealCommitHashNotMatch');
    epochRan(130n); // epoch 8: both expired
    expect(reveal(131, [1, 2])).toBe('ExpiredWeightCommit');
    expect(reveal(131, [1, 5])).toBe('NoWeightsCommitFound');
  });

  it('behavior: the reveal period is RevealPeriodEpochs', () => {
    RevealPeriodEpochs.set(chain.state, NETUID, 2n);
    expect(commit(101)).toBeUndefined();
    epochRan(110n);
    expect(reveal(112)).toBe('RevealTooEarly');
    epochRan(120n);
    expect(reveal(122)).toBeUndefined();
  });

  it('behavior: a reveal runs every set_weights check (here the version key) and keeps the commit when one fails', () => {
    WeightsVersionKey.set(chain.state, NETUID, 3n);
    expect(commit(101)).toBeUndefined();
    epochRan(110n);
    expect(reveal(112)).toBe('IncorrectWeightVersionKey');
    expect(WeightCommits.get(chain.state, NETUID, hotkey(VALIDATOR))).toHaveLength(1);
  });
});
