import { type CommitmentReveal, setCommitment } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { sendTransaction } from '../../chain/send-transaction.js';
import { CliError } from '../../framework/cli-error.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { CommandContext, Subcommand } from '../../framework/subcommand.js';
import { confirm } from '../../prompt/confirm.js';
import { hotkeyAddress, unlockHotkey } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `--reveal-round R` or `--reveal-in-blocks B`, or none (a plain commitment). */
function revealOption(context: CommandContext): CommitmentReveal | undefined {
  const { options } = context;
  const round = options.integer('reveal-round', { min: 1, optional: true });
  const blocks = options.integer('reveal-in-blocks', { min: 0, optional: true });
  if (round !== undefined && blocks !== undefined) {
    throw new CliError('CLI_USAGE', '--reveal-round and --reveal-in-blocks exclude each other', {
      fix: 'give one of them',
    });
  }
  if (round !== undefined) return { round: BigInt(round) };
  return blocks === undefined ? undefined : { inBlocks: blocks };
}

/** The one positional argument: the data to publish. */
function dataArgument(context: CommandContext): string {
  const [data, ...extra] = context.options.positionals;
  if (data === undefined || extra.length > 0) {
    throw new CliError('CLI_USAGE', 'give the data to commit as one argument', {
      fix: "quote it: subnetkit commitments set --netuid 1 'hf.co/me/model@v2'",
    });
  }
  return data;
}

/**
 * `subnetkit commitments set --netuid N <data>`: publishes `<data>` as the wallet hotkey's commitment on the subnet
 * (`Commitments.set_commitment`, a free call the hotkey signs; the hotkey must be registered there). With
 * `--reveal-round R` or `--reveal-in-blocks B` the data is timelock-encrypted to the chain's drand beacon and the
 * chain reveals it itself at that round; `--reset-bonds` adds subtensor's bonds-reset flag.
 */
export const commitmentsSet: Subcommand = {
  options: [
    NETUID_OPTION,
    {
      name: 'reveal-round',
      type: 'string',
      placeholder: 'R',
      description: 'timelock the data until drand round R (the chain reveals it then)',
    },
    {
      name: 'reveal-in-blocks',
      type: 'string',
      placeholder: 'B',
      description: 'timelock the data for about B blocks (the round is computed from the chain’s pulse rate)',
    },
    {
      name: 'reset-bonds',
      type: 'boolean',
      description:
        "add the ResetBondsFlag: validators' bonds to this hotkey reset where the subnet enables it",
    },
    ...SPENDING_OPTIONS,
  ],
  examples: [
    "subnetkit commitments set --netuid 1 'hf.co/me/model@v2' --wallet.name miner --yes",
    "subnetkit commitments set --netuid 1 'my answer' --reveal-in-blocks 360 --wallet.name miner --yes",
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const data = dataArgument(context);
    const reveal = revealOption(context);
    const resetBonds = options.flag('reset-bonds');
    const hotkey = await hotkeyAddress(walletLocation(options));
    const how = reveal === undefined ? '' : ' timelocked';
    await confirm(context.io, {
      yes: options.flag('yes'),
      summary: `Publish${how} “${data}” as the commitment of ${hotkey} on netuid ${netuid}${resetBonds ? ' (reset bonds)' : ''}?`,
    });
    const client = await connectClient(context);
    const signer = await unlockHotkey(context);
    const result = await sendTransaction(
      context,
      `committing on netuid ${netuid}`,
      setCommitment(client, {
        signer,
        netuid,
        data,
        resetBonds,
        ...(reveal === undefined ? {} : { reveal }),
      }),
      { netuid, hotkey },
    );
    if (output.json) {
      return output.printJson({
        netuid,
        hotkey,
        data,
        block: result.block,
        revealRound: result.revealRound ?? null,
        expectedRevealBlock: result.expectedRevealBlock ?? null,
      });
    }
    output.line(`committed on netuid ${netuid} at block #${result.block} (hotkey ${hotkey})`);
    if (result.revealRound !== undefined) {
      output.line(
        `timelocked to drand round ${result.revealRound}: the chain reveals it at about block #${result.expectedRevealBlock} (see \`subnetkit commitments get --netuid ${netuid} --hotkey ${hotkey}\`)`,
      );
    }
  },
};
