import type { Logger } from '@subnetkit/sdk';
import { createDendrite, type Signer, type SubtensorClient } from '@subnetkit/sdk';
import { digitsSubnet } from '@subnetkit/subnet-template';
import {
  createInProcessQueue,
  createQueryProcessor,
  createSubtensorValidatorChain,
  createValidator,
  type Validator,
} from '@subnetkit/validator';

/** What {@link startDemoValidator} needs. */
export type StartDemoValidatorParameters = {
  readonly client: SubtensorClient;
  readonly netuid: number;
  readonly hotkey: Signer;
  /** Blocks between weight settings (the demo sets them more often than once a tempo). */
  readonly weightsEveryBlocks: number;
  readonly logger: Logger;
};

/** A running demo validator and the way to stop it with its queue and dendrite. */
export type DemoValidator = { readonly validator: Validator; close(): Promise<void> };

/**
 * Starts one digits validator: an in-process queue of query+score jobs over a dendrite, the digits challenge and
 * score, scores in memory (each demo run starts a fresh chain), weights set every `weightsEveryBlocks`.
 *
 * @example
 * const { validator, close } = await startDemoValidator({ client, netuid, hotkey, weightsEveryBlocks: 5, logger });
 * validator.on('step', (report) => console.log(report.block, report.responded));
 * await close();
 */
export async function startDemoValidator(parameters: StartDemoValidatorParameters): Promise<DemoValidator> {
  const { client, netuid, hotkey, weightsEveryBlocks, logger } = parameters;
  const dendrite = createDendrite({ signer: hotkey });
  const queue = createInProcessQueue({
    processor: createQueryProcessor({ dendrite, synapse: digitsSubnet.synapse, score: digitsSubnet.score }),
  });
  const validator = createValidator({
    chain: createSubtensorValidatorChain({ client, signer: hotkey }),
    signer: hotkey,
    netuid,
    synapse: digitsSubnet.synapse,
    challenge: digitsSubnet.challenge,
    queue,
    config: { queryTimeoutMs: digitsSubnet.config.timeoutSeconds * 1000, weightsEveryBlocks },
    logger: logger.child({ validator: hotkey.address }),
  });
  const close = async () => {
    await validator.close();
    await queue.close();
    dendrite.close();
  };
  try {
    await validator.start();
  } catch (error) {
    await close();
    throw error;
  }
  return { validator, close };
}
