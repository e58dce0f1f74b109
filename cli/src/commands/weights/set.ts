import { setWeights } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { explainWeightsRejection } from '../../chain/explain-weights-rejection.js';
import { sendTransaction } from '../../chain/send-transaction.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { unlockHotkey } from '../../wallet/load-keys.js';
import { WEIGHTS_OPTIONS, weightsInput } from './weights-input.js';

/** `subnetkit weights set`: sets the hotkey's weights directly (subnets without commit-reveal). */
export const weightsSet: Subcommand = {
  name: 'set',
  summary: 'set weights from the hotkey (checked first: registration, permit, version key, rate limit, …)',
  options: [NETUID_OPTION, ...WEIGHTS_OPTIONS, ...WALLET_OPTIONS, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit weights set --netuid 1 --uids 0,1 --weights 0.7,0.3 --wallet.name validator'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const client = await connectClient(context);
    const { uids, weights, versionKey } = await weightsInput(options, client, netuid);
    const hotkey = await unlockHotkey(context);
    const result = await sendTransaction(
      context,
      `setting weights on netuid ${netuid}`,
      setWeights(client, { signer: hotkey, netuid, uids, weights, versionKey }),
      { netuid, hotkey: hotkey.address },
    );
    if (result.kind !== 'ok') throw explainWeightsRejection(result, { netuid });
    if (output.json)
      return output.printJson({
        netuid,
        hotkey: hotkey.address,
        uids,
        weights,
        versionKey,
        block: result.block,
      });
    output.line(`weights set on netuid ${netuid} at block #${result.block}`);
  },
};
