import { createMiner, type Miner } from '@subnetkit/miner';
import type { Logger, Signer, SubtensorClient } from '@subnetkit/sdk';
import { digitsSubnet, type ModelName, modelPath } from '@subnetkit/subnet-template';
import { DEMO_AXON_IP, freeLoopbackPort } from './free-loopback-port.js';

/** What {@link startDemoMiner} needs. */
export type StartDemoMinerParameters = {
  readonly client: SubtensorClient;
  readonly netuid: number;
  readonly hotkey: Signer;
  readonly model: ModelName;
  readonly logger: Logger;
};

/**
 * Starts one digits miner serving an example model on a loopback axon: loads and warms the ONNX model on the CPU,
 * follows the metagraph, listens and serves its axon on chain. `close()` drains in-flight requests.
 *
 * @example
 * const miner = await startDemoMiner({ client, netuid, hotkey, model: 'mlp', logger });
 * await miner.close();
 */
export async function startDemoMiner(parameters: StartDemoMinerParameters): Promise<Miner> {
  const { client, netuid, hotkey, model, logger } = parameters;
  const miner = createMiner({
    client,
    signer: hotkey,
    netuid,
    synapses: [digitsSubnet.synapse],
    handlers: (runner) => ({ Digits: digitsSubnet.forward(runner) }),
    model: { model: modelPath(model), executionProviders: ['cpu'] },
    config: {
      axon: { host: DEMO_AXON_IP, port: await freeLoopbackPort(DEMO_AXON_IP), externalIp: DEMO_AXON_IP },
    },
    logger: logger.child({ miner: model }),
  });
  await miner.start();
  return miner;
}
