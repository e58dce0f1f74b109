/**
 * Issue 18, item 3: bittensor 10.5's `Dendrite` (the Python SDK's last networking layer) queries a running
 * `subnetkit miner` serving the digits subnet, with a Python `Synapse` mirroring the template's `Digits`
 * (test/interop/py/digits_synapse.py). A registered validator with a permit gets the model's predictions, signed;
 * a registered hotkey without a permit gets 403; a plain aiohttp POST with no signature gets 401.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  addStake,
  burnedRegister,
  createKeypair,
  createWallet,
  cryptoReady,
  type SubtensorClient,
  transfer,
} from '@subnetkit/sdk';
import { encodeImage, imageAt, loadDigits } from '@subnetkit/subnet-template';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tempDir } from '../cli/helpers.js';
import { alice, runEpoch, startAliceSubnet, startClientDevnet, TAO } from '../support/sdk-subnet.js';
import { checkout, startBash, subnetkitBin } from '../support/shell-blocks.js';
import { freePort } from '../validator/redis-server.js';
import { AXON_VENV, interopPython } from './support/interop-venv.js';
import { lastJson, runPython } from './support/run-python.js';

type Answer = {
  status: number | null;
  message: string | null;
  predictions: number[] | null;
  axon_hotkey: string | null;
  signed: boolean;
};
type DendriteRun = { allowed: Answer; stranger: Answer; unsigned: number };

const python = inject('python');
/** How many held-out digits the Python validator sends in one query. */
const IMAGES = 16;

describe.skipIf(python.command === undefined)('bittensor 10.5 dendrite → subnetkit miner', () => {
  const dir = tempDir('subnetkit-pydendrite-');
  const validator = {
    cold: createKeypair({ uri: '//Charlie' }),
    hot: createKeypair({ uri: '//Charlie//hot' }),
  };
  const miner = { cold: createKeypair({ uri: '//Dave' }), hot: createKeypair({ uri: '//Dave//hot' }) };
  /** Registered, but with no stake: no validator permit. */
  const stranger = createKeypair({ uri: '//Eve//hot' });
  let venvPython: string;
  let stop: () => Promise<void>;
  let client: SubtensorClient;
  let netuid: number;
  let minerRun: ReturnType<typeof startBash>;
  let port: number;

  beforeAll(async () => {
    await cryptoReady();
    const started = await startClientDevnet();
    client = started.client;
    stop = () => started.devnet.close();
    [venvPython, port] = await Promise.all([
      interopPython(python.command ?? 'python3', AXON_VENV),
      freePort(),
    ]);
    netuid = await startAliceSubnet(client, createKeypair({ uri: '//Alice//owner' }), {
      tempo: 10,
      weights_set_rate_limit: 0,
    });
    for (const [cold, hot] of [
      [validator.cold, validator.hot],
      [miner.cold, miner.hot],
      [createKeypair({ uri: '//Eve' }), stranger],
    ] as const) {
      await burnedRegister(client, { signer: cold, netuid, hotkey: hot.address });
    }
    await addStake(client, {
      signer: validator.cold,
      hotkey: validator.hot.address,
      netuid,
      amount: 1_000n * TAO,
    });
    await transfer(client, { signer: alice, to: miner.hot.address, amount: 10n * TAO });
    await runEpoch(started.devnet, client, netuid); // the validator's permit
    await createWallet({
      path: dir.path,
      name: 'miner',
      coldkeyEncryption: null,
      keys: { coldkey: miner.cold, hotkey: miner.hot },
    });
    minerRun = startBash(
      [
        `cd ${JSON.stringify(join(checkout, 'subnet-template'))}`,
        `exec node --import tsx ${JSON.stringify(subnetkitBin)} miner --netuid ${netuid} --wallet.name miner` +
          ` --axon.ip 127.0.0.2 --axon.external_ip 127.0.0.2 --axon.port ${port}` +
          ' --model models/mlp.onnx --model.providers cpu --subnet ./src/subnet.ts',
      ].join('\n'),
      {
        PATH: process.env.PATH ?? '',
        HOME: dir.path,
        SUBNETKIT_WALLET_PATH: dir.path,
        SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT: started.devnet.url,
        SUBNETKIT_METRICS_PORT: '0',
      },
    );
    for (let waited = 0; !/^miner ready/m.test(minerRun.output()); waited += 100) {
      if (waited > 60_000) throw new Error(`the miner did not start:\n${minerRun.output()}`);
      await sleep(100);
    }
  }, 600_000);

  afterAll(async () => {
    minerRun?.kill('SIGTERM');
    await minerRun?.exited;
    await client?.disconnect();
    await stop?.();
    dir.remove();
  });

  it('behavior: the permitted validator gets correct predictions, a hotkey without a permit 403, unsigned 401', {
    timeout: 60_000,
  }, async () => {
    const { test } = loadDigits();
    const indices = Array.from({ length: IMAGES }, (_, i) => i);
    const images = indices.map((i) => encodeImage(imageAt(test, i)));
    const labels = indices.map((i) => test.labels[i]);
    const run = lastJson<DendriteRun>(
      (
        await runPython(venvPython, 'dendrite_digits.py', ['127.0.0.2', String(port), miner.hot.address], {
          input: JSON.stringify({ images, allowed: '//Charlie//hot', stranger: '//Eve//hot' }),
        })
      ).stdout,
    );

    expect(run.allowed, minerRun.output()).toMatchObject({
      status: 200,
      message: 'Success',
      axon_hotkey: miner.hot.address,
      signed: true,
    });
    // The mlp model scores 95 % on held-out digits: at most two misses in 16.
    const right = run.allowed.predictions?.filter((p, i) => p === labels[i]).length ?? 0;
    expect(run.allowed.predictions).toHaveLength(IMAGES);
    expect(right).toBeGreaterThanOrEqual(IMAGES - 2);

    expect(run.stranger.status).toBe(403);
    expect(run.stranger.message).toMatch(/blacklisted/i);
    expect(run.stranger.predictions).toBeNull();
    expect(run.unsigned).toBe(401);
  });
});
