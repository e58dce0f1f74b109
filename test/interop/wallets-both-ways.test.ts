/**
 * Issue 18, item 5: wallets both ways. A wallet btcli 9.23.2 creates (encrypted `$NACL` coldkey) signs a subnetkit
 * `wallet transfer` with the same password; a wallet `subnetkit wallet create` writes is opened by btcli (`wallet sign`,
 * `wallet balance`) and by Bittensor's Python wallet libraries (bittensor-wallet 4.1 and bittensor 11's own), whose
 * addresses and signatures subnetkit checks.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { signatureVerify } from '@polkadot/util-crypto';
import {
  createKeypair,
  createSubtensorClient,
  getBalance,
  type SubtensorClient,
  transfer,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DevnetProcess, root, runCli, spawnDevnet } from '../support/devnet-process.js';
import { alice, TAO } from '../support/sdk-subnet.js';
import { interopPython } from './support/interop-venv.js';
import { type BtcliContext, btcli, btcliTty, jsonIn } from './support/run-btcli.js';
import { lastJson, runPython } from './support/run-python.js';

const run = promisify(execFile);
const python = inject('python');
const PASSWORD = 'Both-Ways-Pass-7!';
const MESSAGE = 'subnetkit interop';
/** Every step decrypts a coldkey (Argon2i, 512 MiB) in a fresh process: seconds each on 2 loaded cores. */
const TEST_MS = 180_000;

/** `subnetkit …` from source, as a user runs it; resolves with stdout, rejects with the exit code and stderr. */
async function subnetkit(args: readonly string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', runCli, ...args],
    {
      cwd: root,
      timeout: 120_000,
    },
  );
  return stdout;
}

describe.skipIf(python.command === undefined)('wallets between btcli, bittensor and subnetkit', () => {
  let ctx: BtcliContext;
  let devnet: DevnetProcess;
  let client: SubtensorClient;
  let passwordFile: string;

  beforeAll(async () => {
    const [venvPython, spawned, home] = await Promise.all([
      interopPython(python.command ?? 'python3'),
      spawnDevnet(['--tmp', '--block-time', '250']),
      mkdtemp(join(tmpdir(), 'wallets-both-ways-')),
    ]);
    devnet = spawned;
    ctx = { python: venvPython, url: devnet.url, home, wallets: join(home, 'wallets') };
    passwordFile = join(home, 'password');
    await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    client = await createSubtensorClient({ url: devnet.url, deadlineMs: 20_000 });
  }, 600_000);

  afterAll(async () => {
    await client?.disconnect();
    await devnet?.stop();
    if (ctx !== undefined) await rm(ctx.home, { recursive: true, force: true });
  });

  it(
    'behavior: a btcli wallet pays a subnetkit transfer with its password; a wrong password is refused',
    async () => {
      const created = jsonIn<{ data: { coldkey_ss58: string } }>(
        await btcliTty(
          ctx,
          [
            'wallet',
            'create',
            '--wallet-name',
            'bt',
            '--wallet-path',
            ctx.wallets,
            '--hotkey',
            'hot',
            '--n-words',
            '12',
            '--use-password',
            '--json-output',
          ],
          PASSWORD,
          { chain: false },
        ),
      );
      const coldkey = created.data.coldkey_ss58;
      await transfer(client, { signer: alice, to: coldkey, amount: 100n * TAO });

      const dest = createKeypair({ uri: '//Ferdie' }).address;
      const before = (await getBalance(client, { address: dest })).free;
      const wallet = [
        '--wallet.name',
        'bt',
        '--wallet.path',
        ctx.wallets,
        '--subtensor.chain_endpoint',
        devnet.url,
      ];
      await subnetkit([
        'wallet',
        'transfer',
        ...wallet,
        '--dest',
        dest,
        '--amount',
        '1.5',
        '--password-file',
        passwordFile,
        '--yes',
        '--json',
      ]);
      expect((await getBalance(client, { address: dest })).free - before).toBe(1_500_000_000n);

      const wrong = join(ctx.home, 'wrong');
      await writeFile(wrong, 'not-the-password\n', { mode: 0o600 });
      await expect(
        subnetkit([
          'wallet',
          'transfer',
          ...wallet,
          '--dest',
          dest,
          '--amount',
          '1',
          '--password-file',
          wrong,
          '--yes',
        ]),
      ).rejects.toMatchObject({ code: 1 });
    },
    TEST_MS,
  );

  it(
    'behavior: a subnetkit wallet opens in bittensor-wallet, bittensor 11 and btcli with the same password',
    async () => {
      const made = JSON.parse(
        await subnetkit([
          'wallet',
          'create',
          '--wallet.name',
          'sk',
          '--wallet.hotkey',
          'hot',
          '--wallet.path',
          ctx.wallets,
          '--password-file',
          passwordFile,
          '--json',
        ]),
      ) as { coldkey: { address: string }; hotkey: { address: string } };

      const opened = lastJson<{
        encrypted_nacl: boolean;
        coldkey: string;
        coldkey_native: string;
        coldkeypub: string;
        hotkey: string;
        hotkey_native: string;
        signature: string;
      }>(
        (
          await runPython(ctx.python, 'wallet_unlock.py', [ctx.wallets, 'sk', 'hot', MESSAGE], {
            input: `${PASSWORD}\n`,
          })
        ).stdout,
      );
      expect(opened).toMatchObject({
        encrypted_nacl: true,
        coldkey: made.coldkey.address,
        coldkey_native: made.coldkey.address,
        coldkeypub: made.coldkey.address,
        hotkey: made.hotkey.address,
        hotkey_native: made.hotkey.address,
      });
      expect(signatureVerify(MESSAGE, opened.signature, made.coldkey.address).isValid).toBe(true);

      const signed = jsonIn<{ signed_message?: string; signature?: string }>(
        await btcliTty(
          ctx,
          [
            'wallet',
            'sign',
            '--wallet-name',
            'sk',
            '--wallet-path',
            ctx.wallets,
            '--no-use-hotkey',
            '--message',
            MESSAGE,
            '--json-output',
          ],
          PASSWORD,
          { chain: false },
        ),
      );
      const signature = signed.signed_message ?? signed.signature ?? '';
      expect(
        signatureVerify(
          MESSAGE,
          signature.startsWith('0x') ? signature : `0x${signature}`,
          made.coldkey.address,
        ).isValid,
      ).toBe(true);

      const balance = jsonIn<{ balances: { sk: { coldkey: string } } }>(
        await btcli(ctx, [
          'wallet',
          'balance',
          '--wallet-name',
          'sk',
          '--wallet-path',
          ctx.wallets,
          '--json-output',
        ]),
      );
      expect(balance.balances.sk.coldkey).toBe(made.coldkey.address);
    },
    TEST_MS,
  );
});
