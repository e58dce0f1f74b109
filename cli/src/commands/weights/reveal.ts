import { revealWeights } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { sendTransaction } from '../../chain/send-transaction.js';
import { CliError } from '../../framework/cli-error.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { unlockHotkey } from '../../wallet/load-keys.js';
import { saltOption } from './salt.js';
import { WEIGHTS_OPTIONS, weightsInput } from './weights-input.js';

/** `subnetkit weights reveal`: reveals committed weights with the same uids, weights, salt and version key. */
export const weightsReveal: Subcommand = {
  name: 'reveal',
  summary: 'reveal weights committed with `weights commit` (same uids, weights, salt, version key)',
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
    const client = await connectClient(context);
    const { uids, weights, versionKey } = await weightsInput(options, client, netuid);
    const hotkey = await unlockHotkey(context);
    const result = await sendTransaction(
      context,
      `revealing weights on netuid ${netuid}`,
      revealWeights(client, { signer: hotkey, netuid, uids, weights, salt, versionKey }),
      { netuid, hotkey: hotkey.address },
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
