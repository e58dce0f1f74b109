/**
 * `subnetkit` wallet reads, encrypted coldkeys and usage errors against a real devnet (instant blocks), run in-process
 * through runCli; balances checked against System.Account through @polkadot/api. The other chain commands are in
 * chain.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKeypair } from '@subnetkit/sdk';
import { describe, expect, it } from 'vitest';
import { cliDevnet } from './cli-devnet.js';
import { cli, typing } from './helpers.js';

const TAO = 1_000_000_000n;
const chain = cliDevnet('subnetkit-cli-wallet-');
const { run, free, dir } = chain;

const key = (uri: string) => createKeypair({ uri });
const alice = key('//Alice');

describe('subnetkit wallets against a devnet', () => {
  it('wallet balance: --json equals System.Account, for one wallet and --all', async () => {
    const one = await run(['wallet', 'balance', '--wallet.name', 'alice', '--json']);
    expect(one.code, one.stderr).toBe(0);
    const [row] = one.json<any[]>();
    expect(row.address).toBe(alice.address);
    expect(BigInt(row.free)).toBe(await free(alice.address));
    const all = await run(['wallet', 'balance', '--all', '--json']);
    expect(all.json<any[]>().map((b) => b.wallet)).toEqual(['alice', 'miner', 'owner']);
  });

  it('passwords: typed at a TTY with echo off and never shown; the encrypted coldkey signs with --password-file', async () => {
    const password = 'correct-horse-battery';
    const stdin = typing(`${password}\r${password}\r`);
    const created = await run(
      ['wallet', 'regen-coldkey', '--wallet.name', 'enc', '--uri', '//Dave', '--json'],
      { stdin },
    );
    expect(created.code, created.stderr).toBe(0);
    expect(stdin.raw).toEqual([true, false, true, false]);
    expect(created.stderr).toMatch(/Password for .*enc\/coldkey: \nRetype the password: \n/);
    const file = join(dir.path, 'wallets', 'enc', 'coldkey');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('$NACL');

    const args = [
      'wallet',
      'transfer',
      '--wallet.name',
      'enc',
      '--dest',
      alice.address,
      '--amount',
      '1',
      '--yes',
    ];
    const locked = await run(args);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/SDK_PASSWORD_REQUIRED[\s\S]*fix: pass --password-file/);
    const passwordFile = join(dir.path, 'password');
    writeFileSync(passwordFile, `${password}\n`);
    const dave = key('//Dave').address;
    const before = await free(dave);
    const sent = await run([...args, '--password-file', passwordFile, '--json']);
    expect(sent.code, sent.stderr).toBe(0);
    expect(await free(dave)).toBeLessThan(before - TAO + 1n);
    for (const out of [created, locked, sent]) expect(out.stdout + out.stderr).not.toContain(password);
    // Argon2i derivations (encrypt, then unlock for the transfer) and three CLI starts: 23 s alone, 59 s beside
    // test/cli/wallet.test.ts's own derivations on a busy 2-core machine.
  }, 150_000);

  it('error: no node, unknown network, unknown subnet, missing wallet — exit codes and fixes', async () => {
    const down = await run([
      'subnets',
      'list',
      '--subtensor.chain_endpoint',
      'ws://127.0.0.1:9',
      '--timeout',
      '1',
    ]);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(
      /nothing listens at ws:\/\/127\.0\.0\.1:9 \(connection refused\)[\s\S]*fix: start a local devnet/,
    );
    const network = await cli(['subnets', 'list', '--subtensor.network', 'mainnet'], {
      env: { HOME: dir.path },
    });
    expect(network.code).toBe(2);
    expect(network.stderr).toMatch(/fix: use one of local, test, finney/);
    const missing = await run(['subnets', 'show', '--netuid', '99']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/netuid 99 does not exist[\s\S]*fix: list the subnets/);
    const nowallet = await run(['wallet', 'balance', '--wallet.name', 'ghost']);
    expect(nowallet.code).toBe(1);
    expect(nowallet.stderr).toMatch(
      /no wallet named ghost in [\s\S]*fix: create it with `subnetkit wallet create --wallet.name ghost`/,
    );
    const typo = await run(['wallet', 'balance', '--wallet.name', 'ownr']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/no wallet named ownr in [\s\S]*fix: did you mean --wallet.name owner\?/);
    const command = await run(['walet', 'list']);
    expect(command.code).toBe(1);
    expect(command.stderr).toContain("unknown command 'walet' (did you mean 'wallet'?)");
    const subcommand = await run(['wallet', 'balanse']);
    expect(subcommand.code).toBe(2);
    expect(subcommand.stderr).toContain("unknown subcommand 'balanse' (did you mean 'balance'?)");
    const option = await run(['wallet', 'balance', '--wallet.nme', 'owner']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Unknown option '--wallet.nme'[\s\S]*fix: did you mean --wallet.name\?/);
    const badNetuid = await run(['subnets', 'show', '--netuid', '70000']);
    expect(badNetuid.code).toBe(2);
  });
});
