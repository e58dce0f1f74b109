import { getBalance, type SubtensorClient } from '@subnetkit/sdk';
import { CliError } from '../framework/cli-error.js';
import { formatTao } from '../output/format-tao.js';

/**
 * Refuses (`CLI_INSUFFICIENT_BALANCE`) before anything is signed when `address` holds less than `needed` rao, so a
 * doomed spend costs neither a fee nor a password prompt.
 *
 * @example
 * await ensureBalance(client, { address: coldkey, needed: amount, purpose: 'this stake' });
 */
export async function ensureBalance(
  client: SubtensorClient,
  parameters: { address: string; needed: bigint; purpose: string },
): Promise<void> {
  const { free } = await getBalance(client, { address: parameters.address });
  if (free >= parameters.needed) return;
  throw new CliError(
    'CLI_INSUFFICIENT_BALANCE',
    `the coldkey ${parameters.address} has ${formatTao(free, { symbol: true })}, less than the ${formatTao(parameters.needed, { symbol: true })} ${parameters.purpose} needs`,
    { fix: 'lower the amount, or fund the coldkey first (`subnetkit wallet transfer` from another wallet)' },
  );
}
