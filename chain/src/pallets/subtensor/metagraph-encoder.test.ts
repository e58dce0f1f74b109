import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { option } from '../../frame/primitives.js';
import { encode, encodeCompact } from '../../frame/scale/codec.js';
import type { StateOverlay } from '../../frame/state.js';
import { Metagraph, metagraph } from './metagraph.js';
import { encodeMetagraph } from './metagraph-encoder.js';
import { MetagraphWriter } from './metagraph-writer.js';
import * as S from './storage.js';

const U64_MAX = (1n << 64n) - 1n;

/** A plain map of hex keys to hex values: all the encoders read. */
function mapState(): StateOverlay {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => (value === null ? map.delete(key) : map.set(key, value)),
    getKeysPaged: () => [],
    begin: () => {},
    commit: () => {},
    rollback: () => {},
  };
}

/** The straightforward answer: the codec value encoded by the generic codec. */
function reference(state: StateOverlay, netuid: number): Uint8Array {
  const value = metagraph(state, netuid);
  return encode(option(Metagraph), value === undefined ? { type: 'None' } : { type: 'Some', value });
}

/** u64 values around every compact width boundary, 2^53 and u64::MAX. */
const u64 = fc.oneof(
  fc.bigInt({ min: 0n, max: U64_MAX }),
  fc.constantFrom(
    0n,
    63n,
    64n,
    16_383n,
    16_384n,
    2n ** 30n - 1n,
    2n ** 30n,
    2n ** 32n,
    2n ** 53n - 1n,
    2n ** 53n,
    2n ** 53n + 1n,
    U64_MAX,
  ),
);
const u16 = fc.integer({ min: 0, max: 65_535 });
const account = fc.uint8Array({ minLength: 32, maxLength: 32 });

/** A subnet with n uids where any per-uid item may be absent, and vectors shorter or longer than n. */
const subnet = fc.integer({ min: 0, max: 24 }).chain((n) =>
  fc.record({
    netuid: fc.integer({ min: 1, max: 300 }),
    n: fc.constant(n),
    neurons: fc.array(
      fc.record({
        hotkey: fc.option(account, { nil: undefined }),
        coldkey: fc.option(account, { nil: undefined }),
        axon: fc.option(
          fc.record({
            block: u64,
            version: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
            ip: fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }),
            port: u16,
            ip_type: fc.integer({ min: 0, max: 255 }),
            protocol: fc.integer({ min: 0, max: 255 }),
            placeholder1: fc.integer({ min: 0, max: 255 }),
            placeholder2: fc.integer({ min: 0, max: 255 }),
          }),
          { nil: undefined },
        ),
        registeredAt: fc.option(u64, { nil: undefined }),
        alpha: fc.option(u64, { nil: undefined }),
        rootStake: fc.option(u64, { nil: undefined }),
        dividends: fc.option(u64, { nil: undefined }),
      }),
      { minLength: n, maxLength: n },
    ),
    active: fc.array(fc.boolean(), { maxLength: n + 2 }),
    permit: fc.array(fc.boolean(), { maxLength: n + 2 }),
    lastUpdate: fc.array(u64, { maxLength: n + 2 }),
    emission: fc.array(u64, { maxLength: n + 2 }),
    dividends: fc.array(u16, { maxLength: n + 2 }),
    incentive: fc.array(u16, { maxLength: n + 2 }),
    consensus: fc.array(u16, { maxLength: n + 2 }),
    taoWeight: fc.option(u64, { nil: undefined }),
  }),
);

type Subnet = typeof subnet extends fc.Arbitrary<infer T> ? T : never;

function write(s: Subnet): StateOverlay {
  const state = mapState();
  const { netuid } = s;
  S.NetworksAdded.set(state, netuid, true);
  S.SubnetworkN.set(state, netuid, s.n);
  if (s.taoWeight !== undefined) S.TaoWeight.set(state, s.taoWeight);
  s.neurons.forEach((neuron, uid) => {
    if (neuron.hotkey === undefined) return; // Keys absent: the zero account
    const hk = neuron.hotkey;
    S.Keys.set(state, netuid, uid, hk);
    if (neuron.coldkey !== undefined) S.Owner.set(state, hk, neuron.coldkey);
    if (neuron.axon !== undefined) S.Axons.set(state, netuid, hk, neuron.axon);
    if (neuron.registeredAt !== undefined) S.BlockAtRegistration.set(state, netuid, uid, neuron.registeredAt);
    if (neuron.alpha !== undefined) S.TotalHotkeyAlpha.set(state, hk, netuid, neuron.alpha);
    if (neuron.rootStake !== undefined) S.TotalHotkeyAlpha.set(state, hk, 0, neuron.rootStake);
    if (neuron.dividends !== undefined) S.AlphaDividendsPerSubnet.set(state, netuid, hk, neuron.dividends);
  });
  S.Active.set(state, netuid, s.active);
  S.ValidatorPermit.set(state, netuid, s.permit);
  S.LastUpdate.set(state, netuid, s.lastUpdate);
  S.Emission.set(state, netuid, s.emission);
  S.Dividends.set(state, netuid, s.dividends);
  S.Incentive.set(state, netuid, s.incentive);
  S.Consensus.set(state, netuid, s.consensus);
  return state;
}

describe('encodeMetagraph', () => {
  it('default: equals the generic encoding of metagraph() on varied subnets', () => {
    fc.assert(
      fc.property(subnet, (s) => {
        const state = write(s);
        expect(Buffer.from(encodeMetagraph(state, s.netuid)).toString('hex')).toBe(
          Buffer.from(reference(state, s.netuid)).toString('hex'),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('behavior: an unknown subnet is None', () => {
    const state = mapState();
    expect(Array.from(encodeMetagraph(state, 7))).toEqual([0]);
    expect(Array.from(reference(state, 7))).toEqual([0]);
  });

  it('error: a corrupt stored hotkey fails as the codec does', () => {
    const state = mapState();
    S.NetworksAdded.set(state, 1, true);
    S.SubnetworkN.set(state, 1, 1);
    state.set(S.Keys.key(1, 0), '0x0102');
    expect(() => reference(state, 1)).toThrow(/input too short/);
    expect(() => encodeMetagraph(state, 1)).toThrow(/input too short/);
  });
});

describe('encodeMetagraph stored vectors', () => {
  it.each([
    ['a bool byte above 1', S.Active, '0x080102', /invalid bool 2/],
    ['a cut u16 vector', S.Incentive, '0x08010002', /input too short/],
    ['a u64 vector with a trailing byte', S.Emission, '0x04010000000000000000', /trailing/],
  ])('error: %s fails as the codec does', (_, item, hex, error) => {
    const state = mapState();
    S.NetworksAdded.set(state, 1, true);
    state.set(item.key(1), hex);
    expect(() => reference(state, 1)).toThrow(error);
    expect(() => encodeMetagraph(state, 1)).toThrow(error);
  });
});

describe('MetagraphWriter', () => {
  it('default: compacts equal the codec at every width', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 66n }), (n) => {
        const w = new MetagraphWriter(17);
        if (n <= BigInt(Number.MAX_SAFE_INTEGER)) w.compact(Number(n));
        else w.compactBig(n);
        expect(Array.from(w.result())).toEqual(Array.from(encodeCompact(n)));
      }),
    );
  });

  it('error: writing past the capacity throws', () => {
    const w = new MetagraphWriter(1);
    w.byte(1);
    expect(() => w.byte(2)).toThrow(RangeError);
  });
});
