/**
 * The digits subnet on a devnet started in-process, for the end-to-end tests: //Alice creates the subnet, two
 * validators stake and run the validator loop with this subnet's challenge and score, and each miner the test names
 * serves behind a real axon on loopback. Blocks are produced on demand; `runBlocks` waits until both validators
 * stepped on each block, so scores build up the same way however loaded the machine is.
 */
import { createServer } from 'node:net';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { createMiner, type MinerOptions } from '@subnetkit/miner';
import {
  type AxonTarget,
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
import { digitsSubnet } from '../src/subnet.js';

const TAO = 1_000_000_000n;
/** Loopback, but not 127.0.0.1, which subtensor refuses in serve_axon (Linux routes all of 127/8 to lo). */
const AXON_IP = '127.0.0.2';

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

/** One miner of the test: a name, and what it serves (the honest forward of a model, or an adversary). */
export type DigitsMinerSpec = {
  name: string;
  /** Built once the earlier miners' axons are known, so a copier can name the miner it copies. */
  serve: (
    peers: ReadonlyMap<string, AxonTarget>,
    hotkey: Signer,
  ) => Pick<MinerOptions, 'handlers' | 'model'> & Pick<NonNullable<MinerOptions['config']>, 'allowlist'>;
};

/** The running subnet. */
export type DigitsDevnet = {
  devnet: Devnet;
  client: SubtensorClient;
  netuid: number;
  validators: Validator[];
  /** Each miner's hotkey address, by name. */
  hotkeys: Map<string, string>;
  /** Produces `count` blocks, each once both validators finished a step on the one before. */
  runBlocks: (count: number) => Promise<void>;
  /** Each miner's stake (what its incentive paid it), by name. */
  holdings: () => Promise<Map<string, bigint>>;
  close: () => Promise<void>;
};

/**
 * Starts the devnet, the subnet, its miners (in the order given) and two validators. Sets every hyperparameter the
 * tests depend on, commit-reveal included (off: weights count from the block they are set), rather than rely on the
 * devnet's defaults.
 */
export async function startDigitsDevnet(miners: readonly DigitsMinerSpec[]): Promise<DigitsDevnet> {
  const running: Array<() => Promise<void>> = []; // closed first to last: the last started first
  const close = async () => {
    for (const stop of running) await stop();
  };
  try {
    await cryptoReady();
    const devnet = await startDevnet({ port: 0, mode: 'instant', finalizeDelay: 0 });
    running.unshift(() => devnet.close());
    const client = await createSubtensorClient({ url: devnet.url });
    running.unshift(() => client.disconnect());

    const alice = createSigner(createKeypair({ uri: '//Alice' }));
    const key = (uri: string) => createSigner(createKeypair({ uri }));
    const owner = key('//Alice//owner');
    const { netuid } = await registerSubnet(client, { signer: alice, hotkey: owner.address });
    for (const [name, value] of [
      ['tempo', digitsSubnet.config.tempo],
      ['weights_set_rate_limit', 0],
      ['commit_reveal_weights_enabled', false],
      ['max_registrations_per_block', 100],
      ['target_registrations_per_interval', 100],
    ] as const) {
      await sudoSetHyperparameter(client, { signer: alice, netuid, name, value });
    }
    await startCall(client, { signer: alice, netuid });

    // Two validators with stake (so they get permits), the miners without.
    const validatorHotkeys = [key('//Bob//validator'), key('//Charlie//validator')];
    const minerKeys = miners.map(({ name }) => key(`//Dave//${name}`));
    // Hotkeys sign (serve_axon, set_weights), so they need an account.
    for (const hotkey of [...validatorHotkeys, ...minerKeys]) {
      await transfer(client, { signer: alice, to: hotkey.address, amount: TAO });
    }
    for (const [i, hotkey] of validatorHotkeys.entries()) {
      const coldkey = key(i === 0 ? '//Bob' : '//Charlie');
      await burnedRegister(client, { signer: coldkey, netuid, hotkey: hotkey.address });
      await addStake(client, { signer: coldkey, netuid, hotkey: hotkey.address, amount: 1_000n * TAO });
    }
    const peers = new Map<string, AxonTarget>();
    for (const [i, spec] of miners.entries()) {
      const hotkey = minerKeys[i];
      await burnedRegister(client, { signer: key('//Dave'), netuid, hotkey: hotkey.address });
      const port = await freePort();
      const { handlers, model, allowlist } = spec.serve(peers, hotkey);
      const miner = createMiner({
        client,
        signer: hotkey,
        netuid,
        synapses: [digitsSubnet.synapse],
        handlers,
        ...(model === undefined ? {} : { model }),
        config: {
          axon: { host: AXON_IP, port, externalIp: AXON_IP },
          ...(allowlist === undefined ? {} : { allowlist }),
        },
      });
      await miner.start(); // loads the model, follows the metagraph, listens, serve_axon
      running.unshift(() => miner.close());
      peers.set(spec.name, { ip: AXON_IP, port, hotkey: hotkey.address });
    }

    const validators: Validator[] = [];
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
      running.unshift(async () => {
        await validator.close();
        await queue.close();
        dendrite.close();
      });
    }

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
      return new Map(
        miners.map(({ name }, i) => [
          name,
          metagraph.stake.alphaRao[metagraph.hotkeys.indexOf(minerKeys[i].address)] ?? 0n,
        ]),
      );
    };
    const hotkeys = new Map(miners.map(({ name }, i) => [name, minerKeys[i].address]));
    return { devnet, client, netuid, validators, hotkeys, runBlocks, holdings, close };
  } catch (error) {
    await close();
    throw error;
  }
}
