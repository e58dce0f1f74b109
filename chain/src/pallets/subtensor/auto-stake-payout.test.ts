/**
 * A miner's incentive goes to its coldkey's auto-stake destination (subtensor `distribute_dividends_and_incentives`):
 * staked to `(destination, coldkey)` with `AutoStakeAdded`, and to the mining hotkey when the coldkey set none; and
 * key swaps carry the destinations along (`transfer_auto_stake_destination`, `swap_hotkey` step 6.4).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestChain, type TestChain } from '../../../test-support/test-chain.js';
import type { EpochOutput } from '../../yuma/index.js';
import { distributeEmission } from './distribute-emission.js';
import { moveAutoStakeToColdkey, moveAutoStakeToHotkey } from './key-swap-auto-stake.js';
import { stakeOf } from './pools.js';
import { doRegister } from './registration.js';
import { AutoStakeDestination, AutoStakeDestinationColdkeys } from './storage.js';
import { registerNetwork } from './subnets.js';

const TAO = 1_000_000_000n;
const NETUID = 1;
const key = (byte: number) => new Uint8Array(32).fill(byte);
const OWNER_COLD = key(0xc0);
const OWNER_HOT = key(0x10);
const MINER_COLD = key(0xc1);
const MINER_HOT = key(0x11);
const DEST_HOT = key(0x12);
const NEW_COLD = key(0xc2);
const NEW_HOT = key(0x13);

let chain: TestChain;

beforeEach(() => {
  chain = createTestChain([
    [OWNER_COLD, 10_000n * TAO],
    [MINER_COLD, 100n * TAO],
  ]);
  expect(chain.dispatch(1, (ctx) => registerNetwork(ctx, OWNER_COLD, OWNER_HOT))).toBeUndefined();
  expect(chain.dispatch(2, (ctx) => doRegister(ctx, MINER_COLD, NETUID, MINER_HOT))).toBeUndefined();
});

/** One epoch's payout in which only the miner (uid 1) earns: `incentive` rao of alpha. */
function payMiner(incentive: bigint): void {
  const n = 2;
  const zeros = <T>(value: T): T[] => Array.from({ length: n }, () => value);
  const out: EpochOutput = {
    consensus: zeros(0),
    validatorTrust: zeros(0),
    incentive: zeros(0),
    dividends: zeros(0),
    serverEmission: [0n, incentive],
    validatorEmission: zeros(0n),
    emission: [0n, incentive],
    newValidatorPermit: zeros(false),
    active: zeros(true),
    stakeWeight: zeros(0),
    bonds: zeros({ uids: new Uint16Array(), values: new Uint16Array() }),
    stake: zeros(0n),
  };
  const pending = { server: incentive, validator: 0n, root: 0n, ownerCut: 0n };
  const hotkeys = [OWNER_HOT, MINER_HOT];
  expect(chain.dispatch(4, (ctx) => distributeEmission(ctx, NETUID, hotkeys, out, pending))).toBeUndefined();
}

const autoStakeEvents = () => chain.events.filter((e) => e.event === 'AutoStakeAdded');

describe('auto-stake payout', () => {
  it('default: without a destination the incentive is staked to the mining hotkey, and no AutoStakeAdded', () => {
    payMiner(1_000_000n);
    expect(stakeOf(chain.state, MINER_HOT, MINER_COLD, NETUID)).toBe(1_000_000n);
    expect(stakeOf(chain.state, DEST_HOT, MINER_COLD, NETUID)).toBe(0n);
    expect(autoStakeEvents()).toEqual([]);
  });

  it('behavior: with a destination the incentive is staked to it, with AutoStakeAdded', () => {
    AutoStakeDestination.set(chain.state, MINER_COLD, NETUID, DEST_HOT);
    payMiner(1_000_000n);
    expect(stakeOf(chain.state, DEST_HOT, MINER_COLD, NETUID)).toBe(1_000_000n);
    expect(stakeOf(chain.state, MINER_HOT, MINER_COLD, NETUID)).toBe(0n);
    expect(autoStakeEvents().map((e) => e.data)).toEqual([
      { netuid: NETUID, destination: DEST_HOT, hotkey: MINER_HOT, owner: MINER_COLD, incentive: 1_000_000n },
    ]);
  });
});

describe('auto-stake destinations in key swaps', () => {
  beforeEach(() => {
    AutoStakeDestination.set(chain.state, MINER_COLD, NETUID, DEST_HOT);
    AutoStakeDestinationColdkeys.set(chain.state, DEST_HOT, NETUID, [OWNER_COLD, MINER_COLD]);
  });

  it('behavior: a coldkey swap moves the destination and renames the coldkey in the hotkey list', () => {
    moveAutoStakeToColdkey(chain.state, NETUID, MINER_COLD, NEW_COLD);
    expect(AutoStakeDestination.get(chain.state, MINER_COLD, NETUID)).toBeUndefined();
    expect(AutoStakeDestination.get(chain.state, NEW_COLD, NETUID)).toEqual(DEST_HOT);
    expect(AutoStakeDestinationColdkeys.get(chain.state, DEST_HOT, NETUID)).toEqual([OWNER_COLD, NEW_COLD]);
  });

  it('args: a coldkey without a destination moves nothing', () => {
    moveAutoStakeToColdkey(chain.state, NETUID, OWNER_COLD, NEW_COLD);
    expect(AutoStakeDestination.get(chain.state, NEW_COLD, NETUID)).toBeUndefined();
    expect(AutoStakeDestinationColdkeys.get(chain.state, DEST_HOT, NETUID)).toEqual([OWNER_COLD, MINER_COLD]);
  });

  it('behavior: a hotkey swap points every coldkey staking to the old hotkey at the new one', () => {
    AutoStakeDestination.set(chain.state, OWNER_COLD, NETUID, DEST_HOT);
    moveAutoStakeToHotkey(chain.state, NETUID, DEST_HOT, NEW_HOT);
    expect(AutoStakeDestination.get(chain.state, MINER_COLD, NETUID)).toEqual(NEW_HOT);
    expect(AutoStakeDestination.get(chain.state, OWNER_COLD, NETUID)).toEqual(NEW_HOT);
    expect(AutoStakeDestinationColdkeys.get(chain.state, NEW_HOT, NETUID)).toEqual([OWNER_COLD, MINER_COLD]);
    expect(AutoStakeDestinationColdkeys.get(chain.state, DEST_HOT, NETUID)).toEqual([]);
  });
});
