/**
 * `subnetkit stake set-auto`, `stake auto` and `wallet associate-hotkey` (btcli's names) against a devnet, in-process
 * through runCli: each `--json` result is checked against `AutoStakeDestination` / `Owner` read through
 * @polkadot/api, and the chain's refusal of an unregistered hotkey reaches the user.
 */
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { createKeypair } from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wsProvider } from '../support/ws-provider.js';
import { type CliOptions, cli, tempDir } from './helpers.js';

const dir = tempDir('subnetkit-cli-auto-');
let devnet: Devnet;
let api: ApiPromise;
let env: Record<string, string>;
let netuid: number;
const me = createKeypair({ uri: '//Dave' });
const myHot = createKeypair({ uri: '//Dave//hot' });

const run = (args: string[], options: CliOptions = {}) => cli(args, { env, ...options });
const ok = async (args: string[]) => {
  const out = await run([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return out.json();
};

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant' });
  api = await ApiPromise.create({ provider: wsProvider(devnet.url), noInitWarn: true });
  env = {
    HOME: dir.path,
    BT_WALLET_PATH: join(dir.path, 'wallets'),
    BT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
  };
  for (const [name, cold, hot] of [
    ['alice', '//Alice', '//Alice//hot'],
    ['me', '//Dave', '//Dave//hot'],
  ] as const) {
    const c = await run(['wallet', 'regen-coldkey', '--wallet.name', name, '--uri', cold, '--no-password']);
    const h = await run(['wallet', 'regen-hotkey', '--wallet.name', name, '--uri', hot]);
    expect(c.code + h.code, c.stderr + h.stderr).toBe(0);
  }
  netuid = (await ok(['subnets', 'create', '--wallet.name', 'alice', '--yes'])).netuid;
  await ok(['subnets', 'register', '--netuid', String(netuid), '--wallet.name', 'me', '--yes']);
}, 180_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
  dir.remove();
});

describe('stake set-auto / stake auto', () => {
  it('default: none at first; set-auto stores the destination that stake auto then lists', async () => {
    expect(await ok(['stake', 'auto', '--wallet.name', 'me'])).toEqual({
      coldkey: me.address,
      destinations: [],
    });
    const set = await ok([
      'stake',
      'set-auto',
      '--netuid',
      String(netuid),
      '--hotkey',
      myHot.address,
      '--wallet.name',
      'me',
      '--yes',
    ]);
    expect(set).toMatchObject({ netuid, hotkey: myHot.address });
    expect((await api.query.subtensorModule!.autoStakeDestination!(me.address, netuid)).toJSON()).toBe(
      myHot.address,
    );
    expect(await ok(['stake', 'auto', '--ss58', me.address])).toEqual({
      coldkey: me.address,
      destinations: [{ netuid, hotkey: myHot.address }],
    });
    const text = await run(['stake', 'auto', '--wallet.name', 'me']);
    expect(text.stdout).toContain(myHot.address);
  });

  it('error: a hotkey not registered on the subnet is explained by its chain error', async () => {
    const stranger = createKeypair({ uri: '//Stranger' }).address;
    const out = await run([
      'stake',
      'set-auto',
      '--netuid',
      String(netuid),
      '--hotkey',
      stranger,
      '--wallet.name',
      'me',
      '--yes',
    ]);
    expect(out.code).not.toBe(0);
    expect(out.stderr).toContain('HotKeyNotRegisteredInSubNet');
  });
});

describe('wallet associate-hotkey', () => {
  it("default: a fresh hotkey becomes the coldkey's; a taken one keeps its owner", async () => {
    const fresh = createKeypair({ uri: '//Dave//fresh' }).address;
    expect(
      await ok(['wallet', 'associate-hotkey', '--hotkey-ss58', fresh, '--wallet.name', 'me', '--yes']),
    ).toEqual({
      hotkey: fresh,
      owner: me.address,
    });
    expect((await api.query.subtensorModule!.owner!(fresh)).toString()).toBe(me.address);
    const alices = await ok([
      'wallet',
      'associate-hotkey',
      '--hotkey-ss58',
      fresh,
      '--wallet.name',
      'alice',
      '--yes',
    ]);
    expect(alices.owner).toBe(me.address);
  });
});
