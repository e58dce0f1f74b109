/**
 * The identity and symbol commands against a devnet: `subnets create` with btcli's identity flags,
 * `subnets set-identity/get-identity/set-symbol`, `wallet set-identity/get-identity`, and `subnets list` showing names
 * and symbols; each `--json` result is checked against storage read through @polkadot/api, and refusals come back
 * explained.
 */
import { u8aToString } from '@polkadot/util';
import { createKeypair } from '@subnetkit/sdk';
import { describe, expect, it } from 'vitest';
import { cliDevnet } from './cli-devnet.js';

const chain = cliDevnet('subnetkit-cli-identity-');
const owner = createKeypair({ uri: '//Bob' });
const alice = createKeypair({ uri: '//Alice' });
const run = chain.run;
const q = () => chain.api().query.subtensorModule!;
/** Storage `Vec<u8>` fields as text. */
const stored = async (query: Promise<unknown>) => {
  const json = ((await query) as { toJSON(): Record<string, string> | null }).toJSON();
  return json === null
    ? null
    : Object.fromEntries(
        Object.entries(json).map(([k, v]) => [k, u8aToString(Buffer.from(v.slice(2), 'hex'))]),
      );
};
let netuid: number;

describe('subnet identity and symbol commands', () => {
  it('subnets create with --subnet-name/--github-repo registers the subnet with that identity', async () => {
    const created = await run([
      'subnets',
      'create',
      '--wallet.name',
      'owner',
      '--subnet-name',
      'digits',
      '--github-repo',
      'https://github.com/bob/digits',
      '--yes',
      '--json',
    ]);
    expect(created.code, created.stderr).toBe(0);
    netuid = created.json().netuid;
    expect(created.json()).toMatchObject({ owner: owner.address, name: 'digits', symbol: 'α' });
    expect(await stored(q().subnetIdentitiesV3(netuid))).toMatchObject({
      subnetName: 'digits',
      githubRepo: 'https://github.com/bob/digits',
      subnetContact: '',
    });
  });

  it('subnets set-identity keeps the fields not given; get-identity and list show name and symbol', async () => {
    const set = await run([
      'subnets',
      'set-identity',
      '--netuid',
      String(netuid),
      '--subnet-contact',
      'bob@example.com',
      '--additional-info',
      '0xdeadbeef',
      '--wallet.name',
      'owner',
      '--yes',
      '--json',
    ]);
    expect(set.code, set.stderr).toBe(0);
    const expected = {
      subnetName: 'digits',
      githubRepo: 'https://github.com/bob/digits',
      subnetContact: 'bob@example.com',
      subnetUrl: '',
      discord: '',
      description: '',
      logoUrl: '',
      additional: '0xdeadbeef',
    };
    expect(set.json()).toEqual({ netuid, identity: expected });
    expect(await stored(q().subnetIdentitiesV3(netuid))).toEqual(expected);
    const got = await run(['subnets', 'get-identity', '--netuid', String(netuid), '--json']);
    expect(got.json()).toEqual({ netuid, name: 'digits', symbol: 'α', identity: expected });
    const text = await run(['subnets', 'get-identity', '--netuid', String(netuid)]);
    expect(text.stdout).toContain(`netuid ${netuid}: α digits`);
    expect(text.stdout).toMatch(/subnet-contact\s+bob@example\.com/);
    const list = await run(['subnets', 'list']);
    expect(list.stdout).toMatch(new RegExp(`${netuid}\\s+α\\s+digits`));
    expect(list.stdout).toMatch(/0\s+Τ\s+root/);
  });

  it('subnets set-symbol sets a free symbol; a taken or unknown one is explained', async () => {
    const set = await run([
      'subnets',
      'set-symbol',
      '--netuid',
      String(netuid),
      'ω',
      '--wallet.name',
      'owner',
      '--yes',
      '--json',
    ]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.json()).toEqual({ netuid, symbol: 'ω' });
    expect(u8aToString((await q().tokenSymbol(netuid)).toU8a(true))).toBe('ω');
    const args = ['subnets', 'set-symbol', '--netuid', String(netuid), '--wallet.name', 'owner', '--yes'];
    const taken = await run([...args.slice(0, 4), 'ω', ...args.slice(4)]);
    expect(taken.code).not.toBe(0);
    expect(taken.stderr).toContain('a subnet already uses that symbol');
    const unknown = await run([...args.slice(0, 4), 'TAO', ...args.slice(4)]);
    expect(unknown.stderr).toContain("not one of the chain's subnet token symbols");
    const none = await run(args);
    expect(none.stderr).toContain('give exactly one symbol');
  });

  it('subnets set-identity refuses another coldkey and a field past its limit', async () => {
    const base = ['subnets', 'set-identity', '--netuid', String(netuid), '--yes'];
    const notOwner = await run([...base, '--subnet-name', 'mine', '--wallet.name', 'miner']);
    expect(notOwner.code).not.toBe(0);
    expect(notOwner.stderr).toContain('this coldkey may not do that');
    const long = await run([...base, '--discord', 'd'.repeat(257), '--wallet.name', 'owner']);
    expect(long.stderr).toContain('a field of the identity is too long');
    const empty = await run([...base, '--wallet.name', 'owner']);
    expect(empty.stderr).toContain('no identity field given');
  });
});

describe('wallet identity commands', () => {
  it('wallet set-identity stores the coldkey identity; get-identity reads it by wallet or --ss58', async () => {
    const set = await run([
      'wallet',
      'set-identity',
      '--name',
      'Bob Labs',
      '--web-url',
      'https://bob.example',
      '--github',
      'bob/sn',
      '--wallet.name',
      'owner',
      '--yes',
      '--json',
    ]);
    expect(set.code, set.stderr).toBe(0);
    const expected = {
      name: 'Bob Labs',
      url: 'https://bob.example',
      githubRepo: 'bob/sn',
      image: '',
      discord: '',
      description: '',
      additional: '',
    };
    expect(set.json()).toEqual({ coldkey: owner.address, identity: expected });
    expect(await stored(q().identitiesV2(owner.address))).toEqual(expected);
    const again = await run([
      'wallet',
      'set-identity',
      '--discord',
      'bob#1',
      '--wallet.name',
      'owner',
      '--yes',
    ]);
    expect(again.code, again.stderr).toBe(0);
    const byAddress = await run(['wallet', 'get-identity', '--ss58', owner.address, '--json']);
    expect(byAddress.json()).toEqual({ coldkey: owner.address, identity: { ...expected, discord: 'bob#1' } });
    const text = await run(['wallet', 'get-identity', '--wallet.name', 'owner']);
    expect(text.stdout).toMatch(/web-url\s+https:\/\/bob\.example/);
    const none = await run(['wallet', 'get-identity', '--ss58', alice.address, '--json']);
    expect(none.json()).toEqual({ coldkey: alice.address, identity: null });
  });

  it('wallet set-identity of a coldkey without a registered hotkey is explained', async () => {
    const refused = await run(['wallet', 'set-identity', '--name', 'x', '--wallet.name', 'miner', '--yes']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('not registered');
  });
});
