import { blake2AsU8a } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import type { DecodedExtrinsic } from '../frame/extrinsic.js';
import type { ValidTransaction } from '../frame/transaction-validity.js';
import { type PoolLimits, resolvePoolLimits } from './pool-limits.js';
import { PoolError, TransactionPool } from './transaction-pool.js';

/** A fake extrinsic: the pool only looks at its hash; validity comes from the table below. */
function fakeTx(signer: number, nonce: number, tip = 0n): DecodedExtrinsic {
  const bytes = new Uint8Array([signer, nonce, Number(tip)]);
  return {
    bytes,
    hash: blake2AsU8a(bytes, 256),
    signature: undefined,
    callBytes: new Uint8Array(),
    call: { type: 'X' },
  };
}

function poolWithNonces(stateNonce: Record<number, number>, limits?: Partial<PoolLimits>): TransactionPool {
  return new TransactionPool(
    (xt): ValidTransaction => {
      const [signer, nonce, tip] = xt.bytes as unknown as [number, number, number];
      return {
        signer: new Uint8Array(32).fill(signer),
        nonce,
        stateNonce: stateNonce[signer] ?? 0,
        priority: BigInt(tip),
      };
    },
    undefined,
    resolvePoolLimits(limits),
  );
}

const dropped = expect.objectContaining({ code: 'CHAIN_POOL_IMMEDIATELY_DROPPED' });

describe('TransactionPool', () => {
  it('default: the next nonce is ready, a gap makes later nonces future until it is filled', () => {
    const pool = poolWithNonces({ 1: 5 });
    const promoted: string[] = [];
    pool.onStatus((hash, status) => {
      if (status === 'ready') promoted.push(hash);
    });
    const later = fakeTx(1, 7);
    expect(pool.submit(later)).toBe('future');
    expect(pool.nextNonce(new Uint8Array(32).fill(1), 5)).toBe(5);
    expect(pool.submit(fakeTx(1, 5))).toBe('ready');
    expect(pool.readyForBlock().map((t) => t.nonce)).toEqual([5]);
    expect(promoted).toEqual([]);
    expect(pool.submit(fakeTx(1, 6))).toBe('ready');
    expect(promoted).toEqual([`0x${Buffer.from(later.hash).toString('hex')}`]);
    expect(pool.readyForBlock().map((t) => t.nonce)).toEqual([5, 6, 7]);
    expect(pool.nextNonce(new Uint8Array(32).fill(1), 5)).toBe(8);
  });

  it('behavior: blocks take higher tips first but keep each sender in nonce order', () => {
    const pool = poolWithNonces({});
    pool.submit(fakeTx(1, 0, 1n));
    pool.submit(fakeTx(1, 1, 9n));
    pool.submit(fakeTx(2, 0, 5n));
    const order = pool.readyForBlock().map((t) => `${t.xt.bytes[0]}:${t.nonce}`);
    expect(order).toEqual(['2:0', '1:0', '1:1']);
    expect(pool.readyForBlock(2)).toHaveLength(2);
  });

  it('error: same nonce needs a higher tip (1014), the same bytes are already imported (1013)', () => {
    const pool = poolWithNonces({});
    const usurped: string[] = [];
    pool.onStatus((hash, status) => {
      if (typeof status === 'object' && 'usurped' in status) usurped.push(hash);
    });
    const first = fakeTx(1, 0, 3n);
    pool.submit(first);
    expect(() => pool.submit(first)).toThrow(
      expect.objectContaining({ code: 'CHAIN_POOL_ALREADY_IMPORTED' }),
    );
    expect(() => pool.submit(fakeTx(1, 0, 2n))).toThrow(PoolError);
    pool.submit(fakeTx(1, 0, 4n));
    expect(usurped).toHaveLength(1);
    expect(pool.size).toBe(1);
  });

  it('behavior: a new state nonce drops stale transactions', () => {
    const pool = poolWithNonces({});
    pool.submit(fakeTx(1, 0));
    pool.submit(fakeTx(1, 1));
    const stale = pool.updateStateNonce(`0x${'01'.repeat(32)}`, 1);
    expect(stale.map((t) => t.nonce)).toEqual([0]);
    expect(pool.readyForBlock().map((t) => t.nonce)).toEqual([1]);
  });

  it('error: past count limits a transaction is immediately dropped; room comes back as they leave', () => {
    const pool = poolWithNonces({}, { count: 20, futurePerSender: 100 });
    for (let signer = 1; signer <= 20; signer++) pool.submit(fakeTx(signer, 0));
    expect(() => pool.submit(fakeTx(21, 0))).toThrow(dropped);
    // The future queue holds a tenth of the ready limit: 2.
    pool.submit(fakeTx(1, 5));
    pool.submit(fakeTx(1, 6));
    expect(() => pool.submit(fakeTx(1, 7))).toThrow(dropped);
    // A same-nonce replacement is not a new transaction: a higher tip still replaces, a lower one is 1014.
    expect(pool.submit(fakeTx(20, 0, 5n))).toBe('ready');
    expect(() => pool.submit(fakeTx(20, 0, 1n))).toThrow(
      expect.objectContaining({ code: 'CHAIN_POOL_PRIORITY_TOO_LOW' }),
    );
    pool.remove(pool.pending()[0]!.hash);
    expect(pool.submit(fakeTx(21, 0))).toBe('ready');
    expect(pool.size).toBe(22);
  });

  it('error: one sender cannot hold more than futurePerSender future transactions', () => {
    const pool = poolWithNonces({}, { futurePerSender: 3 });
    for (const nonce of [10, 11, 12]) expect(pool.submit(fakeTx(1, nonce))).toBe('future');
    expect(() => pool.submit(fakeTx(1, 13))).toThrow(dropped);
    expect(pool.submit(fakeTx(2, 10))).toBe('future');
    // Filling the gap makes them ready, which frees the sender's future slots.
    for (let nonce = 0; nonce < 10; nonce++) pool.submit(fakeTx(1, nonce));
    expect(pool.submit(fakeTx(1, 14))).toBe('future');
  });

  it('error: past the byte limit a transaction is immediately dropped', () => {
    const pool = poolWithNonces({}, { bytes: 3 * 5 });
    for (let signer = 1; signer <= 5; signer++) pool.submit(fakeTx(signer, 0));
    expect(() => pool.submit(fakeTx(6, 0))).toThrow(dropped);
  });
});
