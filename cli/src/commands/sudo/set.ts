import { ChainCallError, readChain, type SubtensorClient, sudoSetHyperparameter } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { findHyperparameter } from '../../chain/find-hyperparameter.js';
import { readHyperparameters } from '../../chain/read-hyperparameters.js';
import { sendTransaction } from '../../chain/send-transaction.js';
import { CliError } from '../../framework/cli-error.js';
import {
  CHAIN_OPTIONS,
  JSON_OPTION,
  NETUID_OPTION,
  PASSWORD_OPTIONS,
  WALLET_OPTIONS,
} from '../../framework/option-spec.js';
import type { CommandContext, Subcommand } from '../../framework/subcommand.js';
import { printHyperparameters } from '../../output/print-hyperparameters.js';
import { unlockColdkey } from '../../wallet/load-keys.js';

/** `--value` as the SDK takes it: true/false, or a non-negative integer. */
function adminValue(text: string): boolean | bigint {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (/^\d+$/.test(trimmed)) return BigInt(trimmed);
  throw new CliError('CLI_INVALID_OPTION', `--value takes a non-negative integer or true/false; got ${text}`);
}

/** `--value low,high` for a call that takes two values (`alpha_values`). */
function pairValue(text: string): [bigint, bigint] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => !/^\d+$/.test(p)))
    throw new CliError('CLI_INVALID_OPTION', `--value takes two integers, low,high; got ${text}`);
  return [BigInt(parts[0] ?? '0'), BigInt(parts[1] ?? '0')];
}

/** `--value` naming one of an enum's variants, in any case (`recycle` → `Recycle`). */
function variantValue(text: string, variants: readonly string[]): string {
  const found = variants.find((v) => v.toLowerCase() === text.trim().toLowerCase());
  if (found === undefined)
    throw new CliError('CLI_INVALID_OPTION', `--value takes one of ${variants.join(', ')}; got ${text}`);
  return found;
}

/**
 * `subnetkit sudo set`: one hyperparameter through `AdminUtils`, signed by the wallet's coldkey — as the subnet
 * owner, or wrapped in `Sudo.sudo` when the coldkey is the chain's sudo key (//Alice on a devnet).
 */
export const sudoSet: Subcommand = {
  options: [
    NETUID_OPTION,
    {
      name: 'param',
      type: 'string',
      placeholder: 'NAME',
      description: 'hyperparameter, e.g. weights_rate_limit',
    },
    {
      name: 'value',
      type: 'string',
      placeholder: 'VALUE',
      description: 'new value (integer, true/false, or a variant name: Burn/Recycle for recycle_or_burn)',
    },
    {
      name: 'wait',
      type: 'boolean',
      description:
        'when the owner call falls in the admin freeze window (the last blocks before an epoch), wait for the next epoch and send it then',
    },
    ...WALLET_OPTIONS,
    ...PASSWORD_OPTIONS,
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit sudo set --netuid 1 --param weights_version --value 2 --wallet.name owner',
    'subnetkit sudo set --netuid 1 --param tempo --value 20 --wallet.name alice',
    'subnetkit sudo set --netuid 1 --param weights_version --value 3 --wallet.name owner --wait',
    'subnetkit sudo set --netuid 1 --param admin_freeze_window --value 10 --wallet.name alice',
    'subnetkit sudo set --netuid 1 --param recycle_or_burn --value recycle --wallet.name owner',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const hyperparameter = findHyperparameter(options.requiredString('param'));
    const text = options.requiredString('value');
    const kind = 'kind' in hyperparameter ? hyperparameter.kind : 'value';
    const value =
      kind === 'pair'
        ? pairValue(text)
        : kind === 'address'
          ? text.trim()
          : kind === 'variant'
            ? variantValue(text, 'variants' in hyperparameter ? (hyperparameter.variants ?? []) : [])
            : adminValue(text);
    const { call } = hyperparameter;
    if (call === null) {
      throw new CliError(
        'CLI_UNKNOWN_HYPERPARAMETER',
        `${hyperparameter.name} cannot be set with \`sudo set\``,
      );
    }
    // The password prompt first, at once; connecting takes a while.
    const coldkey = await unlockColdkey(context);
    const client = await connectClient(context);
    // The SDK wraps the call in Sudo.sudo when the coldkey is the chain's sudo key; a chain-wide parameter's call
    // takes no netuid.
    const send = () =>
      sudoSetHyperparameter(client, {
        signer: coldkey,
        ...('read' in hyperparameter ? {} : { netuid }),
        name: call,
        value,
      });
    const label = `setting ${hyperparameter.name}`;
    await sendTransaction(
      context,
      label,
      options.flag('wait') ? sendOutsideFreezeWindow(context, client, netuid, send) : send(),
      {
        netuid,
        param: hyperparameter.name,
        signerOwnsSubnet: await ownsSubnet(client, netuid, coldkey.address),
      },
    );
    if ('kind' in hyperparameter) {
      // Not among the reported hyperparameters: show what was set.
      if (output.json) return output.printJson({ netuid, [hyperparameter.name]: value });
      output.line(`${hyperparameter.name} on netuid ${netuid} set to ${String(value)}`);
      return;
    }
    const values = await readHyperparameters(client, netuid);
    printHyperparameters(output, netuid, { [hyperparameter.name]: values[hyperparameter.name]! });
  },
};

/** Epochs `--wait` waits through before it gives up (a window as long as the tempo never opens). */
const WAIT_EPOCHS = 3;

/**
 * Sends an owner call, and while the chain refuses it as inside the admin freeze window, waits for the subnet's
 * next epoch (its `LastEpochBlock` moves) and sends it again: the window is the end of a tempo, so the first
 * blocks after an epoch are open.
 */
async function sendOutsideFreezeWindow<T>(
  context: CommandContext,
  client: SubtensorClient,
  netuid: number,
  send: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const frozen =
        error instanceof ChainCallError && error.name === 'AdminActionProhibitedDuringWeightsWindow';
      if (!frozen || attempt > WAIT_EPOCHS) throw error;
      context.output.note(`netuid ${netuid} is in its admin freeze window; waiting for the next epoch`);
      await nextEpoch(client, netuid);
    }
  }
}

/** Resolves once the subnet's `LastEpochBlock` differs from its value now. */
async function nextEpoch(client: SubtensorClient, netuid: number): Promise<void> {
  const lastEpoch = (): Promise<string> =>
    readChain(client, 'SubtensorModule.LastEpochBlock', async (api) =>
      (await api.query.subtensorModule.lastEpochBlock(netuid)).toString(),
    );
  const before = await lastEpoch();
  await new Promise<void>((resolve, reject) => {
    let done = false;
    const unsubscribe = client.api.rpc.chain.subscribeNewHeads(async () => {
      if (done) return;
      try {
        if ((await lastEpoch()) === before) return;
        done = true;
        (await unsubscribe)();
        resolve();
      } catch (error) {
        done = true;
        reject(error);
      }
    });
    unsubscribe.catch(reject);
  });
}

/** Whether `address` is the subnet's owner coldkey (so a refusal means the parameter is root-only). */
function ownsSubnet(client: SubtensorClient, netuid: number, address: string): Promise<boolean> {
  return readChain(
    client,
    'SubtensorModule.SubnetOwner',
    async (api) => (await api.query.subtensorModule.subnetOwner(netuid)).toString() === address,
  );
}
