import { blake2AsHex, decodeAddress } from '@polkadot/util-crypto';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { addressArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link announceColdkeySwap}.
 *
 * @example
 * const parameters: AnnounceColdkeySwapParameters = { signer: coldkey, newColdkey: next.address };
 */
export type AnnounceColdkeySwapParameters = SubmitOptions & {
  /** SS58 address of the new coldkey; only its BlakeTwo256 hash goes on chain. */
  newColdkey: string;
};

/**
 * The hash a coldkey swap announces: BlakeTwo256 of the new coldkey's public key (`T::Hashing::hash_of`).
 *
 * @example
 * coldkeySwapHash(next.address) // '0x…' (32 bytes)
 */
export function coldkeySwapHash(address: string): string {
  return blake2AsHex(decodeAddress(addressArgument('newColdkey', address)), 256);
}

/**
 * Announces a swap of the signing coldkey to `newColdkey` (`SubtensorModule.announce_coldkey_swap`): the first
 * announcement recycles 0.1 TAO; the swap may run `ColdkeySwapAnnouncementDelay` blocks later
 * ({@link swapColdkeyAnnounced}). Until then the coldkey can make only the swap calls.
 *
 * @example
 * await announceColdkeySwap(client, { signer: coldkey, newColdkey: next.address });
 */
export async function announceColdkeySwap(
  client: SubtensorClient,
  parameters: AnnounceColdkeySwapParameters,
): Promise<SubmitExtrinsicReturnType> {
  const hash = coldkeySwapHash(parameters.newColdkey);
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.announceColdkeySwap(hash),
  });
}
