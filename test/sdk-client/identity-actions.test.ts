/**
 * The identity and symbol actions against a real devnet: `registerSubnet` with and without an identity,
 * `setIdentity` / `getIdentity`, `setSubnetIdentity` / `getSubnetIdentity`, `setSubnetSymbol`, and the names and
 * symbols `getSubnets` and `getMetagraph` report; refusals arrive as `ChainCallError`s under subtensor's names.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  ChainCallError,
  createKeypair,
  EMPTY_CHAIN_IDENTITY,
  EMPTY_SUBNET_IDENTITY,
  getIdentity,
  getMetagraph,
  getSubnetIdentity,
  getSubnets,
  registerSubnet,
  type SubtensorClient,
  setIdentity,
  setSubnetIdentity,
  setSubnetSymbol,
  transfer,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, startClientDevnet, TAO } from '../support/sdk-subnet.js';

const bob = createKeypair({ uri: '//Bob' });
const charlie = createKeypair({ uri: '//Charlie' });
let devnet: Devnet;
let client: SubtensorClient;
let plain: number;
let named: number;

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
  ({ netuid: plain } = await registerSubnet(client, {
    signer: alice,
    hotkey: createKeypair({ uri: '//Alice_sdk_id' }).address,
  }));
  await transfer(client, { signer: alice, to: bob.address, amount: 2_000n * TAO });
  ({ netuid: named } = await registerSubnet(client, {
    signer: bob,
    hotkey: createKeypair({ uri: '//Bob_sdk_id' }).address,
    identity: { subnetName: 'digits', githubRepo: 'https://github.com/bob/digits' },
  }));
}, 60_000);
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

describe('subnet identities and symbols', () => {
  it('default: registerSubnet with an identity stores it; getSubnets reports names and symbols', async () => {
    expect(await getSubnetIdentity(client, { netuid: named })).toEqual({
      ...EMPTY_SUBNET_IDENTITY,
      subnetName: 'digits',
      githubRepo: 'https://github.com/bob/digits',
    });
    expect(await getSubnetIdentity(client, { netuid: plain })).toBeUndefined();
    const subnets = await getSubnets(client);
    expect(subnets.map(({ netuid, name, symbol }) => ({ netuid, name, symbol }))).toEqual([
      { netuid: 0, name: 'root', symbol: 'Τ' },
      { netuid: plain, name: 'apex', symbol: 'α' },
      { netuid: named, name: 'digits', symbol: 'β' },
    ]);
  });

  it('default: setSubnetIdentity replaces the identity (hex-looking text stays text); the metagraph shows the name', async () => {
    const identity = { subnetName: 'alpha-net', description: '0x1234', discord: 'me#1' };
    await setSubnetIdentity(client, { signer: alice, netuid: plain, identity });
    expect(await getSubnetIdentity(client, { netuid: plain })).toEqual({
      ...EMPTY_SUBNET_IDENTITY,
      ...identity,
    });
    expect((await getMetagraph(client, { netuid: plain })).name).toBe('alpha-net');
  });

  it('default: setSubnetSymbol sets a free symbol of the table', async () => {
    await setSubnetSymbol(client, { signer: alice, netuid: plain, symbol: 'ω' });
    expect((await getSubnets(client)).find((s) => s.netuid === plain)?.symbol).toBe('ω');
    expect((await getMetagraph(client, { netuid: plain })).symbol).toBe('ω');
  });

  it('error: chain refusals by subtensor name; bad arguments before submitting', async () => {
    const inUse = await setSubnetSymbol(client, { signer: alice, netuid: plain, symbol: 'β' }).catch(
      (e) => e,
    );
    expect(inUse).toBeInstanceOf(ChainCallError);
    expect((inUse as ChainCallError).name).toBe('SymbolAlreadyInUse');
    await expect(
      setSubnetSymbol(client, { signer: alice, netuid: plain, symbol: 'TAO' }),
    ).rejects.toMatchObject({
      name: 'SymbolDoesNotExist',
    });
    await expect(
      setSubnetIdentity(client, { signer: alice, netuid: named, identity: { subnetName: 'mine' } }),
    ).rejects.toMatchObject({ name: 'NotSubnetOwner' });
    await expect(
      setSubnetIdentity(client, { signer: bob, netuid: named, identity: { subnetName: 'x'.repeat(257) } }),
    ).rejects.toMatchObject({ name: 'InvalidIdentity' });
    await expect(
      setSubnetIdentity(client, { signer: bob, netuid: named, identity: { name: 'x' } as never }),
    ).rejects.toMatchObject({ code: 'SDK_INVALID_ARGUMENT' });
    await expect(setSubnetSymbol(client, { signer: bob, netuid: named, symbol: '' })).rejects.toMatchObject({
      code: 'SDK_INVALID_ARGUMENT',
    });
  });
});

describe('chain identities', () => {
  it('default: a coldkey with a registered hotkey sets its identity; getIdentity reads it back', async () => {
    const identity = { name: 'Alice Labs', url: 'https://alice.example', githubRepo: 'alice/sn' };
    await setIdentity(client, { signer: alice, identity });
    expect(await getIdentity(client, { coldkey: alice.address })).toEqual({
      ...EMPTY_CHAIN_IDENTITY,
      ...identity,
    });
    expect(await getIdentity(client, { coldkey: charlie.address })).toBeUndefined();
    // The metagraph now carries Alice's identity for the owner uid; the SDK's decoder reads past it.
    const m = await getMetagraph(client, { netuid: plain });
    expect([m.coldkeys[0], m.name, m.symbol]).toEqual([alice.address, 'alpha-net', 'ω']);
  });

  it('error: a coldkey without a registered hotkey gets HotKeyNotRegisteredInNetwork', async () => {
    await transfer(client, { signer: alice, to: charlie.address, amount: TAO });
    await expect(setIdentity(client, { signer: charlie, identity: { name: 'c' } })).rejects.toMatchObject({
      name: 'HotKeyNotRegisteredInNetwork',
    });
  });
});
