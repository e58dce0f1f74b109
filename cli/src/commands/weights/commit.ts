import { commitWeights } from '@subnetkit/sdk';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { saltOption } from './salt.js';
import { sendWeights } from './send-weights.js';
import { WEIGHTS_OPTIONS } from './weights-input.js';

/** `subnetkit weights commit`: commits a hash of the weights (commit-reveal subnets); prints the salt to reveal with. */
export const weightsCommit: Subcommand = {
  options: [
    NETUID_OPTION,
    ...WEIGHTS_OPTIONS,
    {
      name: 'salt',
      type: 'string',
      placeholder: '1,2,3',
      description: 'u16 salt (default: random, printed)',
    },
    ...WALLET_OPTIONS,
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: ['subnetkit weights commit --netuid 1 --uids 0,1 --weights 0.7,0.3 --wallet.name validator'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const salt = saltOption(options);
    const { uids, weights, versionKey, hotkey, result } = await sendWeights(
      context,
      netuid,
      'committing weights',
      (client, signer, input) =>
        commitWeights(client, { signer, netuid, ...input, ...(salt === undefined ? {} : { salt }) }),
    );
    const reveal = `subnetkit weights reveal --netuid ${netuid} --uids ${uids.join(',')} --weights ${weights.join(',')} --salt ${result.salt.join(',')} --version-key ${versionKey}`;
    if (output.json) {
      return output.printJson({
        netuid,
        hotkey: hotkey.address,
        hash: result.hash,
        uids,
        weights,
        salt: result.salt,
        versionKey,
        block: result.block,
      });
    }
    output.line(`committed ${result.hash} on netuid ${netuid} at block #${result.block}`);
    output.line(`salt ${result.salt.join(',')} — reveal later with:\n  ${reveal}`);
  },
};
