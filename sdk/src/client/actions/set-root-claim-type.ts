import { SdkError } from '../../errors/sdk-error.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument } from '../validate-arguments.js';

/**
 * How a coldkey takes its root dividends (`RootClaimTypeEnum`): `'swap'` (the chain's default) sells the alpha for TAO
 * and adds it to the root stake; `'keep'` keeps it as alpha stake on each subnet; `{ keepSubnets }` keeps it on those
 * subnets and swaps the rest.
 *
 * @example
 * const claimType: RootClaimType = { keepSubnets: [1, 3] };
 */
export type RootClaimType = 'swap' | 'keep' | { readonly keepSubnets: readonly number[] };

/**
 * Parameters of {@link setRootClaimType}.
 *
 * @example
 * const parameters: SetRootClaimTypeParameters = { signer: coldkey, claimType: 'keep' };
 */
export type SetRootClaimTypeParameters = SubmitOptions & { claimType: RootClaimType };

/**
 * Result of {@link setRootClaimType}.
 *
 * @example
 * const { block }: SetRootClaimTypeReturnType = await setRootClaimType(client, { signer: coldkey, claimType: 'swap' });
 */
export type SetRootClaimTypeReturnType = SubmitExtrinsicReturnType;

/** The call argument for a claim type (`KeepSubnets`' set sorted, duplicates dropped). */
function claimTypeArgument(
  claimType: RootClaimType,
): 'Swap' | 'Keep' | { KeepSubnets: { subnets: number[] } } {
  if (claimType === 'swap') return 'Swap';
  if (claimType === 'keep') return 'Keep';
  if (typeof claimType === 'object' && claimType !== null && Array.isArray(claimType.keepSubnets)) {
    const subnets = [
      ...new Set(claimType.keepSubnets.map((n, i) => u16Argument(`claimType.keepSubnets[${i}]`, n))),
    ];
    if (subnets.length > 0) return { KeepSubnets: { subnets: subnets.sort((a, b) => a - b) } };
  }
  throw new SdkError(
    'SDK_INVALID_ARGUMENT',
    `\`claimType\` must be 'swap', 'keep' or { keepSubnets: [netuid, …] } with at least one netuid, got ${JSON.stringify(claimType)}.`,
  );
}

/**
 * Sets how the signer's (a coldkey's) root dividends are claimed (`SubtensorModule.set_root_claim_type`), for its
 * next claims, manual ({@link claimRoot}) and automatic.
 *
 * @example
 * await setRootClaimType(client, { signer: createKeypair({ uri: '//Bob' }), claimType: { keepSubnets: [1] } });
 */
export async function setRootClaimType(
  client: SubtensorClient,
  parameters: SetRootClaimTypeParameters,
): Promise<SetRootClaimTypeReturnType> {
  const claimType = claimTypeArgument(parameters.claimType);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.setRootClaimType(claimType),
  });
}
