import { setWeights } from '@subnetkit/sdk';
import { explainWeightsRejection } from '../../chain/explain-weights-rejection.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { sendWeights } from './send-weights.js';
import { WEIGHTS_OPTIONS } from './weights-input.js';

/** `subnetkit weights set`: sets the hotkey's weights, or commits them with CR-v4 where commit-reveal is on. */
export const weightsSet: Subcommand = {
  options: [NETUID_OPTION, ...WEIGHTS_OPTIONS, ...WALLET_OPTIONS, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit weights set --netuid 1 --uids 0,1 --weights 0.7,0.3 --wallet.name validator'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const { uids, weights, versionKey, hotkey, result } = await sendWeights(
      context,
      netuid,
      'setting weights',
      (client, signer, input) => setWeights(client, { signer, netuid, ...input }),
    );
    if (result.kind === 'committed') {
      // Commit-reveal is on: setWeights committed CR-v4 and the chain reveals the weights by itself.
      if (output.json)
        return output.printJson({
          netuid,
          hotkey: hotkey.address,
          uids,
          weights,
          versionKey,
          block: result.block,
          revealRound: result.revealRound,
          expectedRevealBlock: result.expectedRevealBlock,
        });
      output.line(
        `commit-reveal is on: weights committed (CR-v4) on netuid ${netuid} at block #${result.block}; the chain reveals them at about block #${result.expectedRevealBlock} (drand round ${result.revealRound})`,
      );
      return;
    }
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
