/**
 * Burn registration checked call by call on an in-memory chain: every refusal by its error name next to the
 * accepted case at the same edge, the burn price (its rise per registration and its decay per block, both clamped)
 * and registration into a full subnet.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestChain, type TestChain } from '../../../test-support/test-chain.js';
import { StorageLayer } from '../../storage/index.js';
import { freeBalance } from '../balances/currency.js';
import { decayFactorQ32, doRegister, updateRegistrationPrices } from './registration.js';
import {
  Burn,
  BurnHalfLife,
  BurnIncreaseMult,
  Keys,
  LastEpochBlock,
  MaxAllowedUids,
  MaxBurn,
  MaxRegistrationsPerBlock,
  MinBurn,
  NetworkRegistrationAllowed,
  Owner,
  RAORecycledForRegistration,
  RegistrationsThisBlock,
  RegistrationsThisInterval,
  SubnetAlphaOut,
  SubnetTaoFlow,
  SubnetworkN,
  Tempo,
  Uids,
} from './storage.js';
import { registerNetwork } from './subnets.js';

const TAO = 1_000_000_000n;
const Q32 = 1n << 32n;
const NETUID = 1;
const key = (byte: number) => new Uint8Array(32).fill(byte);
const OWNER_COLD = key(0xc0);
const COLD = key(0xc1);
const hotkey = (i: number) => key(0x10 + i);

let chain: TestChain;

/** Subnet 1 registered at block 1 by OWNER_COLD (uid 0), burn 1 TAO; COLD has 1,000 TAO. */
beforeEach(() => {
  chain = createTestChain([
    [OWNER_COLD, 10_000n * TAO],
    [COLD, 1_000n * TAO],
  ]);
  expect(chain.dispatch(1, (ctx) => registerNetwork(ctx, OWNER_COLD, hotkey(0)))).toBeUndefined();
});

const register = (block: number, hot: Uint8Array, options: { cold?: Uint8Array; netuid?: number } = {}) => {
  let uid: number | undefined;
  const error = chain.dispatch(block, (ctx) => {
    uid = doRegister(ctx, options.cold ?? COLD, options.netuid ?? NETUID, hot);
  });
  return { error, uid };
};
/** The start of block `block`: burn decay and the per-block counter reset. */
const nextBlock = (block: number) => updateRegistrationPrices(chain.state, BigInt(block));

describe('doRegister', () => {
  it('default: burns the price, appends a uid, raises the price by BurnIncreaseMult and emits NeuronRegistered', () => {
    SubnetAlphaOut.set(chain.state, NETUID, 5n * TAO);
    const before = freeBalance(chain, COLD);
    expect(register(2, hotkey(1))).toEqual({ error: undefined, uid: 1 });
    expect(freeBalance(chain, COLD)).toBe(before - TAO);
    expect(Uids.get(chain.state, NETUID, hotkey(1))).toBe(1);
    expect(Keys.get(chain.state, NETUID, 1)).toEqual(hotkey(1));
    expect(Owner.get(chain.state, hotkey(1))).toEqual(COLD);
    expect(SubnetworkN.get(chain.state, NETUID)).toBe(2);
    expect(Burn.get(chain.state, NETUID)).toBe(1_259_999_999n); // 1 TAO · 1.26 (U64F64, rounded down)
    expect(RegistrationsThisBlock.get(chain.state, NETUID)).toBe(1);
    expect(RAORecycledForRegistration.get(chain.state, NETUID)).toBe(TAO);
    expect(SubnetAlphaOut.get(chain.state, NETUID)).toBe(5n * TAO); // the alpha bought is burned
    expect(chain.events.at(-1)).toEqual({
      pallet: 'SubtensorModule',
      event: 'NeuronRegistered',
      data: [NETUID, 1, hotkey(1)],
    });
  });

  it('behavior: each registration pays the price of the moment and adds to RAORecycledForRegistration', () => {
    expect(register(2, hotkey(1)).uid).toBe(1);
    BurnHalfLife.set(chain.state, NETUID, 0);
    nextBlock(3);
    const price = Burn.get(chain.state, NETUID);
    const before = freeBalance(chain, COLD);
    expect(register(3, hotkey(2)).uid).toBe(2);
    expect(freeBalance(chain, COLD)).toBe(before - price);
    expect(RAORecycledForRegistration.get(chain.state, NETUID)).toBe(TAO + price);
    // the burned TAO counts as TAO staked into the subnet (record_tao_inflow)
    expect(SubnetTaoFlow.get(chain.state, NETUID)).toBe(TAO + price);
  });

  it('error: RegistrationNotPermittedOnRootSubnet, SubnetNotExists, SubNetRegistrationDisabled', () => {
    expect(register(2, hotkey(1), { netuid: 0 }).error).toBe('RegistrationNotPermittedOnRootSubnet');
    expect(register(2, hotkey(1), { netuid: 2 }).error).toBe('SubnetNotExists');
    NetworkRegistrationAllowed.set(chain.state, NETUID, false);
    expect(register(2, hotkey(1)).error).toBe('SubNetRegistrationDisabled');
    NetworkRegistrationAllowed.set(chain.state, NETUID, true);
    expect(register(2, hotkey(1)).error).toBeUndefined();
  });

  it('args: MaxRegistrationsPerBlock registrations fit in a block; one more is TooManyRegistrationsThisBlock', () => {
    MaxRegistrationsPerBlock.set(chain.state, NETUID, 2);
    expect(register(2, hotkey(1)).error).toBeUndefined();
    expect(register(2, hotkey(2)).error).toBeUndefined();
    expect(register(2, hotkey(3)).error).toBe('TooManyRegistrationsThisBlock');
    nextBlock(3);
    expect(register(3, hotkey(3)).error).toBeUndefined();
  });

  it('error: HotKeyAlreadyRegisteredInSubNet', () => {
    expect(register(2, hotkey(1)).error).toBeUndefined();
    nextBlock(3);
    expect(register(3, hotkey(1)).error).toBe('HotKeyAlreadyRegisteredInSubNet');
  });

  it('args: a balance of exactly the burn registers; one rao less is NotEnoughBalanceToStake', () => {
    const exact = key(0xd0);
    const short = key(0xd1);
    chain = createTestChain([
      [OWNER_COLD, 10_000n * TAO],
      [exact, TAO],
      [short, TAO - 1n],
    ]);
    expect(chain.dispatch(1, (ctx) => registerNetwork(ctx, OWNER_COLD, hotkey(0)))).toBeUndefined();
    MaxRegistrationsPerBlock.set(chain.state, NETUID, 2);
    expect(register(2, hotkey(2), { cold: short }).error).toBe('NotEnoughBalanceToStake');
    expect(register(2, hotkey(1), { cold: exact }).error).toBeUndefined();
    expect(freeBalance(chain, exact)).toBe(0n);
  });

  it('error: NonAssociatedColdKey for a hotkey another coldkey owns', () => {
    Owner.set(chain.state, hotkey(1), OWNER_COLD);
    expect(register(2, hotkey(1)).error).toBe('NonAssociatedColdKey');
  });

  it('error: the balance is checked before the hotkey: a poor coldkey is NotEnoughBalanceToStake', () => {
    Owner.set(chain.state, hotkey(1), OWNER_COLD);
    expect(register(2, hotkey(1), { cold: key(0xd2) }).error).toBe('NotEnoughBalanceToStake');
  });

  it('error: NoNeuronIdAvailable when MaxAllowedUids is 0, even with a neuron that could be replaced', () => {
    expect(register(2, hotkey(1)).uid).toBe(1);
    nextBlock(3);
    MaxAllowedUids.set(chain.state, NETUID, 0);
    expect(register(3, hotkey(2)).error).toBe('NoNeuronIdAvailable');
  });

  describe('a full subnet', () => {
    beforeEach(() => {
      MaxAllowedUids.set(chain.state, NETUID, 3);
    });

    it('behavior: the last free uid is appended; then the neuron to prune is replaced and n stays', () => {
      expect(register(2, hotkey(1)).uid).toBe(1);
      nextBlock(3);
      expect(register(3, hotkey(2)).uid).toBe(2); // n = 2 < 3: appended
      nextBlock(4);
      expect(register(4, hotkey(3)).uid).toBe(1); // n = 3: uid 1, the oldest, is replaced
      expect(SubnetworkN.get(chain.state, NETUID)).toBe(3);
      expect(Uids.get(chain.state, NETUID, hotkey(3))).toBe(1);
      expect(Uids.get(chain.state, NETUID, hotkey(1))).toBeUndefined();
    });

    it('error: NoNeuronIdAvailable when only the owner could be replaced', () => {
      MaxAllowedUids.set(chain.state, NETUID, 1);
      expect(register(2, hotkey(1)).error).toBe('NoNeuronIdAvailable');
    });
  });

  describe('the price after a registration', () => {
    it('args: clamped to MaxBurn', () => {
      Burn.set(chain.state, NETUID, 90n * TAO);
      expect(register(2, hotkey(1)).error).toBeUndefined();
      expect(Burn.get(chain.state, NETUID)).toBe(MaxBurn.get(chain.state, NETUID)); // 113.4 TAO → 100 TAO
    });

    it('args: a BurnIncreaseMult below 1 counts as 1; 2 doubles it', () => {
      BurnIncreaseMult.set(chain.state, NETUID, { bits: 1n << 63n });
      expect(register(2, hotkey(1)).error).toBeUndefined();
      expect(Burn.get(chain.state, NETUID)).toBe(TAO);
      BurnHalfLife.set(chain.state, NETUID, 0);
      nextBlock(3);
      BurnIncreaseMult.set(chain.state, NETUID, { bits: 2n << 64n });
      expect(register(3, hotkey(2)).error).toBeUndefined();
      expect(Burn.get(chain.state, NETUID)).toBe(2n * TAO);
    });
  });
});

describe('updateRegistrationPrices', () => {
  it('default: the burn decays by decay_factor(BurnHalfLife) each block and the per-block count resets', () => {
    RegistrationsThisBlock.set(chain.state, NETUID, 1);
    BurnHalfLife.set(chain.state, NETUID, 1);
    nextBlock(2);
    expect(Burn.get(chain.state, NETUID)).toBe(TAO / 2n);
    expect(RegistrationsThisBlock.get(chain.state, NETUID)).toBe(0);
  });

  it('args: no decay in block 1 or with a half-life of 0', () => {
    BurnHalfLife.set(chain.state, NETUID, 1);
    nextBlock(1);
    expect(Burn.get(chain.state, NETUID)).toBe(TAO);
    BurnHalfLife.set(chain.state, NETUID, 0);
    nextBlock(2);
    expect(Burn.get(chain.state, NETUID)).toBe(TAO);
  });

  it('args: the decayed burn is clamped to MinBurn, and a burn above MaxBurn comes down to it', () => {
    BurnHalfLife.set(chain.state, NETUID, 1);
    MinBurn.set(chain.state, NETUID, (TAO * 3n) / 4n);
    nextBlock(2);
    expect(Burn.get(chain.state, NETUID)).toBe((TAO * 3n) / 4n);
    BurnHalfLife.set(chain.state, NETUID, 0);
    MaxBurn.set(chain.state, NETUID, TAO / 2n);
    MinBurn.set(chain.state, NETUID, 0n);
    nextBlock(3);
    expect(Burn.get(chain.state, NETUID)).toBe(TAO / 2n);
  });

  it('behavior: a block with no registrations and no price change writes nothing', () => {
    // No decay in block 1, and no registration count stored: a block layer over the state records every write.
    RegistrationsThisBlock.set(chain.state, NETUID, undefined);
    const block = new StorageLayer(chain.state);
    updateRegistrationPrices(block, 1n);
    expect(block.changes()).toEqual([]);
    RegistrationsThisBlock.set(block, NETUID, 2);
    updateRegistrationPrices(block, 1n);
    expect(RegistrationsThisBlock.get(block, NETUID)).toBe(0);
  });

  it("behavior: root's per-interval count restarts on root's epoch boundary only, and no subnet's does", () => {
    Tempo.set(chain.state, 0, 10);
    LastEpochBlock.set(chain.state, 0, 100n);
    RegistrationsThisInterval.set(chain.state, 0, 3);
    RegistrationsThisInterval.set(chain.state, NETUID, 4);
    nextBlock(109); // 9 blocks since root's last epoch: within its tempo
    expect(RegistrationsThisInterval.get(chain.state, 0)).toBe(3);
    expect(RegistrationsThisInterval.get(chain.state, NETUID)).toBe(4);
    nextBlock(110); // root's epoch runs this block
    expect(RegistrationsThisInterval.get(chain.state, 0)).toBe(0);
    expect(RegistrationsThisInterval.get(chain.state, NETUID)).toBe(4);
    // and on a chain with no subnet but root
    const { state } = createTestChain();
    Tempo.set(state, 0, 10);
    RegistrationsThisInterval.set(state, 0, 3);
    updateRegistrationPrices(state, 10n);
    expect(RegistrationsThisInterval.get(state, 0)).toBe(0);
  });

  it('behavior: with the default half-life of 360 blocks the burn halves in 360 blocks (within 0.1 %)', () => {
    for (let block = 2; block < 362; block++) nextBlock(block);
    const burn = Number(Burn.get(chain.state, NETUID));
    expect(Math.abs(burn / Number(TAO) - 0.5)).toBeLessThan(0.0005);
  });
});

describe('decayFactorQ32', () => {
  /** ⌊√x⌋ by Newton's method. */
  const isqrt = (x: bigint) => {
    let r = x;
    let next = (r + 1n) / 2n;
    while (next < r) {
      r = next;
      next = (r + x / r) / 2n;
    }
    return r;
  };

  it('args: half-life 0 is no decay (1.0), 1 is exactly one half', () => {
    expect(decayFactorQ32(0)).toBe(Q32);
    expect(decayFactorQ32(1)).toBe(Q32 / 2n);
  });

  it('args: half-life 2 is the largest f with ⌊f² / 2³²⌋ ≤ 2³¹', () => {
    const f = isqrt((Q32 / 2n + 1n) * Q32 - 1n);
    expect(decayFactorQ32(2)).toBe(f);
    expect(decayFactorQ32(2)).toBe(f); // from the cache
  });

  it('behavior: f^halfLife ≈ 0.5 for longer half-lives (the Q32 power truncates at each step)', () => {
    for (const halfLife of [3, 5, 360]) {
      const f = Number(decayFactorQ32(halfLife)) / Number(Q32);
      expect(Math.abs(f ** halfLife - 0.5)).toBeLessThan(0.0005);
    }
  });
});
