import { createKeypair, swapHotkey, walletPaths } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { spendFromColdkey } from '../../chain/spend-from-coldkey.js';
import { CliError } from '../../framework/cli-error.js';
import type { CommandOptions } from '../../framework/command-options.js';
import { NETUID_OPTION, SPENDING_OPTIONS } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { hotkeyAddress } from '../../wallet/load-keys.js';
import { walletLocation } from '../../wallet/wallet-location.js';

/** The new hotkey: `--new-hotkey-ss58`, or the wallet's hotkey file named by `--new-hotkey`. */
async function newHotkeyAddress(options: CommandOptions): Promise<string> {
  const ss58 = options.string('new-hotkey-ss58');
  if (ss58 !== undefined) {
    try {
      return createKeypair({ address: ss58 }).address;
    } catch (cause) {
      throw new CliError('CLI_INVALID_OPTION', `--new-hotkey-ss58 is not an SS58 address: ${ss58}`, {
        cause,
      });
    }
  }
  const location = walletLocation(options);
  const hotkey = options.requiredString('new-hotkey');
  return hotkeyAddress({ ...location, hotkey, paths: walletPaths({ ...location, hotkey }) });
}

/**
 * `subnetkit wallet swap-hotkey` (btcli `wallet swap-hotkey`): moves the wallet hotkey's registrations, axon, takes,
 * children and stake to a new hotkey, on every subnet (0.1 TAO, recycled) or with `--netuid` on one (0.001 TAO,
 * once a day per subnet); `--keep-stake` leaves the stake on the old hotkey.
 */
export const walletSwapHotkey: Subcommand = {
  options: [
    {
      name: 'new-hotkey',
      type: 'string',
      placeholder: 'NAME',
      description: 'the new hotkey: a hotkey of --wallet.name',
    },
    {
      name: 'new-hotkey-ss58',
      type: 'string',
      placeholder: 'SS58',
      description: 'the new hotkey by address',
    },
    { ...NETUID_OPTION, description: 'swap on this subnet only (default: every subnet)' },
    { name: 'keep-stake', type: 'boolean', description: 'leave the stake on the old hotkey' },
    ...SPENDING_OPTIONS,
  ],
  examples: [
    'subnetkit wallet swap-hotkey --wallet.name me --wallet.hotkey old --new-hotkey new --yes',
    'subnetkit wallet swap-hotkey --wallet.name me --wallet.hotkey old --new-hotkey new --netuid 1 --keep-stake --yes',
  ],
  async run(context) {
    const { options, output } = context;
    const hotkey = await hotkeyAddress(walletLocation(options));
    const newHotkey = await newHotkeyAddress(options);
    const netuid = options.has('netuid') ? options.netuid() : undefined;
    const keepStake = options.flag('keep-stake');
    const where = netuid === undefined ? 'every subnet' : `netuid ${netuid}`;
    const client = await connectClient(context);
    const { result } = await spendFromColdkey(context, {
      summary: `Swap hotkey ${hotkey} to ${newHotkey} on ${where}${keepStake ? ', keeping the stake' : ''} (τ${netuid === undefined ? '0.1' : '0.001'} recycled)?`,
      label: 'swapping the hotkey',
      submit: (signer) =>
        swapHotkey(client, {
          signer,
          hotkey,
          newHotkey,
          keepStake,
          ...(netuid === undefined ? {} : { netuid }),
        }),
      hints: { hotkey, ...(netuid === undefined ? {} : { netuid }) },
    });
    if (output.json)
      return output.printJson({ hotkey, newHotkey, netuid: netuid ?? null, keepStake, block: result.block });
    output.line(`swapped ${hotkey} to ${newHotkey} on ${where} at block #${result.block}`);
  },
};
