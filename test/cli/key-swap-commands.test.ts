/**
 * `subnetkit wallet swap-hotkey` and `wallet swap-coldkey announce|status|execute|dispute|clear` against a devnet,
 * in-process through runCli; each `--json` result and refusal is checked against chain state read through
 * @polkadot/api.
 */
import { createKeypair } from '@subnetkit/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { alice, keyring, ok, sudo } from '../subtensor/helpers.js';
import { cliDevnet } from './cli-devnet.js';

const chain = cliDevnet('subnetkit-cli-keyswap-');
const bob = keyring.addFromUri('//Bob');
const bobHot = createKeypair({ uri: '//Bob//hot' });
const bobNew = createKeypair({ uri: '//Bob//new' });
const charlieNew = createKeypair({ uri: '//Charlie//new-cold' });
let netuid: number;
const q = () => chain.api().query.subtensorModule!;
const json = async (args: string[]) => {
  const read = args.includes('status');
  const out = await chain.run([...args, ...(read ? [] : ['--yes']), '--json']);
  expect(out.code, out.stderr).toBe(0);
  return out.json() as Record<string, unknown>;
};

beforeAll(async () => {
  const api = chain.api();
  const tx = api.tx.subtensorModule!;
  const added = await ok(api, tx.registerNetwork!(createKeypair({ uri: '//Alice//hot' }).address), alice);
  netuid = Number((added.events.find((e) => e.method === 'NetworkAdded')!.data as number[])[0]);
  await ok(api, tx.burnedRegister!(netuid, bobHot.address), bob);
  for (const call of ['sudoSetColdkeySwapAnnouncementDelay', 'sudoSetColdkeySwapReannouncementDelay'])
    await sudo(api, api.tx.adminUtils![call]!(2));
  const hot = await chain.run([
    'wallet',
    'regen-hotkey',
    '--wallet.name',
    'owner',
    '--wallet.hotkey',
    'new',
    '--uri',
    '//Bob//new',
  ]);
  expect(hot.code, hot.stderr).toBe(0);
  for (const [kind, uri] of [
    ['regen-coldkey', '//Eve'],
    ['regen-hotkey', '//Eve//hot'],
  ] as const) {
    const out = await chain.run([
      'wallet',
      kind,
      '--wallet.name',
      'eve',
      '--uri',
      uri,
      ...(kind === 'regen-coldkey' ? ['--no-password'] : []),
    ]);
    expect(out.code, out.stderr).toBe(0);
  }
}, 120_000);

describe('wallet swap-hotkey', () => {
  it('error: on one subnet before HotkeySwapOnSubnetInterval, by subtensor’s name', async () => {
    const out = await chain.run([
      'wallet',
      'swap-hotkey',
      '--wallet.name',
      'owner',
      '--new-hotkey',
      'new',
      '--netuid',
      String(netuid),
      '--yes',
    ]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain('HotKeySwapOnSubnetIntervalNotPassed');
  });

  it('default: moves the uid to the wallet’s other hotkey on every subnet', async () => {
    const uid = (await q().uids!(netuid, bobHot.address)).toJSON();
    const result = await json(['wallet', 'swap-hotkey', '--wallet.name', 'owner', '--new-hotkey', 'new']);
    expect(result).toMatchObject({
      hotkey: bobHot.address,
      newHotkey: bobNew.address,
      netuid: null,
      keepStake: false,
    });
    expect((await q().uids!(netuid, bobNew.address)).toJSON()).toBe(uid);
    expect((await q().owner!(bobNew.address)).toString()).toBe(bob.address);
  });
});

describe('wallet swap-coldkey', () => {
  it('default: announce, status, execute after the delay', async () => {
    const announced = await json([
      'wallet',
      'swap-coldkey',
      'announce',
      '--wallet.name',
      'miner',
      '--new-coldkey',
      charlieNew.address,
    ]);
    const status = await json(['wallet', 'swap-coldkey', 'status', '--wallet.name', 'miner']);
    expect((status.announcement as { executableAt: number }).executableAt).toBe(announced.executableAt);
    const early = await chain.run([
      'wallet',
      'swap-coldkey',
      'execute',
      '--wallet.name',
      'miner',
      '--new-coldkey',
      charlieNew.address,
      '--yes',
    ]);
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain('ColdkeySwapTooEarly');
    await chain.devnet().newBlock(2);
    await json([
      'wallet',
      'swap-coldkey',
      'execute',
      '--wallet.name',
      'miner',
      '--new-coldkey',
      charlieNew.address,
    ]);
    expect(await chain.free(charlieNew.address)).toBeGreaterThan(0n);
    const after = await json(['wallet', 'swap-coldkey', 'status', '--ss58', charlieNew.address]);
    expect(after.announcement).toBeNull();
  });

  it('behavior: clear after the reannouncement delay, then a dispute freezes the coldkey', async () => {
    await json([
      'wallet',
      'swap-coldkey',
      'announce',
      '--wallet.name',
      'eve',
      '--new-coldkey',
      charlieNew.address,
    ]);
    await chain.devnet().newBlock(4);
    await json(['wallet', 'swap-coldkey', 'clear', '--wallet.name', 'eve']);
    expect(
      (await json(['wallet', 'swap-coldkey', 'status', '--wallet.name', 'eve'])).announcement,
    ).toBeNull();
    await json([
      'wallet',
      'swap-coldkey',
      'announce',
      '--wallet.name',
      'eve',
      '--new-coldkey',
      charlieNew.address,
    ]);
    await json(['wallet', 'swap-coldkey', 'dispute', '--wallet.name', 'eve']);
    expect(
      (await json(['wallet', 'swap-coldkey', 'status', '--wallet.name', 'eve'])).disputedAt,
    ).toBeGreaterThan(0);
    const frozen = await chain.run([
      'wallet',
      'transfer',
      '--wallet.name',
      'eve',
      '--dest',
      bob.address,
      '--amount',
      '1',
      '--yes',
    ]);
    expect(frozen.code).not.toBe(0);
    expect(frozen.stderr).toContain('ColdkeySwapDisputed');
  });
});
