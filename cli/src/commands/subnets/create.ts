import { getLockCost, getSubnets, registerSubnet } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { ensureBalance } from '../../chain/ensure-balance.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import {
  CHAIN_OPTIONS,
  CONTEXT_OPTION_NAMES,
  JSON_OPTION,
  PASSWORD_OPTIONS,
  WALLET_OPTIONS,
  YES_OPTION,
} from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { coldkeyAddress, hotkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';
import { identityFromOptions, SUBNET_IDENTITY_FLAGS } from '../identity/identity-flags.js';

/**
 * `subnetkit subnets create`: registers a new subnet owned by the wallet's coldkey, its hotkey as owner hotkey; with
 * identity flags (btcli's `--subnet-name`, `--github-repo`, …) it registers with that identity.
 */
export const subnetsCreate: Subcommand = {
  options: [
    ...WALLET_OPTIONS,
    ...SUBNET_IDENTITY_FLAGS.map(({ option }) => option),
    ...PASSWORD_OPTIONS,
    ...CHAIN_OPTIONS,
    YES_OPTION,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit subnets create --wallet.name owner --wallet.hotkey default --yes',
    'subnetkit subnets create --subnet-name digits --github-repo https://github.com/me/digits --wallet.name owner --yes',
  ],
  async run(context) {
    const { output, options } = context;
    const identity = identityFromOptions(options, SUBNET_IDENTITY_FLAGS);
    const location = walletLocation(options);
    const hotkey = await hotkeyAddress(location);
    const owner = await coldkeyAddress(location);
    const client = await connectClient(context);
    const cost = await getLockCost(client);
    await ensureBalance(client, { address: owner, needed: cost, purpose: 'the subnet lock' });
    const { coldkey, result } = await spendFromColdkey(context, {
      summary: `Create a subnet for ${formatTao(cost, { symbol: true })} (lock), owner hotkey ${hotkey}?`,
      label: 'creating the subnet',
      submit: (signer) =>
        registerSubnet(client, {
          signer,
          hotkey,
          maxCost: cost,
          ...(identity === undefined ? {} : { identity }),
        }),
    });
    const subnet = (await getSubnets(client)).find((s) => s.netuid === result.netuid);
    if (output.json) {
      output.printJson({
        netuid: result.netuid,
        lockCost: result.lockCost,
        owner: coldkey.address,
        ownerHotkey: hotkey,
        symbol: subnet?.symbol,
        name: subnet?.name,
        block: result.block,
      });
    } else {
      output.line(
        `created netuid ${output.style('bold', String(result.netuid))} ${subnet?.symbol ?? ''} ${subnet?.name ?? ''} at block #${result.block} (locked ${formatTao(result.lockCost, { symbol: true })})`,
      );
    }
    // On stderr also with --json: the next step, with the wallet and chain flags as typed.
    output.note(
      `next: start emission with \`subnetkit subnets start --netuid ${result.netuid}${options.typed(CONTEXT_OPTION_NAMES)}\``,
    );
  },
};
