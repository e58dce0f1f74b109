import { u8aToHex } from '@polkadot/util';
import { SdkError } from '../../errors/sdk-error.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link setSubnetSymbol}.
 *
 * @example
 * const parameters: SetSubnetSymbolParameters = { signer: ownerColdkey, netuid: 1, symbol: 'ω' };
 */
export type SetSubnetSymbolParameters = SubmitOptions & {
  netuid: number;
  /** One symbol of subtensor's table (`α`, `β`, …, not root's `Τ`) that no subnet uses. */
  symbol: string;
};

/**
 * Sets a subnet's token symbol with `SubtensorModule.update_symbol`, signed by the subnet's owner coldkey (root
 * through sudo may too). Fails with `SymbolDoesNotExist` for a symbol outside subtensor's table and
 * `SymbolAlreadyInUse` for one a subnet holds.
 *
 * @example
 * await setSubnetSymbol(client, { signer: ownerColdkey, netuid: 1, symbol: 'ω' });
 */
export async function setSubnetSymbol(
  client: SubtensorClient,
  parameters: SetSubnetSymbolParameters,
): Promise<SubmitExtrinsicReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const { symbol } = parameters;
  if (typeof symbol !== 'string' || symbol.length === 0) {
    throw new SdkError(
      'SDK_INVALID_ARGUMENT',
      `\`symbol\` must be a non-empty string, got ${JSON.stringify(symbol)}.`,
    );
  }
  const bytes = u8aToHex(new TextEncoder().encode(symbol));
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.updateSymbol(netuid, bytes),
  });
}
