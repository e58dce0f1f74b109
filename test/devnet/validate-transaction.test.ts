/**
 * `TaggedTransactionQueue_validate_transaction`, as clients call it before submitting (polkadot-api, dedot):
 * a `TransactionValidity` from the pool's own checks, decoded by @polkadot/api from metadata V15.
 */
import type { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithApi, watch } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const bob = keyring.addFromUri('//Bob');

beforeAll(async () => {
  ({ devnet, api } = await startWithApi({ mode: 'instant' }));
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

/**
 * Calls the API at the head with the SCALE arguments clients send (source, the length-prefixed
 * extrinsic, the block hash) and decodes the `TransactionValidity` with @polkadot/types.
 */
async function validate(tx: { toHex(): string }) {
  const head = await api.rpc.chain.getFinalizedHead();
  const data = `0x02${tx.toHex().slice(2)}${head.toHex().slice(2)}`;
  const bytes = await api.rpc.state.call('TaggedTransactionQueue_validate_transaction', data, head);
  return api.registry.createType('TransactionValidity', bytes).toJSON() as Record<
    string,
    Record<string, unknown>
  >;
}

describe('TaggedTransactionQueue_validate_transaction', () => {
  it('default: a valid transfer provides (signer, nonce), has the tip as priority and a mortal longevity', async () => {
    const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const tx = await api.tx.balances
      .transferKeepAlive(bob.address, 10n ** 9n)
      .signAsync(alice, { tip: 7, era: 64, nonce });
    const ok = (await validate(tx)).ok;
    expect(ok?.priority).toBe(7);
    expect(ok?.requires).toEqual([]);
    expect(ok?.provides).toEqual([api.createType('(AccountId32, u32)', [alice.address, nonce]).toHex()]);
    expect(Number(ok?.longevity)).toBeGreaterThan(0);
    expect(Number(ok?.longevity)).toBeLessThanOrEqual(64);
    expect(ok?.propagate).toBe(true);

    const future = await api.tx.balances
      .transferKeepAlive(bob.address, 1n)
      .signAsync(alice, { nonce: nonce + 1, era: 0 });
    const later = (await validate(future)).ok;
    expect(later?.requires).toEqual(ok?.provides);
    expect(BigInt(String(later?.longevity))).toBe(2n ** 64n - 1n);
  });

  it('error: a used nonce is Invalid Stale, an unpayable fee Invalid Payment', async () => {
    await watch(api.tx.balances.transferKeepAlive(bob.address, 10n ** 9n), alice);
    const stale = await api.tx.balances.transferKeepAlive(bob.address, 1n).signAsync(alice, { nonce: 0 });
    expect((await validate(stale)).err).toEqual({ invalid: { stale: null } });
    const poor = keyring.addFromUri('//Nobody');
    const unpaid = await api.tx.balances.transferKeepAlive(bob.address, 1n).signAsync(poor, { nonce: 0 });
    expect((await validate(unpaid)).err).toEqual({ invalid: { payment: null } });
  });
});
