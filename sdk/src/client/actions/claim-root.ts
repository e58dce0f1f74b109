import { SdkError } from '../../errors/sdk-error.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument } from '../validate-arguments.js';

/**
 * `MAX_SUBNET_CLAIMS`: the most subnets one `claim_root` names.
 *
 * @example
 * const batches = Math.ceil(netuids.length / MAX_SUBNET_CLAIMS);
 */
export const MAX_SUBNET_CLAIMS = 5;

/**
 * Parameters of {@link claimRoot}.
 *
 * @example
 * const parameters: ClaimRootParameters = { signer: coldkey, netuids: [1, 2] };
 */
export type ClaimRootParameters = SubmitOptions & {
  /** The subnets to claim root dividends on: 1 to {@link MAX_SUBNET_CLAIMS}, duplicates ignored. */
  netuids: readonly number[];
};

/**
 * Result of {@link claimRoot}.
 *
 * @example
 * const { block }: ClaimRootReturnType = await claimRoot(client, { signer: coldkey, netuids: [1] });
 */
export type ClaimRootReturnType = SubmitExtrinsicReturnType;

/**
 * Claims the signer's (a coldkey's) root dividends on the given subnets (`SubtensorModule.claim_root`), for every
 * hotkey it stakes to on root: kept as alpha stake on each subnet, or swapped to TAO and restaked on root, per its
 * claim type ({@link setRootClaimType}). Claims owed less than the subnet's `RootClaimableThreshold` pay nothing.
 *
 * @example
 * const coldkey = createKeypair({ uri: '//Bob' });
 * await claimRoot(client, { signer: coldkey, netuids: [1, 2] });
 */
export async function claimRoot(
  client: SubtensorClient,
  parameters: ClaimRootParameters,
): Promise<ClaimRootReturnType> {
  const netuids = [...new Set(parameters.netuids.map((n, i) => u16Argument(`netuids[${i}]`, n)))];
  if (netuids.length === 0 || netuids.length > MAX_SUBNET_CLAIMS)
    throw new SdkError(
      'SDK_INVALID_ARGUMENT',
      `\`netuids\` must name 1 to ${MAX_SUBNET_CLAIMS} subnets, got ${netuids.length}.`,
    );
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.claimRoot(netuids.sort((a, b) => a - b)),
  });
}
