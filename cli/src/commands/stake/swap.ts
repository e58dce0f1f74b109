import { getStake, swapStake } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { alphaAmount, alphaAmountOptions, DEST_NETUID, netuidPair, ORIGIN_NETUID } from './alpha-amount.js';
import { HOTKEY_OPTION, stakeHotkey } from './stake-hotkey.js';

/** `subnetkit stake swap` (btcli `stake swap`): swaps stake on a hotkey from one subnet to another. */
export const stakeSwap: Subcommand = {
  options: [
    ORIGIN_NETUID,
    DEST_NETUID,
    ...alphaAmountOptions('swap', 'swap-all'),
    {
      name: 'limit-price',
      type: 'string',
      placeholder: 'RATIO',
      description: 'lowest origin/destination price ratio to accept, e.g. 0.95 (swap_stake_limit)',
    },
    {
      name: 'partial',
      type: 'boolean',
      description: 'with --limit-price, fill up to the limit instead of failing',
    },
    HOTKEY_OPTION,
    ...SPENDING_OPTIONS,
  ],
  examples: [
    'subnetkit stake swap --origin-netuid 1 --dest-netuid 2 --amount 10 --wallet.name me --yes',
    'subnetkit stake swap --origin-netuid 1 --dest-netuid 2 --swap-all --limit-price 0.9 --partial --yes',
  ],
  async run(context) {
    const { output, options } = context;
    const [from, to] = netuidPair(options);
    const hotkey = await stakeHotkey(options);
    const owner = await coldkeyAddress(walletLocation(options));
    const client = await connectClient(context);
    const amount = await alphaAmount(options, client, {
      hotkey,
      netuid: from,
      coldkey: owner,
      allFlag: 'swap-all',
    });
    const limit = options.has('limit-price')
      ? { price: options.rao('limit-price'), allowPartial: options.flag('partial') }
      : undefined;
    const { result } = await spendFromColdkey(context, {
      summary: `Swap ${formatTao(amount)} alpha on ${hotkey} from netuid ${from} to netuid ${to}?`,
      label: 'swapping stake',
      submit: (signer) =>
        swapStake(client, {
          signer,
          hotkey,
          fromNetuid: from,
          toNetuid: to,
          amount,
          ...(limit === undefined ? {} : { limit }),
        }),
      hints: { netuid: from, hotkey },
    });
    const stake = await getStake(client, { hotkey, netuid: to, coldkey: owner });
    if (output.json)
      return output.printJson({ hotkey, from, to, amount, tao: result.tao, stake, block: result.block });
    output.line(
      `swapped ${formatTao(amount)} alpha (sold for ${formatTao(result.tao, { symbol: true })}); your stake on netuid ${to} is now ${formatTao(stake)}`,
    );
  },
};
