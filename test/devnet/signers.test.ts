import type { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountOf, startWithApi, watch } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const TAO = 10n ** 9n;
const sr = new Keyring({ type: 'sr25519', ss58Format: 42 });
const ed = new Keyring({ type: 'ed25519', ss58Format: 42 });
const ec = new Keyring({ type: 'ecdsa', ss58Format: 42 });

beforeAll(async () => {
  ({ devnet, api } = await startWithApi());
});

afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

async function fund(pair: KeyringPair): Promise<void> {
  await watch(api.tx.balances.transferKeepAlive(pair.address, 100n * TAO), sr.addFromUri('//Alice'));
}

async function submitError(tx: { toHex(): string }): Promise<string> {
  try {
    await api.rpc.author.submitExtrinsic(tx.toHex());
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the node to reject the extrinsic');
}

describe('signature schemes and eras', () => {
  for (const [name, pair] of [
    ['ed25519', ed.addFromUri('//Signer')],
    ['ecdsa', ec.addFromUri('//Signer')],
    ['sr25519', sr.addFromUri('//Signer')],
  ] as const) {
    it(`behavior: ${name} signer transfers with mortal and immortal eras`, async () => {
      await fund(pair);
      const bob = sr.addFromUri('//Bob');
      const mortal = await watch(api.tx.balances.transferKeepAlive(bob.address, TAO), pair);
      expect(mortal.statuses).toEqual(['Ready', 'InBlock', 'Finalized']);
      expect(mortal.events).toContain('system.ExtrinsicSuccess');
      const immortal = await watch(api.tx.balances.transferKeepAlive(bob.address, TAO), pair, { era: 0 });
      expect(immortal.events).toContain('balances.Transfer');
      expect(immortal.events).toContain('system.ExtrinsicSuccess');
      const account = await accountOf(api, pair.address);
      expect(account.nonce.toNumber()).toBe(2);
    });
  }

  it('behavior: a payload over 256 bytes is signed and verified as its blake2-256 hash', async () => {
    const alice = sr.addFromUri('//Alice');
    const { events } = await watch(
      api.tx.system.remarkWithEvent(u8aToHex(new Uint8Array(600).fill(7))),
      alice,
    );
    expect(events).toContain('system.Remarked');
    expect(events).toContain('system.ExtrinsicSuccess');
  });

  it('error: a mortal extrinsic past its era is rejected', async () => {
    const alice = sr.addFromUri('//Alice');
    const head = await api.rpc.chain.getHeader();
    const nonce = await api.rpc.system.accountNextIndex(alice.address);
    const era = api.createType('ExtrinsicEra', { current: head.number.toNumber(), period: 4 });
    const tx = api.tx.balances.transferKeepAlive(sr.addFromUri('//Bob').address, TAO);
    await tx.signAsync(alice, { era, blockHash: head.hash, nonce });
    await devnet.newBlock(6);
    expect(await submitError(tx)).toMatch(
      /^1010: Invalid Transaction: Transaction has (a bad signature|an ancient birth block)/,
    );
  });

  async function signedWith(overrides: {
    genesisHash?: string;
    specVersion?: number;
  }): Promise<{ toHex(): string }> {
    const alice = sr.addFromUri('//Alice');
    const tx = api.tx.balances.transferKeepAlive(sr.addFromUri('//Bob').address, TAO);
    const nonce = await api.rpc.system.accountNextIndex(alice.address);
    const payload = api.createType('ExtrinsicPayload', {
      method: tx.method.toHex(),
      era: '0x00',
      nonce,
      tip: 0,
      specVersion: overrides.specVersion ?? api.runtimeVersion.specVersion,
      transactionVersion: api.runtimeVersion.transactionVersion,
      genesisHash: overrides.genesisHash ?? api.genesisHash,
      blockHash: overrides.genesisHash ?? api.genesisHash,
      version: 4,
    });
    const { signature } = payload.sign(alice);
    tx.addSignature(alice.address, signature, payload.toU8a());
    return tx;
  }

  it('default: a hand-built immortal payload with the right genesis is accepted', async () => {
    const tx = await signedWith({});
    const hash = await api.rpc.author.submitExtrinsic(tx.toHex());
    expect(hash.toHex()).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it('error: a wrong genesis hash is a bad signature', async () => {
    const tx = await signedWith({ genesisHash: u8aToHex(new Uint8Array(32).fill(1)) });
    expect(await submitError(tx)).toBe('1010: Invalid Transaction: Transaction has a bad signature');
  });

  it('error: a wrong spec version is a bad signature', async () => {
    const tx = await signedWith({ specVersion: api.runtimeVersion.specVersion.toNumber() + 1 });
    expect(await submitError(tx)).toBe('1010: Invalid Transaction: Transaction has a bad signature');
  });
});
