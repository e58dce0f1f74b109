import { stringCamelCase } from '@polkadot/util';
import { SdkError } from '../../errors/sdk-error.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { toSigner } from '../polkadot-signer.js';
import { readChain } from '../read-chain.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument } from '../validate-arguments.js';

/** One argument of an `AdminUtils` call (a string for an account, e.g. `sn_owner_hotkey`'s SS58 address). */
type AdminValue = bigint | number | boolean | string;

/**
 * Parameters of {@link sudoSetHyperparameter}.
 *
 * @example
 * const parameters: SudoSetHyperparameterParameters = { signer: sudoKey, netuid: 1, name: 'tempo', value: 10 };
 */
export type SudoSetHyperparameterParameters = SubmitOptions & {
  /** The `AdminUtils.sudo_set_<name>` call: `tempo`, `weights_set_rate_limit`, `commit_reveal_weights_enabled` … */
  name: string;
  /** The subnet, for netuid-scoped calls; omit it for global ones (`stake_threshold`). */
  netuid?: number;
  /** The value, or the values of a call that takes several (`alpha_values`: `[low, high]`). */
  value: AdminValue | readonly AdminValue[];
  /**
   * Wrap the call in `Sudo.sudo` (root origin). Default: when the signer is the chain's sudo key; a subnet owner's
   * coldkey signs owner-allowed calls directly.
   */
  sudo?: boolean;
};

/**
 * Sets a subnet (or global) hyperparameter with subtensor's `AdminUtils.sudo_set_*` calls, as the sudo key (wrapped
 * in `Sudo.sudo`) or as the subnet owner. An unknown `name` or a wrong number of values is `SDK_INVALID_ARGUMENT`
 * before anything is sent; a refusal is a `ChainCallError` (`BadOrigin`, `AdminUtils.SubnetDoesNotExist`,
 * `SubtensorModule.AdminActionProhibitedDuringWeightsWindow` …), the inner error of a sudo call included.
 *
 * @example
 * const sudoKey = createKeypair({ uri: '//Alice' });
 * await sudoSetHyperparameter(client, { signer: sudoKey, netuid: 1, name: 'weights_set_rate_limit', value: 0 });
 * await sudoSetHyperparameter(client, { signer: sudoKey, netuid: 1, name: 'commit_reveal_weights_enabled', value: false });
 */
export async function sudoSetHyperparameter(
  client: SubtensorClient,
  parameters: SudoSetHyperparameterParameters,
): Promise<SubmitExtrinsicReturnType> {
  const signer = toSigner(parameters.signer);
  const callName = stringCamelCase(
    parameters.name.startsWith('sudo_set_') ? parameters.name : `sudo_set_${parameters.name}`,
  );
  const admin = client.api.tx.adminUtils;
  const build = admin?.[callName];
  if (build === undefined) {
    throw new SdkError(
      'SDK_INVALID_ARGUMENT',
      `AdminUtils has no call sudo_set_${parameters.name.replace(/^sudo_set_/, '')}.`,
    );
  }
  const values = Array.isArray(parameters.value) ? [...parameters.value] : [parameters.value as AdminValue];
  const args =
    parameters.netuid === undefined ? values : [u16Argument('netuid', parameters.netuid), ...values];
  const expected = build.meta.args.map((a) => `${a.name.toString()}: ${a.type.toString()}`);
  if (args.length !== expected.length) {
    throw new SdkError(
      'SDK_INVALID_ARGUMENT',
      `AdminUtils.${parameters.name} takes (${expected.join(', ')}), got ${args.length} argument(s).`,
    );
  }
  const sudo =
    parameters.sudo ??
    (await readChain(
      client,
      'Sudo.Key',
      async (api) => (await api.query.sudo.key()).toString() === signer.address,
      parameters.deadlineMs,
    ));
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => {
      const call = api.tx.adminUtils[callName]!(...args);
      return sudo ? api.tx.sudo.sudo(call) : call;
    },
  });
}
