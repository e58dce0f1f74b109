import { getHyperparameters, sudoSetHyperparameter } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { findHyperparameter } from '../../chain/find-hyperparameter.js';
import { byBtcliName } from '../../chain/hyperparameter-names.js';
import { sendTransaction } from '../../chain/send-transaction.js';
import { CliError } from '../../framework/cli-error.js';
import {
  CHAIN_OPTIONS,
  JSON_OPTION,
  NETUID_OPTION,
  PASSWORD_OPTIONS,
  WALLET_OPTIONS,
} from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { printHyperparameters } from '../../output/print-hyperparameters.js';
import { unlockColdkey } from '../../wallet/load-keys.js';

/** `--value` as the SDK takes it: true/false, or a non-negative integer. */
function adminValue(text: string): boolean | bigint {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (/^\d+$/.test(trimmed)) return BigInt(trimmed);
  throw new CliError('CLI_INVALID_OPTION', `--value takes a non-negative integer or true/false; got ${text}`);
}

/**
 * `subnetkit sudo set`: one hyperparameter through `AdminUtils`, signed by the wallet's coldkey — as the subnet
 * owner, or wrapped in `Sudo.sudo` when the coldkey is the chain's sudo key (//Alice on a devnet).
 */
export const sudoSet: Subcommand = {
  options: [
    NETUID_OPTION,
    {
      name: 'param',
      type: 'string',
      placeholder: 'NAME',
      description: 'hyperparameter, e.g. weights_rate_limit',
    },
    {
      name: 'value',
      type: 'string',
      placeholder: 'VALUE',
      description: 'new value (integer, or true/false)',
    },
    ...WALLET_OPTIONS,
    ...PASSWORD_OPTIONS,
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit sudo set --netuid 1 --param weights_version --value 2 --wallet.name owner',
    'subnetkit sudo set --netuid 1 --param tempo --value 20 --wallet.name alice',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const hyperparameter = findHyperparameter(options.requiredString('param'));
    const value = adminValue(options.requiredString('value'));
    if (hyperparameter.call === null) {
      throw new CliError(
        'CLI_UNKNOWN_HYPERPARAMETER',
        `${hyperparameter.name} cannot be set with \`sudo set\``,
      );
    }
    const client = await connectClient(context);
    const coldkey = await unlockColdkey(context);
    // The SDK wraps the call in Sudo.sudo when the coldkey is the chain's sudo key.
    await sendTransaction(
      context,
      `setting ${hyperparameter.name}`,
      sudoSetHyperparameter(client, { signer: coldkey, netuid, name: hyperparameter.call, value }),
      { netuid },
    );
    const values = byBtcliName(await getHyperparameters(client, { netuid }));
    printHyperparameters(output, netuid, { [hyperparameter.name]: values[hyperparameter.name]! });
  },
};
