import { getStake, type SubtensorClient } from '@subnetkit/sdk';
import { CliError } from '../../framework/cli-error.js';
import type { CommandOptions } from '../../framework/command-options.js';
import type { OptionSpec } from '../../framework/option-spec.js';
import { formatTao } from '../../output/format-tao.js';

/**
 * The alpha a move/transfer/swap acts on: `--amount`, or everything with the command's "all" flag
 * (`--stake-all` / `--swap-all`, as btcli names them); refused before sending when the stake is smaller.
 *
 * @example
 * const amount = await alphaAmount(options, client, { hotkey, netuid, coldkey, allFlag: 'stake-all' });
 */
export async function alphaAmount(
  options: CommandOptions,
  client: SubtensorClient,
  at: { hotkey: string; netuid: number; coldkey: string; allFlag: string },
): Promise<bigint> {
  const all = options.flag(at.allFlag);
  if (all === options.has('amount'))
    throw new CliError('CLI_USAGE', `give exactly one of --amount and --${at.allFlag}`);
  const have = await getStake(client, { hotkey: at.hotkey, netuid: at.netuid, coldkey: at.coldkey });
  const amount = all ? have : options.rao('amount');
  if (have === 0n || amount > have)
    throw new CliError(
      'CLI_INSUFFICIENT_STAKE',
      `you have ${formatTao(have)} alpha staked to ${at.hotkey} on netuid ${at.netuid}`,
      {
        fix:
          have === 0n
            ? 'see your stakes with `subnetkit stake list`'
            : `move at most ${formatTao(have)} (or pass --${at.allFlag})`,
      },
    );
  return amount;
}

/**
 * `--amount ALPHA` and the command's "all" flag, the two ways to give what `alphaAmount` reads.
 *
 * @example
 * options: [...alphaAmountOptions('move', 'stake-all'), …]
 */
export function alphaAmountOptions(verb: string, allFlag: string): OptionSpec[] {
  return [
    {
      name: 'amount',
      type: 'string',
      placeholder: 'ALPHA',
      description: `alpha of the origin subnet to ${verb}`,
    },
    { name: allFlag, type: 'boolean', description: `${verb} all of it` },
  ];
}

/** `--origin-netuid` / `--dest-netuid` (btcli's names). */
export const ORIGIN_NETUID: OptionSpec = {
  name: 'origin-netuid',
  type: 'string',
  placeholder: 'N',
  description: 'subnet the stake leaves',
};
export const DEST_NETUID: OptionSpec = {
  name: 'dest-netuid',
  type: 'string',
  placeholder: 'N',
  description: 'subnet the stake goes to (default: the origin subnet)',
};

/** The origin and destination netuids of a stake move. @example const [from, to] = netuidPair(options); */
export function netuidPair(options: CommandOptions): [number, number] {
  const from = options.integer('origin-netuid', { min: 0, max: 65_535 }) ?? 0;
  const to = options.integer('dest-netuid', { min: 0, max: 65_535, optional: true }) ?? from;
  return [from, to];
}
