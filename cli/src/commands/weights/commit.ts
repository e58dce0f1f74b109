import { commitTimelockedWeights, commitWeights } from '@subnetkit/sdk';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION, WALLET_OPTIONS } from '../../framework/option-spec.js';
import type { CommandContext, Subcommand } from '../../framework/subcommand.js';
import { saltOption } from './salt.js';
import { sendWeights } from './send-weights.js';
import { WEIGHTS_OPTIONS } from './weights-input.js';

/**
 * `subnetkit weights commit`: commits the weights on a commit-reveal subnet. By default CR-v4 (subtensor's): the
 * weights are timelock-encrypted to a drand round and the chain reveals them itself; `--crv2` (or `--salt`) commits a
 * hash instead and prints the salt for `weights reveal`.
 */
export const weightsCommit: Subcommand = {
  options: [
    NETUID_OPTION,
    ...WEIGHTS_OPTIONS,
    {
      name: 'crv2',
      type: 'boolean',
      description: 'commit a CR-v2 hash to reveal yourself, instead of CR-v4',
    },
    {
      name: 'salt',
      type: 'string',
      placeholder: '1,2,3',
      description: 'u16 salt of a CR-v2 commit (implies --crv2; default: random, printed)',
    },
    ...WALLET_OPTIONS,
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit weights commit --netuid 1 --uids 0,1 --weights 0.7,0.3 --wallet.name validator',
    'subnetkit weights commit --crv2 --netuid 1 --uids 0,1 --weights 0.7,0.3 --wallet.name validator',
  ],
  async run(context) {
    const { options } = context;
    if (options.flag('crv2') || options.has('salt')) return commitHash(context);
    const { output } = context;
    const netuid = options.netuid();
    const { uids, weights, versionKey, hotkey, result } = await sendWeights(
      context,
      netuid,
      'committing weights (CR-v4)',
      (client, signer, input) => commitTimelockedWeights(client, { signer, netuid, ...input }),
    );
    if (output.json) {
      return output.printJson({
        netuid,
        hotkey: hotkey.address,
        commitReveal: 'v4',
        uids,
        weights,
        versionKey,
        block: result.block,
        revealRound: result.revealRound,
        expectedRevealBlock: result.expectedRevealBlock,
      });
    }
    output.line(
      `committed (CR-v4) on netuid ${netuid} at block #${result.block}: locked to drand round ${result.revealRound}`,
    );
    output.line(
      `the chain reveals the weights itself at about block #${result.expectedRevealBlock} (see \`subnetkit weights pending --netuid ${netuid}\`)`,
    );
  },
};

/** The CR-v2 commit: a hash, and the salt to reveal it with. */
async function commitHash(context: CommandContext): Promise<void> {
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
      commitReveal: 'v2',
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
}
