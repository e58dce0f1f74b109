import { blake2AsHex, decodeAddress } from '@polkadot/util-crypto';
import { createKeypair, cryptoReady } from '@subnetkit/sdk';
import { challengeSeed, sampleMiners, seededRandom } from '@subnetkit/validator';
import { beforeAll, describe, expect, it } from 'vitest';

const blockHash = `0x${'ab'.repeat(32)}`;
let hotkey: string;
let other: string;

beforeAll(async () => {
  await cryptoReady();
  hotkey = createKeypair({ uri: '//Alice' }).address;
  other = createKeypair({ uri: '//Bob' }).address;
});

describe('challengeSeed', () => {
  it('default: blake2b-256 of block hash ‖ hotkey public key ‖ u64le(step), checked with polkadot-js', () => {
    const step = 258;
    const input = new Uint8Array(72);
    input.set(Buffer.from('ab'.repeat(32), 'hex'), 0);
    input.set(decodeAddress(hotkey), 32);
    input.set([2, 1, 0, 0, 0, 0, 0, 0], 64);
    expect(challengeSeed({ blockHash, hotkey, step })).toBe(blake2AsHex(input, 256));
  });

  it('behavior: the same inputs give the same seed; each input changes it', () => {
    const seed = challengeSeed({ blockHash, hotkey, step: 7 });
    expect(challengeSeed({ blockHash, hotkey, step: 7 })).toBe(seed);
    const others = [
      challengeSeed({ blockHash: `0x${'ac'.repeat(32)}`, hotkey, step: 7 }),
      challengeSeed({ blockHash, hotkey: other, step: 7 }),
      challengeSeed({ blockHash, hotkey, step: 8 }),
    ];
    expect(new Set([seed, ...others]).size).toBe(4);
  });

  it('error: a malformed hotkey is refused', () => {
    expect(() => challengeSeed({ blockHash, hotkey: 'not-an-address', step: 1 })).toThrow(/SS58/);
  });
});

describe('seededRandom', () => {
  it('behavior: a seed gives one reproducible sequence in [0, 1); another seed another one', () => {
    const seed = challengeSeed({ blockHash, hotkey, step: 1 });
    const a = Array.from({ length: 100 }, seededRandom(seed).next);
    const b = Array.from({ length: 100 }, seededRandom(seed).next);
    const c = Array.from({ length: 100 }, seededRandom(challengeSeed({ blockHash, hotkey, step: 2 })).next);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(a).size).toBe(100);
  });

  it('behavior: int(n) covers [0, n) roughly uniformly', () => {
    const random = seededRandom(challengeSeed({ blockHash, hotkey, step: 3 }));
    const counts = new Array(4).fill(0);
    for (let i = 0; i < 4000; i++) counts[random.int(4)]++;
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });
});

describe('sampleMiners', () => {
  const neurons = Array.from({ length: 10 }, (_, uid) => ({
    uid,
    hotkey: `hk${uid}`,
    axon: uid === 3 ? undefined : { ip: '127.0.0.1', port: 9000 + uid },
    validatorPermit: uid === 0,
    lastUpdate: 0,
  }));
  const metagraph = { netuid: 1, block: 5, neurons };
  const seed = challengeSeed({ blockHash, hotkey: createKeypair({ uri: '//Alice' }).address, step: 1 });

  it('default: every serving neuron except the validator itself, in uid order', () => {
    const sampled = sampleMiners({ metagraph, self: 'hk0', seed });
    expect(sampled.map((n) => n.uid)).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
  });

  it('args: sampleSize draws a reproducible subset from the seed', () => {
    const a = sampleMiners({ metagraph, self: 'hk0', seed, sampleSize: 3 }).map((n) => n.uid);
    expect(a).toHaveLength(3);
    expect(sampleMiners({ metagraph, self: 'hk0', seed, sampleSize: 3 }).map((n) => n.uid)).toEqual(a);
    const seeds = Array.from({ length: 20 }, (_, step) => challengeSeed({ blockHash, hotkey, step }));
    const drawn = new Set(
      seeds.flatMap((s) =>
        sampleMiners({ metagraph, self: 'hk0', seed: s, sampleSize: 3 }).map((n) => n.uid),
      ),
    );
    expect([...drawn].sort((x, y) => x - y)).toEqual([1, 2, 4, 5, 6, 7, 8, 9]);
  });
});
