import { ChainCallError } from '../../errors/chain-call-error.js';
import { SdkError } from '../../errors/sdk-error.js';
import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, u16Argument, u64Argument } from '../validate-arguments.js';
import { getBurnCost } from './get-burn-cost.js';

/**
 * Parameters of {@link burnedRegister}.
 *
 * @example
 * const parameters: BurnedRegisterParameters = { signer: coldkey, netuid: 1, hotkey: hotkey.address, maxCost: 10n ** 9n };
 */
export type BurnedRegisterParameters = SubmitOptions & {
  netuid: number;
  /** The hotkey to register; the signer (coldkey) becomes its owner if it has none. */
  hotkey: string;
  /**
   * Most rao to burn. Checked before submitting and again by the chain (`register_limit`, when the node has it),
   * so a burn that rises in between cannot cost more; either way the error is `SDK_MAX_COST_EXCEEDED`.
   */
  maxCost?: bigint | number;
};

/**
 * Result of {@link burnedRegister}: the uid the hotkey got and the burn when it was checked.
 *
 * @example
 * const { uid }: BurnedRegisterReturnType = await burnedRegister(client, { signer: coldkey, netuid: 1, hotkey });
 */
export type BurnedRegisterReturnType = SubmitExtrinsicReturnType & {
  readonly uid: number;
  /** The burn read before submitting, in rao. */
  readonly cost: bigint;
};

/**
 * Registers `hotkey` on `netuid` by burning TAO from the signer (a coldkey): `SubtensorModule.burned_register`, or
 * `register_limit` with `maxCost` as the chain-side cap when `maxCost` is given.
 *
 * @example
 * const coldkey = createKeypair({ uri: '//Bob' });
 * const cost = await getBurnCost(client, { netuid: 1 });
 * const { uid } = await burnedRegister(client, { signer: coldkey, netuid: 1, hotkey: createKeypair({ uri: '//Bob_hk' }).address, maxCost: cost });
 */
export async function burnedRegister(
  client: SubtensorClient,
  parameters: BurnedRegisterParameters,
): Promise<BurnedRegisterReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const maxCost = parameters.maxCost === undefined ? undefined : u64Argument('maxCost', parameters.maxCost);
  const cost = await getBurnCost(client, {
    netuid,
    ...(parameters.deadlineMs === undefined ? {} : { deadlineMs: parameters.deadlineMs }),
  });
  if (maxCost !== undefined && cost > maxCost) throw costExceeded(cost, maxCost);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) =>
      maxCost !== undefined && api.tx.subtensorModule.registerLimit !== undefined
        ? api.tx.subtensorModule.registerLimit(netuid, hotkey, maxCost)
        : api.tx.subtensorModule.burnedRegister(netuid, hotkey),
  }).catch((error: unknown) => {
    if (
      error instanceof ChainCallError &&
      error.name === 'RegistrationPriceLimitExceeded' &&
      maxCost !== undefined
    ) {
      throw costExceeded(undefined, maxCost, error);
    }
    throw error;
  });
  const [, uid] = eventData(result.events, 'SubtensorModule', 'NeuronRegistered');
  return { ...result, uid: Number(uid), cost };
}

function costExceeded(cost: bigint | undefined, maxCost: bigint, cause?: unknown): SdkError {
  const now = cost === undefined ? 'rose above' : `is ${cost} rao, above`;
  return new SdkError('SDK_MAX_COST_EXCEEDED', `The registration burn ${now} maxCost ${maxCost}.`, {
    cause,
  });
}
