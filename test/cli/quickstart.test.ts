/**
 * docs/quickstart.md §3 as a script: the shell blocks that import the wallets and create, tune, start and stake the
 * subnet, then run the miner and the validator, are taken from the Markdown as written and run by bash against a
 * devnet, with `npx subnetkit` bound to the built binary (test/support/shell-blocks.ts). When the doc or the
 * commands change apart, this fails. §1 runs in test/start/start.test.ts the same way.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiPromise } from '@polkadot/api';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { createKeypair, createSubtensorClient, getMetagraph } from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkout,
  npxSubnetkit,
  readDoc,
  runBash,
  shellBlockAfter,
  shellCommands,
  startBash,
  subnetkitBin,
} from '../support/shell-blocks.js';
import { wsProvider } from '../support/ws-provider.js';
import { freePort } from '../validator/redis-server.js';
import { tempDir } from './helpers.js';

const quickstart = readDoc('docs/quickstart.md');
const dir = tempDir('subnetkit-quickstart-');
const wallets = join(dir.path, 'wallets');
let devnet: Devnet;
let api: ApiPromise;

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant' });
  api = await ApiPromise.create({ provider: wsProvider(devnet.url), noInitWarn: true });
}, 60_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
  dir.remove();
});

describe('docs/quickstart.md', () => {
  it('behavior: §3 wallets, subnet, registration and stake run as written', {
    timeout: 180_000,
  }, async () => {
    const block = shellBlockAfter(quickstart, 'In another terminal, import dev keys as wallets');
    // The doc's wallet folder becomes this test's; everything else runs verbatim.
    const script = block.replaceAll('/tmp/devnet-wallets', wallets);
    const run = await runBash(npxSubnetkit + script, {
      PATH: process.env.PATH ?? '',
      HOME: dir.path,
      SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
    });
    expect(run.code, run.output).toBe(0);

    const q = api.query.subtensorModule!;
    expect((await q.subnetOwner!(1)).toString()).toBe(createKeypair({ uri: '//Bob' }).address);
    expect(Number((await q.tempo!(1)).toString())).toBe(10);
    for (const uri of ['//Charlie//hot', '//Dave//hot']) {
      expect((await q.uids!(1, createKeypair({ uri }).address)).toString(), uri).not.toBe('');
    }
    const validatorHot = createKeypair({ uri: '//Charlie//hot' }).address;
    expect(BigInt((await q.totalHotkeyAlpha!(validatorHot, 1)).toString())).toBeGreaterThan(0n);
  });

  it('behavior: §3 the miner and the validator run as written, each in a process of its own, until the miner earns', {
    timeout: 180_000,
  }, async () => {
    const block = shellBlockAfter(
      quickstart,
      'Then run your miner and your validator, each in a terminal of its own',
    );
    // The project of §2 is the template's files (subnetkit new copies them), so the template folder stands in for
    // ../my-subnet; the checkout, the wallet folder and the axon port become this test's. Each command but `cd` and
    // `export` is a daemon in a terminal of its own: here a bash of its own that runs the shared lines first.
    const commands = shellCommands(
      block
        .replaceAll('cd ../my-subnet', `cd ${JSON.stringify(join(checkout, 'subnet-template'))}`)
        .replaceAll('../subnetkit/cli/bin/subnetkit.js', JSON.stringify(subnetkitBin))
        .replaceAll('/tmp/devnet-wallets', wallets)
        .replaceAll('--axon.port 8091', `--axon.port ${await freePort()}`),
    );
    const shared = commands.filter((command) => /^(cd|export) /.test(command));
    const daemons = commands.filter((command) => !shared.includes(command));
    expect(daemons.map((command) => /subnetkit\.js" (\w+)/.exec(command)?.[1])).toEqual([
      'miner',
      'validator',
    ]);
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: dir.path,
      SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
      SUBNETKIT_METRICS_PORT: '0', // the validator's /metrics: any free port, beside other tests
    };
    const runs = daemons.map((command) => startBash([...shared, `exec ${command}`].join('\n'), env));
    const [miner, validator] = runs as [(typeof runs)[0], (typeof runs)[0]];
    const client = await createSubtensorClient({ url: devnet.url });
    try {
      for (const [run, name] of [
        [miner, 'miner'],
        [validator, 'validator'],
      ] as const) {
        await expect.poll(run.output, { timeout: 90_000 }).toMatch(new RegExp(`^${name} ready`, 'm'));
      }
      // "After an epoch or two … the miner's incentive and emission": blocks come when the test makes them.
      const minerHot = createKeypair({ uri: '//Dave//hot' }).address;
      let earned = false;
      for (let block = 0; block < 60 && !earned; block++) {
        await devnet.newBlock();
        await sleep(150); // the validator's step on this block
        const metagraph = await getMetagraph(client, { netuid: 1 });
        const uid = metagraph.hotkeys.indexOf(minerHot);
        earned = (metagraph.incentive[uid] ?? 0) > 0 && (metagraph.emission[uid] ?? 0) > 0;
      }
      expect(earned, `${miner.output()}\n${validator.output()}`).toBe(true);
      // "Ctrl-C or SIGTERM stops each one cleanly."
      for (const run of runs) run.kill('SIGTERM');
      expect(await Promise.all(runs.map((run) => run.exited))).toEqual([0, 0]);
    } finally {
      for (const run of runs) run.kill('SIGKILL');
      await client.disconnect();
    }
  });
});
