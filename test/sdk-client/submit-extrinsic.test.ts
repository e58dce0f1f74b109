/**
 * The shared submission path against a real devnet: consecutive nonces for concurrent submissions, dispatch
 * errors decoded under their subtensor names, pool rejections as their own codes, payloads over 256 bytes.
 */
import { type Devnet, startDevnet } from '@subnetkit/chain';
import {
  BaseError,
  ChainCallError,
  createKeypair,
  createSigner,
  createSubtensorClient,
  type SubtensorClient,
  submitExtrinsic,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let devnet: Devnet;
let client: SubtensorClient;
const alice = createKeypair({ uri: '//Alice' });
const bob = createKeypair({ uri: '//Bob' });
const TAO = 1_000_000_000n;

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant', finalizeDelay: 0 });
  client = await createSubtensorClient({ url: devnet.url });
});
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

const free = async (address: string) =>
  (
    (await client.api.query.system.account(address)) as unknown as { data: { free: { toBigInt(): bigint } } }
  ).data.free.toBigInt();

describe('submitExtrinsic', () => {
  it('default: resolves in a block with the decoded events', async () => {
    const out = await submitExtrinsic(client, {
      signer: alice,
      call: (api) => api.tx.balances.transferKeepAlive(bob.address, TAO),
    });
    expect(out.block).toBeGreaterThan(0);
    expect(out.blockHash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(out.events.map((e) => `${e.pallet}.${e.name}`)).toContain('Balances.Transfer');
    expect(out.events.at(-1)?.name).toBe('ExtrinsicSuccess');
  });

  it('behavior: 12 concurrent submissions from one signer all land with consecutive nonces', async () => {
    const charlie = createKeypair({ uri: '//Charlie' });
    const before = await free(charlie.address);
    const nonce = (await client.api.rpc.system.accountNextIndex(bob.address)).toNumber();
    const outs = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        submitExtrinsic(client, {
          signer: createSigner(bob),
          call: (api) => api.tx.balances.transferKeepAlive(charlie.address, BigInt(i + 1)),
        }),
      ),
    );
    expect(new Set(outs.map((o) => o.txHash)).size).toBe(12);
    expect(await free(charlie.address)).toBe(before + 78n);
    expect((await client.api.rpc.system.accountNextIndex(bob.address)).toNumber()).toBe(nonce + 12);
  });

  it('behavior: waitFor finalized resolves with the finalized block', async () => {
    const out = await submitExtrinsic(client, {
      signer: alice,
      waitFor: 'finalized',
      call: (api) => api.tx.balances.transferKeepAlive(bob.address, 1n),
    });
    const finalized = await client.api.rpc.chain.getFinalizedHead();
    const finalizedNumber = (await client.api.rpc.chain.getHeader(finalized)).number.toNumber();
    expect(finalizedNumber).toBeGreaterThanOrEqual(out.block);
    expect((await client.api.rpc.chain.getBlockHash(out.block)).toHex()).toBe(out.blockHash);
  });

  it('behavior: a payload over 256 bytes is hashed before signing and accepted', async () => {
    const out = await submitExtrinsic(client, {
      signer: alice,
      call: (api) => api.tx.system.remark(`0x${'ab'.repeat(600)}`),
    });
    expect(out.events.at(-1)?.name).toBe('ExtrinsicSuccess');
  });

  it('error: a failed dispatch is a ChainCallError with the pallet and subtensor name', async () => {
    const error = await submitExtrinsic(client, {
      signer: alice,
      call: (api) => api.tx.subtensorModule.burnedRegister(0, bob.address),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChainCallError);
    expect(error).toMatchObject({
      code: 'SDK_CHAIN_CALL_FAILED',
      pallet: 'SubtensorModule',
      name: 'RegistrationNotPermittedOnRootSubnet',
    });
    expect((error as ChainCallError).block).toBeGreaterThan(0);
  });

  it('error: a failed sudo call reports the inner error', async () => {
    const error = await submitExtrinsic(client, {
      signer: alice,
      call: (api) => api.tx.sudo.sudo(api.tx.adminUtils.sudoSetTempo(77, 10)),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'SDK_CHAIN_CALL_FAILED',
      pallet: 'AdminUtils',
      name: 'SubnetDoesNotExist',
    });
  });

  it('error: an account that cannot pay is SDK_TX_PAYMENT, and the nonce resyncs afterwards', async () => {
    const broke = createKeypair({ uri: '//Broke' });
    const error = await submitExtrinsic(client, {
      signer: broke,
      call: (api) => api.tx.balances.transferKeepAlive(bob.address, 1n),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaseError);
    expect((error as BaseError).code).toBe('SDK_TX_PAYMENT');
  });

  it('error: a nonce already used is SDK_TX_STALE_NONCE, and the next call resyncs from the chain', async () => {
    const dave = createKeypair({ uri: '//Dave' });
    await submitExtrinsic(client, {
      signer: dave,
      call: (api) => api.tx.balances.transferKeepAlive(bob.address, 1n),
    });
    // Another process signs with the same key behind the client's back.
    const tx = client.api.tx.balances.transferKeepAlive(bob.address, 2n);
    const { Keyring } = await import('@polkadot/keyring');
    const pair = new Keyring({ type: 'sr25519' }).addFromUri('//Dave');
    await tx.signAndSend(pair);
    await devnet.newBlock();
    const error = await submitExtrinsic(client, {
      signer: dave,
      call: (api) => api.tx.balances.transferKeepAlive(bob.address, 3n),
    }).catch((e: unknown) => e);
    expect((error as BaseError).code).toBe('SDK_TX_STALE_NONCE');
    const again = await submitExtrinsic(client, {
      signer: dave,
      call: (api) => api.tx.balances.transferKeepAlive(bob.address, 4n),
    });
    expect(again.block).toBeGreaterThan(0);
  });

  it('error: the deadline rejects with SDK_DEADLINE_EXCEEDED instead of hanging', async () => {
    devnet.producer.stop();
    try {
      const error = await submitExtrinsic(client, {
        signer: alice,
        deadlineMs: 300,
        call: (api) => api.tx.balances.transferKeepAlive(bob.address, 5n),
      }).catch((e: unknown) => e);
      expect((error as BaseError).code).toBe('SDK_DEADLINE_EXCEEDED');
    } finally {
      devnet.producer.start();
    }
  });
});
