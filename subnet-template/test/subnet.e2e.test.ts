/**
 * The whole subnet on a devnet started in-process: //Alice creates it, two validators stake and run
 * the validator loop with this subnet's challenge and score, four miners serve the four models behind
 * real axons. After a warm-up tempo, the miners' emission over the next two is ordered by their models'
 * accuracy.
 */

import { createServer } from 'node:net';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { createMiner } from '@subnetkit/miner';
import {
  addStake,
  burnedRegister,
  createDendrite,
  createKeypair,
  createSigner,
  createSubtensorClient,
  cryptoReady,
  getMetagraph,
  registerSubnet,
  type Signer,
  type SubtensorClient,
  startCall,
  sudoSetHyperparameter,
  transfer,
} from '@subnetkit/sdk';
import {
  createInProcessQueue,
  createQueryProcessor,
  createSubtensorValidatorChain,
  createValidator,
  type Validator,
} from '@subnetkit/validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_NAMES, modelPath } from '../src/models.js';
import { digitsSubnet } from '../src/subnet.js';

const TAO = 1_000_000_000n;
const TEMPO = digitsSubnet.config.tempo;
const MEASURED_EPOCHS = 2;
/** Loopback, but not 127.0.0.1, which subtensor refuses in serve_axon (Linux routes all of 127/8 to lo). */
const AXON_IP = '127.0.0.2';

type Running = { close: () => Promise<void> };

/** A port nothing listens on at AXON_IP right now (the miner announces a fixed port on chain). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, AXON_IP, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('digits subnet on a devnet', () => {
  const running: Running[] = []; // closed first to last: the last started first
  let devnet: Devnet;
  let client: SubtensorClient;
  let netuid: number;
  const validators: Validator[] = [];
  let minerKeys: Signer[];

  beforeAll(async () => {
    await cryptoReady();
    devnet = await startDevnet({ port: 0, mode: 'instant', finalizeDelay: 0 });
    running.unshift({ close: () => devnet.close() });
    client = await createSubtensorClient({ url: devnet.url });
    running.unshift({ close: () => client.disconnect() });

    const alice = createSigner(createKeypair({ uri: '//Alice' }));
    const key = (uri: string) => createSigner(createKeypair({ uri }));
    const owner = key('//Alice//owner');
    ({ netuid } = await registerSubnet(client, { signer: alice, hotkey: owner.address }));
    for (const [name, value] of [
      ['tempo', TEMPO],
      ['weights_set_rate_limit', 0],
      ['commit_reveal_weights_enabled', false],
      ['max_registrations_per_block', 100],
      ['target_registrations_per_interval', 100],
    ] as const) {
      await sudoSetHyperparameter(client, { signer: alice, netuid, name, value });
    }
    await startCall(client, { signer: alice, netuid });

    // Two validators with stake (so they get permits), four miners without.
    const validatorHotkeys = [key('//Bob//validator'), key('//Charlie//validator')];
    minerKeys = MODEL_NAMES.map((name) => key(`//Dave//${name}`));
    // Hotkeys sign (serve_axon, set_weights), so they need an account.
    for (const hotkey of [...validatorHotkeys, ...minerKeys]) {
      await transfer(client, { signer: alice, to: hotkey.address, amount: TAO });
    }
    for (const [i, hotkey] of validatorHotkeys.entries()) {
      const coldkey = key(i === 0 ? '//Bob' : '//Charlie');
      await burnedRegister(client, { signer: coldkey, netuid, hotkey: hotkey.address });
      await addStake(client, { signer: coldkey, netuid, hotkey: hotkey.address, amount: 1_000n * TAO });
    }
    for (const [i, name] of MODEL_NAMES.entries()) {
      await burnedRegister(client, { signer: key('//Dave'), netuid, hotkey: minerKeys[i].address });
      const miner = createMiner({
        client,
        signer: minerKeys[i],
        netuid,
        synapses: [digitsSubnet.synapse],
        handlers: (model) => ({ Digits: digitsSubnet.forward(model) }),
        model: { model: modelPath(name), executionProviders: ['cpu'] },
        config: { axon: { host: AXON_IP, port: await freePort(), externalIp: AXON_IP } },
      });
      await miner.start(); // loads the model, follows the metagraph, listens, serve_axon
      running.unshift({ close: () => miner.close() });
    }

    for (const hotkey of validatorHotkeys) {
      const dendrite = createDendrite({ signer: hotkey });
      const queue = createInProcessQueue({
        processor: createQueryProcessor({
          dendrite,
          synapse: digitsSubnet.synapse,
          score: digitsSubnet.score,
        }),
      });
      const validator = createValidator({
        chain: createSubtensorValidatorChain({ client, signer: hotkey }),
        signer: hotkey,
        netuid,
        synapse: digitsSubnet.synapse,
        challenge: digitsSubnet.challenge,
        queue,
        config: { queryTimeoutMs: digitsSubnet.config.timeoutSeconds * 1000 },
      });
      validators.push(validator);
      running.unshift({
        close: async () => {
          await validator.close();
          await queue.close();
          dendrite.close();
        },
      });
    }
  }, 120_000);

  afterAll(async () => {
    for (const r of running) await r.close();
  });

  it('default: once scores have warmed up for a tempo, the next tempos pay miners in order of accuracy', async () => {
    // Each block: wait until both validators ran a step on it, so scores build up before each epoch.
    const runBlocks = async (count: number) => {
      for (let block = 0; block < count; block++) {
        const stepped = validators.map(
          (v) =>
            new Promise<void>((resolve) => {
              const off = v.on('step', () => {
                off();
                resolve();
              });
            }),
        );
        await devnet.newBlock();
        await Promise.all(stepped);
      }
    };
    // Miners' incentive is paid into their stake; what they hold is what they earned.
    const holdings = async () => {
      const metagraph = await getMetagraph(client, { netuid });
      return minerKeys.map((hotkey) => metagraph.stake.alpha[metagraph.hotkeys.indexOf(hotkey.address)]);
    };
    expect(netuid).toBe(digitsSubnet.config.netuid); // the config's netuid is what a fresh devnet gives
    await Promise.all(validators.map((v) => v.start()));
    // The first epoch pays on weights from a few steps' scores; measure the epochs after it.
    await runBlocks(TEMPO);
    const before = await holdings();
    await runBlocks(TEMPO * MEASURED_EPOCHS);
    const earned = (await holdings()).map((held, i) => held - before[i]);
    // random < linear < mlp-small < mlp
    expect(earned[0]).toBeGreaterThanOrEqual(0);
    expect(earned[0]).toBeLessThan(earned[1]);
    expect(earned[1]).toBeLessThan(earned[2]);
    expect(earned[2]).toBeLessThan(earned[3]);
  }, 240_000); // about 15 s on an idle 2-core machine
});
