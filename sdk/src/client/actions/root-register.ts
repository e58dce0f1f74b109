import { eventData } from '../chain-events.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link rootRegister}.
 *
 * @example
 * const parameters: RootRegisterParameters = { signer: coldkey, hotkey: hotkey.address };
 */
export type RootRegisterParameters = SubmitOptions & {
  /** The hotkey to put on root (netuid 0); the signer (coldkey) becomes its owner if it has none. */
  hotkey: string;
};

/**
 * Result of {@link rootRegister}: the root uid the hotkey got.
 *
 * @example
 * const { uid }: RootRegisterReturnType = await rootRegister(client, { signer: coldkey, hotkey });
 */
export type RootRegisterReturnType = SubmitExtrinsicReturnType & { readonly uid: number };

/**
 * Registers a hotkey on root (`SubtensorModule.root_register`). While root has room the hotkey gets the next uid;
 * when root is full it takes the uid of the member with the least root stake, if it has more root stake itself
 * (else `SubtensorModule.StakeTooLowForRoot`). No burn; the hotkey becomes a delegate.
 *
 * @example
 * const coldkey = createKeypair({ uri: '//Alice' });
 * const { uid } = await rootRegister(client, { signer: coldkey, hotkey: createKeypair({ uri: '//Alice_hk' }).address });
 */
export async function rootRegister(
  client: SubtensorClient,
  parameters: RootRegisterParameters,
): Promise<RootRegisterReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.rootRegister(hotkey),
  });
  const [, uid] = eventData(result.events, 'SubtensorModule', 'NeuronRegistered');
  return { ...result, uid: Number(uid) };
}
