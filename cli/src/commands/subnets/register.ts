import { burnedRegister, getBurnCost, getUid } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { ensureBalance } from '../../chain/ensure-balance.js';
import { explainChainError } from '../../chain/explain-chain-error.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { CliError } from '../../framework/cli-error.js';
import {
  CHAIN_OPTIONS,
  JSON_OPTION,
  NETUID_OPTION,
  PASSWORD_OPTIONS,
  WALLET_OPTIONS,
  YES_OPTION,
} from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress, hotkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** `subnetkit subnets register`: registers the wallet's hotkey on a subnet by burning the current cost. */
export const subnetsRegister: Subcommand = {
  options: [NETUID_OPTION, ...WALLET_OPTIONS, ...PASSWORD_OPTIONS, ...CHAIN_OPTIONS, YES_OPTION, JSON_OPTION],
  examples: ['subnetkit subnets register --netuid 1 --wallet.name miner --wallet.hotkey default --yes'],
  async run(context) {
    const { output, options } = context;
    const netuid = options.netuid();
    const location = walletLocation(options);
    const hotkey = await hotkeyAddress(location);
    const owner = await coldkeyAddress(location);
    const client = await connectClient(context);
    let cost: bigint;
    try {
      const uid = await getUid(client, { netuid, hotkey });
      if (uid !== undefined) {
        throw new CliError(
          'CLI_ALREADY_REGISTERED',
          `hotkey ${hotkey} is already uid ${uid} on netuid ${netuid}`,
          {
            fix: `see it with \`subnetkit subnets show --netuid ${netuid}\``,
          },
        );
      }
      cost = await getBurnCost(client, { netuid });
    } catch (error) {
      throw explainChainError(error, { netuid });
    }
    await ensureBalance(client, { address: owner, needed: cost, purpose: 'the registration burn' });
    const { result } = await spendFromColdkey(context, {
      summary: `Register hotkey ${hotkey} on netuid ${netuid} for ${formatTao(cost, { symbol: true })} (burned)?`,
      label: `registering on netuid ${netuid}`,
      submit: (signer) => burnedRegister(client, { signer, netuid, hotkey, maxCost: cost }),
      hints: { netuid, hotkey },
    });
    if (output.json) {
      return output.printJson({ netuid, uid: result.uid, hotkey, cost: result.cost, block: result.block });
    }
    output.line(
      `registered ${hotkey} as uid ${output.style('bold', String(result.uid))} on netuid ${netuid} (burned ${formatTao(result.cost, { symbol: true })})`,
    );
  },
};
