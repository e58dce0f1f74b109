import { CONTEXT_OPTION_NAMES } from '../framework/option-spec.js';
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
    throw explainChainError(error, { typed: context.options.typed(CONTEXT_OPTION_NAMES), ...hints });
  }
}
