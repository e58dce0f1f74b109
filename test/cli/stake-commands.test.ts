/**
 * The btcli-named staking commands against a devnet, in-process through runCli: `stake move/transfer/swap/list`,
 * `stake child set/get/take/revoke`, `sudo set-take/get-take`, `subnets price`, and Bittensor's `BT_…` environment
 * variables; each `--json` result is checked against chain state read through @polkadot/api.
 */
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { createKeypair } from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wsProvider } from '../support/ws-provider.js';
import { type CliOptions, cli, tempDir } from './helpers.js';

const TAO = 1_000_000_000n;
const dir = tempDir('subnetkit-cli-stake-');
let devnet: Devnet;
let api: ApiPromise;
let env: Record<string, string>;
const nets: number[] = [];
const me = createKeypair({ uri: '//Dave' });
const myHot = createKeypair({ uri: '//Dave//hot' });
const other = createKeypair({ uri: '//Ferdie//hot' });
const friend = createKeypair({ uri: '//Eve' });

const run = (args: string[], options: CliOptions = {}) => cli(args, { env, ...options });
const ok = async (args: string[]) => {
  const out = await run([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return out.json();
};
const q = () => api.query.subtensorModule!;
async function stakeOf(hot: string, cold: string, netuid: number): Promise<bigint> {
  const info = (await api.call.stakeInfoRuntimeApi!.getStakeInfoForHotkeyColdkeyNetuid!(
    hot,
    cold,
    netuid,
  )) as unknown as {
    unwrap(): { stake: { toBigInt(): bigint } };
  };
  return info.unwrap().stake.toBigInt();
}

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant' });
  api = await ApiPromise.create({ provider: wsProvider(devnet.url), noInitWarn: true });
  // Bittensor's variables alone point the CLI at the wallets and the node.
  env = {
    HOME: dir.path,
    BT_WALLET_PATH: join(dir.path, 'wallets'),
    BT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
  };
  for (const [name, cold, hot] of [
    ['alice', '//Alice', '//Alice//hot'],
    ['me', '//Dave', '//Dave//hot'],
    ['other', '//Ferdie', '//Ferdie//hot'],
  ] as const) {
    const c = await run(['wallet', 'regen-coldkey', '--wallet.name', name, '--uri', cold, '--no-password']);
    const h = await run(['wallet', 'regen-hotkey', '--wallet.name', name, '--uri', hot]);
    expect(c.code + h.code, c.stderr + h.stderr).toBe(0);
  }
  for (let i = 0; i < 2; i++) {
    const created = await ok(['subnets', 'create', '--wallet.name', 'alice', '--yes']);
    nets.push(created.netuid);
    await ok(['subnets', 'start', '--netuid', String(created.netuid), '--wallet.name', 'alice']);
    for (const w of ['me', 'other'])
      await ok(['subnets', 'register', '--netuid', String(created.netuid), '--wallet.name', w, '--yes']);
  }
  await ok(['stake', 'add', '--netuid', String(nets[0]), '--amount', '100', '--wallet.name', 'me', '--yes']);
}, 180_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
  dir.remove();
});

describe('stake move / transfer / swap / list', () => {
  it('default: each moves what the chain then shows; list is the StakeInfo runtime API', async () => {
    const [a, b] = nets as [number, number];
    const before = await stakeOf(myHot.address, me.address, a);
    const moved = await ok([
      'stake',
      'move',
      '--origin-netuid',
      String(a),
      '--dest',
      other.address,
      '--amount',
      '10',
      '--wallet.name',
      'me',
      '--yes',
    ]);
    expect(await stakeOf(myHot.address, me.address, a)).toBe(before - 10n * TAO);
    expect(BigInt(moved.stake)).toBe(await stakeOf(other.address, me.address, a));

    const swapped = await ok([
      'stake',
      'swap',
      '--origin-netuid',
      String(a),
      '--dest-netuid',
      String(b),
      '--amount',
      '5',
      '--wallet.name',
      'me',
      '--yes',
    ]);
    expect(BigInt(swapped.stake)).toBe(await stakeOf(myHot.address, me.address, b));
    expect(BigInt(swapped.tao)).toBeGreaterThan(0n);

    const onB = await stakeOf(myHot.address, me.address, b);
    await ok([
      'stake',
      'transfer',
      '--origin-netuid',
      String(b),
      '--dest',
      friend.address,
      '--stake-all',
      '--wallet.name',
      'me',
      '--yes',
    ]);
    expect(await stakeOf(myHot.address, friend.address, b)).toBe(onB);

    const list = await ok(['stake', 'list', '--wallet.name', 'me']);
    // Subnets in order, the coldkey's StakingHotkeys (in the order it first staked) within each.
    expect(list.stakes).toEqual([
      { hotkey: myHot.address, netuid: a, stake: (await stakeOf(myHot.address, me.address, a)).toString() },
      { hotkey: other.address, netuid: a, stake: (10n * TAO).toString() },
    ]);
    const tooMuch = await run([
      'stake',
      'move',
      '--origin-netuid',
      String(a),
      '--dest',
      other.address,
      '--amount',
      '100000',
      '--wallet.name',
      'me',
      '--yes',
    ]);
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.stderr).toMatch(/fix: move at most/);
  });
});

describe('stake child, sudo set-take/get-take, subnets price', () => {
  it('default: child set is scheduled (get shows it pending); take set and shown; revoke (after the 150-block limit) schedules none', async () => {
    const [a] = nets as [number];
    await ok([
      'stake',
      'child',
      'set',
      '--netuid',
      String(a),
      '--children',
      other.address,
      '--proportions',
      '0.5',
      '--wallet.name',
      'me',
      '--yes',
    ]);
    const got = await ok(['stake', 'child', 'get', '--netuid', String(a), '--wallet.name', 'me']);
    expect(got.pending.children).toEqual([
      { hotkey: other.address, proportion: (((1n << 64n) - 1n) / 2n).toString() },
    ]);
    const take = await ok([
      'stake',
      'child',
      'take',
      '--netuid',
      String(a),
      '--take',
      '0.05',
      '--wallet.name',
      'other',
      '--yes',
    ]);
    expect(take.take).toBe(Math.floor(0.05 * 65_535));
    expect(Number((await q().childkeyTake!(other.address, a)).toString())).toBe(take.take);
    const bad = await run([
      'stake',
      'child',
      'set',
      '--netuid',
      String(a),
      '--children',
      myHot.address,
      '--proportions',
      '1',
      '--wallet.name',
      'me',
      '--yes',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/cannot be its own child|too recently/);
    const early = await run([
      'stake',
      'child',
      'revoke',
      '--netuid',
      String(a),
      '--wallet.name',
      'me',
      '--yes',
    ]);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/too recently/);
    await devnet.newBlock(150);
    await ok(['stake', 'child', 'revoke', '--netuid', String(a), '--wallet.name', 'me', '--yes']);
    const after = await ok(['stake', 'child', 'get', '--netuid', String(a), '--wallet.name', 'me']);
    expect(after.pending.children).toEqual([]);
  });

  it('default: sudo set-take lowers the take and get-take shows it; a raise right after is explained', async () => {
    const set = await ok(['sudo', 'set-take', '--take', '0.1', '--wallet.name', 'me', '--yes']);
    expect(set.take).toBe(Math.floor(0.1 * 65_535));
    expect(Number((await q().delegates!(myHot.address)).toString())).toBe(set.take);
    expect((await ok(['sudo', 'get-take', '--wallet.name', 'me'])).take).toBe(set.take);
    const raise = await run(['sudo', 'set-take', '--take', '0.15', '--wallet.name', 'me', '--yes']);
    expect(raise.code).toBe(1);
    expect(raise.stderr).toMatch(/too recently/);
  });

  it("default: sudo set takes btcli's names beyond the listed hyperparameters", async () => {
    const netuid = String(nets[1]);
    const set = (param: string, value: string) =>
      ok(['sudo', 'set', '--netuid', netuid, '--param', param, '--value', value, '--wallet.name', 'alice']);
    await set('yuma3_enabled', 'true');
    expect((await q().yuma3On!(nets[1])).toJSON()).toBe(true);
    await set('max_allowed_uids', '128');
    expect(Number((await q().maxAllowedUids!(nets[1])).toString())).toBe(128);
    await set('liquid_alpha_enabled', 'true');
    await set('alpha_values', '20000,50000');
    expect((await q().alphaValues!(nets[1])).toJSON()).toEqual([20_000, 50_000]);
    await set('alpha_sigmoid_steepness', '2000');
    expect(Number((await q().alphaSigmoidSteepness!(nets[1])).toString())).toBe(2000);
  });

  it('default: subnets price lists the pool price of every subnet (root 1)', async () => {
    const { prices } = await ok(['subnets', 'price']);
    expect(prices).toContainEqual({ netuid: 0, price: TAO.toString() });
    const one = await ok(['subnets', 'price', '--netuid', String(nets[0])]);
    const p = (await api.call.swapRuntimeApi!.currentAlphaPrice!(nets[0])) as unknown as {
      toString(): string;
    };
    expect(one.prices).toEqual([{ netuid: nets[0], price: p.toString() }]);
  });
});
