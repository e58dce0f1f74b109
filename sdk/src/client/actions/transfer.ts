import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument, amountArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link transfer}.
 *
 * @example
 * const parameters: TransferParameters = { signer: coldkey, to: '5FHneW46…', amount: 10n ** 9n };
 */
export type TransferParameters = SubmitOptions & {
  /** SS58 address of the recipient. */
  to: string;
  /** Rao to send (1 TAO = 10⁹ rao). */
  amount: bigint | number;
  /** Refuse to take the sender below the existential deposit (`transfer_keep_alive`, default) or allow it. */
  keepAlive?: boolean;
};

/**
 * Sends TAO from the signer (a coldkey) to `to` with `Balances.transfer_keep_alive` (or `transfer_allow_death`).
 *
 * @example
 * const coldkey = createKeypair({ uri: '//Alice' });
 * await transfer(client, { signer: coldkey, to: createKeypair({ uri: '//Bob' }).address, amount: 5n * 10n ** 9n });
 */
export async function transfer(
  client: SubtensorClient,
  parameters: TransferParameters,
): Promise<SubmitExtrinsicReturnType> {
  const to = addressArgument('to', parameters.to);
  const amount = amountArgument('amount', parameters.amount);
  const keepAlive = parameters.keepAlive ?? true;
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) =>
      keepAlive
        ? api.tx.balances.transferKeepAlive(to, amount)
        : api.tx.balances.transferAllowDeath(to, amount),
  });
}
