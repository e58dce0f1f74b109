/**
 * `drain_pending`: each subnet's blocks since its last step are counted; a subnet whose epoch is due hands over its
 * pending emissions (zeroing them), restarts its count and bumps its epoch index, up to `MaxEpochsPerBlock` epochs a
 * block; the rest are deferred to the next block with `EpochDeferred`. `distribute_emission` then runs each due
 * subnet's epoch and stamps `LastMechansimStepBlock`.
 */
import { describe, expect, it } from 'vitest';
import { createTestChain } from '../../../test-support/test-chain.js';
import { distributeEmissions, drainPending } from './drain-pending.js';
import * as S from './storage.js';
import { registerNetwork } from './subnets.js';

describe('drainPending', () => {
  it('behavior: due subnets hand over their pending emission up to MaxEpochsPerBlock; the rest wait a block', () => {
    const chain = createTestChain();
    const { state } = chain;
    for (const netuid of [1, 2, 3, 4]) {
      S.Tempo.set(state, netuid, 5);
      S.LastEpochBlock.set(state, netuid, 5n);
      S.BlocksSinceLastStep.set(state, netuid, 4n);
      S.SubnetEpochIndex.set(state, netuid, 7n);
      S.PendingServerEmission.set(state, netuid, 100n * BigInt(netuid));
      S.PendingValidatorEmission.set(state, netuid, 200n * BigInt(netuid));
      S.PendingRootAlphaDivs.set(state, netuid, 300n * BigInt(netuid));
      S.PendingOwnerCut.set(state, netuid, 400n * BigInt(netuid));
    }
    S.LastEpochBlock.set(state, 4, 6n); // not due at block 10
    S.PendingEpochAt.set(state, 1, 10n); // deferred to this block earlier
    S.MaxEpochsPerBlock.set(state, 2);
    let due: ReturnType<typeof drainPending> = new Map();
    expect(chain.dispatch(10, (ctx) => (due = drainPending(ctx, [1, 2, 3, 4])))).toBeUndefined();
    expect([...due]).toEqual([
      [1, { server: 100n, validator: 200n, root: 300n, ownerCut: 400n }],
      [2, { server: 200n, validator: 400n, root: 600n, ownerCut: 800n }],
    ]);
    for (const netuid of [1, 2]) {
      expect(S.PendingServerEmission.get(state, netuid)).toBe(0n);
      expect(S.PendingOwnerCut.get(state, netuid)).toBe(0n);
      expect(S.BlocksSinceLastStep.get(state, netuid)).toBe(0n);
      expect(S.LastEpochBlock.get(state, netuid)).toBe(10n);
      expect(S.SubnetEpochIndex.get(state, netuid)).toBe(8n);
      expect(S.PendingEpochAt.get(state, netuid)).toBe(0n);
    }
    // subnet 3 was due but over the limit: deferred, its pending kept; subnet 4 not due
    expect(S.PendingEpochAt.get(state, 3)).toBe(11n);
    expect(S.PendingServerEmission.get(state, 3)).toBe(300n);
    expect(S.BlocksSinceLastStep.get(state, 3)).toBe(5n);
    expect(S.SubnetEpochIndex.get(state, 3)).toBe(7n);
    expect(S.BlocksSinceLastStep.get(state, 4)).toBe(5n);
    expect(S.PendingEpochAt.get(state, 4)).toBe(0n);
    expect(chain.events.filter((e) => e.event === 'EpochDeferred')).toEqual([
      {
        pallet: 'SubtensorModule',
        event: 'EpochDeferred',
        data: { netuid: 3, from_block: 10n, to_block: 11n },
      },
    ]);
  });
});

describe('distributeEmissions', () => {
  it("default: runs each due subnet's epoch and records the block as its last mechanism step", () => {
    const cold = new Uint8Array(32).fill(0xc0);
    const chain = createTestChain([[cold, 10_000n * 1_000_000_000n]]);
    expect(
      chain.dispatch(1, (ctx) => registerNetwork(ctx, cold, new Uint8Array(32).fill(0x10))),
    ).toBeUndefined();
    const nothing = { server: 0n, validator: 0n, root: 0n, ownerCut: 0n };
    expect(chain.dispatch(5, (ctx) => distributeEmissions(ctx, new Map([[1, nothing]])))).toBeUndefined();
    expect(S.LastMechansimStepBlock.get(chain.state, 1)).toBe(5n);
  });
});
