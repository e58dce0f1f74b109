import { cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../runtime/runtime.js';
import { openChainDatabase } from '../storage/index.js';
import { Blockchain } from './blockchain.js';
import { headerHash } from './header.js';

const genesis = {
  endowed: [[new Uint8Array(32).fill(1), 10n ** 12n]] as const,
  sudoKey: new Uint8Array(32).fill(1),
};

beforeAll(async () => {
  await cryptoWaitReady();
});

describe('Blockchain', () => {
  it('default: genesis is deterministic and blocks hash as their headers', async () => {
    const runtime = createRuntime();
    const [a, b] = await Promise.all([
      openChainDatabase({ memory: true }),
      openChainDatabase({ memory: true }),
    ]);
    const chainA = await Blockchain.open(runtime, a, genesis);
    const chainB = await Blockchain.open(runtime, b, genesis);
    expect(chainA.genesisHash).toBe(chainB.genesisHash);
    const { block } = await chainA.buildBlock([], 1_000n);
    expect(block.number).toBe(1);
    expect(`0x${Buffer.from(headerHash(block.header)).toString('hex')}`).toBe(block.hash);
    expect(chainA.head().hash).toBe(block.hash);
    expect(block.body).toHaveLength(1); // the timestamp inherent
    await Promise.all([a.close(), b.close()]);
  });

  it('behavior: forecast builds the blocks buildBlock would (same headers), commits nothing and leaves the head', async () => {
    const db = await openChainDatabase({ memory: true });
    const chain = await Blockchain.open(createRuntime(), db, genesis);
    await chain.buildBlock([], 1_000n);
    const head = chain.head();
    const forecast = chain.forecast(3, 2_000n, 1_000n, (_, block) => block.hash);
    expect(chain.head()).toBe(head);
    expect(db.head()?.hash).toBe(head.hash);
    expect(chain.hashByNumber(2)).toBeUndefined();
    const built: string[] = [];
    for (const at of [2_000n, 3_000n, 4_000n]) built.push((await chain.buildBlock([], at)).block.hash);
    expect(forecast).toEqual(built);
    await db.close();
  });

  it('error: a database created by another runtime is refused (CHAIN_INCOMPATIBLE_DATABASE)', async () => {
    const db = await openChainDatabase({ memory: true });
    await Blockchain.open(createRuntime(), db, genesis);
    await expect(Blockchain.open(createRuntime({ specVersion: 999 }), db, genesis)).rejects.toMatchObject({
      code: 'CHAIN_INCOMPATIBLE_DATABASE',
    });
    await db.close();
  });
});
