/**
 * The SDK's root-claim actions against a devnet: setRootClaimType, getRootClaims and claimRoot, with root dividends
 * seeded through `dev_setStorage` of `RootClaimable` (the devnet's coinbase pays none yet); each result is checked
 * against the stake the chain reports, and bad arguments are refused before anything is sent.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  addStake,
  claimRoot,
  createKeypair,
  getRootClaims,
  getStake,
  type SubtensorClient,
  setRootClaimType,
  submitExtrinsic,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setStorage } from '../subtensor/helpers.js';
import { alice, startAliceSubnet, startClientDevnet, TAO } from '../support/sdk-subnet.js';

let devnet: Devnet;
let client: SubtensorClient;
let netuid: number;
const dave = createKeypair({ uri: '//Dave' });
const validator = createKeypair({ uri: '//RcValidator' });

/** Root dividends of `validator` on the subnet: `sixtyFourths`/64 alpha per rao of root stake. */
async function seed(sixtyFourths: bigint): Promise<void> {
  const api = client.api;
  const value = api.createType('BTreeMap<u16, i128>', new Map([[netuid, sixtyFourths << 26n]]));
  await setStorage(api, api.query.subtensorModule.rootClaimable.key(validator.address), value.toHex());
  await devnet.newBlock();
}

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
  netuid = await startAliceSubnet(client, validator, { tempo: 1000 });
  // No automatic claims: every claim in this file is the test's.
  await submitExtrinsic(client, {
    signer: alice,
    call: (api) => api.tx.sudo.sudo(api.tx.subtensorModule.sudoSetNumRootClaims(0)),
  });
  await addStake(client, { signer: dave, hotkey: validator.address, netuid: 0, amount: 100n * TAO });
}, 120_000);
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

describe('root-claim actions', () => {
  it('default: setRootClaimType then getRootClaims reads it back; the chain default is swap', async () => {
    expect((await getRootClaims(client, { coldkey: dave.address })).claimType).toBe('swap');
    await setRootClaimType(client, { signer: dave, claimType: { keepSubnets: [netuid] } });
    expect((await getRootClaims(client, { coldkey: dave.address })).claimType).toEqual({
      keepSubnets: [netuid],
    });
    await setRootClaimType(client, { signer: dave, claimType: 'keep' });
    expect((await getRootClaims(client, { coldkey: dave.address })).claimType).toBe('keep');
  });

  it('default: getRootClaims reports rate × root stake owed, and claimRoot pays it as stake on the subnet', async () => {
    await seed(1n);
    const owed = (100n * TAO) / 64n;
    expect((await getRootClaims(client, { coldkey: dave.address })).claims).toEqual([
      { hotkey: validator.address, netuid, owed },
    ]);
    await claimRoot(client, { signer: dave, netuids: [netuid] });
    expect(await getStake(client, { hotkey: validator.address, netuid, coldkey: dave.address })).toBe(owed);
    expect((await getRootClaims(client, { coldkey: dave.address })).claims).toEqual([]);
  });

  it('error: no subnet, six subnets, or KeepSubnets without a subnet are refused before sending', async () => {
    await expect(claimRoot(client, { signer: dave, netuids: [] })).rejects.toMatchObject({
      code: 'SDK_INVALID_ARGUMENT',
    });
    await expect(claimRoot(client, { signer: dave, netuids: [1, 2, 3, 4, 5, 6] })).rejects.toMatchObject({
      code: 'SDK_INVALID_ARGUMENT',
    });
    await expect(
      setRootClaimType(client, { signer: dave, claimType: { keepSubnets: [] } }),
    ).rejects.toMatchObject({ code: 'SDK_INVALID_ARGUMENT' });
  });
});
