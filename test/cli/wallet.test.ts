import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKeypair, readKeyfile } from '@subnetkit/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSI, cli, tempDir, typing } from './helpers.js';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const dir = tempDir('subnetkit-cli-wallet-');
const wallets = join(dir.path, 'wallets');
// HOME points at the temp dir so a developer's ~/.subnetkit/config.json never leaks in.
const env = { HOME: dir.path, SUBNETKIT_WALLET_PATH: wallets };

afterAll(() => dir.remove());

describe('subnetkit wallet (keys, offline)', () => {
  it('default: create writes Bittensor keyfiles (mode 0600) and prints addresses and mnemonics as JSON', async () => {
    const run = await cli(['wallet', 'create', '--wallet.name', 'w1', '--no-password', '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    const out = run.json();
    expect(out.wallet).toBe('w1');
    expect(out.coldkey.mnemonic.split(' ')).toHaveLength(12);
    expect(createKeypair({ mnemonic: out.coldkey.mnemonic }).address).toBe(out.coldkey.address);
    expect(createKeypair({ mnemonic: out.hotkey.mnemonic }).address).toBe(out.hotkey.address);
    const coldkeyFile = join(wallets, 'w1', 'coldkey');
    expect((await readKeyfile({ path: coldkeyFile })).address).toBe(out.coldkey.address);
    expect((await readKeyfile({ path: join(wallets, 'w1', 'coldkeypub.txt') })).secretKey).toBeUndefined();
    expect((await readKeyfile({ path: join(wallets, 'w1', 'hotkeys', 'default') })).address).toBe(
      out.hotkey.address,
    );
    expect(statSync(coldkeyFile).mode & 0o777).toBe(0o600);
  });

  it('behavior: regen-coldkey/regen-hotkey from dev URIs and mnemonics, regen-coldkeypub, new-hotkey, then list', async () => {
    const alice = await cli(
      ['wallet', 'regen-coldkey', '--wallet.name', 'alice', '--uri', '//Alice', '--no-password', '--json'],
      { env },
    );
    expect(alice.code, alice.stderr).toBe(0);
    expect(alice.json().coldkey.address).toBe(ALICE);
    const phrase = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
    const hot = await cli(
      [
        'wallet',
        'regen-hotkey',
        '--wallet.name',
        'alice',
        '--wallet.hotkey',
        'h1',
        '--mnemonic',
        phrase,
        '--json',
      ],
      { env },
    );
    expect(hot.json().hotkey.address).toBe(createKeypair({ mnemonic: phrase }).address);
    const watch = await cli(['wallet', 'regen-coldkeypub', '--wallet.name', 'watch', '--ss58', ALICE], {
      env,
    });
    expect(watch.code, watch.stderr).toBe(0);
    const fresh = await cli(
      [
        'wallet',
        'new-hotkey',
        '--wallet.name',
        'alice',
        '--wallet.hotkey',
        'h2',
        '--n-words',
        '24',
        '--json',
      ],
      { env },
    );
    expect(fresh.json().hotkey.mnemonic.split(' ')).toHaveLength(24);
    const cold = await cli(['wallet', 'new-coldkey', '--wallet.name', 'solo', '--no-password', '--json'], {
      env,
    });
    expect(cold.code, cold.stderr).toBe(0);

    const list = await cli(['wallet', 'list', '--json'], { env });
    const byName = Object.fromEntries(list.json<any[]>().map((w) => [w.name, w]));
    expect(byName.alice.coldkey).toBe(ALICE);
    expect(byName.alice.hotkeys.map((h: { name: string }) => h.name)).toEqual(['h1', 'h2']);
    expect(byName.watch).toEqual({ name: 'watch', coldkey: ALICE, hotkeys: [] });
    expect(byName.solo.coldkey).toBe(cold.json().coldkey.address);
    const table = await cli(['wallet', 'list'], { env });
    expect(table.stdout).toContain(`alice  ${ALICE}`);
    expect(table.stdout).not.toMatch(ANSI);
  });

  it('error: an existing key is kept, exit 1 with the --overwrite fix; --overwrite replaces it', async () => {
    const args = ['wallet', 'regen-coldkey', '--wallet.name', 'alice', '--uri', '//Bob', '--no-password'];
    const refused = await cli(args, { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exist.*\n.*fix: pass --overwrite/);
    expect((await readKeyfile({ path: join(wallets, 'alice', 'coldkey') })).address).toBe(ALICE);
    const replaced = await cli([...args, '--wallet.name', 'bob', '--overwrite'], { env });
    expect(replaced.code, replaced.stderr).toBe(0);
  });

  it('error: usage mistakes exit 2 and name the fix', async () => {
    const none = await cli(['wallet', 'regen-coldkey', '--wallet.name', 'x', '--no-password'], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/exactly one of --mnemonic, --seed, --uri/);
    const unknown = await cli(['wallet', 'create', '--wallet.nam', 'x'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--wallet\.nam/);
    const words = await cli(['wallet', 'create', '--n-words', '13', '--no-password'], { env });
    expect(words.code).toBe(2);
    const sub = await cli(['wallet', 'fly'], { env });
    expect(sub.code).toBe(2);
    expect(sub.stderr).toMatch(/unknown subcommand 'fly'/);
    const bad = await cli(
      ['wallet', 'regen-coldkey', '--wallet.name', 'x', '--mnemonic', 'not a phrase', '--no-password'],
      { env },
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/SDK_INVALID_MNEMONIC[\s\S]*fix:/);
  });

  it('error: without a TTY, a password source or --no-password, no coldkey is written (exit 1, fix names --password-file)', async () => {
    const run = await cli(['wallet', 'create', '--wallet.name', 'nopw'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/fix: pass --password-file/);
    const list = await cli(['wallet', 'list', '--json'], { env });
    expect(list.json<any[]>().map((w) => w.name)).not.toContain('nopw');
  });

  it('behavior: a retyped password that differs is asked again, and the second pair is used', async () => {
    const stdin = typing('first-password\rfirst-passw0rd\rgood-password\rgood-password\r');
    const run = await cli(['wallet', 'regen-coldkey', '--wallet.name', 'again', '--uri', '//Eve'], {
      env,
      stdin,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Retype the password: \nthe passwords differ; try again\nPassword for /);
    expect(run.stdout + run.stderr).not.toMatch(/password\r|good-password|first-passw/);
    const keypair = await readKeyfile({ path: join(wallets, 'again', 'coldkey'), password: 'good-password' });
    expect(keypair.address).toBe(createKeypair({ uri: '//Eve' }).address);
    // Two Argon2i key derivations (encrypt, then read back) and a CLI start: seconds each on a busy 2-core machine.
  }, 90_000);

  it('error: passwords typed twice at a TTY that differ three times write nothing, and none is echoed', async () => {
    const stdin = typing('first-password\rsecond-password\r'.repeat(3));
    const run = await cli(['wallet', 'create', '--wallet.name', 'typo'], { env, stdin });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the passwords differ; nothing was written/);
    expect(stdin.raw).toEqual(Array(6).fill([true, false]).flat());
    expect(run.stdout + run.stderr).not.toMatch(/first-password|second-password/);
    const list = await cli(['wallet', 'list', '--json'], { env });
    expect(list.json<any[]>().map((w) => w.name)).not.toContain('typo');
  });

  it('behavior: options come from flags over SUBNETKIT_* env over the config file over defaults', async () => {
    const config = join(dir.path, 'config.json');
    writeFileSync(config, JSON.stringify({ wallet: { name: 'fromconfig', hotkey: 'hk' } }));
    const fromConfig = await cli(
      ['wallet', 'regen-hotkey', '--config', config, '--uri', '//Dave', '--json'],
      { env },
    );
    expect(fromConfig.json()).toMatchObject({ wallet: 'fromconfig', hotkey: { name: 'hk' } });
    const fromEnv = await cli(['wallet', 'regen-hotkey', '--config', config, '--uri', '//Dave', '--json'], {
      env: { ...env, SUBNETKIT_WALLET_NAME: 'fromenv' },
    });
    expect(fromEnv.json()).toMatchObject({ wallet: 'fromenv', hotkey: { name: 'hk' } });
    const fromFlag = await cli(
      [
        'wallet',
        'regen-hotkey',
        '--config',
        config,
        '--uri',
        '//Dave',
        '--wallet.name',
        'fromflag',
        '--json',
      ],
      { env: { ...env, SUBNETKIT_WALLET_NAME: 'fromenv' } },
    );
    expect(fromFlag.json()).toMatchObject({ wallet: 'fromflag', hotkey: { name: 'hk' } });
    // ~/.subnetkit/config.json is read when no --config is given.
    const home = tempDir('subnetkit-cli-home-');
    try {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(home.path, '.subnetkit'));
      writeFileSync(
        join(home.path, '.subnetkit', 'config.json'),
        JSON.stringify({ 'wallet.name': 'fromhome' }),
      );
      const fromHome = await cli(['wallet', 'regen-hotkey', '--uri', '//Dave', '--json'], {
        env: { ...env, HOME: home.path },
      });
      expect(fromHome.json()).toMatchObject({ wallet: 'fromhome', hotkey: { name: 'default' } });
    } finally {
      home.remove();
    }
    const badEnv = await cli(['wallet', 'create', '--n-words', 'x'], {
      env: { ...env, SUBNETKIT_NO_PASSWORD: 'maybe' },
    });
    expect(badEnv.code).toBe(2);
    const broken = join(dir.path, 'broken.json');
    writeFileSync(broken, '{ nope');
    const badConfig = await cli(['wallet', 'list', '--config', broken], { env });
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/cannot read config file/);
  });

  it('behavior: --help lists every option with its env variable rule and examples', async () => {
    const help = await cli(['wallet', 'transfer', '--help'], { env });
    expect(help.code).toBe(0);
    for (const flag of [
      '--dest',
      '--amount',
      '--wallet.name',
      '--subtensor.network',
      '--yes',
      '--json',
      '--config',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    expect(help.stdout).toContain('SUBNETKIT_WALLET_NAME');
    const group = await cli(['wallet', '--help'], { env });
    expect(group.stdout).toMatch(/regen-coldkeypub/);
    const top = await cli(['--help'], { env });
    for (const name of ['wallet', 'subnets', 'stake', 'weights', 'sudo']) expect(top.stdout).toContain(name);
  });
});
