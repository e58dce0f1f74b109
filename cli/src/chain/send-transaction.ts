import type { CommandContext } from '../framework/subcommand.js';
import { type ChainErrorHints, explainChainError } from './explain-chain-error.js';

/**
 * Awaits a submission with a spinner (`label`, on a TTY) and turns a chain refusal into a `CliError` with its fix.
 *
 * @example
 * await sendTransaction(context, `staking on netuid ${netuid}`, addStake(client, parameters), { netuid });
 */
export async function sendTransaction<T>(
  context: CommandContext,
  label: string,
  submission: Promise<T>,
  hints: ChainErrorHints = {},
): Promise<T> {
  try {
    return await context.output.progress(`${label} (waiting for a block)`, submission);
  } catch (error) {
    throw explainChainError(error, hints);
  }
}
