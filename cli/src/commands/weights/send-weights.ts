import type { Keypair, SubtensorClient } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { sendTransaction } from '../../chain/send-transaction.js';
import type { CommandContext } from '../../framework/subcommand.js';
import { unlockHotkey } from '../../wallet/load-keys.js';
import { weightsInput } from './weights-input.js';

/** The weights a command sends, as the options give them, checked against the subnet. */
export type WeightsToSend = { uids: number[]; weights: number[]; versionKey: bigint };

/**
 * What `weights set`, `commit` and `reveal` share: connect, read the weights options (checked against the subnet),
 * unlock the hotkey, then send `submit` with a spinner labelled `<label> on netuid N` and explain a chain refusal.
 *
 * @example
 * const { hotkey, result } = await sendWeights(context, netuid, 'setting weights', (client, signer, input) =>
 *   setWeights(client, { signer, netuid, ...input }),
 * );
 */
export async function sendWeights<T>(
  context: CommandContext,
  netuid: number,
  label: string,
  submit: (client: SubtensorClient, signer: Keypair, input: WeightsToSend) => Promise<T>,
): Promise<WeightsToSend & { hotkey: Keypair; result: T }> {
  const client = await connectClient(context);
  const input = await weightsInput(context.options, client, netuid);
  const hotkey = await unlockHotkey(context);
  const result = await sendTransaction(
    context,
    `${label} on netuid ${netuid}`,
    submit(client, hotkey, input),
    { netuid, hotkey: hotkey.address },
  );
  return { ...input, hotkey, result };
}
