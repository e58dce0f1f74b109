import { revealWeights } from '@subnetkit/sdk';
import { CliError } from '../../framework/cli-error.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { saltOption } from './salt.js';
import { sendWeights } from './send-weights.js';
import { WEIGHTS_OPTIONS } from './weights-input.js';

/** `subnetkit weights reveal`: reveals committed weights with the same uids, weights, salt and version key. */
export const weightsReveal: Subcommand = {
  options: [
    NETUID_OPTION,
    ...WEIGHTS_OPTIONS,
    { name: 'salt', type: 'string', placeholder: '1,2,3', description: 'the salt `weights commit` printed' },
    ...WALLET_OPTIONS,
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit weights reveal --netuid 1 --uids 0,1 --weights 0.7,0.3 --salt 5,17,9 --wallet.name validator',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const salt = saltOption(options);
    if (salt === undefined)
      throw new CliError('CLI_USAGE', '--salt is required', {
        fix: 'pass the salt `weights commit` printed',
      });
    const { uids, weights, versionKey, hotkey, result } = await sendWeights(
      context,
      netuid,
      'revealing weights',
      (client, signer, input) => revealWeights(client, { signer, netuid, ...input, salt }),
    );
    if (output.json)
      return output.printJson({
        netuid,
        hotkey: hotkey.address,
        uids,
        weights,
        salt,
        versionKey,
        block: result.block,
      });
    output.line(`weights revealed on netuid ${netuid} at block #${result.block}`);
  },
};
