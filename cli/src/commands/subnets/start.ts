import { startCall } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { sendTransaction } from '../../chain/send-transaction.js';
import {
  CHAIN_OPTIONS,
  JSON_OPTION,
  NETUID_OPTION,
  PASSWORD_OPTIONS,
  WALLET_OPTIONS,
} from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { unlockColdkey } from '../../wallet/load-keys.js';

/** `subnetkit subnets start`: the owner starts the subnet's emission (`start_call`). */
export const subnetsStart: Subcommand = {
  options: [NETUID_OPTION, ...WALLET_OPTIONS, ...PASSWORD_OPTIONS, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit subnets start --netuid 1 --wallet.name owner'],
  async run(context) {
    const { output, options } = context;
    const netuid = options.netuid();
    // The password prompt first, at once; connecting takes a while.
    const coldkey = await unlockColdkey(context);
    const client = await connectClient(context);
    const result = await sendTransaction(
      context,
      `starting netuid ${netuid}`,
      startCall(client, { signer: coldkey, netuid }),
      { netuid },
    );
    if (output.json) return output.printJson({ netuid, started: true, block: result.block });
    output.line(`netuid ${netuid} started at block #${result.block}`);
  },
};
