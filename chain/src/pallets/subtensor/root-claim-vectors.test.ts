/**
 * subtensor's own root-claim tests (`tests/claim_root.rs`), ported as JSON vectors
 * (`chain/test-vectors/root-claim/claim-root.json`) and replayed step by step on an in-memory chain: calls go through
 * the pallet's call handlers with their origins, emission through the real coinbase (`distribute_emission` is the
 * epoch and payout of `epoch.ts`, `run_coinbase` and `run_to_block` the block hooks), and every assertion of the Rust
 * test is checked with its tolerance.
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
import { runEpoch } from './epoch.js';
import { subtensorOnInitialize } from './hooks.js';
import { moveHotkeyOnSubnet } from './move-hotkey-on-subnet.js';
import { increaseStake, stakeOf } from './pools.js';
import { claimableRate } from './root-claim.js';
import { finalizeAllSubnetRootDividends, transferRootClaimedForNewKeys } from './root-claim-keys.js';
import * as R from './root-claim-storage.js';
import {
  claimableRates,
  NumRootClaim,
  NumStakingColdkeys,
  RootClaimableThreshold,
  RootClaimed,
  StakingColdkeys,
} from './root-claim-storage.js';
import { networkRootSellFlag, runCoinbase } from './run-coinbase.js';
import { maybeAddColdkeyIndex } from './staking-coldkeys.js';
import * as S from './storage.js';
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
/** The storage items a `set` step may write, by subtensor's name. */
const items: Record<string, { set(state: never, ...args: unknown[]): void }> = { ...S, ...R } as never;
/** A `set` step's value: a string is a u64/u128/i64, `{ bits }` a fixed-point value, a number stays a number. */
const revive = (v: unknown): unknown =>
  typeof v === 'string'
    ? BigInt(v)
    : v !== null && typeof v === 'object' && 'bits' in v
      ? { bits: BigInt((v as { bits: string }).bits) }
      : v;
const NETUID = 1;
const account = (name: string): Uint8Array => blake2AsU8a(name, 256);

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
  let head = 1;
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
          S.SubnetMechanism.set(state, netuid, s.mechanism as number);
          S.SubnetTAO.set(state, netuid, BigInt(s.tao as number));
          S.SubnetAlphaIn.set(state, netuid, BigInt(s.alpha_in as number));
        });
        break;
      case 'set': {
        const item = items[s.item as string];
        if (item === undefined) throw new Error(`${at}: no storage item ${String(s.item)}`);
        chain.dispatch(block, ({ state }) =>
          item.set(state as never, ...(s.keys as unknown[]), revive(s.value)),
        );
        break;
      }
      case 'add_coldkey_index':
        chain.dispatch(block, ({ state }) => maybeAddColdkeyIndex(state, who('coldkey')));
        break;
      case 'expect_root_sell_flag':
        expect(networkRootSellFlag(chain.state, s.netuids as number[]), at).toBe(s.value);
        break;
      case 'run_coinbase':
        head = s.block as number;
        chain.dispatch(head, (ctx) => {
          const mint = BigInt(s.mint as number);
          S.TotalIssuance.set(ctx.state, S.TotalIssuance.get(ctx.state) + mint);
          runCoinbase(ctx, mint);
        });
        break;
      case 'run_to_block':
        while (head < (s.block as number)) {
          head += 1;
          expect(chain.dispatch(head, subtensorOnInitialize), at).toBeUndefined();
        }
        break;
      case 'swap_hotkey_on_subnet':
        chain.dispatch(block, (ctx) =>
          moveHotkeyOnSubnet(ctx, who('old_hotkey'), who('new_hotkey'), netuid, s.keep_stake as boolean),
        );
        break;
      case 'expect_root_prop_share': {
        const issuance = vars.get(s.issuance as string);
        const value = vars.get(s.var as string);
        if (issuance === undefined || value === undefined) throw new Error(`${at}: no snapshot`);
        const rootTao = s.root_tao as number;
        const want = (((s.alpha_emission as number) * rootTao) / (issuance + rootTao)) * (s.factor as number);
        expect(Math.abs(value - want), `${at}: ${value} vs ${want}`).toBeLessThanOrEqual(s.epsilon as number);
        break;
      }
      case 'expect_price':
        expect(alphaPrice(chain.state, netuid), at).toBe(s.value);
        break;
      case 'distribute_root_alpha':
        chain.dispatch(block, (ctx) =>
          runEpoch(ctx, netuid, {
            server: 0n,
            validator: 0n,
            root: BigInt(s.amount as number),
            ownerCut: 0n,
          }),
        );
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
        expect(S.RootClaimType.get(chain.state, who('coldkey')), at).toEqual(s.value);
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
        const reader = chain.state as StateReader;
        const present =
          s.item === 'RootClaimable'
            ? claimableRates(chain.state, who('hotkey')).has(netuid)
            : s.item === 'RootAlphaDividendsPerSubnet'
              ? reader.get(S.RootAlphaDividendsPerSubnet.key(netuid, who('hotkey'))) !== null
              : reader.get(RootClaimed.key(netuid, who('hotkey'), who('coldkey'))) !== null;
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
    case 'alpha_issuance':
      return Number(S.SubnetAlphaIn.get(state, netuid) + S.SubnetAlphaOut.get(state, netuid));
    case 'pending_root_alpha_divs':
      return Number(S.PendingRootAlphaDivs.get(state, netuid));
    case 'root_alpha_dividends':
      return Number(S.RootAlphaDividendsPerSubnet.get(state, netuid, account('hotkey')));
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
