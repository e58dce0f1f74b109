/**
 * Chain and subnet identities and token symbols over unmodified @polkadot/api: `set_identity`,
 * `set_subnet_identity`, `register_network_with_identity` and `update_symbol` with subtensor's checks, events and
 * error names; call data byte-identical to subtensor's (written out from `macros/dispatches.rs`); default symbols
 * from subtensor's `SYMBOLS` table at registration (the netuid's own, else the first free); and the runtime APIs
 * (`get_dynamic_info`, `get_subnet_info_v2`, `get_metagraph`) reporting the names, symbols and identities.
 */
import type { ApiPromise } from '@polkadot/api';
import { u8aConcat, u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, keyring, ok, send, startSubtensor, sudo } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const S = 'subtensorModule';
const bob = keyring.addFromUri('//Bob');
const charlie = keyring.addFromUri('//Charlie');
const aliceHot = keyring.addFromUri('//Alice_id');
const bobHot = keyring.addFromUri('//Bob_id');
const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (text: string) => u8aToHex(utf8(text));
/** SCALE `Vec<u8>` (short: one-byte compact length). */
const bytes = (text: string) => u8aConcat(new Uint8Array([utf8(text).length << 2]), utf8(text));
const call = (index: number, ...args: Uint8Array[]) =>
  u8aToHex(u8aConcat(new Uint8Array([7, index]), ...args));
const le16 = (v: number) => new Uint8Array([v & 0xff, v >> 8]);

const CHAIN_IDENTITY = {
  name: 'Alice Labs',
  url: 'https://alice.example',
  github_repo: 'https://github.com/alice/sn',
  image: 'https://alice.example/logo.png',
  discord: 'alice#1',
  description: 'validators',
  additional: '',
};
const SUBNET_IDENTITY = {
  subnet_name: 'digits',
  github_repo: 'https://github.com/bob/digits',
  subnet_contact: 'bob@example.com',
  subnet_url: 'https://digits.example',
  discord: 'bob#2',
  description: 'handwritten digits',
  logo_url: 'https://digits.example/logo.png',
  additional: 'v1',
};
const chainArgs = (i: typeof CHAIN_IDENTITY) =>
  [i.name, i.url, i.github_repo, i.image, i.discord, i.description, i.additional] as const;
const subnetArgs = (i: typeof SUBNET_IDENTITY) =>
  [
    i.subnet_name,
    i.github_repo,
    i.subnet_contact,
    i.subnet_url,
    i.discord,
    i.description,
    i.logo_url,
    i.additional,
  ] as const;
/** An identity as `toJSON()` shows it: each field hex. */
const asJson = (identity: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(identity).map(([k, v]) => [
      k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()),
      hex(v),
    ]),
  );
const error = async (t: Parameters<typeof send>[1], signer: Parameters<typeof send>[2]) =>
  (await send(api, t, signer)).error;
const netuidOf = (out: Awaited<ReturnType<typeof ok>>) =>
  Number((out.events.find((e) => e.method === 'NetworkAdded')!.data as number[])[0]);
const symbolOf = async (netuid: number) =>
  new TextDecoder().decode((await q().tokenSymbol(netuid)).toU8a(true));
const dynamicInfo = async (netuid: number) =>
  (
    (await api.call.subnetInfoRuntimeApi.getDynamicInfo(netuid)) as unknown as {
      unwrap(): { toJSON(): Record<string, unknown> };
    }
  )
    .unwrap()
    .toJSON();
const text = (compactBytes: unknown) => new TextDecoder().decode(new Uint8Array(compactBytes as number[]));

let aliceNet: number;
let bobNet: number;

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  aliceNet = netuidOf(await ok(api, tx().registerNetwork(aliceHot.address), alice));
}, 60_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('call data is byte-identical to subtensor', () => {
  it('set_identity (7, 68), set_subnet_identity (7, 78), register_network_with_identity (7, 79), update_symbol (7, 112)', () => {
    expect(
      tx()
        .setIdentity(...chainArgs(CHAIN_IDENTITY))
        .method.toHex(),
    ).toBe(call(68, ...chainArgs(CHAIN_IDENTITY).map(bytes)));
    expect(
      tx()
        .setSubnetIdentity(3, ...subnetArgs(SUBNET_IDENTITY))
        .method.toHex(),
    ).toBe(call(78, le16(3), ...subnetArgs(SUBNET_IDENTITY).map(bytes)));
    const withIdentity = tx().registerNetworkWithIdentity(bobHot.address, SUBNET_IDENTITY);
    expect(withIdentity.method.toHex()).toBe(
      call(79, bobHot.publicKey, new Uint8Array([1]), ...subnetArgs(SUBNET_IDENTITY).map(bytes)),
    );
    expect(tx().registerNetworkWithIdentity(bobHot.address, null).method.toHex()).toBe(
      call(79, bobHot.publicKey, new Uint8Array([0])),
    );
    expect(tx().updateSymbol(3, 'β').method.toHex()).toBe(call(112, le16(3), bytes('β')));
  });
});

describe('register_network and register_network_with_identity', () => {
  it('default: a new subnet takes its netuid symbol from subtensor table and its default name', async () => {
    expect(await symbolOf(0)).toBe('Τ');
    expect(await symbolOf(aliceNet)).toBe('α');
    const info = await dynamicInfo(aliceNet);
    expect(text(info.tokenSymbol)).toBe('α');
    expect(text(info.subnetName)).toBe('apex');
    expect(info.subnetIdentity).toBeNull();
  });

  it('error: an identity past the limits fails with InvalidIdentity and registers nothing', async () => {
    const long = { ...SUBNET_IDENTITY, discord: 'd'.repeat(257) };
    expect(await error(tx().registerNetworkWithIdentity(bobHot.address, long), bob)).toBe(
      `${S}.InvalidIdentity`,
    );
    expect((await q().networksAdded(aliceNet + 1)).toJSON()).toBe(false);
  });

  it('default: the identity is stored and SubnetIdentitySet precedes NetworkAdded', async () => {
    const out = await ok(api, tx().registerNetworkWithIdentity(bobHot.address, SUBNET_IDENTITY), bob);
    bobNet = netuidOf(out);
    const methods = out.events.filter((e) => e.section === S).map((e) => e.method);
    expect(methods.slice(-2)).toEqual(['SubnetIdentitySet', 'NetworkAdded']);
    expect(out.events.find((e) => e.method === 'SubnetIdentitySet')!.data).toEqual([bobNet]);
    expect((await q().subnetIdentitiesV3(bobNet)).toJSON()).toEqual(asJson(SUBNET_IDENTITY));
    expect(await symbolOf(bobNet)).toBe('β');
    const info = await dynamicInfo(bobNet);
    expect(text(info.subnetName)).toBe('digits');
    expect(info.subnetIdentity).toEqual(asJson(SUBNET_IDENTITY));
  });
});

describe('set_identity', () => {
  it('error: a coldkey without a registered hotkey, and fields past the limits', async () => {
    expect(await error(tx().setIdentity(...chainArgs(CHAIN_IDENTITY)), charlie)).toBe(
      `${S}.HotKeyNotRegisteredInNetwork`,
    );
    const long = { ...CHAIN_IDENTITY, name: 'n'.repeat(257) };
    expect(await error(tx().setIdentity(...chainArgs(long)), alice)).toBe(`${S}.InvalidIdentity`);
    const image = { ...CHAIN_IDENTITY, image: 'i'.repeat(1025) };
    expect(await error(tx().setIdentity(...chainArgs(image)), alice)).toBe(`${S}.InvalidIdentity`);
  });

  it('default: stores IdentitiesV2, emits ChainIdentitySet, and the metagraph shows it for the owner uid', async () => {
    const limit = { ...CHAIN_IDENTITY, name: 'n'.repeat(256), image: 'i'.repeat(1024) };
    const out = await ok(api, tx().setIdentity(...chainArgs(limit)), alice);
    expect(out.events.find((e) => e.method === 'ChainIdentitySet')!.data).toEqual([alice.address]);
    const out2 = await ok(api, tx().setIdentity(...chainArgs(CHAIN_IDENTITY)), alice);
    expect(out2.events.some((e) => e.method === 'ChainIdentitySet')).toBe(true);
    expect((await q().identitiesV2(alice.address)).toJSON()).toEqual(asJson(CHAIN_IDENTITY));
    const m = (
      (await api.call.subnetInfoRuntimeApi.getMetagraph(aliceNet)) as unknown as {
        unwrap(): { toJSON(): Record<string, unknown> };
      }
    )
      .unwrap()
      .toJSON();
    expect(m.identities).toEqual([asJson(CHAIN_IDENTITY)]);
    expect(text(m.name)).toBe('apex');
  });
});

describe('set_subnet_identity', () => {
  it('error: only the owner coldkey (NotSubnetOwner), within the limits (InvalidIdentity)', async () => {
    expect(await error(tx().setSubnetIdentity(aliceNet, ...subnetArgs(SUBNET_IDENTITY)), bob)).toBe(
      `${S}.NotSubnetOwner`,
    );
    const long = { ...SUBNET_IDENTITY, subnet_name: 'x'.repeat(257) };
    expect(await error(tx().setSubnetIdentity(aliceNet, ...subnetArgs(long)), alice)).toBe(
      `${S}.InvalidIdentity`,
    );
  });

  it('default: stores SubnetIdentitiesV3 and emits SubnetIdentitySet; the runtime APIs report the name', async () => {
    const mine = { ...SUBNET_IDENTITY, subnet_name: 'alpha-net', discord: 'x'.repeat(256) };
    const out = await ok(api, tx().setSubnetIdentity(aliceNet, ...subnetArgs(mine)), alice);
    expect(out.events.find((e) => e.method === 'SubnetIdentitySet')!.data).toEqual([aliceNet]);
    expect((await q().subnetIdentitiesV3(aliceNet)).toJSON()).toEqual(asJson(mine));
    expect(text((await dynamicInfo(aliceNet)).subnetName)).toBe('alpha-net');
    const v2 = (
      (await api.call.subnetInfoRuntimeApi.getSubnetInfoV2(aliceNet)) as unknown as {
        unwrap(): { toJSON(): Record<string, unknown> };
      }
    )
      .unwrap()
      .toJSON();
    expect(v2.identity).toEqual(asJson(mine));
    const m = (
      (await api.call.subnetInfoRuntimeApi.getMetagraph(aliceNet)) as unknown as {
        unwrap(): { toJSON(): Record<string, unknown> };
      }
    )
      .unwrap()
      .toJSON();
    expect(text(m.name)).toBe('alpha-net');
    expect(m.identity).toEqual(asJson(mine));
  });
});

describe('update_symbol', () => {
  it('error: not the owner (BadOrigin), not in the table (SymbolDoesNotExist), in use (SymbolAlreadyInUse)', async () => {
    expect(await error(tx().updateSymbol(aliceNet, 'ω'), bob)).toBe('BadOrigin');
    expect(await error(tx().updateSymbol(aliceNet, 'TEST'), alice)).toBe(`${S}.SymbolDoesNotExist`);
    expect(await error(tx().updateSymbol(aliceNet, 'Τ'), alice)).toBe(`${S}.SymbolDoesNotExist`);
    expect(await error(tx().updateSymbol(aliceNet, 'β'), alice)).toBe(`${S}.SymbolAlreadyInUse`);
    expect(await error(tx().updateSymbol(aliceNet, 'α'), alice)).toBe(`${S}.SymbolAlreadyInUse`);
  });

  it('default: the owner sets a free symbol; SymbolUpdated carries netuid and symbol; dynamic info shows it', async () => {
    const out = await ok(api, tx().updateSymbol(aliceNet, 'γ'), alice);
    expect(out.events.find((e) => e.method === 'SymbolUpdated')!.data).toEqual([aliceNet, hex('γ')]);
    expect(await symbolOf(aliceNet)).toBe('γ');
    expect(text((await dynamicInfo(aliceNet)).tokenSymbol)).toBe('γ');
  });

  it('behavior: root sets any free symbol through sudo', async () => {
    const out = await sudo(api, tx().updateSymbol(bobNet, '𑀀'));
    expect(out.events.some((e) => e.method === 'SymbolUpdated')).toBe(true);
    expect(await symbolOf(bobNet)).toBe('𑀀');
  });

  it('behavior: a new subnet whose own symbol is taken gets the first free one after root', async () => {
    // Subnet 3's own symbol γ is subnet 1's now; α (freed by subnet 1) is the table's first free symbol.
    const third = netuidOf(
      await ok(api, tx().registerNetwork(keyring.addFromUri('//Alice_id3').address), alice),
    );
    expect(third).toBe(3);
    expect(await symbolOf(third)).toBe('α');
  });
});
