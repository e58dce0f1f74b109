/**
 * subtensor's own root-claim tests (`tests/claim_root.rs`), ported as JSON vectors
 * (`chain/test-vectors/root-claim/claim-root.json`) and replayed step by step on an in-memory chain: calls go through
 * the pallet's call handlers with their origins, and every assertion of the Rust test is checked with its tolerance.
 */
import { readFileSync } from 'node:fs';
import { stringToU8a } from '@polkadot/util';
import { blake2AsU8a, keccakAsU8a } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { createTestChain, type TestChain } from '../../../test-support/test-chain.js';
import type { Origin } from '../../frame/define-pallet.js';
import { resolveType, type TypeDef } from '../../frame/scale/type-def.js';
import type { StateReader } from '../../frame/state.js';
import { i96f32FromInt, i96f32Mul, i96f32ToU64 } from '../../yuma/fixed/i64f64.js';
import { blockHashToIndices } from './auto-claim-root.js';
import { subtensorCalls } from './calls.js';
import { increaseStake, stakeOf } from './pools.js';
import { claimableRate, increaseRootClaimable } from './root-claim.js';
import { finalizeAllSubnetRootDividends, transferRootClaimedForNewKeys } from './root-claim-keys.js';
import {
  claimableRates,
  NumRootClaim,
  NumStakingColdkeys,
  RootClaimableThreshold,
  RootClaimed,
  StakingColdkeys,
} from './root-claim-storage.js';
import { Delegates, Owner, RootClaimType, SubnetAlphaIn, SubnetMechanism, SubnetTAO } from './storage.js';
import { alphaPrice } from './subnet-swap.js';
import { registerNetwork, startCall } from './subnets.js';

type Step = { op: string } & Record<string, unknown>;
interface VectorCase {
  test: string;
  source: string;
  adapted?: string;
  steps: Step[];
}
interface Vectors {
  meta: Record<string, unknown>;
  cases: VectorCase[];
  skipped: { test: string; reason: string }[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../../../test-vectors/root-claim/claim-root.json', import.meta.url), 'utf8'),
) as Vectors;

const TAO = 1_000_000_000n;
const NETUID = 1;
const account = (name: string): Uint8Array => blake2AsU8a(name, 256);

/**
 * The root branch of `distribute_emission` for one root validator: its take to its owner as stake, the rest as root
 * dividends (the devnet's epoch splits the take the same way, `epoch.ts`).
 */
function distributeRootAlpha(
  chain: TestChain,
  block: number,
  hotkey: Uint8Array,
  netuid: number,
  divs: bigint,
) {
  chain.dispatch(block, ({ state }) => {
    const takeBits = divs * ((BigInt(Delegates.get(state, hotkey)) << 32n) / 65_535n);
    increaseStake(state, hotkey, Owner.get(state, hotkey), netuid, takeBits >> 32n);
    increaseRootClaimable(state, hotkey, netuid, ((divs << 32n) - takeBits) >> 32n);
  });
}

function isAccount(def: TypeDef): boolean {
  const d = resolveType(def);
  return d.kind === 'composite' && d.path.at(-1) === 'AccountId32';
}

function isWide(def: TypeDef): boolean {
  const d = resolveType(def);
  return d.kind === 'primitive' && (d.name === 'U64' || d.name === 'U128');
}

/** Runs one vector case; returns what its expectations compared, for the failure message. */
function replay(c: VectorCase): void {
  const names = new Set<string>(['owner_coldkey', 'hotkey']);
  for (const s of c.steps) for (const v of Object.values(s)) if (typeof v === 'string') names.add(v);
  const chain = createTestChain([...names].map((n) => [account(n), 1_000n * TAO] as const));
  const hotkey = account('hotkey');
  expect(chain.dispatch(1, (ctx) => registerNetwork(ctx, account('owner_coldkey'), hotkey))).toBeUndefined();
  expect(chain.dispatch(1, (ctx) => startCall(ctx, account('owner_coldkey'), NETUID))).toBeUndefined();
  const vars = new Map<string, number>();
  const sum = (terms: unknown) =>
    Object.entries(terms as Record<string, number>).reduce((acc, [name, k]) => {
      const v = vars.get(name);
      if (v === undefined) throw new Error(`${c.test}: no snapshot ${name}`);
      return acc + k * v;
    }, 0);
  let block = 2;
  for (const [i, s] of c.steps.entries()) {
    const at = `${c.test} step ${i} (${s.op})`;
    const who = (key: string, fallback = 'hotkey') => account((s[key] as string | undefined) ?? fallback);
    const netuid = (s.netuid as number | undefined) ?? NETUID;
    block += 1;
    switch (s.op) {
      case 'root_stake':
      case 'subnet_stake':
        chain.dispatch(block, ({ state }) => {
          const net = s.op === 'root_stake' ? 0 : NETUID;
          increaseStake(state, hotkey, who('coldkey'), net, BigInt(s.amount as number));
        });
        break;
      case 'set_pool':
        chain.dispatch(block, ({ state }) => {
          SubnetMechanism.set(state, netuid, s.mechanism as number);
          SubnetTAO.set(state, netuid, BigInt(s.tao as number));
          SubnetAlphaIn.set(state, netuid, BigInt(s.alpha_in as number));
        });
        break;
      case 'expect_price':
        expect(alphaPrice(chain.state, netuid), at).toBe(s.value);
        break;
      case 'distribute_root_alpha':
        distributeRootAlpha(chain, block, hotkey, netuid, BigInt(s.amount as number));
        break;
      case 'call': {
        const decl = subtensorCalls.find((d) => d.name === s.call);
        if (decl === undefined) throw new Error(`${at}: no call ${String(s.call)}`);
        const raw = s.args as Record<string, unknown>;
        const args: Record<string, unknown> = {};
        for (const f of decl.args) {
          const v = raw[f.name as string];
          args[f.name as string] = isAccount(f.type)
            ? account(v as string)
            : isWide(f.type)
              ? BigInt(v as number)
              : v;
        }
        const origin: Origin =
          s.origin === 'root' ? { type: 'Root' } : { type: 'Signed', who: who('origin') };
        expect(
          chain.dispatch(block, (ctx) => decl.dispatch(ctx, origin, args)),
          at,
        ).toBe(s.error);
        break;
      }
      case 'expect_claim_type':
        expect(RootClaimType.get(chain.state, who('coldkey')), at).toEqual(s.value);
        break;
      case 'snapshot':
        vars.set(s.name as string, snapshot(chain, s, who, netuid));
        break;
      case 'expect': {
        const diff = sum(s.lhs) - sum(s.rhs) - (s.plus as number);
        if (s.at_least === true) expect(diff, at).toBeGreaterThanOrEqual(0);
        else expect(Math.abs(diff), `${at}: off by ${diff}`).toBeLessThanOrEqual((s.epsilon as number) ?? 0);
        break;
      }
      case 'expect_exists': {
        const present =
          s.item === 'RootClaimable'
            ? claimableRates(chain.state, hotkey).has(netuid)
            : (chain.state as StateReader).get(RootClaimed.key(netuid, hotkey, who('coldkey'))) !== null;
        expect(present, at).toBe(s.value);
        break;
      }
      case 'finalize_subnet':
        chain.dispatch(block, ({ state }) => finalizeAllSubnetRootDividends(state, netuid));
        break;
      case 'set_root_claimed':
        chain.dispatch(block, ({ state }) =>
          RootClaimed.set(state, netuid, who('hotkey'), who('coldkey'), BigInt(s.value as number)),
        );
        break;
      case 'transfer_root_claimed':
        chain.dispatch(block, ({ state }) =>
          transferRootClaimedForNewKeys(
            state,
            netuid,
            who('old_hotkey'),
            who('new_hotkey'),
            who('old_coldkey'),
            who('new_coldkey'),
          ),
        );
        break;
      case 'block_hash_indices': {
        const hash = keccakAsU8a(stringToU8a(s.preimage as string), 256);
        const indices = blockHashToIndices(hash, BigInt(s.k as number), BigInt(s.n as number));
        expect(indices.map(Number), at).toEqual(s.expected);
        break;
      }
      default:
        throw new Error(`${at}: unknown op`);
    }
  }
}

function snapshot(chain: TestChain, s: Step, who: (key: string) => Uint8Array, netuid: number): number {
  const { state } = chain;
  switch (s.of) {
    case 'stake':
      return Number(stakeOf(state, account('hotkey'), who('coldkey'), netuid));
    case 'claimable':
      return Number(claimableRate(state, account('hotkey'), netuid)) / 2 ** 32;
    case 'claimable_times': {
      const rate = claimableRate(state, account('hotkey'), netuid);
      return Number(i96f32ToU64(i96f32Mul(rate, i96f32FromInt(BigInt(s.amount as number)))));
    }
    case 'root_claimed':
      return Number(RootClaimed.get(state, netuid, who('hotkey'), who('coldkey')));
    case 'threshold':
      return Number(RootClaimableThreshold.get(state, netuid).bits) / 2 ** 32;
    case 'num_root_claim':
      return Number(NumRootClaim.get(state));
    case 'num_staking_coldkeys':
      return Number(NumStakingColdkeys.get(state));
    case 'staking_coldkey_index': {
      const index = StakingColdkeys.get(state, who('coldkey'));
      return index === undefined ? -1 : Number(index);
    }
    default:
      throw new Error(`unknown snapshot ${String(s.of)}`);
  }
}

describe('root-claim vectors (subtensor tests/claim_root.rs)', () => {
  it('default: every test of the source is ported or skipped with a reason, once', () => {
    const names = [...vectors.cases.map((c) => c.test), ...vectors.skipped.map((s) => s.test)];
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(26);
    for (const s of vectors.skipped) expect(s.reason.length).toBeGreaterThan(20);
    for (const c of vectors.cases) expect(c.source).toBe('pallets/subtensor/src/tests/claim_root.rs');
  });

  for (const c of vectors.cases) {
    it(`behavior: ${c.test}`, () => replay(c));
  }
});
