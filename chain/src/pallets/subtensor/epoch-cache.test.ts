import { describe, expect, it } from 'vitest';
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay } from '../../frame/state.js';
import { type StateView, StorageLayer } from '../../storage/index.js';
import { type EpochOutput, epoch, type SparseRowU16 } from '../../yuma/index.js';
import { readEpochInput, runEpoch } from './epoch.js';
import { divFx, fromInt, mulFx, proportion32, toU64 } from './fixed.js';
import {
  Bonds,
  CommitRevealWeightsEnabled,
  Dividends,
  Incentive,
  Keys,
  LastUpdate,
  MaxAllowedValidators,
  Owner,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetworkN,
  Tempo,
  TotalHotkeyAlpha,
  ValidatorPermit,
  Weights,
} from './storage.js';

const NETUID = 1;
const N = 40;
const VALIDATORS = 8;
const EMPTY: StateView = { get: () => null, keys: () => [][Symbol.iterator](), getKeysPaged: () => [] };

const hotkey = (uid: number) => new Uint8Array(32).fill(uid + 1);
const cold = new Uint8Array(32).fill(0xc0);

let seed = 7;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
  return seed;
};
/** A full weight row of random u16 values (as `set_weights` stores them: max-upscaled). */
const fullRow = (): [number, number][] =>
  Array.from({ length: N }, (_, j): [number, number] => [j, j === 0 ? 65_535 : 1 + (rand() % 65_535)]);

function subnet(): StorageLayer {
  const s = new StorageLayer(EMPTY);
  SubnetworkN.set(s, NETUID, N);
  Tempo.set(s, NETUID, 10);
  MaxAllowedValidators.set(s, NETUID, VALIDATORS);
  CommitRevealWeightsEnabled.set(s, NETUID, false);
  for (let uid = 0; uid < N; uid++) {
    Keys.set(s, NETUID, uid, hotkey(uid));
    Owner.set(s, hotkey(uid), cold);
    if (uid < VALIDATORS) {
      TotalHotkeyAlpha.set(s, hotkey(uid), NETUID, BigInt(1000 + uid) * 1_000_000_000n);
      Weights.set(s, NETUID, uid, fullRow());
    }
  }
  LastUpdate.set(
    s,
    NETUID,
    Array.from({ length: N }, () => 5n),
  );
  ValidatorPermit.set(
    s,
    NETUID,
    Array.from({ length: N }, (_, uid) => uid < VALIDATORS),
  );
  return s;
}

function context(state: StateOverlay, blockNumber: number): DispatchContext {
  return {
    state,
    blockNumber,
    deposit: () => undefined,
    dispatch: () => undefined,
  };
}

const toRow = (pairs: readonly [number, number][]): SparseRowU16 => ({
  uids: Uint16Array.from(pairs, ([j]) => j),
  values: Uint16Array.from(pairs, ([, v]) => v),
});

/** The straightforward epoch: every row decoded afresh by the generic SCALE codec, no cache involved. */
function freshEpoch(state: StorageLayer, block: number): EpochOutput {
  const rao = PendingServerEmission.get(state, NETUID) + PendingValidatorEmission.get(state, NETUID);
  const input = readEpochInput(state, NETUID, BigInt(block), rao);
  const rows = (item: typeof Weights) =>
    Array.from({ length: N }, (_, uid) => toRow(item.get(state, NETUID, uid)));
  return epoch({ ...input, state: { ...input.state, weights: rows(Weights), bonds: rows(Bonds) } });
}

describe('epoch with decoded-row caches', () => {
  it('behavior: over epochs with rewritten, raw-written and rolled-back rows, storage equals the uncached epoch', () => {
    let parent = subnet();
    for (let round = 0; round < 4; round++) {
      const block = 20 + round * 10;
      const layer = new StorageLayer(parent);
      PendingServerEmission.set(layer, NETUID, 500_000_000n);
      PendingValidatorEmission.set(layer, NETUID, 500_000_000n);
      // Between epochs: a set_weights-style rewrite, a raw write of other bytes, a write rolled back.
      Weights.set(layer, NETUID, round % VALIDATORS, fullRow());
      const raw: StateOverlay = new StorageLayer(EMPTY);
      Weights.set(raw, NETUID, 0, fullRow());
      const overlay: StateOverlay = layer;
      overlay.set(Weights.key(NETUID, (round + 3) % VALIDATORS), raw.get(Weights.key(NETUID, 0)));
      // Rows read (and cached) inside a transaction that is then rolled back.
      layer.begin();
      Weights.set(layer, NETUID, (round + 5) % VALIDATORS, fullRow());
      Bonds.set(layer, NETUID, 1, [[2, 7]]);
      readEpochInput(layer, NETUID, BigInt(block), 0n);
      layer.rollback();
      LastUpdate.set(
        layer,
        NETUID,
        Array.from({ length: N }, () => BigInt(block - 1)),
      );

      const expected = freshEpoch(layer, block);
      const stakeBefore = Array.from({ length: N }, (_, uid) =>
        TotalHotkeyAlpha.get(layer, hotkey(uid), NETUID),
      );
      const pending = { server: 500_000_000n, validator: 500_000_000n, root: 0n, ownerCut: 0n };
      runEpoch(context(layer, block), NETUID, pending);
      const totalDividends = expected.validatorEmission.reduce((sum, d) => sum + d, 0n);

      expect(Incentive.get(layer, NETUID)).toEqual(expected.incentive);
      expect(Dividends.get(layer, NETUID)).toEqual(expected.dividends);
      for (let uid = 0; uid < N; uid++) {
        const b = expected.bonds[uid];
        expect(Bonds.get(layer, NETUID, uid)).toEqual(Array.from(b.uids, (j, k) => [j, b.values[k]]));
        // The pending validator alpha shared by dividends, then the delegate take (11 796 / 65 535, the default)
        // and the rest, each floored in U96F32.
        const share = divFx(fromInt(expected.validatorEmission[uid], 32n), fromInt(totalDividends, 32n), 32n);
        const prop = mulFx(fromInt(pending.validator, 32n), share, 32n);
        const take = mulFx(proportion32(11_796n, 65_535n), prop, 32n);
        const dividend = toU64(take, 32n) + toU64(prop - take, 32n);
        const paid = expected.serverEmission[uid] + dividend;
        expect(TotalHotkeyAlpha.get(layer, hotkey(uid), NETUID) - stakeBefore[uid]).toBe(paid);
      }
      expect(expected.bonds.slice(0, VALIDATORS).every((b) => b.uids.length > 0)).toBe(true);
      expect(expected.incentive.some((x) => x > 0)).toBe(true);
      parent = layer;
    }
  });
});
