/**
 * One devnet (instant blocks) for a file of CLI chain tests: `alice`, `owner` and `miner` wallets imported without
 * passwords into a temp wallet folder, `subnetkit …` runs pointed at it, and @polkadot/api for independent reads.
 */
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, expect } from 'vitest';
import { wsProvider } from '../support/ws-provider.js';
import { type CliOptions, type CliRun, cli, tempDir } from './helpers.js';

/** The devnet, the wallets' folder and the CLI bound to both; valid inside the tests of the file. */
export interface CliDevnet {
  readonly dir: { path: string };
  api(): ApiPromise;
  devnet(): Devnet;
  env(): Record<string, string>;
  /** `subnetkit …` with the devnet's endpoint and the temp wallets from the environment. */
  run(args: string[], options?: CliOptions): Promise<CliRun>;
  /** `System.Account(address).data.free`. */
  free(address: string): Promise<bigint>;
}

/** A codec's value as a bigint. @example big(await api.query.subtensorModule.burn(1)) */
export const big = (codec: unknown) => BigInt((codec as { toString(): string }).toString());

/**
 * Registers the file's `beforeAll`/`afterAll`: starts the devnet, imports the wallets, and tears it all down.
 *
 * @example
 * const chain = cliDevnet('subnetkit-cli-chain-');
 * it('…', async () => expect((await chain.run(['subnets', 'list'])).code).toBe(0));
 */
export function cliDevnet(prefix: string): CliDevnet {
  const dir = tempDir(prefix);
  let devnet: Devnet | undefined;
  let api: ApiPromise | undefined;
  let env: Record<string, string> = {};
  const run = (args: string[], options: CliOptions = {}) => cli(args, { env, ...options });
  const importWallet = async (name: string, coldUri: string, hotUri: string): Promise<void> => {
    const cold = await run([
      'wallet',
      'regen-coldkey',
      '--wallet.name',
      name,
      '--uri',
      coldUri,
      '--no-password',
    ]);
    const hot = await run(['wallet', 'regen-hotkey', '--wallet.name', name, '--uri', hotUri]);
    expect(cold.code + hot.code, cold.stderr + hot.stderr).toBe(0);
  };
  const connected = (): ApiPromise => {
    if (api === undefined) throw new Error('the devnet is not started: use it inside a test');
    return api;
  };
  beforeAll(async () => {
    devnet = await startDevnet({ port: 0, mode: 'instant' });
    api = await ApiPromise.create({ provider: wsProvider(devnet.url), noInitWarn: true });
    env = {
      HOME: dir.path,
      SUBNETKIT_WALLET_PATH: join(dir.path, 'wallets'),
      SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
    };
    await importWallet('alice', '//Alice', '//Alice//hot');
    await importWallet('owner', '//Bob', '//Bob//hot');
    await importWallet('miner', '//Charlie', '//Charlie//hot');
  });
  afterAll(async () => {
    await api?.disconnect();
    await devnet?.close();
    dir.remove();
  });
  return {
    dir,
    api: connected,
    devnet: () => {
      if (devnet === undefined) throw new Error('the devnet is not started: use it inside a test');
      return devnet;
    },
    env: () => env,
    run,
    free: async (address) =>
      big(
        ((await connected().query.system.account(address)) as unknown as { data: { free: unknown } }).data
          .free,
      ),
  };
}
