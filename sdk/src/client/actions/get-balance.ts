import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link getBalance}.
 *
 * @example
 * const parameters: GetBalanceParameters = { address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' };
 */
export type GetBalanceParameters = {
  /** SS58 address of the account (usually a coldkey). */
  address: string;
} & ReadOptions;

/**
 * An account's TAO, in rao (1 TAO = 10⁹ rao).
 *
 * @example
 * const { free }: GetBalanceReturnType = await getBalance(client, { address });
 */
export type GetBalanceReturnType = {
  /** Transferable plus frozen balance (`System.Account.data.free`). */
  readonly free: bigint;
  /** Reserved balance. */
  readonly reserved: bigint;
  /** Part of `free` that is frozen (locks). */
  readonly frozen: bigint;
};

/**
 * Reads an account's balance in rao.
 *
 * @example
 * const { free } = await getBalance(client, { address: coldkey.address });
 * console.log(`${Number(free) / 1e9} TAO`);
 */
export async function getBalance(
  client: SubtensorClient,
  parameters: GetBalanceParameters,
): Promise<GetBalanceReturnType> {
  const address = addressArgument('address', parameters.address);
  const deadlineMs = deadlineArgument(parameters.deadlineMs);
  const account = (await readChain(
    client,
    'System.Account',
    (api) => api.query.system.account(address),
    deadlineMs,
  )) as unknown as { data: { free: never; reserved: never; frozen: never } };
  return {
    free: bigintOf(account.data.free),
    reserved: bigintOf(account.data.reserved),
    frozen: bigintOf(account.data.frozen),
  };
}
