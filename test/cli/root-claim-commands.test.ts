/**
 * `subnetkit stake set-claim-type` and `stake claim-root` against a devnet, in-process through runCli: root dividends
 * are seeded with `dev_setStorage` of `RootClaimable` (the devnet's coinbase pays none yet), and each `--json` result
 * is checked against chain state read through @polkadot/api.
 */
import { createKeypair } from '@subnetkit/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { setStorage } from '../subtensor/helpers.js';
import { cliDevnet } from './cli-devnet.js';

const TAO = 1_000_000_000n;
const chain = cliDevnet('subnetkit-cli-root-claim-');
const owner = createKeypair({ uri: '//Bob' });
const validator = createKeypair({ uri: '//Alice//hot' });
let netuid: number;

const ok = async (args: string[]) => {
  const out = await chain.run([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return out.json();
};
async function stakeOf(netuid: number): Promise<bigint> {
  const info = (await chain.api().call.stakeInfoRuntimeApi!.getStakeInfoForHotkeyColdkeyNetuid!(
    validator.address,
    owner.address,
    netuid,
  )) as unknown as {
    unwrap(): { stake: { toBigInt(): bigint } };
  };
  return info.unwrap().stake.toBigInt();
}

beforeAll(async () => {
  netuid = (await ok(['subnets', 'create', '--wallet.name', 'alice', '--yes'])).netuid;
  const api = chain.api();
  await setStorage(api, api.query.subtensorModule!.numRootClaim!.key(), api.createType('u64', 0).toHex());
  await ok([
    'stake',
    'add',
    '--netuid',
    '0',
    '--amount',
    '100',
    '--hotkey',
    validator.address,
    '--wallet.name',
    'owner',
    '--yes',
  ]);
}, 120_000);

describe('stake set-claim-type / claim-root', () => {
  it('default: set-claim-type keep, then claim-root (default: the subnets with something to claim) pays it as alpha', async () => {
    expect(await ok(['stake', 'set-claim-type', 'keep', '--wallet.name', 'owner', '--yes'])).toMatchObject({
      claimType: 'keep',
    });
    expect((await chain.api().query.subtensorModule!.rootClaimType!(owner.address)).toJSON()).toEqual({
      keep: null,
    });
    const api = chain.api();
    const rate = api.createType('BTreeMap<u16, i128>', new Map([[netuid, 1n << 26n]]));
    await setStorage(api, api.query.subtensorModule!.rootClaimable!.key(validator.address), rate.toHex());
    await chain.devnet().newBlock();
    const owed = (100n * TAO) / 64n;
    const claimed = await ok(['stake', 'claim-root', '--wallet.name', 'owner', '--yes']);
    expect(claimed).toMatchObject({ claimType: 'keep', netuids: [netuid] });
    expect(BigInt(claimed.claims[0].owed)).toBe(owed);
    expect(await stakeOf(netuid)).toBe(owed);
    expect(await ok(['stake', 'claim-root', '--wallet.name', 'owner', '--yes'])).toMatchObject({
      netuids: [],
    });
  });

  it('behavior: set-claim-type keep-subnets --netuids stores KeepSubnets', async () => {
    const args = [
      'stake',
      'set-claim-type',
      'keep-subnets',
      '--netuids',
      `${netuid}`,
      '--wallet.name',
      'owner',
      '--yes',
    ];
    expect(await ok(args)).toMatchObject({ claimType: `keep-subnets:${netuid}` });
    expect((await chain.api().query.subtensorModule!.rootClaimType!(owner.address)).toJSON()).toEqual({
      keepSubnets: { subnets: [netuid] },
    });
  });

  it('error: an unknown claim type, keep-subnets without --netuids, and six --netuids are usage errors', async () => {
    const bad = await chain.run(['stake', 'set-claim-type', 'hodl', '--wallet.name', 'owner', '--yes']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('swap, keep or keep-subnets');
    const noNets = await chain.run([
      'stake',
      'set-claim-type',
      'keep-subnets',
      '--wallet.name',
      'owner',
      '--yes',
    ]);
    expect(noNets.stderr).toContain('--netuids');
    const six = await chain.run([
      'stake',
      'claim-root',
      '--netuids',
      '1,2,3,4,5,6',
      '--wallet.name',
      'owner',
      '--yes',
    ]);
    expect(six.code).not.toBe(0);
    expect(six.stderr).toContain('1 to 5 subnets');
  });
});
