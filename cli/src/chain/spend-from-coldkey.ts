import type { Keypair } from '@subnetkit/sdk';
import type { CommandContext } from '../framework/subcommand.js';
import { confirm } from '../prompt/confirm.js';
import { unlockColdkey } from '../wallet/load-keys.js';
import type { ChainErrorHints } from './explain-chain-error.js';
import { sendTransaction } from './send-transaction.js';

/** What {@link spendFromColdkey} asks, shows and sends. */
export type ColdkeySpend<T> = {
  /** The question `--yes` answers, e.g. `Stake τ10 to 5F… on netuid 1?`. */
  summary: string;
  /** The spinner's label while the submission waits for a block. */
  label: string;
  /** The submission, signed by the unlocked coldkey. */
  submit: (coldkey: Keypair) => Promise<T>;
  /** What a chain refusal's fix may name. */
  hints?: ChainErrorHints;
};

/**
 * The spending sequence of the coldkey commands: confirm (`--yes`), unlock the coldkey (password), then send and
 * explain a refusal. Nothing is unlocked before the confirmation.
 *
 * @example
 * const { coldkey, result } = await spendFromColdkey(context, {
 *   summary: `Transfer τ1 to ${dest}?`,
 *   label: 'transferring',
 *   submit: (signer) => transfer(client, { signer, to: dest, amount }),
 * });
 */
export async function spendFromColdkey<T>(
  context: CommandContext,
  spend: ColdkeySpend<T>,
): Promise<{ coldkey: Keypair; result: T }> {
  await confirm(context.io, { yes: context.options.flag('yes'), summary: spend.summary });
  const coldkey = await unlockColdkey(context);
  const result = await sendTransaction(context, spend.label, spend.submit(coldkey), spend.hints);
  return { coldkey, result };
}
